import { describe, expect, test } from 'vitest';
import { previewLine, readDevServerRecord } from '../../../src/lib/site/dev-address.ts';

describe('readDevServerRecord', () => {
  test('reads the port and process the dev server wrote', () => {
    expect(readDevServerRecord('{"port":6101,"pid":42}')).toEqual({ port: 6101, pid: 42 });
  });

  test.each([undefined, '', 'not json', '{"port":"6101","pid":42}', '{"port":6101}'])(
    'believes no record in %j',
    (text) => expect(readDevServerRecord(text)).toBeUndefined(),
  );
});

describe('previewLine', () => {
  test('gives the running dev server’s address', () => {
    expect(previewLine('/briefings/2026/05/23/x/', { port: 6101, pid: 42 })).toBe(
      'Preview: http://localhost:6101/briefings/2026/05/23/x/ (the dev server is running)',
    );
  });

  test('gives the default address, and how to start the server, when none runs', () => {
    expect(previewLine('/briefings/2026/05/23/x/', undefined)).toBe(
      'Preview: http://localhost:4321/briefings/2026/05/23/x/ (run npm run dev)',
    );
  });
});
