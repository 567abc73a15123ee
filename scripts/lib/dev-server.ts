import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

const ASTRO = join(process.cwd(), 'node_modules/astro/bin/astro.mjs');

/**
 * The content store Astro's dev server keeps in the project's `.astro/`: left by a server over
 * another content folder (an earlier test, a benchmark run), its list of modules names that
 * folder's files, and pages fail with "Cannot find module 'astro:content-layer-deferred-module…'".
 */
const DEV_CONTENT_STORE = ['data-store.json', 'content-modules.mjs', 'content-assets.mjs'].map((file) =>
  join(process.cwd(), '.astro', file),
);

/** A running `astro dev`, with everything it has printed so far. */
export interface DevServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/**
 * Starts `astro dev` on `port` with `env` (its `CONTENT_DIR` names the content folder) and
 * resolves as soon as it prints its address.
 */
export function startDevServer(port: number, env: NodeJS.ProcessEnv): Promise<DevServer> {
  for (const file of DEV_CONTENT_STORE) rmSync(file, { force: true });
  const child = spawn(process.execPath, [ASTRO, 'dev', '--port', String(port), '--strictPort'], { env });
  const url = `http://localhost:${port}/`;
  let output = '';
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  return new Promise((resolve, reject) => {
    const collect = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(url)) resolve({ url, output: () => output, stop });
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.once('exit', (code) => reject(new Error(`astro dev exited with ${code}:\n${output}`)));
  });
}
