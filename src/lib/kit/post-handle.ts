/**
 * The account a post's address names, as "@name": `x.com/name/status/1`, `mastodon.social/@name/1`,
 * `bsky.app/profile/name.bsky.social/post/1`, `threads.net/@name/post/1`. Undefined when the address names none.
 */
export function postHandle(url: string): string | undefined {
  if (!URL.canParse(url)) return undefined;
  const parts = new URL(url).pathname.split('/').filter(Boolean);
  const at = parts.find((part) => part.startsWith('@') && part.length > 1);
  if (at) return at;
  if (parts[0] === 'profile' && parts[1]) return `@${parts[1]}`;
  if (parts[1] === 'status' && parts[0]) return `@${parts[0]}`;
  return undefined;
}
