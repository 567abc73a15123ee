/**
 * `npm run new -- "Headline"`: writes a new draft briefing, dated today, to
 * content/briefings/YYYY/MM/<slug>.mdx, and prints its path and where to preview it: the
 * address of the running dev server if there is one.
 * Never overwrites a file.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { devServerFile } from '../src/integrations/dev-address.ts';
import { dirname, join } from 'node:path';
import { newBriefing } from '../src/lib/content/briefing-template.ts';
import { briefingPath } from '../src/lib/site/permalinks.ts';
import { previewLine, readDevServerRecord, type DevServerRecord } from '../src/lib/site/dev-address.ts';
import { withBase } from '../src/lib/site/urls.ts';
import { buildSettings } from '../src/site.config.ts';

/** The dev server that is running, if one is: its record, believed only while its process lives. */
function runningDevServer(cacheDir: string): DevServerRecord | undefined {
  const file = devServerFile(cacheDir);
  const record = readDevServerRecord(existsSync(file) ? readFileSync(file, 'utf8') : undefined);
  try {
    if (record) process.kill(record.pid, 0);
    return record;
  } catch {
    return undefined;
  }
}

const title = process.argv.slice(2).join(' ').trim();
if (!title) {
  console.error('Give the headline: npm run new -- "Headline here"');
  process.exit(1);
}

const { contentDir, base, cacheDir } = buildSettings(process.env);
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
console.log(previewLine(withBase(base, briefingPath(today, briefing.slug)), runningDevServer(cacheDir)));
