import { describe, expect, test } from 'vitest';
import { parseCheckArguments } from '../../../src/lib/content/check-arguments.ts';

describe('parseCheckArguments', () => {
  test('checks the whole content folder when no path is named', () => {
    expect(parseCheckArguments([])).toEqual({ paths: [], json: false, quiet: false, help: false });
  });

  test('keeps every path named, in order, among the flags', () => {
    expect(parseCheckArguments(['a.mdx', '--quiet', 'b/', '--json'])).toEqual({
      paths: ['a.mdx', 'b/'],
      json: true,
      quiet: true,
      help: false,
    });
  });

  test('reads the short forms of --help and --quiet', () => {
    expect(parseCheckArguments(['-h', '-q'])).toMatchObject({ help: true, quiet: true });
  });

  test('refuses an option it does not know, naming it', () => {
    expect(parseCheckArguments(['--quite'])).toEqual({
      problem: 'Unknown option "--quite". Run npm run check -- --help for the options.',
    });
  });
});
