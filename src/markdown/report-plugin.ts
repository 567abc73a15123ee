import { defineMdastPlugin } from 'satteri';
import { ContentError } from '../lib/content/diagnostics.ts';
import { briefingDocument } from './document.ts';

/**
 * Runs last: fails the compile with every error in the file at once, so a writer fixes them
 * in one pass and no page is built from a broken briefing. Warnings stay in the document's
 * diagnostics: the content check (`src/integrations/content-check.ts`) prints them, once.
 */
export const reportPlugin = defineMdastPlugin({
  name: 'briefing-report',
  after(_root, ctx) {
    const errors = briefingDocument(ctx).diagnostics.filter((finding) => finding.severity === 'error');
    if (errors.length) throw new ContentError(errors);
  },
});
