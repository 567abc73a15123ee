import { describe, expect, test } from 'vitest';
import { closestPassage, matchQuote } from '../../../src/lib/sources/quote-match.ts';

const PAGE =
  'OpenAI → PyTorch. We are standardizing OpenAI’s deep learning framework on PyTorch. It makes research faster.';

describe('matchQuote', () => {
  test('finds a quote written verbatim', () => {
    expect(matchQuote(PAGE, 'We are standardizing OpenAI’s deep learning framework on PyTorch')).toEqual({
      found: true,
    });
  });

  test('finds a quote that differs by quote marks, line breaks, case and the ellipses around it', () => {
    expect(matchQuote(PAGE, "…we are standardizing OpenAI's deep\nlearning framework on PyTorch…")).toEqual({
      found: true,
    });
  });

  test('reports the closest passage, as the page writes it, when the quote is not there', () => {
    expect(matchQuote(PAGE, 'We are standardizing Google’s deep learning framework on JAX')).toEqual({
      found: false,
      closest: 'We are standardizing OpenAI’s deep learning framework on PyTorch.',
      similarity: 0.78,
    });
  });
});

describe('closestPassage', () => {
  test('is empty for an empty page', () => {
    expect(closestPassage('', 'anything')).toEqual({ passage: '', similarity: 0 });
  });
});
