/**
 * A committee's or council's recommendations tracker: the rows its page shows (grouped overdue,
 * open, closed, so it reads well with no JavaScript) and the same rows as CSV (csv-stringify).
 */
import { stringify } from 'csv-stringify/sync';
import { formatDate } from '../model/format.ts';
import { href } from './urls.ts';
import { NOT_STATED } from '../model/display-words.ts';
import {
  implementationOf,
  outcomeOf,
  responseState,
  trackerGroup,
  TRACKER_GROUPS,
  type TrackerGroup,
} from '../model/recommendation-lifecycle.ts';
import type { ImplementationStatus, Recommendation, ResponseOutcome } from '../model/schema.ts';

/** Words for the closed sets the tracker shows. */
export const OUTCOME_WORDS: Record<ResponseOutcome, string> = {
  accepted: 'Accepted',
  'partially-accepted': 'Partially accepted',
  'not-accepted': 'Not accepted',
  noted: 'Noted',
};

export const IMPLEMENTATION_WORDS: Record<ImplementationStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  implemented: 'Implemented',
  'not-implemented': 'Not implemented',
  superseded: 'Superseded',
  paused: 'Paused',
  'not-stated': NOT_STATED,
};

export const GROUP_HEADINGS: Record<TrackerGroup, string> = {
  overdue: 'Response overdue',
  open: 'Open',
  closed: 'Closed',
};

export const NO_RESPONSE = 'No response recorded';

/** What a tracker needs of one recommendation: its lifecycle fields and its latest update. */
export type TrackedRecommendation = Pick<
  Recommendation,
  'reference' | 'subject' | 'status' | 'implementation' | 'response' | 'responseDue' | 'madeDate' | 'meetingDates' | 'addressee'
> & { id: string; lastUpdate: { date: string | null; text: string } | null };

export interface TrackerRow {
  id: string;
  group: TrackerGroup;
  reference: string;
  subject: string;
  made: string;
  addressee: string;
  response: string;
  status: string;
  lastUpdate: string;
}

/** The response in words: its outcome, else "Response recorded", else overdue or not recorded (with the due date). */
export function responseWords(rec: TrackedRecommendation, today: string): string {
  const state = responseState(rec, today);
  const outcome = outcomeOf(rec);
  if (state === 'responded') return outcome ? OUTCOME_WORDS[outcome] : 'Response recorded (outcome not stated)';
  if (outcome) return OUTCOME_WORDS[outcome];
  const due = rec.responseDue ?? null;
  if (state === 'overdue' && due) return `Response overdue (due ${formatDate(due)})`;
  if (state === 'awaiting' && due) return `${NO_RESPONSE} (due ${formatDate(due)})`;
  return NO_RESPONSE;
}

function made(rec: TrackedRecommendation): string {
  const date = rec.madeDate ?? rec.meetingDates[0] ?? null;
  return date ? formatDate(date) : NOT_STATED;
}

function rowOf(rec: TrackedRecommendation, today: string): TrackerRow {
  const update = rec.lastUpdate;
  return {
    id: rec.id,
    group: trackerGroup(rec, today),
    reference: rec.reference ?? NOT_STATED,
    subject: rec.subject,
    made: made(rec),
    addressee: rec.addressee ?? NOT_STATED,
    response: responseWords(rec, today),
    status: IMPLEMENTATION_WORDS[implementationOf(rec)],
    lastUpdate: update ? `${update.date ? formatDate(update.date) : 'Date not stated'}: ${update.text}` : 'No update recorded',
  };
}

/** Rows grouped overdue, open, closed; within a group oldest made first, then by reference. */
export function trackerGroups(recs: readonly TrackedRecommendation[], today: string): { group: TrackerGroup; rows: TrackerRow[] }[] {
  const sortKey = (rec: TrackedRecommendation) => rec.madeDate ?? rec.meetingDates[0] ?? '9999-99-99';
  const sorted = [...recs].sort(
    (a, b) =>
      sortKey(a).localeCompare(sortKey(b)) ||
      (a.reference ?? '').localeCompare(b.reference ?? '', 'en-GB', { numeric: true }) ||
      a.id.localeCompare(b.id),
  );
  const rows = sorted.map((rec) => rowOf(rec, today));
  return TRACKER_GROUPS.map((group) => ({ group, rows: rows.filter((row) => row.group === group) })).filter(
    (entry) => entry.rows.length > 0,
  );
}

/** The columns, in the order of the table and the CSV. */
export const TRACKER_COLUMNS = [
  { key: 'reference', heading: 'Reference' },
  { key: 'subject', heading: 'Subject' },
  { key: 'made', heading: 'Made' },
  { key: 'addressee', heading: 'Addressed to' },
  { key: 'response', heading: 'Response' },
  { key: 'status', heading: 'Status' },
  { key: 'lastUpdate', heading: 'Last update' },
] as const satisfies readonly { key: keyof TrackerRow; heading: string }[];

/** The tracker as CSV: a group column, then the table's columns, the table's rows in its order. */
export function trackerCsv(groups: readonly { group: TrackerGroup; rows: TrackerRow[] }[]): string {
  const header = ['Group', ...TRACKER_COLUMNS.map((column) => column.heading)];
  const rows = groups.flatMap(({ group, rows: groupRows }) =>
    groupRows.map((row) => [GROUP_HEADINGS[group], ...TRACKER_COLUMNS.map((column) => row[column.key])]),
  );
  return stringify([header, ...rows], { record_delimiter: 'windows' });
}

/** Addresses of the tracker pages and their CSV files, under the base path. */
export const trackerUrls = {
  committee: (id: string, base?: string) => href(`trackers/${encodeId(id)}/`, base),
  committeeCsv: (id: string, base?: string) => href(`trackers/${encodeId(id)}.csv`, base),
  council: (id: string, base?: string) => href(`trackers/${encodeId(id)}/`, base),
  councilCsv: (id: string, base?: string) => href(`trackers/${encodeId(id)}.csv`, base),
};

function encodeId(id: string): string {
  return id.split('/').map(encodeURIComponent).join('/');
}

/** What a tracker needs of a recommendation file: the summary's fields and its latest update. */
export function tracked(id: string, data: Recommendation): TrackedRecommendation {
  const last = data.updates.at(-1) ?? null;
  return { ...data, id, lastUpdate: last ? { date: last.date, text: last.text } : null };
}

/** The search filter value for a recommendation's response: its outcome, overdue, or not recorded (no dates, so values group). */
export function responseFacet(rec: Pick<Recommendation, 'status' | 'response' | 'responseDue'>, today: string): string {
  const outcome = outcomeOf(rec);
  if (outcome) return OUTCOME_WORDS[outcome];
  const state = responseState(rec, today);
  if (state === 'responded') return 'Response recorded (outcome not stated)';
  return state === 'overdue' ? 'Response overdue' : NO_RESPONSE;
}
