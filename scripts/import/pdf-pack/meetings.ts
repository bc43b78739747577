/**
 * Meeting drafts from a pack: the meeting it is for (agenda), the previous meeting
 * whose minutes it carries, and the dates of future meetings it lists.
 */
import type { MeetingDraft } from '../assemble.ts';
import { slugify } from '../../../src/model/slug.ts';
import type { AgendaRow } from './agenda-table.ts';
import type { FrontSheet } from './front-sheet.ts';
import type { MinutesDraft } from './minutes.ts';
import { findReferencesIn, uniqueReferences } from '../references.ts';
import type { ScheduledDates } from './meeting-dates.ts';

export interface PackNames {
  councilName: string | null;
  committeeName: string | null;
}

/** Reports an agenda item introduces, by id, with the names to list them under. */
export type ItemReports = Map<number, { id: string; name: string }[]>;

export function agendaMeeting(
  names: PackNames,
  front: FrontSheet,
  date: string | null,
  rows: AgendaRow[],
  reports: ItemReports,
): MeetingDraft {
  const warnings = [
    ...(front.startTime ? [] : ['start time not stated on the front sheet']),
    ...(front.venue ? [] : ['venue not stated on the front sheet']),
  ];
  return {
    ...names,
    date,
    dateStatus: date ? 'exact' : 'not-stated',
    startTime: front.startTime,
    venue: front.venue,
    contact: front.contact,
    committeeMembers: front.members,
    status: 'agenda',
    attendance: {},
    items: rows.map((row) => ({
      number: String(row.number),
      title: row.title,
      anchor: `item-${row.number}`,
      agendaText: row.description,
      pages: row.pages,
      reports: (reports.get(row.number) ?? []).map((report) => report.id),
      documents: (reports.get(row.number) ?? []).map((report) => ({ name: report.name, kind: 'report' as const, report: report.id })),
    })),
    references: uniqueReferences(rows.flatMap((row) => findReferencesIn(`${row.title}. ${row.description ?? ''}`, row.number, null))),
    warnings,
  };
}

export function minutesMeeting(names: PackNames, minutes: MinutesDraft): MeetingDraft {
  const sameCommittee = minutes.committeeName !== null && slugify(minutes.committeeName) === slugify(names.committeeName ?? '');
  const warnings = [
    ...minutes.warnings,
    ...(minutes.startTime ? [] : ['start time not stated in the minutes']),
    ...(minutes.endTime ? [] : ['closing time not stated in the minutes']),
  ];
  return {
    councilName: names.councilName,
    committeeName: sameCommittee || minutes.committeeName === null ? names.committeeName : minutes.committeeName,
    date: minutes.date,
    dateStatus: minutes.date ? 'exact' : 'not-stated',
    startTime: minutes.startTime,
    endTime: minutes.endTime,
    venue: minutes.venue,
    status: 'minutes',
    attendance: minutes.movements.length > 0 ? { ...minutes.attendance, movements: minutes.movements } : minutes.attendance,
    items: minutes.items.map((item) => ({
      number: String(item.number),
      title: item.title,
      anchor: `item-${item.number}`,
      minutes: item.minutes === '' ? null : item.minutes,
      resolutions: item.resolutions,
    })),
    references: minutes.items.flatMap((item) => item.references),
    warnings,
  };
}

export function scheduledMeetings(names: PackNames, scheduled: ScheduledDates, skip: Set<string>): MeetingDraft[] {
  return scheduled.dates
    .filter((date) => !skip.has(date))
    .map((date) => ({
      ...names,
      date,
      dateStatus: 'exact' as const,
      startTime: scheduled.startTime,
      venue: scheduled.venue,
      status: 'scheduled' as const,
    }));
}
