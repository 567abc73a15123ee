import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

// Text is sent gzip-compressed, as a CDN would; Pagefind's index files are compressed already.
const TYPES: Record<string, { type: string; compress: boolean }> = {
  '.html': { type: 'text/html; charset=utf-8', compress: true },
  '.css': { type: 'text/css', compress: true },
  '.js': { type: 'text/javascript', compress: true },
  '.json': { type: 'application/json', compress: true },
  '.svg': { type: 'image/svg+xml', compress: true },
  '.xml': { type: 'application/xml', compress: true },
  '.png': { type: 'image/png', compress: false },
};
const BINARY = { type: 'application/octet-stream', compress: false };

/** The file a URL path names: folders serve their index.html. */
function fileFor(root: string, urlPath: string): string | undefined {
  const file = join(root, normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, ''));
  if (existsSync(file) && statSync(file).isDirectory()) return fileFor(root, `${urlPath}/index.html`);
  return existsSync(file) ? file : undefined;
}

/** Serves a built site on a free local port, as a static host would; resolves with its origin. */
export function serveStatic(root: string): Promise<{ origin: string; server: Server }> {
  const server = createServer((request, response) => {
    const file = fileFor(root, new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!file) return void response.writeHead(404).end();
    const { type, compress } = TYPES[extname(file)] ?? BINARY;
    const gzip = compress && /\bgzip\b/.test(String(request.headers['accept-encoding']));
    const body = gzip ? gzipSync(readFileSync(file)) : readFileSync(file);
    response.writeHead(200, { 'content-type': type, ...(gzip ? { 'content-encoding': 'gzip' } : {}) }).end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({ origin: `http://127.0.0.1:${port}`, server });
    }),
  );
}
