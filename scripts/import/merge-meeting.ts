/**
 * One meeting known from two records that each hold part of it: its page of items with its
 * attendance page (merge-attendance.ts), or with a recorded vote page (merge-votes.ts). The import
 * (merge-records.ts, records of one run) and the store (store.ts, a record and the file on disk)
 * join records the same way, here.
 */
import { mergeAttendance } from './merge-attendance.ts';
import { mergeVotes } from './merge-votes.ts';
import type { ImportRecord } from './records.ts';

/** The two records as one meeting, when one holds what the other lacks as such a page does; null otherwise. */
export function mergeMeeting(a: ImportRecord, b: ImportRecord): ImportRecord | null {
  return mergeAttendance(a, b) ?? mergeVotes(a, b);
}
