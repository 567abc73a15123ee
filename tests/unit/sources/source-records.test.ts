import { describe, expect, test } from 'vitest';
import { addressKey, checkSharedSources } from '../../../src/lib/sources/source-records.ts';
import { formatDiagnostic } from '../../../src/lib/content/diagnostics.ts';

const url = 'https://engineering.fb.com/2018/05/02/post/';
const locate = (path: readonly (string | number)[]) => ({
  line: 10 + Number(path[1]),
  column: path[2] === 'url' ? 1 : 5,
});
const briefing = (file: string, extra: Record<string, string>) => ({
  file,
  locate,
  sources: [{ id: 'post', url, title: 'Announcing', ...extra }],
});

describe('checkSharedSources', () => {
  test('warns at each briefing that describes a shared URL differently', () => {
    const findings = checkSharedSources([
      briefing('a.mdx', { publisher: 'Facebook Engineering', kind: 'official' }),
      briefing('b.mdx', { publisher: 'Meta Engineering', kind: 'primary' }),
    ]);
    expect(findings.map(formatDiagnostic)).toMatchInlineSnapshot(`
      [
        "a.mdx:10:5  warning  Source "post" (https://engineering.fb.com/2018/05/02/post/) is described differently in another briefing: publisher, kind differ (b.mdx: publisher Meta Engineering, kind primary).  (give one URL one title, publisher, kind and date in every briefing that cites it)",
        "b.mdx:10:5  warning  Source "post" (https://engineering.fb.com/2018/05/02/post/) is described differently in another briefing: publisher, kind differ (a.mdx: publisher Facebook Engineering, kind official).  (give one URL one title, publisher, kind and date in every briefing that cites it)",
      ]
    `);
  });

  test('is quiet when every briefing describes the URL alike, or one briefing cites it', () => {
    const same = { publisher: 'Facebook Engineering', kind: 'primary' };
    expect(checkSharedSources([briefing('a.mdx', same), briefing('b.mdx', same)])).toEqual([]);
    expect(checkSharedSources([briefing('a.mdx', same)])).toEqual([]);
  });

  test('warns when two briefings write one page’s address differently', () => {
    const findings = checkSharedSources([
      { file: 'a.mdx', locate, sources: [{ id: 'post', url: 'https://pytorch.org/blog/PyTorchfoundation/' }] },
      { file: 'b.mdx', locate, sources: [{ id: 'post', url: 'https://www.pytorch.org/blog/pytorchfoundation' }] },
    ]);
    expect(findings.map(formatDiagnostic)[0]).toBe(
      'a.mdx:10:1  warning  Source "post" cites https://pytorch.org/blog/PyTorchfoundation/, which other briefings write as https://www.pytorch.org/blog/pytorchfoundation.  (use one address for one page everywhere: the one that opens it (npm run verify reports where each redirects))',
    );
    expect(findings).toHaveLength(2);
  });
});

describe('addressKey', () => {
  test('ignores www., a final slash and letter case', () => {
    expect(addressKey('https://www.Example.org/Blog/Post/')).toBe(addressKey('https://example.org/blog/post'));
    expect(addressKey('https://example.org/a?id=1')).not.toBe(addressKey('https://example.org/a?id=2'));
  });
});
