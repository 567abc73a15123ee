import { describe, expect, test } from 'vitest';
import { articleMeta, briefingDescription, ogLocale } from '../../../src/lib/site/page-meta.ts';

describe('briefingDescription', () => {
  test('is the dek when there is one', () => {
    expect(briefingDescription({ dek: 'The dek.', keyPoints: ['A point [@a].'] })).toBe('The dek.');
  });

  test('else the first key point with its citation markers removed', () => {
    expect(briefingDescription({ keyPoints: ['OpenAI moved [@openai; @meta], fast [@b].', 'Second.'] })).toBe(
      'OpenAI moved, fast.',
    );
  });
});

describe('articleMeta', () => {
  test('gives publication and last-modified days, the first topic as section and every topic as a tag', () => {
    const meta = articleMeta({ date: new Date('2026-05-23'), updated: new Date('2026-05-25') }, ['PyTorch', 'People']);
    expect(meta).toEqual({
      publishedTime: '2026-05-23',
      modifiedTime: '2026-05-25',
      section: 'PyTorch',
      tags: ['PyTorch', 'People'],
    });
  });

  test('is modified on its publication day when never updated, and has no section without topics', () => {
    expect(articleMeta({ date: new Date('2026-05-23') }, [])).toEqual({
      publishedTime: '2026-05-23',
      modifiedTime: '2026-05-23',
      tags: [],
    });
  });
});

describe('ogLocale', () => {
  test('writes language and region the Open Graph way, adding the likely region', () => {
    expect(ogLocale('en')).toBe('en_US');
    expect(ogLocale('pt-BR')).toBe('pt_BR');
    expect(ogLocale('fr')).toBe('fr_FR');
  });
});
