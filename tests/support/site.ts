/** The model briefing's path relative to the site root (tests navigate relative to baseURL, so a base path applies). */
export const MODEL_BRIEFING = 'briefings/2026/05/23/soumith-chintala-infrastructure/';

/** Its five questions, in the order the article asks them. */
export const MODEL_QUESTIONS: readonly [string, string, string, string, string] = [
  'Why did one social post about Soumith Chintala travel so far?',
  'What exactly is PyTorch in this story?',
  'Is there direct evidence tying PyTorch to ChatGPT and OpenAI models?',
  'What about Claude and the broader open-source model world?',
  'Why was Bhakodia’s phrasing about “infrastructure” the key point?',
];

/** The fixture briefing with a correction (tests/fixtures/corrections), served to `*.fixture.spec.ts`. */
export const CORRECTED_BRIEFING = 'briefings/2026/05/20/corrected-briefing/';
