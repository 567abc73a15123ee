import { describe, expect, test } from 'vitest';
import {
  createHeadingIds,
  firstSentence,
  isQuestionHeading,
  looksLikeQuestion,
  slugifyHeading,
  splitAtHeadings,
} from '../../../src/lib/questions/questions.ts';

describe('isQuestionHeading', () => {
  test('is true for headings ending in a question mark, spaces aside', () => {
    expect(isQuestionHeading('Why did it travel? ')).toBe(true);
    expect(isQuestionHeading('What happened next')).toBe(false);
    expect(isQuestionHeading('Is it ¿real? Yes.')).toBe(false);
  });
});

describe('looksLikeQuestion', () => {
  test.each([
    ['Why did it travel', true],
    ['Is there direct evidence', true],
    ['Does PyTorch power ChatGPT', true],
    ['Why it matters', false],
    ['How PyTorch won', false],
    ['Background', false],
    ['Why did it travel?', false],
  ])('%j → %s', (heading, expected) => expect(looksLikeQuestion(heading)).toBe(expected));
});

describe('slugifyHeading', () => {
  test('makes lowercase ASCII words joined by hyphens', () => {
    expect(slugifyHeading('Why was Bhakodia’s phrasing about “infrastructure” the key point?')).toBe(
      'why-was-bhakodias-phrasing-about-infrastructure-the-key-point',
    );
  });

  test('folds accents and drops punctuation', () => {
    expect(slugifyHeading('Qué pasó en São Paulo?')).toBe('que-paso-en-sao-paulo');
  });

  test('stops at a word boundary within 64 characters', () => {
    const id = slugifyHeading('Is there direct evidence tying PyTorch to ChatGPT and OpenAI models?');
    expect(id).toBe('is-there-direct-evidence-tying-pytorch-to-chatgpt-and-openai');
    expect(id.length).toBeLessThanOrEqual(64);
  });

  test('falls back to "section" when nothing is left', () => {
    expect(slugifyHeading('???')).toBe('section');
  });
});

describe('createHeadingIds', () => {
  test('gives repeated questions distinct ids in order', () => {
    const next = createHeadingIds();
    expect(['why', 'why', 'how', 'why'].map(next)).toEqual(['why', 'why-2', 'how', 'why-3']);
  });

  test('gives a question the same id wherever it stands, so rewording one question keeps the others’ links', () => {
    const ids = (headings: string[]) => headings.map((text) => slugifyHeading(text)).map(createHeadingIds());
    const before = ids(['What happened?', 'Why does it matter?', 'What next?']);
    const after = ids(['What really happened on Monday?', 'Why does it matter?', 'What next?']);
    expect(after.slice(1)).toEqual(before.slice(1));
    expect(after[0]).not.toBe(before[0]);
  });

  test('moves an automatic id aside for an explicit one, which the writer chose', () => {
    const next = createHeadingIds(['why']);
    expect(['why', 'how'].map((id) => next(id))).toEqual(['why-2', 'how']);
  });
});

describe('splitAtHeadings', () => {
  test('keeps the intro and groups each heading with the nodes up to the next', () => {
    const nodes = ['p1', 'H:a', 'p2', 'p3', 'H:b'];
    expect(splitAtHeadings(nodes, (node) => node.startsWith('H:'))).toEqual({
      intro: ['p1'],
      sections: [
        { heading: 'H:a', body: ['p2', 'p3'] },
        { heading: 'H:b', body: [] },
      ],
    });
  });
});

describe('firstSentence', () => {
  test('is the text up to the first sentence end, closing quotes included', () => {
    expect(firstSentence('PyTorch is “the framework.” It grew fast.', 'en')).toBe('PyTorch is “the framework.”');
    expect(firstSentence('Did it? Yes.', 'en')).toBe('Did it?');
  });

  test('does not stop at initials, titles or decimals', () => {
    expect(firstSentence('Dr. Ng and J. R. Smith said so. Later, more.', 'en')).toBe('Dr. Ng and J. R. Smith said so.');
    expect(firstSentence('The U.S. share rose 3.5 percent. Then it fell.', 'en')).toBe(
      'The U.S. share rose 3.5 percent.',
    );
  });

  test('collapses line breaks and keeps a text with no sentence end whole', () => {
    expect(firstSentence('  One line\n  wrapped  ', 'en')).toBe('One line wrapped');
    expect(firstSentence('', 'en')).toBe('');
  });
});
