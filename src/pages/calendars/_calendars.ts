/**
 * The calendars: one per council and per committee with every dated meeting, and one per meeting
 * for "Add to calendar". Their endpoints serve them in the dev server; the build writes them all at
 * once (src/site/subscribe-outputs.ts). Not a route: the leading underscore keeps Astro from making
 * one of this file.
 */
import type { Archive } from '../../site/archive.ts';
import { calendarResponse } from '../../site/calendar-build.ts';
import { meetingLabel, type Entry } from '../../site/archive-data.ts';
import type { CommitteeSummary, CouncilSummary } from '../../site/bodies.ts';
import type { MeetingSummary } from '../../model/schema.ts';
import { files } from '../../site/urls.ts';
import { outputPath, type BuiltFile } from '../../site/subscribe-outputs.ts';

export function councilCalendar(council: CouncilSummary, archive: Archive, site: URL | undefined): Promise<Response> {
  return calendarResponse(council.name, archive.meetingsByCouncil.get(council.id) ?? [], site);
}

export function committeeCalendar(committee: CommitteeSummary, archive: Archive, site: URL | undefined): Promise<Response> {
  return calendarResponse(committee.name, archive.meetingsByCommittee.get(committee.id) ?? [], site);
}

/** The meetings that have a calendar of their own: those whose date is stated. */
export function datedMeetings(archive: Archive): Entry<MeetingSummary>[] {
  return archive.meetings.filter((entry) => entry.data.date !== null);
}

export function meetingCalendar(entry: Entry<MeetingSummary>, archive: Archive, site: URL | undefined): Promise<Response> {
  return calendarResponse(meetingLabel(entry.data, archive.committees), [entry], site);
}

/** Every calendar file, as the endpoints name and make them. */
export function calendarFiles(archive: Archive, site: URL | undefined): BuiltFile[] {
  return [
    ...archive.councilList.map((council) => ({
      path: outputPath(files.councilCalendar(council.id, '/')),
      response: () => councilCalendar(council, archive, site),
      inputs: council,
    })),
    ...archive.committeeList.map((committee) => ({
      path: outputPath(files.committeeCalendar(committee.id, '/')),
      response: () => committeeCalendar(committee, archive, site),
      inputs: committee,
    })),
    ...datedMeetings(archive).map((entry) => ({
      path: outputPath(files.meetingCalendar(entry.id, '/')),
      response: () => meetingCalendar(entry, archive, site),
      inputs: entry,
    })),
  ];
}
