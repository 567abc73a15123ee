import { defineMdastPlugin } from 'satteri';
import { ContentError, formatDiagnostic } from '../lib/diagnostics';
import { briefingDocument } from './document';

/**
 * Runs last: prints warnings, and fails the compile with every error in the file at once,
 * so a writer fixes them in one pass and no page is built from a broken briefing.
 */
export const reportPlugin = defineMdastPlugin({
  name: 'briefing-report',
  after(_root, ctx) {
    const { diagnostics } = briefingDocument(ctx);
    const errors = diagnostics.filter((finding) => finding.severity === 'error');
    if (errors.length) throw new ContentError(errors);
    for (const warning of diagnostics) console.warn(formatDiagnostic(warning));
  },
});
