import { describe, expect, test } from 'vitest';
import { postHandle } from '../../../src/lib/kit/post-handle.ts';

describe('postHandle', () => {
  test.each([
    ['https://x.com/soumithchintala/status/1', '@soumithchintala'],
    ['https://twitter.com/PyTorch/status/2', '@PyTorch'],
    ['https://mastodon.social/@desk/114230', '@desk'],
    ['https://www.threads.net/@desk/post/abc', '@desk'],
    ['https://bsky.app/profile/desk.bsky.social/post/3k', '@desk.bsky.social'],
  ])('reads the account of %s', (url, handle) => expect(postHandle(url)).toBe(handle));

  test.each(['https://example.com/news/story', 'https://x.com/', 'not a url'])('names no account for %s', (url) =>
    expect(postHandle(url)).toBeUndefined(),
  );
});
