import { describe, expect, test } from 'vitest';
import { briefingKey, briefingPageKey, hashInputs, type KeyedBriefing } from '../../../src/data/page-keys.ts';

const briefing = (slug: string, title = `Title of ${slug}`, body = 'The text.'): KeyedBriefing => ({
  permalink: `briefings/2026/02/01/${slug}/`,
  entry: { body, data: { title, date: new Date('2026-02-01') } },
});
const on = { shareImages: 'fonts|drawing@1' };
const page = (overrides: Partial<Parameters<typeof briefingPageKey>[0]> = {}) =>
  briefingPageKey(
    { briefing: briefing('own'), previous: briefing('older'), related: [briefing('topic')], ...overrides },
    on,
  );

describe('hashInputs', () => {
  test('is the same for the same inputs, on every call', () => {
    expect(hashInputs({ a: 1, at: new Date('2026-02-01') })).toBe(hashInputs({ a: 1, at: new Date('2026-02-01') }));
  });

  test('differs when any value differs, dates included', () => {
    expect(hashInputs({ at: new Date('2026-02-01') })).not.toBe(hashInputs({ at: new Date('2026-02-02') }));
  });
});

describe('briefingKey', () => {
  test('changes with the briefing’s text, any of its fields, its address, or the share images’ version', () => {
    const key = briefingKey(briefing('own'), on);
    expect(briefingKey(briefing('own', undefined, 'Edited text.'), on)).not.toBe(key);
    expect(briefingKey(briefing('own', 'A new title'), on)).not.toBe(key);
    expect(briefingKey(briefing('moved'), on)).not.toBe(key);
    expect(briefingKey(briefing('own'), { shareImages: 'fonts|drawing@2' })).not.toBe(key);
    expect(briefingKey(briefing('own'), { shareImages: false })).not.toBe(key);
  });

  test('tells the questions of one briefing apart', () => {
    expect(briefingKey(briefing('own'), on, { id: 'why' })).not.toBe(briefingKey(briefing('own'), on, { id: 'how' }));
  });
});

describe('briefingPageKey', () => {
  test('is the same when nothing the page shows changed', () => {
    expect(page()).toBe(page());
  });

  test('changes when a newer briefing is published after it', () => {
    expect(page({ next: briefing('newer') })).not.toBe(page());
  });

  test('changes when a neighbour or a related briefing is retitled, moved or removed', () => {
    expect(page({ previous: briefing('older', 'Retitled') })).not.toBe(page());
    expect(page({ previous: briefing('older-moved') })).not.toBe(page());
    expect(page({ related: [briefing('topic', 'Retitled')] })).not.toBe(page());
    expect(page({ related: [] })).not.toBe(page());
  });

  test('ignores a neighbour’s text, which the page does not show', () => {
    expect(page({ previous: briefing('older', undefined, 'Edited text.') })).toBe(page());
  });

  test('tells the previous briefing from the next one', () => {
    const neighbour = briefing('other');
    expect(page({ previous: neighbour, next: undefined })).not.toBe(page({ previous: undefined, next: neighbour }));
  });
});
