/** Ordering and grouping of meetings for listings and the committee page; an item of a meeting found by its number. */
import type { MeetingSummary } from '../model/schema.ts';
import { yearOf, type Entry } from './archive-data.ts';

type MeetingEntry = Entry<MeetingSummary>;

/** Newest first; meetings with no stated date go last, in id order, so builds are stable. */
export function newestFirst(meetings: MeetingEntry[]): MeetingEntry[] {
  return [...meetings].sort((a, b) => {
    if (a.data.date === b.data.date) return a.id.localeCompare(b.id);
    if (a.data.date === null) return 1;
    if (b.data.date === null) return -1;
    return b.data.date.localeCompare(a.data.date);
  });
}

export interface YearGroup {
  /** `2017`, or null for meetings whose date is not stated. */
  year: string | null;
  meetings: MeetingEntry[];
}

/** Meetings by year, newest year first, undated ones in a last group of their own. */
export function byYear(meetings: MeetingEntry[]): YearGroup[] {
  const groups: YearGroup[] = [];
  for (const meeting of newestFirst(meetings)) {
    const year = yearOf(meeting.data.date);
    const last = groups.at(-1);
    if (last && last.year === year) last.meetings.push(meeting);
    else groups.push({ year, meetings: [meeting] });
  }
  return groups;
}

/**
 * The next scheduled meeting: the earliest dated meeting with status `scheduled` that falls
 * after every meeting with an agenda or minutes. Worked out from the records, not the
 * build date, so the same archive always builds the same page.
 */
export function nextScheduled(meetings: MeetingEntry[]): MeetingEntry | null {
  const held = meetings.filter((m) => (m.data.status === 'agenda' || m.data.status === 'minutes') && m.data.date !== null);
  const latestHeld = held.reduce((latest, m) => ((m.data.date ?? '') > latest ? (m.data.date ?? '') : latest), '');
  const upcoming = meetings
    .filter((m) => m.data.status === 'scheduled' && m.data.date !== null && m.data.date > latestHeld)
    .sort((a, b) => (a.data.date ?? '').localeCompare(b.data.date ?? ''));
  return upcoming[0] ?? null;
}

export interface Neighbours {
  previous: MeetingEntry | null;
  next: MeetingEntry | null;
}

/** Oldest first by date, undated last, then by id: the order of previous / next. */
export function oldestFirst(meetings: MeetingEntry[]): MeetingEntry[] {
  const dated = newestFirst(meetings.filter((m) => m.data.date !== null)).reverse();
  return [...dated, ...meetings.filter((m) => m.data.date === null)];
}

/** Previous and next dated meeting of the same committee, by meeting id (a meeting without a date or committee has none). */
export function neighboursByMeeting(meetingsByCommittee: ReadonlyMap<string, MeetingEntry[]>): ReadonlyMap<string, Neighbours> {
  const byMeeting = new Map<string, Neighbours>();
  for (const [committee, list] of meetingsByCommittee) {
    const dated = oldestFirst(list).filter((m) => m.data.date !== null && m.data.committee === committee);
    dated.forEach((meeting, at) => byMeeting.set(meeting.id, { previous: dated[at - 1] ?? null, next: dated[at + 1] ?? null }));
  }
  return byMeeting;
}

/** The years that have meetings, newest first. */
export function years(meetings: MeetingEntry[]): string[] {
  const set = new Set(meetings.map((m) => yearOf(m.data.date)).filter((y): y is string => y !== null));
  return [...set].sort().reverse();
}

/** "4" in a sentence of the minutes is the item numbered "4" or "4." on the page. */
const bareNumber = (number: string) => number.replace(/[.)]+$/, '').toLowerCase();

/** Whether a number a record names is an item's number: "4" is "4" and "4."; an item without a number has none. */
export function isItemNumber(number: string, item: { number: string | null }): boolean {
  return item.number !== null && bareNumber(item.number) === bareNumber(number);
}

/**
 * The one item of a meeting with the number a record names (a movement's "during item 4", a reference's
 * "in item 4", the item a report went to); null when none has it, or when more than one does: a link
 * to the wrong item would be worse than a link to the meeting alone.
 */
export function itemOf<Item extends { number: string | null }>(number: string, items: readonly Item[]): Item | null {
  const found = items.filter((item) => isItemNumber(number, item));
  return found.length === 1 ? (found[0] ?? null) : null;
}

/** The anchor of that item on the meeting's page (the page links it, the open data gives it); null when `itemOf` finds none. */
export function itemAnchorOf(number: string, items: readonly { number: string | null; anchor: string }[]): string | null {
  return itemOf(number, items)?.anchor ?? null;
}
