/**
 * What a document's own title says it is. The readers otherwise judge a record by words in its body ("Members present"
 * makes minutes, "Forward Plan ref" a plan), and a paper that is neither minutes nor an agenda carries such words: a report
 * to Cabinet names its forward plan entry, a site visit's note lists who went. Its title, among its first heading lines,
 * weighs first: the kinds' detectors (kinds/) and the general reader (meeting.ts) ask here.
 */
import { squash } from '../text.ts';

/** A kind of document named by its title, where body words would mislead. */
export type TitledKind = 'report' | 'update-sheet' | 'site-visit' | 'transcript';

/**
 * A report's own head naming it one, for a report published without an agenda item number (a
 * task and finish group's final report, a cover sheet): "Report to: Cabinet", "Report of the
 * Director of Place", "Final Report of the … Task and Finish Group", "Report No: ED/04/26".
 */
export const REPORT_HEAD = /^(?:(?:final|interim)\s+)?report\s+(?:by|of|from|to|no\b|number|ref(?:erence)?\b)/i;

/**
 * A planning committee's update sheet, printed after its agenda: "Update Sheet", "Addendum", "Late Representations",
 * "Supplementary Update".
 */
const UPDATE_SHEET = String.raw`(?:(?:committee\s+)?update\s+sheet|addendum(?:\s+to\s+the\s+agenda)?|late\s+(?:representations|observations)(?:\s+(?:sheet|schedule|report))?|supplementary\s+updates?(?:\s+sheet)?)`;

/** "Note of Site Visit", "Record of the Site Inspection", "Site Inspection Notes", "Site Visit – Record". */
const SITE_VISIT = String.raw`(?:(?:notes?|record|minutes?|report)\s+of\s+(?:the\s+|an?\s+)?site\s+(?:visits?|inspections?)|site\s+(?:visits?|inspections?)\s*(?:[-–—:]\s*)?(?:notes?|record))`;

/** "Transcript of Proceedings", "Verbatim Transcript", "Verbatim Record of the Meeting". */
const TRANSCRIPT = String.raw`(?:(?:verbatim\s+)?transcript(?:\s+of\s+(?:the\s+)?(?:proceedings|meeting|hearing|debate))?|verbatim\s+(?:record|report|note)(?:\s+of\s+(?:the\s+)?(?:proceedings|meeting|hearing|debate))?)`;

/** The name of a paper the title may call itself, that is no body's name and no item's heading: "SITE INSPECTION NOTES". */
export const PAPER_NAME = String.raw`(?:${UPDATE_SHEET}|${SITE_VISIT}|${TRANSCRIPT})`;

/** True for a line that is a paper's name alone ("UPDATE SHEET", "Note of Site Visit"): the header skips it as a body's name. */
export function namesPaper(line: string): boolean {
  return new RegExp(String.raw`^${PAPER_NAME}$`, 'i').test(squash(line));
}

/**
 * The kind's words as a title line: alone, or one part of a line parted by dashes, slashes or a colon from the body's
 * name and the date ("PLANNING COMMITTEE – 3 DECEMBER 2026 – UPDATE SHEET / ADDENDUM").
 */
function titleLine(kind: string): RegExp {
  return new RegExp(String.raw`^(?:[^:]{0,120}?\s[-–—:/]\s*)?${kind}(?:\s*[-–—:/(]\s*.{0,120})?$`, 'i');
}

const TITLES: readonly (readonly [TitledKind, RegExp])[] = [
  ['update-sheet', titleLine(UPDATE_SHEET)],
  ['site-visit', titleLine(SITE_VISIT)],
  ['transcript', titleLine(TRANSCRIPT)],
  ['report', REPORT_HEAD],
];

/** An agenda item's line ("5. Update sheet", "Item 5 – Addendum"): an item's title, not the document's. */
const ITEM_LINE = /^(?:(?:agenda\s+)?item\s+)?\d{1,3}[a-z]?[.):]?\s/i;

/** How many heading lines the title may stand within: under the council's and the body's names and a date. */
const HEAD = 8;

/**
 * The kind the document's own title names, from its first heading lines (blank lines skipped): the first line that names
 * one decides. A sentence ("The update sheet was circulated.") or an agenda item's line names none; nor does a
 * heading "Agenda" over a report, which makes the report an item of the agenda. Null when the title names none of these.
 */
export function titledKind(lines: readonly string[]): TitledKind | null {
  const head = lines
    .map(squash)
    .filter((line) => line !== '')
    .slice(0, HEAD);
  const agenda = head.some((line) => /^agenda$/i.test(line));
  for (const line of head) {
    if (ITEM_LINE.test(line) || /\.$/.test(line)) continue;
    const found = TITLES.find(([kind, title]) => title.test(line) && !(kind === 'report' && agenda));
    if (found) return found[0];
  }
  return null;
}

/**
 * What the general reader says of a meeting's paper its title names: an update sheet is read as the agenda's items it
 * updates (never minutes: its "Amended recommendation" is an officer's, not the meeting's decision); a site visit took no
 * decisions, and any the reader found (`decisions`) are to be checked. None for other papers.
 */
export function titledWarnings(kind: TitledKind | null, decisions: number): string[] {
  if (kind === 'update-sheet') {
    return [
      "an update sheet (an addendum to the agenda): read as the agenda's items it updates, their text as agenda text; the meeting's other items are not held",
    ];
  }
  if (kind !== 'site-visit') return [];
  const check = decisions === 0 ? '' : `; check the ${decisions} decision(s) read from its items`;
  return [`a note of a site visit: no decisions were taken there, filed apart from any meeting of the body that day${check}`];
}
