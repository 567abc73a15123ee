import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { mdxToJs, type Data } from 'satteri';
import { parse } from 'yaml';
import { formatDiagnostic } from '../../src/lib/content/diagnostics.ts';
import { MARKDOWN_FEATURES } from '../../src/lib/content/markdown-features.ts';
import type { BriefingOutline } from '../../src/lib/citations/outline.ts';
import { citationPlugin } from '../../src/markdown/citation-plugin.ts';
import { questionPlugin } from '../../src/markdown/question-plugin.ts';
import { reportPlugin } from '../../src/markdown/report-plugin.ts';

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
  const shorten = (text: string) => text.replaceAll(relative(process.cwd(), file), 'test.mdx');
  const data: Data = { astro: { frontmatter, headings: [], localImagePaths: new Set(), remoteImagePaths: new Set() } };
  const warnings = () =>
    (data.briefing?.diagnostics ?? [])
      .filter((finding) => finding.severity === 'warning')
      .map((finding) => shorten(formatDiagnostic(finding)));
  try {
    const result = mdxToJs(blanked, {
      mdastPlugins: [citationPlugin, questionPlugin, reportPlugin],
      features: MARKDOWN_FEATURES,
      fileURL: pathToFileURL(file),
      data,
    });
    return { code: result.code, outline: frontmatter['outline'] as BriefingOutline, warnings: warnings() };
  } catch (error) {
    return {
      outline: { keyPoints: [], citations: { order: [], refs: {} }, questions: [] },
      error: shorten((error as Error).message),
      warnings: warnings(),
    };
  }
}
