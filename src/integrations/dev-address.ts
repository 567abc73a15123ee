import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { DevServerRecord } from '../lib/site/dev-address.ts';

/** The file in the cache folder where a running dev server says where it is. */
export const devServerFile = (cacheDir: string) => join(cacheDir, 'dev-server.json');

/** Records the dev server's port while it runs, so `npm run new` can print the address it really has. */
export function devAddress(cacheDir: string): AstroIntegration {
  const file = devServerFile(cacheDir);
  return {
    name: 'briefing-dev-address',
    hooks: {
      'astro:server:start': ({ address }) => {
        const record: DevServerRecord = { port: address.port, pid: process.pid };
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(file, JSON.stringify(record));
      },
      'astro:server:done': () => rmSync(file, { force: true }),
    },
  };
}
