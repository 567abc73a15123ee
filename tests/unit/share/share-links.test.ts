import { describe, expect, test } from 'vitest';
import { mastodonHost, mastodonShareUrl, shareLinks } from '../../../src/lib/share/share-links.ts';

const page = { url: 'https://briefing.example/briefings/2026/05/23/a-story/', title: 'Who built it & why?' };

describe('shareLinks', () => {
  test('offers X, Bluesky, LinkedIn, WhatsApp and email, in that order', () => {
    expect(shareLinks(page).map(({ network }) => network)).toEqual(['x', 'bluesky', 'linkedin', 'whatsapp', 'email']);
  });

  test('gives each network the page’s address, and its title where the network takes one', () => {
    const [x, bluesky, linkedin, whatsapp, email] = shareLinks(page).map(({ href }) => new URL(href));
    expect(x?.searchParams.get('url')).toBe(page.url);
    expect(x?.searchParams.get('text')).toBe(page.title);
    expect(bluesky?.searchParams.get('text')).toBe(`${page.title} ${page.url}`);
    expect(linkedin?.searchParams.get('url')).toBe(page.url);
    expect(whatsapp?.searchParams.get('text')).toBe(`${page.title} ${page.url}`);
    expect(email?.protocol).toBe('mailto:');
  });

  test('writes spaces in the email link as %20, which mail programs read as spaces', () => {
    const email = shareLinks(page).find(({ network }) => network === 'email')?.href;
    expect(email).toBe(
      'mailto:?subject=Who%20built%20it%20%26%20why%3F&body=Who%20built%20it%20%26%20why%3F%20https%3A%2F%2Fbriefing.example%2Fbriefings%2F2026%2F05%2F23%2Fa-story%2F',
    );
  });
});

describe('mastodonHost', () => {
  test('reads an instance however a reader types it', () => {
    expect(mastodonHost('mastodon.social')).toBe('mastodon.social');
    expect(mastodonHost(' https://Hachyderm.io/ ')).toBe('hachyderm.io');
    expect(mastodonHost('@reader@fosstodon.org')).toBe('fosstodon.org');
  });

  test('refuses what is not a host name', () => {
    expect(mastodonHost('')).toBeUndefined();
    expect(mastodonHost('localhost')).toBeUndefined();
    expect(mastodonHost('javascript:alert(1)')).toBeUndefined();
    expect(mastodonHost('evil.example"><script>')).toBeUndefined();
  });
});

describe('mastodonShareUrl', () => {
  test('opens the instance’s compose page with the title and address', () => {
    const url = new URL(mastodonShareUrl('mastodon.social', page) ?? '');
    expect(url.origin).toBe('https://mastodon.social');
    expect(url.pathname).toBe('/share');
    expect(url.searchParams.get('text')).toBe(`${page.title} ${page.url}`);
  });

  test('is undefined for an instance that is not a host name', () => {
    expect(mastodonShareUrl('not an instance', page)).toBeUndefined();
  });
});
