import { globSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import type { Finding } from './nu-checker.ts';

/**
 * html-validate's recommended rules, with three settings this site needs, each for a reason:
 * - the header search lists results in an ARIA listbox (the APG combobox pattern), since each
 *   option holds a title and sub-results, which a native <select> cannot;
 * - ids follow HTML's rule (anything without spaces), since the archive's month anchors
 *   (`/archive/2017/#2017-09`) are shared URLs and start with a digit;
 * - a page title is the writer's headline, which may run past 70 characters.
 */
const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
    'valid-id': ['error', { relaxed: true }],
    'long-title': ['error', { maxlength: 120 }],
  },
});

/** Every html-validate error on the pages under `dist`. */
export async function checkWithHtmlValidate(dist: string): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of globSync(`${dist}/**/*.html`)) {
    const report = await validator.validateFile(file);
    for (const { messages } of report.results) {
      findings.push(...messages.map(({ ruleId, message }) => ({ file, rule: ruleId, message })));
    }
  }
  return findings;
}
