import { describe, expect, test } from 'vitest';
import { runCheck } from '../support/check-content.ts';

interface Report {
  briefings: number;
  errors: number;
  warnings: number;
  diagnostics: { file: string; line: number; column: number; severity: string; message: string; hint: string }[];
}

describe('npm run check', () => {
  test('passes a clean content folder with no findings', () => {
    const { status, stdout } = runCheck('tests/fixtures/clean');
    expect(stdout).toBe('Checked 2 briefings: no problems.\n');
    expect(status).toBe(0);
  });

  test('passes the site’s own content', () => {
    expect(runCheck('content').status).toBe(0);
  });

  test('ends with a summary of what it found', () => {
    expect(runCheck('tests/fixtures/malformed-marker').stdout).toMatch(
      /\nChecked 1 briefing: 3 errors, 0 warnings\.\n$/,
    );
  });

  test('--json prints the findings as JSON for editors and CI, and still fails on errors', () => {
    const { status, stdout } = runCheck('tests/fixtures/unknown-source', '--json');
    const report = JSON.parse(stdout) as Report;
    expect(report).toEqual({
      briefings: 1,
      errors: 1,
      warnings: 0,
      diagnostics: [
        {
          file: 'tests/fixtures/unknown-source/briefings/2026/01/typo.mdx',
          line: 16,
          column: 45,
          severity: 'error',
          message: 'Unknown source "openai-pytorch-2002".',
          hint: 'did you mean "openai-pytorch-2020"? cite an id listed under sources:, or add a source with id "openai-pytorch-2002"',
        },
      ],
    });
    expect(status).toBe(1);
  });

  test('--json on clean content reports nothing', () => {
    const report = JSON.parse(runCheck('tests/fixtures/clean', '--json').stdout) as Report;
    expect(report).toEqual({ briefings: 2, errors: 0, warnings: 0, diagnostics: [] });
  });

  test('checks exactly the briefing file it is given, against the rest of its content folder', () => {
    const { status, stdout } = runCheck('tests/fixtures/clean/briefings/2026/01/pytorch-foundation.mdx');
    expect(stdout).toBe('Checked 1 briefing: no problems.\n');
    expect(status).toBe(0);
  });

  test('checks the briefings in a folder under briefings/', () => {
    expect(runCheck('tests/fixtures/clean/briefings/2026/02').stdout).toBe('Checked 1 briefing: no problems.\n');
  });

  test('refuses a path that is not a briefing, and one that is not there', () => {
    const notBriefing = runCheck('README.md');
    expect(notBriefing.stderr).toContain('README.md is not a briefing');
    expect(notBriefing.status).toBe(1);
    const missing = runCheck('content/briefings/2026/12/my-file.mdx');
    expect(missing.stderr).toBe('There is no file or folder at content/briefings/2026/12/my-file.mdx.\n');
    expect(missing.status).toBe(1);
  });

  test('--quiet prints errors only, and --help the usage', () => {
    expect(runCheck('content', '--quiet').stdout).toMatch(/^Checked \d+ briefings: 0 errors, \d+ warnings\.\n$/);
    const help = runCheck('--help');
    expect(help.stdout).toMatch(/^Usage: npm run check -- \[options\] \[FILES or FOLDERS…\]/);
    expect(help.status).toBe(0);
  });
});
