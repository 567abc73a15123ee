import { describe, expect, test } from 'vitest';
import { answerSections, answerSources } from '../../../src/lib/questions/answer-sections.ts';

const heading = (id: string) =>
  `<div data-question-heading><h2 id="${id}">${id}?</h2><a href="#${id}" data-heading-anchor>#</a></div>`;
const BODY =
  '<p>Intro <a id="cite-a-1" href="#source-a">1</a></p>' +
  `<section data-question="why" aria-labelledby="why">${heading('why')}<p>First &amp; <em>only</em> <span data-cite><a id="cite-a-2" href="#source-a" role="doc-noteref">1</a></span></p><p class="evidence">Rests on 1 source.</p></section>` +
  '<h2 id="notes">Notes</h2>' +
  `<section data-question="how" aria-labelledby="how">${heading('how')}<img src="x.png" alt=""><p><a id="cite-b-1" href="#source-b">2</a> and <a id="cite-a-3" href="#source-a">1</a></p></section>`;

describe('answerSections', () => {
  const answers = answerSections(BODY);

  test('cuts out every question’s section exactly as rendered, less its heading', () => {
    expect([...answers.keys()]).toEqual(['why', 'how']);
    expect(answers.get('why')?.html).toBe(
      '<section data-question="why" aria-labelledby="why"><p>First &amp; <em>only</em> <span data-cite><a id="cite-a-2" href="#source-a" role="doc-noteref">1</a></span></p><p class="evidence">Rests on 1 source.</p></section>',
    );
    expect(answers.get('how')?.html).toBe(
      '<section data-question="how" aria-labelledby="how"><img src="x.png" alt=""><p><a id="cite-b-1" href="#source-b">2</a> and <a id="cite-a-3" href="#source-a">1</a></p></section>',
    );
  });

  test('lists the ids in each answer, not those of its heading or of the text around it', () => {
    expect(answers.get('why')?.ids).toEqual(['cite-a-2']);
    expect(answers.get('how')?.ids).toEqual(['cite-b-1', 'cite-a-3']);
  });

  test('finds nothing in a body without questions', () => {
    expect(answerSections('<p>Only a lede.</p>').size).toBe(0);
  });
});

describe('answerSources', () => {
  const sources = [
    { id: 'a', number: 1, refIds: ['cite-a-1', 'cite-a-2', 'cite-a-3'] },
    { id: 'b', number: 2, refIds: ['cite-b-1'] },
    { id: 'c', number: 3, refIds: ['cite-c-1'] },
  ];

  test('keeps the sources an answer cites, with the briefing’s numbers and order, linking back to its own chips only', () => {
    const answer = answerSections(BODY).get('how');
    expect(answer && answerSources(sources, answer)).toEqual([
      { id: 'a', number: 1, refIds: ['cite-a-3'] },
      { id: 'b', number: 2, refIds: ['cite-b-1'] },
    ]);
  });
});
