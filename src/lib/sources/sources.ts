import type { SourceData, SourceKind } from '../content/briefing-schema.ts';

const KIND_LABELS: Readonly<Record<SourceKind, string>> = {
  primary: 'Primary',
  reporting: 'Reporting',
  analysis: 'Analysis',
  official: 'Official',
  social: 'Social',
};

/** The short label a reader sees for a kind of source. */
export function kindLabel(kind: SourceKind): string {
  return KIND_LABELS[kind];
}

const KIND_MEANINGS: Readonly<Record<SourceKind, string>> = {
  primary:
    'First-hand, from the people or organisations the story is about: their announcement, paper, model card or own site.',
  reporting: 'A news outlet’s account of events.',
  analysis: 'Commentary or research that interprets facts others established.',
  official: 'An institution’s standing pages or formal statements: project, company or government pages.',
  social: 'A post on a social network, counted by account: two people posting on one platform are two voices.',
};

/** What a kind of source means, in a sentence, as the Methodology page explains it. */
export function kindMeaning(kind: SourceKind): string {
  return KIND_MEANINGS[kind];
}

/** A problem with a source entry, located by its frontmatter path. */
export interface SourceProblem {
  path: (string | number)[];
  message: string;
  hint: string;
}

/** Second-level labels under which a registrable domain has three labels (bbc.co.uk). */
const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'ac', 'gov', 'edu']);

/** True for absolute http: and https: URLs, the only kinds a reader's browser should open. */
export function isHttpUrl(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

/** The host a reader recognises, as the chip shows it: `cdn.openai.com`, without `www.`. */
export function hostLabel(url: string): string {
  return new URL(url).hostname.replace(/^www\./, '');
}

/** The registrable domain (`openai.com` for `cdn.openai.com`), used to group publishers. */
export function registrableDomain(url: string): string {
  const labels = new URL(url).hostname.split('.');
  const keep = labels.length > 2 && SECOND_LEVEL.has(labels.at(-2) ?? '') ? 3 : 2;
  return labels.slice(-keep).join('.');
}

/** The publisher's display name: the source's own, else the domain table's, else the domain. */
export function publisherName(
  source: Pick<SourceData, 'url' | 'publisher'>,
  publishersByDomain: Readonly<Record<string, string>>,
): string {
  return source.publisher ?? domainPublisher(registrableDomain(source.url), publishersByDomain);
}

/**
 * The publisher behind a registrable domain: the domain table's name, else the domain itself.
 * Only the table's own entries count: a host named `constructor` or `__proto__` is a domain, not a
 * property every object inherits.
 */
export function domainPublisher(domain: string, publishersByDomain: Readonly<Record<string, string>>): string {
  const name: unknown = Object.hasOwn(publishersByDomain, domain) ? publishersByDomain[domain] : undefined;
  return typeof name === 'string' ? name : domain;
}

/**
 * The problem with a link a reader would open, if it is not http(s): a web address with a
 * typo in it, or no web address at all. `what` names the link: `Source "x" has URL`.
 */
function checkLink(index: number, field: 'url' | 'archived', what: string, url: string): SourceProblem[] {
  if (isHttpUrl(url)) return [];
  const path = ['sources', index, field];
  if (/^https?:/i.test(url.trim())) {
    const hint = "check it for spaces and typos, or copy it again from the browser's address bar";
    return [{ path, message: `${what} "${url}", which is not a valid web address.`, hint }];
  }
  return [
    {
      path,
      message: `${what} "${url}", which is not an http(s) link.`,
      hint: 'use the full address starting with https://',
    },
  ];
}

/** Duplicate ids and URLs a browser should not open (the source's and its archived copy's), each with the fix. */
export function checkSources(sources: readonly Pick<SourceData, 'id' | 'url' | 'archived'>[]): SourceProblem[] {
  const problems: SourceProblem[] = [];
  const seen = new Set<string>();
  sources.forEach(({ id, url, archived }, index) => {
    if (seen.has(id)) {
      problems.push({
        path: ['sources', index, 'id'],
        message: `Source id "${id}" is used twice.`,
        hint: 'give each source its own id, or merge the two entries',
      });
    }
    seen.add(id);
    problems.push(...checkLink(index, 'url', `Source "${id}" has URL`, url));
    if (archived !== undefined)
      problems.push(...checkLink(index, 'archived', `Source "${id}" has archived copy`, archived));
  });
  return problems;
}
