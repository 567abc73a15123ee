import { convert } from 'html-to-text';

/** Page types whose words `npm run verify` can read. */
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/**
 * The words a reader sees on a page, from its HTML (html-to-text: no links, no images, no
 * line wrapping), or the body itself for plain text; undefined for types it cannot read (PDF, images).
 */
export function extractPageText(body: string, contentType: string): string | undefined {
  if (contentType === 'text/plain' || contentType === 'text/markdown') return body;
  if (!HTML_TYPES.has(contentType) && contentType !== '') return undefined;
  return convert(body, {
    wordwrap: false,
    selectors: [
      { selector: 'a', options: { ignoreHref: true } },
      { selector: 'img', format: 'skip' },
      { selector: 'script', format: 'skip' },
      { selector: 'style', format: 'skip' },
      { selector: 'h1', options: { uppercase: false } },
      { selector: 'h2', options: { uppercase: false } },
      { selector: 'h3', options: { uppercase: false } },
      { selector: 'h4', options: { uppercase: false } },
      { selector: 'h5', options: { uppercase: false } },
      { selector: 'h6', options: { uppercase: false } },
      { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
    ],
  });
}
