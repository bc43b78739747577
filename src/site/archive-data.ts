/**
 * The archive as plain data, so the page logic can be tested without Astro.
 * `Entry` has the shape of an Astro collection entry (id, data, body).
 */
import type { Committee, Council, MeetingSummary, Person, RecommendationSummary, Report } from '../model/schema.ts';
import { formatDate } from '../model/format.ts';
import { pushTo } from './group.ts';
import { DATE_NOT_STATED, NOT_STATED } from '../model/display-words.ts';
import type { RecordPlace } from '../model/cache-file.ts';

export interface Entry<T> {
  id: string;
  data: T;
  body?: string | undefined;
  /** The record's file, relative to the working folder (set by the content loader). */
  filePath?: string | undefined;
  /**
   * The content loader's digest of the record's file (its path and text) and of the loader's context
   * (the code, the folders its summary reads), from which the entry is made: pages' reads of the
   * entry are noted by it (src/site/archive.ts).
   */
  digest?: string | undefined;
  /** Where the content loader kept a copy of the whole record, for a summarised collection (src/site/record-copies.ts). */
  copy?: RecordPlace | undefined;
}

export interface ArchiveData {
  councils: Entry<Council>[];
  committees: Entry<Committee>[];
  meetings: Entry<MeetingSummary>[];
  reports: Entry<Report>[];
  recommendations: Entry<RecommendationSummary>[];
  people: Entry<Person>[];
}

export { NOT_STATED };

const names = new WeakMap<Entry<{ name: string }>[], Map<string, string>>();

/** Names by id, built once per collection array (pages ask for names many times). */
function nameOf(id: string, entries: Entry<{ name: string }>[]): string {
  let byId = names.get(entries);
  if (byId === undefined) {
    byId = new Map(entries.map((entry) => [entry.id, entry.data.name]));
    names.set(entries, byId);
  }
  return byId.get(id) ?? id;
}

/** A council's name from its record; its id when there is no record (never an invented name). */
export function councilName(id: string | null, councils: Entry<Council>[]): string {
  return id === null ? NOT_STATED : nameOf(id, councils);
}

/** A committee's name from its record; its id when there is no record. */
export function committeeName(id: string | null, committees: Entry<Committee>[]): string {
  return id === null ? NOT_STATED : nameOf(id, committees);
}

/** "11 July 2017", or the plain words when the date is not stated. */
export function meetingDateText(meeting: MeetingSummary): string {
  return meeting.date === null ? DATE_NOT_STATED : formatDate(meeting.date);
}

/**
 * "11 July 2017"; an undated meeting adds its first item's title ("Date not stated:
 * Interim Report on ..."), so two undated meetings of a committee read differently.
 */
export function meetingShortLabel(meeting: MeetingSummary): string {
  const first = meeting.items[0];
  return meeting.date === null && first ? `${meetingDateText(meeting)}: ${first.title}` : meetingDateText(meeting);
}

/** "Children's Services Overview and Scrutiny Committee, 11 July 2017". */
export function meetingLabel(meeting: MeetingSummary, committees: Entry<Committee>[]): string {
  const body = meeting.committee === null ? 'Meeting of a committee not stated' : committeeName(meeting.committee, committees);
  return `${body}, ${meetingShortLabel(meeting)}`;
}

/** The year a meeting is filed under, or null when its date is not stated. */
export function yearOf(date: string | null): string | null {
  return date === null ? null : date.slice(0, 4);
}

/** Entries grouped by a key (null keys left out), in their original order. */
export function groupBy<T>(entries: T[], keyOf: (entry: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const entry of entries) {
    const key = keyOf(entry);
    if (key !== null) pushTo(groups, key, entry);
  }
  return groups;
}
