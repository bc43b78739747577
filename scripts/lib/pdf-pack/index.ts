/**
 * PDF agenda packs turned into text (seed 001). Recognised, not yet parsed.
 */
import type { Parser } from '../parsers.ts';
import { ImportError } from '../records.ts';

export const pdfPackParser: Parser = {
  format: 'pdf-pack',
  label: 'PDF agenda pack (as text)',
  detect(text) {
    const head = text.slice(0, 6000);
    return /\bMembership\b/.test(head) && /\bPages\b/.test(head) && /Agenda Item \d+|Part 1|Quorum/i.test(text);
  },
  parse(_text, context) {
    throw new ImportError(context.file, 1, 'this is a PDF agenda pack, a layout the importer does not support yet', 'Import ModernGov pages for now; PDF packs come with a later release');
  },
};
