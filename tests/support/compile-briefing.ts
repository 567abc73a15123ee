import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs } from 'satteri';
import { vi } from 'vitest';
import { parse } from 'yaml';
import type { BriefingOutline } from '../../src/lib/outline';
import { citationPlugin } from '../../src/markdown/citation-plugin';
import { questionPlugin } from '../../src/markdown/question-plugin';
import { reportPlugin } from '../../src/markdown/report-plugin';
import { topicPlugin } from '../../src/markdown/topic-plugin';

/**
 * Compiles one MDX briefing through the site's plugins the way Astro does (frontmatter
 * blanked, file on disk), and returns the code, the outline, the warnings or the error.
 */
export function compileBriefing(fileSource: string): {
  code?: string;
  outline: BriefingOutline;
  warnings: string[];
  error?: string;
} {
  const file = join(mkdtempSync(join(tmpdir(), 'briefing-')), 'test.mdx');
  writeFileSync(file, fileSource);
  const [, yaml = ''] = /^---\n([\s\S]*?)\n---/.exec(fileSource) ?? [];
  const frontmatter: Record<string, unknown> = parse(yaml) ?? {};
  const blanked = fileSource.replace(/^---\n[\s\S]*?\n---/, (block) => block.replace(/[^\n]/g, ' '));
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  try {
    const result = mdxToJs(blanked, {
      mdastPlugins: [topicPlugin, citationPlugin, questionPlugin, reportPlugin],
      features: { headingAttributes: true },
      fileURL: pathToFileURL(file),
      data: { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } },
    });
    return { code: result.code, outline: frontmatter['outline'] as BriefingOutline, warnings: lines(warn, file) };
  } catch (error) {
    return {
      outline: { keyPoints: [], citations: { order: [], refs: {} }, questions: [] },
      error: (error as Error).message.replaceAll(relative(process.cwd(), file), 'test.mdx'),
      warnings: lines(warn, file),
    };
  } finally {
    warn.mockRestore();
  }
}

/** Printed lines, with the temporary file's path shortened to `test.mdx`. */
function lines(spy: { mock: { calls: unknown[][] } }, file: string): string[] {
  return spy.mock.calls.map((call) => String(call[0]).replaceAll(relative(process.cwd(), file), 'test.mdx'));
}
