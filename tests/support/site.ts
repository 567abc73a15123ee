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

/** The model briefing's headline and dek, which its link preview shows. */
export const MODEL_HEADLINE = 'Soumith Chintala credited with infrastructure';
export const MODEL_DEK =
  'A viral post credited PyTorch’s co-founder with the rails under today’s AI products. The record supports the infrastructure claim, not a direct hand in ChatGPT or Claude.';

/** The first sentence of each answer, as each question's link preview shows it (citations removed). */
export const MODEL_FIRST_SENTENCES: readonly string[] = [
  'Soumith Chintala is not the public face of ChatGPT or Claude, but his work sits earlier in the stack.',
  'PyTorch is the software framework researchers and engineers use to build, train and deploy neural networks.',
  'OpenAI gave the clearest direct confirmation.',
  'Anthropic’s public engineering and careers pages describe the company as building large AI systems and list substantial research, compute and infrastructure hiring, but the pages surfaced here do not explicitly state “Claude is trained in PyTorch”.',
  'Infrastructure is the most defensible word in the post.',
];

/** The question ids of the model briefing, in order: the last part of each question's share URL. */
export const MODEL_QUESTION_IDS: readonly string[] = [
  'why-did-one-social-post-about-soumith-chintala-travel-so-far',
  'what-exactly-is-pytorch-in-this-story',
  'is-there-direct-evidence-tying-pytorch-to-chatgpt-and-openai',
  'what-about-claude-and-the-broader-open-source-model-world',
  'why-was-bhakodias-phrasing-about-infrastructure-the-key-point',
];

/** The fixture briefing with a correction (tests/fixtures/corrections), served to `*.fixture.spec.ts`. */
export const CORRECTED_BRIEFING = 'briefings/2026/05/20/corrected-briefing/';
