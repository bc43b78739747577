/**
 * A scrutiny recommendations tracker (a table in a report): one recommendation a row.
 * Columns are found by their header words, so trackers with other columns still read.
 */
import { findDates, parseMonthYear, parseShortDates, parseWrittenDate } from '../../../src/model/dates.ts';
import { implementationFromWords, outcomeFromWords } from '../../../src/model/recommendation-lifecycle.ts';
import type { ImplementationStatus, RecommendationInput, ResponseOutcome } from '../../../src/model/schema.ts';
import { htmlToMarkdown, htmlToPlain } from './html-fragments.ts';
import { referencesIn } from './pack-text.ts';
import { continuesRow, joinedRow } from '../reader/table-cells.ts';
import { cellsOf, isRuleRow } from './tables.ts';
import { closedHeading, repeatsHeader, type ClosedHeading } from './tracker-sections.ts';

export interface TrackerRow {
  reference: string | null;
  subject: string;
  committee: string | null;
  approach: string | null;
  leadOfficer: string | null;
  responsibleMember: string | null;
  meetingDates: string[];
  reviewDate: string | null;
  /** The minute or agenda item that made it, as printed ("23(b)"); undefined when the tracker has no such column. */
  item?: string | null;
  /** Target or due date as the tracker words it; undefined when the tracker has no such column. */
  targetDate?: string | null;
  status: 'completed' | 'in-progress' | 'rejected' | 'open' | 'not-stated';
  statusText: string | null;
  /** What a status or RAG cell says of how far it has been carried out ("Implemented", "Ongoing", "Not started"). */
  implementation: ImplementationStatus;
  /** The RAG rating of a status or RAG column; undefined when the tracker gives none. */
  rag?: 'red' | 'amber' | 'green' | null;
  /** The executive's response: a response column's words, an "Accepted / Rejected" column, or a status cell's "Accepted". */
  response: NonNullable<RecommendationInput['response']> | null;
  body: string;
  warnings: string[];
}

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
const RESPONSE_HEADER = /^(?:(EXECUTIVE|CABINET(?: MEMBER)?|PORTFOLIO HOLDER)(?:'S|’S)? )?RESPONSE$/i;

/** Who gives a response: the executive as a body, or one of its members (a response's title, a column's heading, a dated bracket). */
export const RESPONDER = String.raw`(cabinet\s+member|cabinet|executive\s+member|executive|portfolio\s+holder|leader|mayor)`;
/**
 * "Executive comment", "Cabinet Member's comments": the responder's words beside the response's outcome word
 * ("Accepted"), which are the response's own text. A bare "Comments" column may be anyone's, so it is none.
 */
const COMMENT_HEADER = new RegExp(String.raw`^${RESPONDER}(?:['’]s)?\s+comments?$`, 'i');
/** A bracket that opens with the responder: "(Executive 17/07/2024)", "(Cabinet, 12 March 2025)". */
const RESPONDER_BRACKET = new RegExp(String.raw`\((?:the\s+)?${RESPONDER}\b([^()]{0,80})\)`, 'gi');
/** Words that make a bracket's date one yet to come ("due at Executive 21/05/2025"), not when the response was given. */
const NOT_YET = /\b(?:due|expected|scheduled|deferred|awaiting|to\s+be|will)\b/i;

/**
 * The date a response's own words give it: "Accepted (Executive 17/07/2024)", "Agreed … (Cabinet,
 * 12 March 2025)", a bracket that names the responder and holds one day with its year. Null when
 * there is none, when the date is one yet to come, or when brackets give different days: never guessed.
 */
export function responseDateIn(text: string | null): string | null {
  if (!text) return null;
  const days = new Set<string>();
  for (const match of text.matchAll(RESPONDER_BRACKET)) {
    const rest = match[2] ?? '';
    const dates = findDates(rest).filter((found) => found.yearStated);
    if (dates.length === 1 && !NOT_YET.test(rest)) days.add(dates[0]!.iso);
  }
  return days.size === 1 ? [...days][0]! : null;
}

/**
 * The words that label a lead officer, a responsible member and a target date, as a tracker's
 * column header or a response block's field ("Lead Officer:", kinds/cabinet-response.ts) prints
 * them: one list for both. A column header is tested for containing them ("RESPONSIBLE MEMBER/
 * OFFICER"), a field's label for being them whole (any "Label:" line could be a field).
 */
export const OFFICER_WORDS = String.raw`(?:lead|responsible|accountable)\s+officers?|officers?\s+(?:lead|responsible)`;
export const MEMBER_WORDS = String.raw`(?:(?:responsible|lead)\s+)?(?:cabinet|executive|lead)\s+member|responsible\s+member|portfolio(?:\s+holder)?`;
export const TARGET_WORDS = String.raw`timescales?(?:\s+for\s+implementation)?|target(?:\s+(?:completion\s+)?date)?|deadline|(?:implementation|completion)\s+date|date\s+due|due(?:\s+(?:date|by))?|by\s+when`;
/** "N/A", "None": a date cell or a timescale that says there is none. */
export const NO_DATE = /^(?:n\/?a|none|not\s+applicable)\.?$/i;

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

function columnsOf(header: string[]): Map<Column, number> {
  const map = new Map<Column, number>();
  header.forEach((cell, index) => {
    const column = COLUMNS.find(([pattern, name]) => pattern.test(cell.trim()) && !map.has(name))?.[1];
    if (column) map.set(column, index);
  });
  return map;
}

/** A heading that may name two columns in one: "Lead / timescale", "Officer / target date". */
const PAIRED_HEADING = /^(.+?)\s*\/\s*(.+)$/;
/** Where a cell under such a heading is parted: a slash with spaces round it ("Head of Transport / April 2026"). */
const PAIR_MARK = /\s+\/\s+/;

/** The two columns a heading names in one, when no column's words name it whole and each part names one the table has not. */
function pairedColumns(cell: string, known: Map<Column, number>): [Column, Column] | null {
  const [, first = '', second = ''] = PAIRED_HEADING.exec(cell.trim()) ?? [];
  const [one] = columnsOf([first]).keys();
  const [other] = columnsOf([second]).keys();
  if (one === undefined || other === undefined || one === other || known.has(one) || known.has(other)) return null;
  return [one, other];
}

/**
 * A heading that names two columns in one ("Lead / timescale") over cells that give both, parted by a spaced
 * slash ("Head of Transport / April 2026"): each part read under its own heading. A cell with no such slash is
 * read as the first part's, with a warning.
 */
function partPairedColumns(header: string[], rows: TableRow[]): { header: string[]; rows: TableRow[] } {
  const known = columnsOf(header);
  const paired = new Map<number, string[]>();
  header.forEach((cell, index) => {
    const pair = [...known.values()].includes(index) ? null : pairedColumns(cell, known);
    if (!pair) return;
    pair.forEach((column) => known.set(column, -1));
    paired.set(index, PAIRED_HEADING.exec(cell.trim())?.slice(1, 3) ?? []);
  });
  if (paired.size === 0) return { header, rows };
  const parted = rows.map((row) => {
    const warnings = [...row.warnings];
    const cells = row.cells.flatMap((cell, index) => {
      const headings = paired.get(index);
      if (!headings) return [cell];
      const parts = cell.split(PAIR_MARK);
      if (blank(cell) || parts.length === 2) return blank(cell) ? ['', ''] : parts;
      warnings.push(`"${cell}" under "${header[index] ?? ''}" is not parted by " / ": it is read as the ${headings[0] ?? ''} alone`);
      return [cell, ''];
    });
    return { cells, warnings };
  });
  return { header: header.flatMap((cell, index) => paired.get(index) ?? [cell]), rows: parted };
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

/** What a status, RAG or "Accepted / Rejected" cell says. */
interface CellWords {
  status: TrackerRow['status'];
  implementation: ImplementationStatus;
  outcome: ResponseOutcome | null;
  rag: 'red' | 'amber' | 'green' | null;
}

const RAG = /^(red|amber|green)\b[\s/,;:.–—-]*/i;
/** Done words negated: "Not completed", "Not yet complete" say it is still to do, never that it is done. */
const NOT_DONE = /^not\s+(?:yet\s+)?(?:fully\s+)?(?:completed?|implemented|done|closed|achieved)\b/i;
/** Still to begin or to answer. */
const OPEN = /^(?:open|outstanding|awaiting\s+response)\b/i;
/** Closed, with nothing said of why: done, unless the response turned it down. */
const CLOSED = /^(?:closed|no\s+further\s+action)\b/i;

/** The cell's first clause: "Completed - 14 units let" → "Completed". */
export function firstClause(text: string): string {
  return text.split(/\s*(?:[.;:(]|\s[-–—]\s)/)[0] ?? text;
}

/**
 * A status column's words (a status column may use any case), read from the start of the cell:
 * implementation words and acceptance words are the model's own (recommendation-lifecycle.ts),
 * a negation before the word it negates, and a leading RAG rating as `rag`.
 */
export function statusWords(text: string | null): CellWords {
  const words: CellWords = { status: 'not-stated', implementation: 'not-stated', outcome: null, rag: null };
  if (!text) return words;
  const rag = RAG.exec(text.trim());
  words.rag = rag ? (rag[1]!.toLowerCase() as CellWords['rag']) : null;
  const rest = firstClause(rag ? text.trim().slice(rag[0].length) : text.trim());
  if (rest === '') return words;
  if (NOT_DONE.test(rest)) return { ...words, status: 'open' };
  words.outcome = outcomeFromWords(rest);
  words.implementation = implementationFromWords(rest);
  if (words.outcome === 'not-accepted') words.status = 'rejected';
  else if (words.implementation === 'implemented' || CLOSED.test(rest)) words.status = 'completed';
  else if (words.implementation === 'in-progress') words.status = 'in-progress';
  else if (words.implementation === 'not-started' || OPEN.test(rest)) words.status = 'open';
  return words;
}

/**
 * A status beside a response that turned the recommendation down: "Closed", or nothing said, is closed
 * because it was rejected; one implemented all the same, or said to be open or under way, keeps its status.
 * A tracker's row and an executive response's block (kinds/cabinet-response.ts) both read it so.
 */
export function statusTurnedDown(
  status: TrackerRow['status'],
  outcome: ResponseOutcome | null,
  implementation: ImplementationStatus,
): TrackerRow['status'] {
  if (outcome !== 'not-accepted') return status;
  return status === 'not-stated' || (status === 'completed' && implementation !== 'implemented') ? 'rejected' : status;
}

/**
 * A tracker without a status column: only the capitals some trackers mark an update with
 * ("UPDATE:", "COMPLETED", "NO FURTHER ACTION") count, never the update's prose ("No update has
 * been received", "not completed").
 */
function markedStatus(text: string | null): TrackerRow['status'] {
  if (!text) return 'not-stated';
  const unnegated = text.replace(/\bNOT\s+(?:YET\s+)?(?:COMPLETED?|CLOSED)\b/g, '');
  if (/NO FURTHER ACTION|\bCOMPLETED?\b|\bCLOSED\b/.test(unnegated)) return 'completed';
  if (/\bUPDATE\b|\bIN PROGRESS\b|\bONGOING\b/.test(unnegated)) return 'in-progress';
  return 'not-stated';
}

/** A tracker without a subject column: the start of the recommendation names it. */
function subjectFrom(body: string): string {
  const text = body.replace(/^- /gm, '').replace(/[*_]/g, '').replace(/\n+/g, '; ').replace(/\s+/g, ' ').trim();
  const sentence = /^(.{1,100}?)(?:[.;:](?:\s|$)|$)/.exec(text)?.[1] ?? text;
  return sentence.length > 100 ? `${sentence.slice(0, 97).trimEnd()}...` : sentence;
}

/** The dates in a cell: "13-Sep-12", or day-first numbers ("14/10/24") as a spreadsheet prints them. */
function cellDates(text: string): string[] {
  const short = parseShortDates(text);
  return short.length > 0 ? short : findDates(text).flatMap((found) => (found.yearStated ? [found.iso] : []));
}

function reviewDateOf(text: string | null): string | null {
  if (!text || NO_DATE.test(text)) return null;
  return parseMonthYear(text) ?? parseWrittenDate(text) ?? cellDates(text)[0] ?? text;
}

/** "14", "23(b)", "FGP25/44": a minute's number as a cell prints it, short, with a figure. */
const MINUTE_NUMBER = /^(?=.*\d)\S{1,16}$/;

/** A minute column's cell as the item number; other words in it are warned of, never taken for a number. */
function itemOf(cell: string | null, warnings: string[]): string | null {
  if (cell === null || MINUTE_NUMBER.test(cell.trim())) return cell?.trim() ?? null;
  warnings.push(`the minute column's "${cell}" is no minute number: the item that made it not recorded`);
  return null;
}

function bodyOf(cells: string[], columns: Map<Column, number>): string {
  const at = columns.get('body');
  return at === undefined ? '' : htmlToMarkdown(cells[at] ?? '');
}

/** A cell that states nothing: empty, or a dash alone. */
export function blank(value: string): boolean {
  return /^[\s\-–—]*$/.test(value);
}

/** A response's words and the comment beside them, as paragraphs; null when neither says anything. */
function joinedWords(response: string | null, comment: string | null): string | null {
  const parts = [response, comment].filter((part) => part !== null);
  return parts.length === 0 ? null : parts.join('\n\n');
}

function rowOf(cells: string[], columns: Map<Column, number>, header: string[]): TrackerRow {
  const raw = (column: Column): string | null => {
    const at = columns.get(column);
    const value = at === undefined ? '' : htmlToPlain(cells[at] ?? '');
    return blank(value) ? null : value;
  };
  const body = bodyOf(cells, columns);
  // A row with a reference but no words: its reference names it.
  const subject = raw('subject') ?? (subjectFrom(body) || (raw('reference') ?? ''));
  const statusText = raw('statusText') ?? raw('status');
  const warnings: string[] = [];
  // Warn for an empty cell only: a tracker without the column never meant to state it.
  const missing = (value: string | null, what: string, column: Column): string | null => {
    if (value === null && columns.has(column)) warnings.push(`${what} not stated in the tracker`);
    return value;
  };
  const cell = statusWords(raw('status'));
  const ragCell = statusWords(raw('rag'));
  const outcomeCell = raw('outcome');
  const responseText = raw('response');
  const outcome =
    outcomeFromWords(outcomeCell && firstClause(outcomeCell)) ??
    cell.outcome ??
    ragCell.outcome ??
    outcomeFromWords(responseText && firstClause(responseText));
  const stated = columns.has('status') || columns.has('rag') || columns.has('outcome');
  const printed = stated ? (cell.status !== 'not-stated' ? cell.status : ragCell.status) : markedStatus(statusText);
  const status = statusTurnedDown(printed, outcome, cell.implementation);
  // The responder's comment follows the outcome word as the response's text.
  const responseWords = joinedWords(responseText ?? outcomeCell ?? (cell.outcome ? raw('status') : null), raw('comment'));
  const by = RESPONSE_HEADER.exec((header[columns.get('response') ?? -1] ?? '').trim())?.[1] ?? null;
  const rag = cell.rag ?? ragCell.rag;
  const target = columns.has('targetDate') ? missing(raw('targetDate'), 'target date', 'targetDate') : undefined;
  if (columns.has('response') || columns.has('outcome'))
    missing(responseWords, 'response', columns.has('response') ? 'response' : 'outcome');
  return {
    reference: raw('reference') ?? referencesIn(subject)[0] ?? null,
    subject,
    committee: raw('committee'),
    approach: missing(raw('approach'), 'approach', 'approach'),
    leadOfficer: missing(raw('leadOfficer'), 'lead officer', 'leadOfficer'),
    responsibleMember: missing(raw('responsibleMember'), 'responsible member', 'responsibleMember'),
    meetingDates: cellDates(raw('meetingDates') ?? ''),
    ...(columns.has('item') ? { item: itemOf(raw('item'), warnings) } : {}),
    reviewDate: reviewDateOf(missing(raw('reviewDate'), 'review date', 'reviewDate')),
    ...(target === undefined ? {} : { targetDate: target === null || NO_DATE.test(target) ? null : target }),
    status,
    statusText: missing(statusText, 'latest update', columns.has('statusText') ? 'statusText' : 'status'),
    implementation: cell.implementation !== 'not-stated' ? cell.implementation : ragCell.implementation,
    ...(rag !== null || columns.has('rag') ? { rag } : {}),
    response:
      responseWords === null && outcome === null
        ? null
        : {
            date: responseDateIn(responseWords),
            meeting: null,
            item: null,
            by: by === null ? null : by.replace(/\w+/g, (word) => word[0]!.toUpperCase() + word.slice(1).toLowerCase()),
            outcome,
            text: responseWords ?? '',
            note: "as the tracker's row gives it",
          },
    body,
    warnings,
  };
}

/** True for a report that is a tracker; other reports' tables (an action plan) are not recommendations. */
export function isTrackerPaper(title: string | null): boolean {
  return title !== null && /tracker|recommendations|action log/i.test(title);
}

function squashCells(line: string): string {
  return cellsOf(line).filter(Boolean).join(' ');
}

/**
 * A row of the table with the lines that carried on its cells joined in, and what could not be placed; `closed`, the
 * heading over the rows closed since the last report that it stands under ("Completed actions").
 */
interface TableRow {
  cells: string[];
  warnings: string[];
  closed?: ClosedHeading;
}

/** The tracker's table: the header's line, the line after the table, its rows, and lines in it that no cell took. */
export interface TrackerTable {
  index: number;
  end: number;
  header: string[];
  rows: TableRow[];
  unplaced: string[];
}

const PROSE_COLUMNS: Column[] = ['body', 'statusText', 'response', 'comment', 'subject'];

/** A cell whose words stop short: no full stop, question mark or closing bracket at its end. */
function unfinished(cell: string): boolean {
  return cell !== '' && !/[.!?)\]]$|<\/(?:p|li|ul|ol)>$/i.test(cell);
}

/**
 * The rows below the header. A cell may wrap onto the lines below its row: a line with tabs and
 * nothing in the row's first cell (its reference, else its subject) carries on the row's cells,
 * each in its own column; a line without tabs between two rows carries on the one wordy cell
 * (recommendation, update, response) that stops short, or is named in a warning when no cell or
 * more than one does. The table ends at the first line of plain text that no row follows.
 */
export function trackerTable(lines: string[], notes?: ReadonlyMap<number, string[]>): TrackerTable | null {
  const header = trackerHeader(lines);
  if (!header) return null;
  const { columns } = header;
  const keyAt = columns.get('reference') ?? columns.get('subject') ?? columns.get('body') ?? 0;
  const width = header.cells.length;
  const startsRow = (cells: string[]): boolean => (cells[keyAt] ?? '') !== '' && cells.length >= 3;
  // After a line of plain text, only a line as wide as half the header is taken for a row (not "Name<tab>Date").
  const isRow = (line: string): boolean => line.includes('\t') && startsRow(cellsOf(line)) && cellsOf(line).length >= Math.ceil(width / 2);
  const rows: TableRow[] = [];
  const unplaced: string[] = [];
  let end = lines.length;
  // "Recommendations closed since the last meeting": the heading the rows below it stand under.
  let closed: ClosedHeading | undefined;
  const tableRow = (cells: string[], at: number): TableRow => ({
    cells,
    warnings: [...(notes?.get(at) ?? [])],
    ...(closed ? { closed } : {}),
  });
  for (let at = header.index + 1; at < lines.length; at++) {
    const line = lines[at]!;
    if (line.trim() === '' || isRuleRow(line)) continue;
    const last = rows.at(-1);
    const cells = cellsOf(line);
    // The header printed again, over a later page's rows or the closed rows: no row.
    if (line.includes('\t') && repeatsHeader(cells, header.cells)) continue;
    // "OSMB-" over "25-07": a reference cell wrapped with the row's long cells is that row's line, as a typed table's is.
    if (line.includes('\t') && last && (cells[keyAt] ?? '') !== '' && continuesRow(cells, last.cells)) {
      last.cells = joinedRow(last.cells, cells);
      continue;
    }
    if (line.includes('\t') && startsRow(cells)) {
      rows.push(tableRow(cells, at));
      continue;
    }
    if (line.includes('\t') && last && (cells[keyAt] ?? '') === '') {
      cells.forEach((cell, column) => (last.cells[column] = [last.cells[column] ?? '', cell].filter(Boolean).join(' ')));
      continue;
    }
    const next = lines.slice(at + 1).find((later) => later.trim() !== '' && !isRuleRow(later));
    if (next === undefined || !isRow(next)) {
      end = at;
      break;
    }
    const heading = closedHeading(line);
    if (heading !== null) {
      closed = heading;
      continue;
    }
    const text = squashCells(line);
    const open = PROSE_COLUMNS.flatMap((column) => {
      const index = columns.get(column);
      return index !== undefined && unfinished(last?.cells[index] ?? '') ? [index] : [];
    });
    if (last && open.length === 1) {
      last.cells[open[0]!] = `${last.cells[open[0]!]} ${text}`;
    } else {
      unplaced.push(line);
      if (last)
        last.warnings.push(
          `a line below this row was not read into a cell ("${text}"): the cell it carries on is not known; it is kept in the tracker's text`,
        );
    }
  }
  // Lines between the header and the first row (a header on two lines): named on the first row.
  const firstAt = lines.findIndex((line, at) => at > header.index && line.includes('\t') && startsRow(cellsOf(line)));
  const above = firstAt < 0 ? [] : lines.slice(header.index + 1, firstAt).filter((line) => line.trim() !== '' && !isRuleRow(line));
  for (const line of above)
    rows[0]?.warnings.push(`a line above the first row was not read ("${squashCells(line)}"); it is kept in the tracker's text`);
  // Rows below a paragraph that ended the table: named, never silently lost.
  const later = lines.slice(end).filter(isRow).length;
  if (later > 0) {
    rows
      .at(-1)
      ?.warnings.push(
        `the tracker's table was read up to "${squashCells(lines[end]!)}"; ${later} line(s) below it that look like its rows were not read; they are kept in the tracker's text`,
      );
  }
  return { index: header.index, end, header: header.cells, rows, unplaced };
}

/**
 * The tracker's rows; empty when the lines hold no tracker. `notes` are warnings for the row that starts on a
 * line, from whatever set the table's lines out (pdf-pack/tracker-stacked.ts).
 */
export function readTracker(lines: string[], notes?: ReadonlyMap<number, string[]>): TrackerRow[] {
  const table = trackerTable(lines, notes);
  if (!table) return [];
  const { header, rows } = partPairedColumns(table.header, table.rows);
  const columns = columnsOf(header);
  return rows.map(({ cells, warnings, closed }) => {
    const row = rowOf(cells, columns, header);
    return underHeading({ ...row, warnings: [...row.warnings, ...warnings] }, closed);
  });
}

/**
 * A row under a heading over the rows closed since the last report: where it stands is the heading's word ("Completed
 * actions" completed and implemented, "closed" completed alone, as a status cell's "Closed" is), with a warning that
 * the heading gave it. A row whose own cells state a status or how far it has gone keeps what they state.
 */
function underHeading(row: TrackerRow, closed: ClosedHeading | undefined): TrackerRow {
  if (closed === undefined || row.status !== 'not-stated') return row;
  const words = statusWords(closed.word);
  return {
    ...row,
    status: words.status,
    implementation: row.implementation !== 'not-stated' ? row.implementation : words.implementation,
    warnings: [...row.warnings, `status read from the heading above the row: "${closed.heading}"`],
  };
}
