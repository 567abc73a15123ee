import { describe, expect, test } from 'vitest';
import { encodeTextTerm, textDirective, textFragmentUrl } from '../../../src/lib/citations/text-fragments.ts';

describe('encodeTextTerm', () => {
  test('escapes the characters the text directive uses as syntax: - & ,', () => {
    expect(encodeTextTerm('Oct 20-21 & San Jose, CA')).toBe('Oct%2020%2D21%20%26%20San%20Jose%2C%20CA');
  });

  test('escapes # and % so the fragment stays one directive', () => {
    expect(encodeTextTerm('100% #1')).toBe('100%25%20%231');
  });

  test('encodes Unicode as UTF-8 and survives a lone surrogate', () => {
    expect(encodeTextTerm('OpenAI’s café')).toBe('OpenAI%E2%80%99s%20caf%C3%A9');
    expect(encodeTextTerm('東京')).toBe('%E6%9D%B1%E4%BA%AC');
    expect(encodeTextTerm('a\uD800b')).toBe('a%EF%BF%BDb');
  });
});

describe('textDirective', () => {
  test('links a short quote exactly, with whitespace collapsed', () => {
    expect(textDirective('Eleven years at Meta.\n  Nearly all my professional life.')).toBe(
      'text=Eleven%20years%20at%20Meta.%20Nearly%20all%20my%20professional%20life.',
    );
  });

  test('trims a long quote to a range of its first and last five words', () => {
    expect(textDirective('Join us at PyTorch Conference North America · Oct 20-21 · San Jose, CA')).toBe(
      'text=Join%20us%20at%20PyTorch%20Conference,20%2D21%20%C2%B7%20San%20Jose%2C%20CA',
    );
  });

  test('finds word edges in scripts written without spaces', () => {
    const directive = textDirective('東京で開かれた会議には世界中から研究者が集まり新しい枠組みについて議論した', 'ja');
    expect(directive).toMatch(/^text=[^,]+,[^,]+$/);
    const [start = '', end = ''] = (directive ?? '').slice('text='.length).split(',').map(decodeURIComponent);
    expect(start.startsWith('東京')).toBe(true);
    expect(end.endsWith('議論した')).toBe(true);
  });

  test('drops the ellipses around an excerpt, and gives nothing for an empty quote', () => {
    expect(textDirective('… the primary platforms …')).toBe('text=the%20primary%20platforms');
    expect(textDirective('  ')).toBeUndefined();
  });
});

describe('textFragmentUrl', () => {
  test('adds the directive after the fragment delimiter', () => {
    expect(textFragmentUrl('https://openai.com/index/openai-pytorch/', 'We are standardizing')).toBe(
      'https://openai.com/index/openai-pytorch/#:~:text=We%20are%20standardizing',
    );
  });

  test('keeps an existing #fragment, and appends to an existing directive', () => {
    expect(textFragmentUrl('https://a.example/page#intro', 'quoted words')).toBe(
      'https://a.example/page#intro:~:text=quoted%20words',
    );
    expect(textFragmentUrl('https://a.example/page#:~:text=first', 'second')).toBe(
      'https://a.example/page#:~:text=first&text=second',
    );
  });

  test('leaves the URL alone when the quote has no words', () => {
    expect(textFragmentUrl('https://a.example/', '…')).toBe('https://a.example/');
  });
});
