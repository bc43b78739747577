/**
 * A scrutiny recommendations tracker (a table in a report): one recommendation a row.
 * Columns are found by their header words, so trackers with other columns still read.
 */
import { findDates, parseMonthYear, parseShortDates, parseWrittenDate } from '../../../src/model/dates.ts';
import { implementationFromWords, outcomeFromWords } from '../../../src/model/recommendation-lifecycle.ts';
import type { ImplementationStatus, RecommendationInput, ResponseOutcome } from '../../../src/model/schema.ts';
import { htmlToMarkdown, htmlToPlain } from './html-fragments.ts';
import { referencesIn } from './pack-text.ts';
import { cellsOf, isRuleRow } from './tables.ts';

export interface TrackerRow {
  reference: string | null;
  subject: string;
  committee: string | null;
  approach: string | null;
  leadOfficer: string | null;
  responsibleMember: string | null;
  meetingDates: string[];
  reviewDate: string | null;
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

type Column =
  | 'status'
  | 'rag'
  | 'outcome'
  | 'response'
  | 'targetDate'
  | 'reference'
  | 'subject'
  | 'committee'
  | 'approach'
  | 'leadOfficer'
  | 'responsibleMember'
  | 'meetingDates'
  | 'reviewDate'
  | 'statusText'
  | 'body';

/** "Executive Response", "Cabinet response", "Cabinet Member's response": the executive's words; group 1 names who gave them. */
const RESPONSE_HEADER = /^(EXECUTIVE|CABINET(?: MEMBER)?|PORTFOLIO HOLDER)(?:'S|’S)? RESPONSE$/i;

/** Header words to column, first match wins: status before review date ("IMPLEMENTATION REVIEW DATE"),
 * "OUTCOMES, ACTIONS ARISING & UPDATES" is the recommendation, not the update, a member before an
 * officer ("RESPONSIBLE MEMBER/ OFFICER"), and a date column before the subject ("Date of review"). */
const COLUMNS: [RegExp, Column][] = [
  [/^REF(?:ERENCE)?\.?$|^REC(?:OMMENDATION)?\.? ?(?:NO|NUMBER|REF)\b|^NO\.?$/i, 'reference'],
  [/^(?:RECOMMENDATION |CURRENT |OVERALL )?STATUS$/i, 'status'],
  [/^RAG(?: STATUS| RATING)?$/i, 'rag'],
  // "Accepted / Rejected", "Accepted, partially accepted or rejected", "Agreed?"
  [/^(?:ACCEPTED|AGREED)\b.*(?:REJECTED|NOT AGREED|\?)$|^(?:ACCEPTED|AGREED)\??$/i, 'outcome'],
  [RESPONSE_HEADER, 'response'],
  [/^(?:OUTCOME|RECOMMENDATION|RESOLUTION|AGREED ACTION)/i, 'body'],
  [/^(?:IMPLEMENTATION|PROGRESS|LATEST|STATUS|UPDATE|RESPONSE|ACTIONS? TAKEN)/i, 'statusText'],
  [/^(?:DATE DUE|DUE(?: DATE| BY)?|TARGET(?: DATE| COMPLETION DATE)?|DEADLINE|TIMESCALES?|COMPLETION DATE)$/i, 'targetDate'],
  [/REVIEW DATE|REVIEW BY|DATE OF (?:NEXT )?REVIEW/i, 'reviewDate'],
  [/COMMITTEE DATE|MEETING DATE|DATE\(S\)|DATE AGREED|DATE OF (?:COMMITTEE|MEETING)|^DATE(?: MADE)?$/i, 'meetingDates'],
  [/\bMEMBER\b|PORTFOLIO/i, 'responsibleMember'],
  [/LEAD OFFICER|OFFICER LEAD|^OFFICER$|(?:RESPONSIBLE|ACCOUNTABLE) OFFICER|OFFICER RESPONSIBLE/i, 'leadOfficer'],
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

/** Index of the tracker's header row: a tab row naming a subject and a recommendation column. */
export function trackerHeader(lines: string[]): { index: number; columns: Map<Column, number>; cells: string[] } | null {
  for (const [index, line] of lines.entries()) {
    if (!line.includes('\t')) continue;
    const cells = cellsOf(line);
    const columns = columnsOf(cells);
    if (columns.has('body') && columns.size >= 4) return { index, columns, cells };
  }
  return null;
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
function firstClause(text: string): string {
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

/** "N/A", "None": a date cell that says there is none. */
const NO_DATE = /^(?:n\/?a|none|not applicable)\.?$/i;

function reviewDateOf(text: string | null): string | null {
  if (!text || NO_DATE.test(text)) return null;
  return parseMonthYear(text) ?? parseWrittenDate(text) ?? cellDates(text)[0] ?? text;
}

function bodyOf(cells: string[], columns: Map<Column, number>): string {
  const at = columns.get('body');
  return at === undefined ? '' : htmlToMarkdown(cells[at] ?? '');
}

/** A cell that states nothing: empty, or a dash alone. */
function blank(value: string): boolean {
  return /^[\s\-–—]*$/.test(value);
}

function rowOf(cells: string[], columns: Map<Column, number>, header: string[]): TrackerRow {
  const raw = (column: Column): string | null => {
    const at = columns.get(column);
    const value = at === undefined ? '' : htmlToPlain(cells[at] ?? '');
    return blank(value) ? null : value;
  };
  const body = bodyOf(cells, columns);
  const subject = raw('subject') ?? subjectFrom(body);
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
  let status = stated ? (cell.status !== 'not-stated' ? cell.status : ragCell.status) : markedStatus(statusText);
  // "Closed" on a recommendation the response turned down: closed because it was rejected.
  if (outcome === 'not-accepted' && (status === 'not-stated' || (status === 'completed' && cell.implementation !== 'implemented'))) {
    status = 'rejected';
  }
  const responseWords = responseText ?? outcomeCell ?? (cell.outcome ? raw('status') : null);
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
            date: null,
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

/** The table's rows below the header: it ends at the first line of plain text. */
function rowsBelow(lines: string[]): string[] {
  const end = lines.findIndex((line) => line.trim() !== '' && !line.includes('\t') && !isRuleRow(line));
  return lines.slice(0, end < 0 ? lines.length : end).filter((line) => line.includes('\t') && !isRuleRow(line));
}

/** The tracker's rows; empty when the lines hold no tracker. */
export function readTracker(lines: string[]): TrackerRow[] {
  const header = trackerHeader(lines);
  if (!header) return [];
  const subjectAt = header.columns.get('subject') ?? header.columns.get('body') ?? 0;
  return rowsBelow(lines.slice(header.index + 1))
    .map(cellsOf)
    .filter((cells) => (cells[subjectAt] ?? '') !== '' && cells.length >= 3)
    .map((cells) => rowOf(cells, header.columns, header.cells));
}
