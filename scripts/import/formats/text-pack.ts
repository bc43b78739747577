/**
 * A reports pack in one plain text: an agenda's front sheet ("1. Apologies … 4. Waste Collection Performance (Pages
 * 7 - 12)") followed by the reports themselves, each opening with its header block ("REPORT TO: …", "REPORT OF: …",
 * "SUBJECT: …") and numbering its own sections "1. Purpose of Report", "2. Recommendation", "3. …". Read whole, the
 * reports' section numbers take over the agenda's and its last items are lost. So the meeting is read from the front
 * sheet alone, the reports' lines blanked; the reports are split apart as a PDF pack's are (pdf-pack/segments.ts) and
 * read by the PDF pack's report reader (text-pack-reports.ts).
 *
 * A report starts where a PDF pack's does (pdf-pack/pack-text.ts reportHeadAt, pdf-pack/segments.ts previousTextLine).
 * Only a text plainly a pack is cut: its front sheet names the first report's subject as a numbered agenda item. A
 * report read on its own (nothing above its header but a heading) or minutes that only mention a report stay whole.
 * Each line stays one line, so line numbers in messages still point into the file.
 */
import { HEAD_SPAN, referencesIn, reportHeadAt } from '../pdf-pack/pack-text.ts';
import { previousTextLine, splitSegments, type Segment } from '../pdf-pack/segments.ts';
import { squash } from '../text.ts';

/** An agenda item's line: its number ("4.", "4)", "4") and its title. */
const AGENDA_LINE = /^\s*\d{1,3}[.)]?\s+(.+)$/;

/** Text compared loosely: case and spacing aside. */
export const loose = (text: string): string => squash(text).toLowerCase();

/** The documents after a pack's front sheet: the text's lines (unblanked) and where each document stands in them. */
export interface PackDocuments {
  lines: string[];
  segments: Segment[];
}

/** Where each report's header block starts in the text, and the subject it names. */
function reportHeads(lines: string[]): { at: number; subject: string }[] {
  const heads: { at: number; subject: string }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const subject = reportHeadAt(lines, index);
    if (subject === null) continue;
    heads.push({ at: index, subject });
    index += HEAD_SPAN - 1;
  }
  return heads;
}

/** Whether a front sheet lists a subject as one of its numbered agenda items. */
function listsItem(front: string[], subject: string): boolean {
  return front.some((line) => loose(AGENDA_LINE.exec(line)?.[1] ?? '').includes(loose(subject)));
}

/**
 * A pack's text with its reports blanked (see the module's comment), and the documents that follow its front sheet;
 * the text unchanged and no documents when it is no pack.
 */
export function frontSheet(text: string): { text: string; documents: PackDocuments | null } {
  const lines = text.split('\n');
  const first = reportHeads(lines)[0];
  if (first === undefined) return { text, documents: null };
  const start = previousTextLine(lines, first.at);
  const front = lines.slice(0, start);
  if (!listsItem(front, first.subject)) return { text, documents: null };
  const blanked = lines.map((line, index) => (index < start ? line : line.includes('\f') ? '\f' : ''));
  // As in a PDF pack, a line holding only a reference the agenda names also starts a report.
  const segments = splitSegments(lines, start, new Set(referencesIn(front.join('\n'))));
  return { text: blanked.join('\n'), documents: { lines, segments } };
}
