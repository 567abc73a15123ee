import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { isoDay } from '../../src/lib/site/dates.ts';
import { runCheck } from '../support/check-content.ts';

function runNew(contentDir: string, headline: string) {
  const env = { ...process.env, CONTENT_DIR: contentDir };
  return spawnSync(process.execPath, ['scripts/new-briefing.ts', headline], { env, encoding: 'utf8' });
}

describe('npm run new', () => {
  const contentDir = mkdtempSync(join(tmpdir(), 'briefing-new-'));
  const [year, month] = isoDay(new Date()).split('-');
  const file = join(contentDir, `briefings/${year}/${month}/why-did-pytorch-win.mdx`);
  afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

  test('writes a dated draft from the headline and prints its path and preview URL', () => {
    const { status, stdout } = runNew(contentDir, 'Why did PyTorch win?');
    const [, , day] = isoDay(new Date()).split('-');
    expect(stdout).toBe(
      `Created ${file}\nPreview: http://localhost:4321/briefings/${year}/${month}/${day}/why-did-pytorch-win/ (run npm run dev)\n`,
    );
    expect(readFileSync(file, 'utf8')).toContain('title: "Why did PyTorch win?"\n');
    expect(status).toBe(0);
  });

  test('writes a briefing that npm run check passes', () => {
    const { status, stdout } = runCheck(contentDir);
    expect(stdout).toMatch(/\nChecked 1 briefing: 0 errors, 1 warning\.\n$/);
    expect(status).toBe(0);
  });

  test('refuses to overwrite an existing briefing', () => {
    const before = readFileSync(file, 'utf8');
    const { status, stderr } = runNew(contentDir, 'Why did PyTorch win?');
    expect(stderr).toContain(`${file} already exists: nothing was written.`);
    expect(readFileSync(file, 'utf8')).toBe(before);
    expect(status).toBe(1);
  });

  test('asks for a headline when given none', () => {
    const { status, stderr } = runNew(contentDir, ' ');
    expect(stderr).toBe('Give the headline: npm run new -- "Headline here"\n');
    expect(status).toBe(1);
  });
});
