/**
 * One page of each type the site builds, and its longest briefings, by path from the site
 * root: what the reading tests, the validators and the screenshots all go through.
 */
export const PAGE_TYPES: Readonly<Record<string, string>> = {
  home: '',
  briefing: 'briefings/2026/05/23/soumith-chintala-infrastructure/',
  'briefing with long backlinks': 'briefings/2017/01/19/pytorch-public-release/',
  'long briefing': 'briefings/2023/03/15/pytorch-2-0-released/',
  question: 'briefings/2026/05/23/soumith-chintala-infrastructure/q/what-exactly-is-pytorch-in-this-story/',
  archive: 'archive/',
  'archive year': 'archive/2017/',
  topics: 'topics/',
  topic: 'topics/pytorch/',
  publishers: 'sources/',
  publisher: 'sources/pytorch.org/',
  search: 'search/?q=pytorch',
  author: 'authors/newsroom/',
  about: 'about/',
  methodology: 'methodology/',
  corrections: 'corrections/',
  'not found': 'no-such-page/',
};

/** The reading widths every page is checked and photographed at, in CSS pixels. */
export const READING_WIDTHS = [320, 375, 768, 1280] as const;
