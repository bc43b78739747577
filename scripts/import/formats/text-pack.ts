/**
 * A reports pack in one plain text: an agenda's front sheet ("1. Apologies … 4. Waste Collection Performance (Pages
 * 7 - 12)") followed by the reports themselves, each opening with its header block ("REPORT TO: …", "REPORT OF: …",
 * "SUBJECT: …") and numbering its own sections "1. Purpose of Report", "2. Recommendation", "3. …". Read whole, the
 * reports' section numbers take over the agenda's and its last items are lost. So the agenda alone is read: the
 * reports' lines are blanked, and a warning names the reports that were not read.
 *
 * A report starts where a PDF pack's does (pdf-pack/pack-text.ts reportHeadAt, pdf-pack/segments.ts previousTextLine).
 * Only a text plainly a pack is cut: its front sheet names the first report's subject as a numbered agenda item. A
 * report read on its own (nothing above its header but a heading) or minutes that only mention a report stay whole.
 * Each line stays one line, so line numbers in messages still point into the file.
 */
import { HEAD_SPAN, reportHeadAt } from '../pdf-pack/pack-text.ts';
import { previousTextLine } from '../pdf-pack/segments.ts';
import { squash } from '../text.ts';

/** An agenda item's line: its number ("4.", "4)", "4") and its title. */
const AGENDA_LINE = /^\s*\d{1,3}[.)]?\s+(.+)$/;

/** Text compared loosely: case and spacing aside. */
const loose = (text: string): string => squash(text).toLowerCase();

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
 * A pack's text with its reports blanked (see the module's comment), and a warning naming them; the text unchanged
 * with no warning when it is no pack.
 */
export function frontSheet(text: string): { text: string; warning: string | null } {
  const lines = text.split('\n');
  const heads = reportHeads(lines);
  const first = heads[0];
  if (first === undefined) return { text, warning: null };
  const start = previousTextLine(lines, first.at);
  if (!listsItem(lines.slice(0, start), first.subject)) return { text, warning: null };
  const blanked = lines.map((line, index) => (index < start ? line : line.includes('\f') ? '\f' : ''));
  const names = heads.map((head) => `"${squash(head.subject)}"`).join(', ');
  const count = heads.length === 1 ? 'a report' : `${heads.length} reports`;
  const warning = `the record is followed in the same text by ${count} (${names}), which were not read: only the text above them is read; import each report on its own to read it`;
  return { text: blanked.join('\n'), warning };
}
