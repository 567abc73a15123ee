/** What a share link posts: the page's absolute address and its title. */
export interface SharedPage {
  url: string;
  title: string;
}

/** A plain link that opens a network's own compose page with the address filled in: no script of theirs runs here. */
export interface ShareLink {
  /** Stable key, for tests and styling hooks (`data-share-network`). */
  network: string;
  label: string;
  href: string;
}

const query = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** The share links every briefing and question offer, in the order shown. */
export function shareLinks({ url, title }: SharedPage): ShareLink[] {
  const text = `${title} ${url}`;
  return [
    { network: 'x', label: 'X', href: `https://x.com/intent/post?${query({ text: title, url })}` },
    { network: 'bluesky', label: 'Bluesky', href: `https://bsky.app/intent/compose?${query({ text })}` },
    {
      network: 'linkedin',
      label: 'LinkedIn',
      href: `https://www.linkedin.com/sharing/share-offsite/?${query({ url })}`,
    },
    { network: 'whatsapp', label: 'WhatsApp', href: `https://wa.me/?${query({ text })}` },
    // mailto wants %20 for spaces: URLSearchParams' "+" shows literally in most mail programs.
    {
      network: 'email',
      label: 'Email',
      href: `mailto:?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(text)}`,
    },
  ];
}

const HOST = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** The host of a Mastodon instance as a reader types it ("mastodon.social", "https://hachyderm.io/", "@me@fosstodon.org"), or undefined. */
export function mastodonHost(typed: string): string | undefined {
  const trimmed = typed.trim().toLowerCase();
  const afterAt = trimmed.includes('@') ? trimmed.slice(trimmed.lastIndexOf('@') + 1) : trimmed;
  const host = afterAt.replace(/^https?:\/\//, '').replace(/\/.*$/, '');
  return HOST.test(host) ? host : undefined;
}

/** The compose page of the reader's Mastodon instance with the page filled in, or undefined when the instance is not a host name. */
export function mastodonShareUrl(instance: string, { url, title }: SharedPage): string | undefined {
  const host = mastodonHost(instance);
  return host && `https://${host}/share?${query({ text: `${title} ${url}` })}`;
}
