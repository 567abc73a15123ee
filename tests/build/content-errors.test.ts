import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildFixture } from '../support/build-site';

describe('astro build on bad content', () => {
  test('fails on an unknown source id, naming file, line, column and the likely fix', () => {
    const { status, output, outDir } = buildFixture('tests/fixtures/unknown-source');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/unknown-source/briefings/2026/01/typo.mdx:16:45  error  Unknown source "openai-pytorch-2002".  (did you mean "openai-pytorch-2020"?',
    );
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  test('fails on a correction dated before the briefing, naming the entry and the field', () => {
    const { status, output, outDir } = buildFixture('tests/fixtures/correction-before-date');
    expect(status).not.toBe(0);
    expect(output).toContain('briefings → 2026/05/early-correction data does not match collection schema.');
    expect(output).toContain(
      "corrections.0.date: Correction dated 2025-05-22 is before the briefing's date 2026-05-20; give the day the correction was made.",
    );
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });

  test('fails on an unknown topic, naming the file, the field and the topic it probably meant', () => {
    const { status, output, outDir } = buildFixture('tests/fixtures/unknown-topic');
    expect(status).not.toBe(0);
    expect(output).toContain(
      'tests/fixtures/unknown-topic/briefings/2026/01/typo.mdx:4:19  error  Unknown topic "tensorflw".  (did you mean "tensorflow"? use a topic listed in content/topics.json, or add "tensorflw" there with a name and a description)',
    );
    expect(existsSync(join(outDir, 'index.html'))).toBe(false);
  });
});
