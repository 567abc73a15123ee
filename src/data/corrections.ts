import { logCorrections } from '../lib/content/corrections.ts';
import { site } from '../site.config.ts';
import { getBriefings } from './briefings.ts';
import { urls } from './urls.ts';

/** Every correction of every visible briefing, newest first, each linking to its place in its briefing. */
export async function getCorrectionsLog() {
  const briefings = await getBriefings();
  const corrected = briefings.map(({ entry, permalink }) => ({
    title: entry.data.title,
    href: urls.briefing(permalink),
    corrections: entry.data.corrections,
  }));
  return logCorrections(corrected, site.lang);
}
