import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { astroEnvironment } from './build-site.ts';

const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/** A running `astro dev` over a content folder, with everything it has printed so far. */
export interface DevServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

function waitForReady(child: ChildProcess, url: string, printed: () => string): Promise<void> {
  return new Promise((resolve, reject) => {
    const poll = setInterval(() => {
      if (printed().includes(url)) finish();
    }, 100);
    const finish = (error?: Error) => {
      clearInterval(poll);
      if (error) reject(error);
      else resolve();
    };
    child.once('exit', (code) => finish(new Error(`astro dev exited with ${code}:\n${printed()}`)));
  });
}

/**
 * The content store Astro's dev server keeps in the project's `.astro/`: left by a server over
 * another content folder (an earlier test, a build), its list of modules names that folder's
 * files, and pages fail with "Cannot find module 'astro:content-layer-deferred-module…'".
 */
const DEV_CONTENT_STORE = ['data-store.json', 'content-modules.mjs', 'content-assets.mjs'].map((file) =>
  join(process.cwd(), '.astro', file),
);

/** Starts `astro dev` on `port` over a content folder and resolves once it serves pages. */
export async function startDevServer(contentDir: string, port: number): Promise<DevServer> {
  for (const file of DEV_CONTENT_STORE) rmSync(file, { force: true });
  const env = astroEnvironment({ CONTENT_DIR: contentDir });
  const child = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--strictPort'], { env });
  let output = '';
  const collect = (chunk: Buffer) => (output += chunk.toString());
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const url = `http://localhost:${port}/`;
  await waitForReady(child, url, () => output);
  const stop = () =>
    new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill();
    });
  return { url, output: () => output, stop };
}
