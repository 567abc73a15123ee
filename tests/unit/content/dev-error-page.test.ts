import { describe, expect, test } from 'vitest';
import { devErrorPage, requestedSlug } from '../../../src/lib/content/dev-error-page.ts';
import type { Diagnostic } from '../../../src/lib/content/diagnostics.ts';

const finding = (message: string, severity: Diagnostic['severity'] = 'error'): Diagnostic => ({
  file: 'content/briefings/2026/02/x.mdx',
  position: { line: 4, column: 7 },
  severity,
  message,
  hint: 'write the day as YYYY-MM-DD',
});

describe('requestedSlug', () => {
  test.each([
    ['/briefings/2026/02/28/my-story/', '/', 'my-story'],
    ['/briefings/2026/02/28/my-story', '/', 'my-story'],
    ['/news/briefings/2026/02/28/my-story/?q=x', '/news/', 'my-story'],
    ['/briefings/2026/02/28/my-story/q/why-now/', '/', 'my-story'],
  ])('reads the slug of %s under %s', (url, base, slug) => expect(requestedSlug(url, base)).toBe(slug));

  test.each(['/archive/', '/briefings/2026/02/28/my-story/og.png', '/briefings/2026/02/my-story/', '/briefings/2026/02/28/my-story/q/'])(
    'names no briefing page in %s',
    (url) => expect(requestedSlug(url, '/')).toBeUndefined(),
  );
});

describe('devErrorPage', () => {
  test('lists every error as the terminal does, escaped, and reloads itself', () => {
    const page = devErrorPage([finding('Field "date" is "<2026-02-30>".')]);
    expect(page).toContain('<meta http-equiv="refresh" content="1">');
    expect(page).toContain(
      'content/briefings/2026/02/x.mdx:4:7  error  Field &quot;date&quot; is &quot;&lt;2026-02-30&gt;&quot;.  (write the day as YYYY-MM-DD)',
    );
  });
});
