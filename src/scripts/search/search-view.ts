import {
  describeFilter,
  type ExcerptPart,
  type FilterGroup,
  type QuestionHit,
  type SearchHit,
} from '../../lib/search/search-results.ts';
import type { ActiveFilter } from '../../lib/search/search-state.ts';

type Child = Node | string;

/** Creates an element with attributes (true: present, false: left out) and children. */
export function element(tag: string, attributes: Record<string, string | boolean> = {}, children: Child[] = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== false) node.setAttribute(name, value === true ? '' : value);
  }
  node.append(...children);
  return node;
}

/** Excerpt text with the matched words in <mark>, built from text so nothing is parsed as HTML. */
export function excerpt(parts: readonly ExcerptPart[]): Child[] {
  return parts.map(({ text, marked }) =>
    marked ? element('mark', { class: 'rounded-sm bg-mark px-0.5 text-ink' }, [text]) : text,
  );
}

function dateLine(hit: SearchHit, tag: 'p' | 'span', className: string): Child[] {
  const time = hit.date ? element('time', { datetime: hit.date.iso }, [hit.date.text]) : undefined;
  return time ? [element(tag, { class: className }, [time])] : [];
}

function questionList(questions: readonly QuestionHit[]): HTMLElement {
  const items = questions.map((question) =>
    element('li', {}, [
      element('a', { href: question.url, class: 'font-sans font-medium text-accent underline underline-offset-4' }, [
        question.title,
      ]),
      element('p', { class: 'mt-0.5 font-serif text-sm text-muted' }, excerpt(question.excerpt)),
    ]),
  );
  return element(
    'ul',
    { 'aria-label': 'Matching questions', class: 'mt-3 space-y-2 border-l-2 border-rule pl-4' },
    items,
  );
}

/** A result on the search page: headline, date, excerpt, then the questions that matched. */
export function resultItem(hit: SearchHit, headingId: string): HTMLElement {
  const link = element('a', { href: hit.url, class: 'headline-link' }, [hit.title]);
  return element('li', { class: 'py-5', 'data-search-result': true }, [
    element('article', { 'aria-labelledby': headingId }, [
      element('h2', { id: headingId, class: 'font-serif text-xl leading-snug font-bold' }, [link]),
      ...dateLine(hit, 'p', 'mt-1 font-sans text-sm text-muted'),
      element('p', { class: 'mt-1 font-serif text-muted' }, excerpt(hit.summary)),
      ...(hit.questions.length > 0 ? [questionList(hit.questions)] : []),
    ]),
  ]);
}

const OPTION_CLASS =
  'block rounded-md px-3 py-2 text-ink no-underline hover:bg-chip aria-selected:bg-chip aria-selected:[box-shadow:0_0_0_2px_var(--color-accent)]';

/** An option of the header's results list; the list owns focus, so options stay out of the tab order. */
function option(id: string, url: string, children: Child[], extra = ''): HTMLElement {
  return element(
    'a',
    { id, href: url, role: 'option', tabindex: '-1', 'aria-selected': 'false', class: `${OPTION_CLASS} ${extra}` },
    children,
  );
}

/** A found briefing in the header's results list: a group of one option for it and one per matching question. */
export function resultGroup(hit: SearchHit, optionId: () => string): HTMLElement {
  const briefing = option(optionId(), hit.url, [
    element('span', { class: 'block font-serif font-bold' }, [hit.title]),
    ...dateLine(hit, 'span', 'block font-sans text-xs text-muted'),
    element('span', { class: 'mt-0.5 line-clamp-2 block font-serif text-sm text-muted' }, excerpt(hit.summary)),
  ]);
  const questions = hit.questions.map((question) =>
    option(
      optionId(),
      question.url,
      [
        element('span', { class: 'block font-sans text-sm font-medium' }, [question.title]),
        element('span', { class: 'line-clamp-1 block font-serif text-xs text-muted' }, excerpt(question.excerpt)),
      ],
      'ml-4 border-l-2 border-rule',
    ),
  );
  return element('div', { role: 'group', 'aria-label': hit.title, class: 'py-1' }, [briefing, ...questions]);
}

/** One filter of the search page: a fieldset of checkboxes, each with its result count. */
export function filterFieldset(group: FilterGroup): HTMLElement {
  const items = group.options.map((option) =>
    element('li', {}, [
      element('label', { class: 'flex cursor-pointer items-baseline gap-2 py-0.5' }, [
        element('input', { type: 'checkbox', value: option.value, 'data-filter': group.name, class: 'accent-accent' }),
        element('span', { class: 'min-w-0 flex-1 break-words' }, [option.value]),
        element('span', { class: 'text-muted tabular-nums', 'data-filter-count': true }),
      ]),
    ]),
  );
  const fieldset = element('fieldset', { class: 'mb-6' }, [
    element('legend', { class: 'text-xs font-semibold tracking-wide text-muted uppercase' }, [group.label]),
    element('ul', { class: 'mt-2 max-h-72 space-y-0.5 overflow-y-auto' }, items),
  ]);
  showFilterCounts(fieldset, group);
  return fieldset;
}

/**
 * Ticks and counts a filter's checkboxes, and hides the values no current result has (they
 * would only lead to nothing), and a filter left with none.
 */
export function showFilterCounts(container: ParentNode, group: FilterGroup): void {
  const boxes = [...container.querySelectorAll<HTMLInputElement>(`input[data-filter="${group.name}"]`)];
  for (const option of group.options) {
    const box = boxes.find((candidate) => candidate.value === option.value);
    const count = box?.parentElement?.querySelector('[data-filter-count]');
    const item = box?.closest('li');
    if (!box || !count || !item) continue;
    box.checked = option.selected;
    item.hidden = !option.offered;
    count.textContent = String(option.count);
  }
  const fieldset = boxes[0]?.closest('fieldset');
  if (fieldset) fieldset.hidden = !group.options.some(({ offered }) => offered);
}

/** A filter that is on, as a button that turns it off: "Remove filter: Topic PyTorch". */
export function filterChip(filter: ActiveFilter): HTMLElement {
  const button = element(
    'button',
    {
      type: 'button',
      'data-chip-filter': filter.name,
      'data-chip-value': filter.value,
      class:
        'inline-flex items-center gap-1.5 rounded-full border border-edge bg-chip px-3 py-1 text-ink hover:border-accent',
    },
    [
      element('span', { class: 'sr-only' }, ['Remove filter: ']),
      describeFilter(filter),
      element('span', { 'aria-hidden': 'true', class: 'text-muted' }, ['×']),
    ],
  );
  return element('li', {}, [button]);
}
