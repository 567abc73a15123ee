import { createServer, type Server, type ServerResponse } from 'node:http';

/** The quote every page of the fixture is expected to hold. */
export const QUOTE = 'We are standardizing our deep learning framework on PyTorch, a “flexible” tool — for research.';

const page = (body: string) =>
  `<!doctype html><html><head><title>Fixture</title><style>p{}</style></head><body><nav>Home</nav><article>${body}</article><script>var x = 1;</script></body></html>`;

/** Where the quote is written as the briefing writes it. */
const VERBATIM = page(`<h1>Announcement</h1><p>Today: ${QUOTE} More follows.</p>`);
/** The same words with straight quotes, a hyphen for the dash and a line break inside: found, but a text fragment would not land. */
const CURLY = page(
  `<p>Today: We are standardizing our deep learning framework\n   on <a href="/x">PyTorch</a>, a "flexible" tool - for research. More follows.</p>`,
);
/** The page changed: the sentence now says something else. */
const CHANGED = page(
  '<p>Today: We are moving our deep learning framework to JAX, a fast tool for research. More follows.</p>',
);

const MB = 1024 * 1024;

type Handler = (response: ServerResponse) => void;

const html =
  (body: string, status = 200): Handler =>
  (response) => {
    response.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
    response.end(body);
  };
const redirect =
  (location: string, status = 301): Handler =>
  (response) => {
    response.writeHead(status, { location });
    response.end();
  };

/** Streams 50 MB without a Content-Length, so only a reader that counts as it goes can stop early. */
const huge: Handler = (response) => {
  response.writeHead(200, { 'content-type': 'text/html' });
  const chunk = Buffer.alloc(MB, 'a');
  let sent = 0;
  const push = () => {
    while (sent < 50 && !response.destroyed) {
      sent++;
      if (!response.write(chunk)) return void response.once('drain', push);
    }
    response.end();
  };
  push();
};

/** Every case `npm run verify` must tell apart, by path. */
const ROUTES: Record<string, Handler> = {
  '/robots.txt': (response) => {
    response.writeHead(200, { 'content-type': 'text/plain' });
    response.end('User-agent: *\nDisallow: /private\n');
  },
  '/ok': html(VERBATIM),
  '/moved': redirect('/moved-again'),
  '/moved-again': redirect('/ok', 302),
  '/missing': html(page('<p>Not found</p>'), 404),
  '/gone': html(page('<p>Gone</p>'), 410),
  '/broken': html(page('<p>Error</p>'), 500),
  '/slow': () => undefined,
  '/huge': huge,
  '/paper.pdf': (response) => {
    response.writeHead(200, { 'content-type': 'application/pdf' });
    response.end('%PDF-1.4 fixture');
  },
  '/curly': html(CURLY),
  '/changed': html(CHANGED),
  '/private': html(VERBATIM),
  '/loop': redirect('/loop'),
};

/** The paths the fixture serves, for tests that go through them all. */
export const CASES = Object.keys(ROUTES).filter((path) => path !== '/robots.txt');

/** Starts the fixture on a port (5500–5599 are ours); resolves once it listens. */
export async function startSourceServer(
  port: number,
): Promise<{ origin: string; close: () => Promise<void>; userAgents: string[] }> {
  const userAgents: string[] = [];
  const server: Server = createServer((request, response) => {
    userAgents.push(request.headers['user-agent'] ?? '');
    const handler = ROUTES[new URL(request.url ?? '/', 'http://fixture').pathname];
    if (handler) handler(response);
    else html(page('<p>Not found</p>'), 404)(response);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${port}`,
    userAgents,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
