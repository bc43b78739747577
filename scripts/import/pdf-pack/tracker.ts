/**
 * A scrutiny recommendations tracker (a table in a report): one recommendation a row.
 * Columns are found by their header words, so trackers with other columns still read.
 */
import { findDates, parseMonthYear, parseShortDates, parseWrittenDate } from '../../../src/model/dates.ts';
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
  status: 'completed' | 'in-progress' | 'rejected' | 'open' | 'not-stated';
  statusText: string | null;
  body: string;
  warnings: string[];
}

type Column =
  | 'status'
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

/** Header words to column, first match wins: status before review date ("IMPLEMENTATION REVIEW DATE"),
 * and "OUTCOMES, ACTIONS ARISING & UPDATES" is the recommendation, not the update. */
const COLUMNS: [RegExp, Column][] = [
  [/^REF(?:ERENCE)?\.?$|^REC(?:OMMENDATION)?\.? (?:NO|REF)/i, 'reference'],
  [/^(?:OUTCOME|RECOMMENDATION|RESOLUTION|AGREED ACTION)/i, 'body'],
  [/^(?:RAG )?STATUS$/i, 'status'],
  [/^(?:IMPLEMENTATION|PROGRESS|LATEST|STATUS|UPDATE|RESPONSE|ACTIONS? TAKEN)/i, 'statusText'],
  [/REVIEW DATE|DUE DATE|REVIEW BY/i, 'reviewDate'],
  [/COMMITTEE DATE|MEETING DATE|DATE\(S\)|DATE AGREED|^DATE(?: MADE)?$/i, 'meetingDates'],
  [/LEAD OFFICER|OFFICER LEAD|^OFFICER$/i, 'leadOfficer'],
  [/RESPONSIBLE|CABINET MEMBER|PORTFOLIO/i, 'responsibleMember'],
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
export function trackerHeader(lines: string[]): { index: number; columns: Map<Column, number> } | null {
  for (const [index, line] of lines.entries()) {
    if (!line.includes('\t')) continue;
    const columns = columnsOf(cellsOf(line));
    if (columns.has('body') && columns.size >= 4) return { index, columns };
  }
  return null;
}

/** A status column's words for a recommendation turned down, or not yet begun (only a status column's: prose may say them of anything). */
const REJECTED = /^(?:rejected|declined|not\s+(?:accepted|agreed|supported))\b/i;
const OPEN = /^(?:open|not\s+(?:yet\s+)?started|outstanding|awaiting\s+response)\b/i;

/** Conservative: only words a tracker uses for a status count; a status column may use any case. */
function statusOf(text: string | null, column: boolean): TrackerRow['status'] {
  if (!text) return 'not-stated';
  if (new RegExp(/NO FURTHER ACTION|\bCOMPLETED?\b|\bCLOSED\b/.source, column ? 'i' : '').test(text)) return 'completed';
  if (/\bUPDATE\b|\bIN PROGRESS\b|\bONGOING\b/i.test(text)) return 'in-progress';
  if (column && REJECTED.test(text.trim())) return 'rejected';
  if (column && OPEN.test(text.trim())) return 'open';
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
  if (!text || /^n\/?a$/i.test(text)) return null;
  return parseMonthYear(text) ?? parseWrittenDate(text) ?? cellDates(text)[0] ?? text;
}

function bodyOf(cells: string[], columns: Map<Column, number>): string {
  const at = columns.get('body');
  return at === undefined ? '' : htmlToMarkdown(cells[at] ?? '');
}

function rowOf(cells: string[], columns: Map<Column, number>): TrackerRow {
  const raw = (column: Column): string | null => {
    const at = columns.get(column);
    const value = at === undefined ? '' : htmlToPlain(cells[at] ?? '');
    return value === '' ? null : value;
  };
  const body = bodyOf(cells, columns);
  const subject = raw('subject') ?? subjectFrom(body);
  const statusText = raw('statusText') ?? raw('status');
  const status = raw('status');
  const review = raw('reviewDate');
  const warnings: string[] = [];
  // Warn for an empty cell only: a tracker without the column never meant to state it.
  const missing = (value: string | null, what: string, column: Column): string | null => {
    if (value === null && columns.has(column)) warnings.push(`${what} not stated in the tracker`);
    return value;
  };
  return {
    reference: raw('reference') ?? referencesIn(subject)[0] ?? null,
    subject,
    committee: raw('committee'),
    approach: missing(raw('approach'), 'approach', 'approach'),
    leadOfficer: missing(raw('leadOfficer'), 'lead officer', 'leadOfficer'),
    responsibleMember: missing(raw('responsibleMember'), 'responsible member', 'responsibleMember'),
    meetingDates: cellDates(raw('meetingDates') ?? ''),
    reviewDate: reviewDateOf(missing(review, 'review date', 'reviewDate')),
    status: status ? statusOf(status, true) : statusOf(statusText, false),
    statusText: missing(statusText, 'latest update', columns.has('statusText') ? 'statusText' : 'status'),
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
    .map((cells) => rowOf(cells, header.columns));
}
