/**
 * PDF agenda packs turned into text (seed 001): front sheet, agenda table with page
 * ranges, the minutes of the previous meeting, and the reports, each as records.
 */
import type { Parser } from '../records.ts';
import { parsePack } from './parse-pack.ts';

/** An agenda row with a page range: "3 <tab> Minutes ... <tab> 5 - 12". */
const PAGED_ROW = /^\s*\d{1,3}\.?\t[^\t]+\t+\d+(?:\s*[–-]\s*\d+)?\s*$/m;

export const pdfPackParser: Parser = {
  format: 'pdf-pack',
  label: 'PDF agenda pack (as text)',
  detect(text) {
    const head = text.slice(0, 20000);
    const pagesHeader = /(?:^|\t)\s*Pages\s*$/im.test(head);
    // A pack whose table lost its rows is still a pack: parse() then says what is missing.
    return pagesHeader && (PAGED_ROW.test(head) || /\bMembership\b|\bQuorum\b/.test(head));
  },
  parse(text, context) {
    return { records: parsePack(text, context) };
  },
};
