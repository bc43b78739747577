/**
 * A scrutiny recommendations tracker (a table in a report): one recommendation a row.
 * Columns are found by their header words, so trackers with other columns still read.
 * Here, what a row's cells say; the columns in tracker-columns.ts, the table's rows in tracker-table.ts, what a
 * status cell says in tracker-status.ts.
 */
import { findDates, parseMonthYear, parseShortDates, parseWrittenDate } from '../../../src/model/dates.ts';
import { outcomeFromWords } from '../../../src/model/recommendation-lifecycle.ts';
import type { ImplementationStatus, RecommendationInput } from '../../../src/model/schema.ts';
import { htmlToMarkdown, htmlToPlain } from './html-fragments.ts';
import { referencesIn } from './pack-text.ts';
import type { ClosedHeading } from './tracker-sections.ts';
import { columnsOf, RESPONDER, RESPONSE_HEADER, type TrackerColumn as Column } from './tracker-columns.ts';
import { firstClause, markedStatus, statusTurnedDown, statusWords, type TrackerStatus } from './tracker-status.ts';
import { blank, partPairedColumns, trackerTable } from './tracker-table.ts';

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
  status: TrackerStatus;
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

/** "N/A", "None": a date cell or a timescale that says there is none. */
export const NO_DATE = /^(?:n\/?a|none|not\s+applicable)\.?$/i;

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
