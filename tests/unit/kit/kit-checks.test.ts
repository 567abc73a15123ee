import { describe, expect, test } from 'vitest';
import { checkBody } from '../../../src/lib/content/body-checks.ts';
import { positionAt } from '../../../src/lib/content/positions.ts';
import { isCalendarDay } from '../../../src/lib/kit/kit-checks.ts';

const sources = [
  { id: 'talk', url: 'https://talk.example/', quote: 'We are standardizing on PyTorch across the company.' },
  { id: 'post', url: 'https://social.example/@desk/1', quote: 'Shipping today.' },
  { id: 'page', url: 'https://page.example/' },
];
const ANSWER = '\n\n## Why?\n\nYes [@talk; @page].\n';

/** The findings for a body, as `line:col  message  (hint)`. */
function check(body: string): string[] {
  const text = `Lede [@post].\n\n${body}${ANSWER}`;
  const findings = checkBody(text, sources, 0).findings.toSorted((a, b) => a.offset - b.offset);
  return findings.map(({ offset, message, hint }) => {
    const { line, column } = positionAt(text, offset);
    return `${line}:${column}  ${message}  (${hint})`;
  });
}

describe("the writers' kit in a body", () => {
  test('accepts every component used as documented', () => {
    const body = [
      '<Callout kind="context">',
      'It began in 2016 [@talk].',
      '</Callout>',
      '',
      '<PullQuote source="talk">standardizing on PyTorch</PullQuote>',
      '',
      '<Post source="post" />',
      '',
      '<Timeline>',
      '<Event date="2016-09-01">Released [@page].</Event>',
      '<Event date="2018-12-07">1.0 [@page].</Event>',
      '</Timeline>',
      '',
      '<Figure src="./chart.png" alt="A rising line">Downloads by month [@page].</Figure>',
    ].join('\n');
    expect(check(body)).toEqual([]);
  });

  test('names the component a typo was meant to be', () => {
    expect(check('<Calout kind="context">x</Calout>')).toMatchInlineSnapshot(`
      [
        "3:1  Component <Calout> is not part of the writers' kit.  (did you mean <Callout>? The writers' kit: Callout, PullQuote, Post, Timeline, Event, Figure)",
      ]
    `);
  });

  test('names the prop a typo was meant to be, and the one left missing', () => {
    expect(check('<Callout knd="context">x</Callout>')).toMatchInlineSnapshot(`
      [
        "3:1  <Callout> needs kind="…": what the box holds.  (add one of kind="context", kind="disagreement", kind="what-next")",
        "3:10  The attribute "knd" on <Callout> cannot be used in a briefing.  (did you mean kind="…"? <Callout> takes kind)",
      ]
    `);
  });

  test('refuses a kind that is not one, with the nearest', () => {
    expect(check('<Callout kind="contxt">x</Callout>')).toMatchInlineSnapshot(`
      [
        "3:10  <Callout> has no kind "contxt".  (did you mean kind="context"? It takes "context", "disagreement", "what-next")",
      ]
    `);
  });

  test("refuses a pull quote whose words are not its source's quote", () => {
    expect(check('<PullQuote source="talk">standardising on JAX</PullQuote>')).toMatchInlineSnapshot(`
      [
        "3:1  The pull quote is not the words of its source's quote:.  (write the quote, or a verbatim part of it, between <PullQuote …> and </PullQuote>)",
      ]
    `);
  });

  test('accepts a pull quote that differs only in quote marks, case and spacing', () => {
    expect(check('<PullQuote source="talk">“We are  standardizing on PyTorch”</PullQuote>')).toEqual([]);
  });

  test('refuses a source that is not listed, with the nearest id, and one with no quote', () => {
    expect(check('<Post source="posts" />\n\n<PullQuote source="page">x</PullQuote>')).toMatchInlineSnapshot(`
      [
        "3:7  <Post> shows source "posts", which is not listed under sources:.  (did you mean source="post"?)",
        "5:12  <PullQuote> shows source "page", which has no quote:.  (add the words, verbatim from the original, as quote: under the source "page")",
      ]
    `);
  });

  test('counts a pull quote as a citation of its source', () => {
    const text = 'Lede.\n\n<PullQuote source="talk">standardizing</PullQuote>\n\n## Why?\n\nYes [@post].\n';
    expect([...(checkBody(text, sources, 0).cited ?? [])]).toEqual(['talk', 'post']);
  });

  test('refuses events out of order, impossible days and events outside a timeline', () => {
    const body = [
      '<Timeline>',
      '<Event date="2018-12-07">1.0 [@page].</Event>',
      '<Event date="2016-09-01">Released [@page].</Event>',
      '<Event date="2026-02-30">Never [@page].</Event>',
      'Loose text.',
      '</Timeline>',
      '',
      '<Event date="2020-01-01">Alone [@page].</Event>',
    ].join('\n');
    expect(check(body)).toMatchInlineSnapshot(`
      [
        "5:8  Event 2016-09-01 comes after 2018-12-07 in the timeline.  (put the events in order, earliest first)",
        "6:8  Event date "2026-02-30" is not a calendar day.  (write a real day as YYYY-MM-DD, e.g. date="2026-05-23")",
        "7:1  <Timeline> may hold only <Event> entries.  (put each dated entry in <Event date="YYYY-MM-DD">…</Event>, and other text outside the timeline)",
        "10:1  <Event> is outside a <Timeline>.  (put the events in a <Timeline> … </Timeline>)",
      ]
    `);
  });

  test('asks a figure for alt text and an image file beside the briefing', () => {
    expect(check('<Figure src="https://x.example/a.png">Caption.</Figure>')).toMatchInlineSnapshot(`
      [
        "3:1  <Figure> needs alt="…": what the image shows, for readers who cannot see it ("" if it is decoration).  (add alt="…")",
        "3:9  <Figure> src "https://x.example/a.png" is not an image file beside the briefing.  (put the image next to the .mdx file and write its path, as src="./chart.png" (.avif, .gif, .jpeg, .jpg, .png, .webp))",
      ]
    `);
  });

  test('accepts alt="" for a decorative figure', () => {
    expect(check('<Figure src="./rule.png" alt="" />')).toEqual([]);
  });

  test('refuses inline style with a hint to use the kit', () => {
    expect(check('<p style="color: red">Red.</p>').join('\n')).toContain('drops inline styles');
  });
});

describe('isCalendarDay', () => {
  test.each(['2026-02-28', '2024-02-29', '1999-12-31'])('accepts %s', (day) => expect(isCalendarDay(day)).toBe(true));
  test.each(['2026-02-30', '2025-02-29', '2026-13-01', '26-01-01', '2026-1-1'])('refuses %s', (day) =>
    expect(isCalendarDay(day)).toBe(false),
  );
});
