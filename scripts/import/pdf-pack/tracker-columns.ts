/**
 * A tracker's columns, known by their header words ("Lead Officer", "Accepted / Rejected", "Lead / timescale"):
 * which column each heading is, and which tab row is the tracker's header. Apart from the rows (tracker-table.ts)
 * and their cells (tracker.ts) because a response table (kinds/response-answers.ts) and a response block's
 * field labels (kinds/response-blocks.ts) know a column or a responder by the same words.
 */
import { cellsOf } from './tables.ts';

export type TrackerColumn = Column;

type Column =
  | 'status'
  | 'rag'
  | 'outcome'
  | 'response'
  | 'comment'
  | 'targetDate'
  | 'reference'
  | 'item'
  | 'subject'
  | 'committee'
  | 'approach'
  | 'leadOfficer'
  | 'responsibleMember'
  | 'meetingDates'
  | 'reviewDate'
  | 'statusText'
  | 'body';

/**
 * "Executive Response", "Cabinet response", "Cabinet Member's response", or "Response" alone: the executive's
 * words; group 1 names who gave them, when the heading does.
 */
export const RESPONSE_HEADER = /^(?:(EXECUTIVE|CABINET(?: MEMBER)?|PORTFOLIO HOLDER)(?:'S|’S)? )?RESPONSE$/i;

/** Who gives a response: the executive as a body, or one of its members (a response's title, a column's heading, a dated bracket). */
export const RESPONDER = String.raw`(cabinet\s+member|cabinet|executive\s+member|executive|portfolio\s+holder|leader|mayor)`;
/**
 * "Executive comment", "Cabinet Member's comments": the responder's words beside the response's outcome word
 * ("Accepted"), which are the response's own text. A bare "Comments" column may be anyone's, so it is none.
 */
const COMMENT_HEADER = new RegExp(String.raw`^${RESPONDER}(?:['’]s)?\s+comments?$`, 'i');

/**
 * The words that label a lead officer, a responsible member and a target date, as a tracker's
 * column header or a response block's field ("Lead Officer:", kinds/cabinet-response.ts) prints
 * them: one list for both. A column header is tested for containing them ("RESPONSIBLE MEMBER/
 * OFFICER"), a field's label for being them whole (any "Label:" line could be a field).
 */
export const OFFICER_WORDS = String.raw`(?:lead|responsible|accountable)\s+officers?|officers?\s+(?:lead|responsible)`;
export const MEMBER_WORDS = String.raw`(?:(?:responsible|lead)\s+)?(?:cabinet|executive|lead)\s+member|responsible\s+member|portfolio(?:\s+holder)?`;
export const TARGET_WORDS = String.raw`timescales?(?:\s+for\s+implementation)?|target(?:\s+(?:completion\s+)?date)?|deadline|(?:implementation|completion)\s+date|date\s+due|due(?:\s+(?:date|by))?|by\s+when`;

/** Header words to column, first match wins: status before review date ("IMPLEMENTATION REVIEW DATE"),
 * "OUTCOMES, ACTIONS ARISING & UPDATES" is the recommendation, not the update, a member before an
 * officer ("RESPONSIBLE MEMBER/ OFFICER"), and a date column before the subject ("Date of review"). */
const COLUMNS: [RegExp, Column][] = [
  [/^REF(?:ERENCE)?\.?$|^REC(?:OMMENDATION)?\.? ?(?:NO|NUMBER|REF)\b|^NO\.?$/i, 'reference'],
  // "Minute", "Min No.", "Item No.": the number of the minute that made it, never its words ("Item" alone is the subject).
  [/^MIN(?:UTE)?\.?(?:\s+(?:NO\.?|NUMBER|REF(?:ERENCE)?\.?))?$|^(?:AGENDA\s+)?ITEM\s+(?:NO\.?|NUMBER)$/i, 'item'],
  [/^(?:RECOMMENDATION |CURRENT |OVERALL )?STATUS$/i, 'status'],
  [/^RAG(?: STATUS| RATING)?$/i, 'rag'],
  // "Accepted / Rejected", "Accepted, partially accepted or rejected", "Agreed?": a heading that asks a response's
  // answer, spelt here, not built from decision-words.ts (which marks what a meeting did with an item): it pairs the
  // words with the answer against them ("REJECTED", "NOT AGREED"), which no decision list holds.
  [/^(?:ACCEPTED|AGREED)\b.*(?:REJECTED|NOT AGREED|\?)$|^(?:ACCEPTED|AGREED)\??$/i, 'outcome'],
  [RESPONSE_HEADER, 'response'],
  [COMMENT_HEADER, 'comment'],
  // An action log's "Action" is what was agreed to be done, its row's text.
  [/^(?:OUTCOME|RECOMMENDATION|RESOLUTION|AGREED ACTION)|^ACTIONS?$/i, 'body'],
  [/^(?:IMPLEMENTATION|PROGRESS|LATEST|STATUS|UPDATE|RESPONSE|ACTIONS? TAKEN)/i, 'statusText'],
  [new RegExp(String.raw`^(?:${TARGET_WORDS})$`, 'i'), 'targetDate'],
  [/REVIEW DATE|REVIEW BY|DATE OF (?:NEXT )?REVIEW/i, 'reviewDate'],
  [/COMMITTEE DATE|MEETING DATE|DATE\(S\)|DATE AGREED|DATE OF (?:COMMITTEE|MEETING)|^DATE(?: MADE)?$|^MEETING$/i, 'meetingDates'],
  // Any column naming a member is the member's ("MEMBER / OFFICER"); the shared words name them all.
  [new RegExp(String.raw`\bMEMBER\b|${MEMBER_WORDS}`, 'i'), 'responsibleMember'],
  [new RegExp(String.raw`${OFFICER_WORDS}|^OFFICER$|^LEAD$|^OWNER$`, 'i'), 'leadOfficer'],
  [/APPROACH|METHOD/i, 'approach'],
  [/^(?:COMMITTEE|ORIGIN)$/i, 'committee'],
  [/ITEM|SUBJECT|TOPIC|TITLE|REVIEW$/i, 'subject'],
];

/** The column each of a header row's cells names, to its index: the first whose words match, each column taken once. */
export function columnsOf(header: string[]): Map<Column, number> {
  const map = new Map<Column, number>();
  header.forEach((cell, index) => {
    const column = COLUMNS.find(([pattern, name]) => pattern.test(cell.trim()) && !map.has(name))?.[1];
    if (column) map.set(column, index);
  });
  return map;
}

/** A heading that may name two columns in one: "Lead / timescale", "Officer / target date". */
export const PAIRED_HEADING = /^(.+?)\s*\/\s*(.+)$/;

/** The two columns a heading names in one, when no column's words name it whole and each part names one the table has not. */
export function pairedColumns(cell: string, known: Map<Column, number>): [Column, Column] | null {
  const [, first = '', second = ''] = PAIRED_HEADING.exec(cell.trim()) ?? [];
  const [one] = columnsOf([first]).keys();
  const [other] = columnsOf([second]).keys();
  if (one === undefined || other === undefined || one === other || known.has(one) || known.has(other)) return null;
  return [one, other];
}

/** Index of the tracker's header row: a tab row naming a subject and a recommendation column. */
export function trackerHeader(lines: string[]): { index: number; columns: Map<Column, number>; cells: string[] } | null {
  for (const [index, line] of lines.entries()) {
    if (!line.includes('\t')) continue;
    const cells = cellsOf(line);
    const columns = columnsOf(cells);
    // A heading naming two columns in one ("Lead / timescale") counts as both.
    const paired = cells.filter((cell, at) => ![...columns.values()].includes(at) && pairedColumns(cell, columns) !== null).length;
    if (columns.has('body') && columns.size + paired * 2 >= 4) return { index, columns, cells };
  }
  return null;
}

/** True for a table with the executive's response or its "Accepted / Rejected" in a column of its own. */
export function hasResponseColumn(lines: string[]): boolean {
  const columns = trackerHeader(lines)?.columns;
  return columns !== undefined && (columns.has('response') || columns.has('outcome'));
}
