/**
 * Links between records by date: a meeting's references ("the minutes of the meeting
 * held on 1 February 2017") and a recommendation's meeting dates name a date only;
 * the body is the referring record's own committee, or its council when no committee is stated.
 * Lookups go through maps built once, so a large archive is not scanned once per page.
 */
import type { MeetingSummary, RecommendationSummary } from '../model/schema.ts';
import { pushTo } from './group.ts';
import type { Entry } from './archive-data.ts';

export interface Body {
  council: string | null;
  committee: string | null;
}

/** The key a body speaks from: its committee when stated, else its council. */
function speakerKey(from: Body, date: string): string | null {
  if (from.committee !== null) return `c|${from.committee}|${date}`;
  if (from.council !== null) return `k|${from.council}|${date}`;
  return null;
}

/** The keys under which a meeting can be named: by its committee, and by its council. */
function meetingKeys(meeting: MeetingSummary): string[] {
  if (meeting.date === null) return [];
  const keys: string[] = [];
  if (meeting.committee !== null) keys.push(`c|${meeting.committee}|${meeting.date}`);
  if (meeting.council !== null) keys.push(`k|${meeting.council}|${meeting.date}`);
  return keys;
}

export type Referrer =
  { kind: 'meeting'; entry: Entry<MeetingSummary>; text: string } | { kind: 'recommendation'; entry: Entry<RecommendationSummary> };

export interface ReferenceIndex {
  meetings: Map<string, Entry<MeetingSummary>[]>;
  referrers: Map<string, Referrer[]>;
}

export function referenceIndex(meetings: Entry<MeetingSummary>[], recommendations: Entry<RecommendationSummary>[]): ReferenceIndex {
  const index: ReferenceIndex = { meetings: new Map(), referrers: new Map() };
  for (const meeting of meetings) {
    for (const key of meetingKeys(meeting.data)) pushTo(index.meetings, key, meeting);
    const seen = new Set<string>();
    for (const reference of meeting.data.references) {
      const key = speakerKey(meeting.data, reference.date);
      if (key === null || seen.has(key)) continue;
      seen.add(key);
      pushTo(index.referrers, key, { kind: 'meeting', entry: meeting, text: reference.text });
    }
  }
  for (const recommendation of recommendations) {
    for (const date of new Set(recommendation.data.meetingDates)) {
      const key = speakerKey(recommendation.data, date);
      if (key !== null) pushTo(index.referrers, key, { kind: 'recommendation', entry: recommendation });
    }
  }
  return index;
}

/** The meeting in the archive that a date names, seen from a body; null when not held. */
export function findMeeting(date: string, from: Body, index: ReferenceIndex): Entry<MeetingSummary> | null {
  const key = speakerKey(from, date);
  const found = key === null ? [] : (index.meetings.get(key) ?? []);
  // A meeting with minutes is the better target than a date in the calendar or a cancelled meeting.
  return found.find((m) => m.data.status === 'agenda' || m.data.status === 'minutes') ?? found[0] ?? null;
}

/** Records whose references name this meeting's date, from its committee or council. */
export function referredBy(meeting: Entry<MeetingSummary>, index: ReferenceIndex): Referrer[] {
  const result = meetingKeys(meeting.data).flatMap((key) => index.referrers.get(key) ?? []);
  return result.filter(
    (referrer, at) => referrer.entry.id !== meeting.id && result.findIndex((r) => r.entry.id === referrer.entry.id) === at,
  );
}
