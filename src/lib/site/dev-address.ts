/**
 * Where the running `astro dev` serves the site, as the dev server records it for `npm run new`
 * (`src/integrations/dev-address.ts`): its port and process, so a record left by a server that
 * has stopped is not believed.
 */

/** What the dev server writes when it starts. */
export interface DevServerRecord {
  port: number;
  pid: number;
}

/** Where `npm run dev` serves the site unless told otherwise. */
export const DEFAULT_DEV_PORT = 4321;

/** The record in a file's text, or undefined when it is not one. */
export function readDevServerRecord(text: string | undefined): DevServerRecord | undefined {
  if (text === undefined) return undefined;
  try {
    const { port, pid } = JSON.parse(text) as Partial<DevServerRecord>;
    return Number.isInteger(port) && Number.isInteger(pid) ? { port: port as number, pid: pid as number } : undefined;
  } catch {
    return undefined;
  }
}

/** The line `npm run new` prints: the running server's address, or the default one and how to start it. */
export function previewLine(path: string, running: DevServerRecord | undefined): string {
  const origin = `http://localhost:${running?.port ?? DEFAULT_DEV_PORT}`;
  return running
    ? `Preview: ${origin}${path} (the dev server is running)`
    : `Preview: ${origin}${path} (run npm run dev)`;
}
