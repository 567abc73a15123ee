/**
 * `npm run new -- "Headline"`: writes a new draft briefing, dated today, to
 * content/briefings/YYYY/MM/<slug>.mdx, and prints its path and where to preview it.
 * Never overwrites a file.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { newBriefing } from '../src/lib/content/briefing-template.ts';
import { briefingPath } from '../src/lib/site/permalinks.ts';
import { withBase } from '../src/lib/site/urls.ts';
import { buildSettings } from '../src/site.config.ts';

/** Where `npm run dev` serves the site unless told otherwise. */
const DEV_ORIGIN = 'http://localhost:4321';

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Give the headline: npm run new -- "Headline here"');
  process.exit(1);
}

const { contentDir, base } = buildSettings(process.env);
const today = new Date();
const briefing = newBriefing(title, today);
const file = join(contentDir, 'briefings', briefing.path);
if (existsSync(file)) {
  console.error(`${file} already exists: nothing was written. Choose another headline, or edit that file.`);
  process.exit(1);
}
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, briefing.text, { flag: 'wx' });
console.log(`Created ${file}`);
console.log(`Preview: ${DEV_ORIGIN}${withBase(base, briefingPath(today, briefing.slug))} (run npm run dev)`);
