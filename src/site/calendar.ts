/**
 * iCalendar files of meetings (RFC 5545, written by ical-generator): one per committee and per
 * council with every dated meeting, past and scheduled, and one per meeting for "Add to calendar".
 * Times are the records' clock times in Europe/London, written as UTC instants so every calendar
 * app places them right across BST changes; a meeting without a start time is an all-day event.
 * UIDs are made from the meeting's id, so a calendar app that subscribes updates events rather
 * than duplicating them, and DTSTAMP is the meeting's own start: nothing depends on the build time.
 */
import ical, { ICalEventStatus } from 'ical-generator';
import type { MeetingSummary } from '../model/schema.ts';
import { londonInstant } from './london-time.ts';
import { itemHeading } from '../model/display-words.ts';

/** What a calendar needs of a meeting: its summary is enough (no record file is read). */
export interface CalendarMeeting {
  id: string;
  data: Pick<MeetingSummary, 'date' | 'startTime' | 'endTime' | 'venue' | 'status' | 'committee' | 'council' | 'items'>;
}

export interface CalendarContext {
  /** The site's address (astro.config.mjs `site`), for UIDs. */
  site: string;
  /** Absolute address of a meeting's page. */
  meetingUrl: (id: string) => string;
  /** A committee's name (or the plain words when not stated). */
  committeeName: (id: string | null) => string;
  /** A council's name. */
  councilName: (id: string | null) => string;
}

const STATUS_WORDS: Record<MeetingSummary['status'], string> = {
  minutes: 'Minutes published',
  agenda: 'Agenda published',
  scheduled: 'Scheduled',
  cancelled: 'Cancelled',
};

/**
 * A calendar event's status: a meeting with an agenda or minutes took place or is confirmed; a
 * date from a calendar of future meetings is tentative; a meeting a notice called off is cancelled.
 */
export function eventStatus(status: MeetingSummary['status']): ICalEventStatus {
  if (status === 'cancelled') return ICalEventStatus.CANCELLED;
  return status === 'scheduled' ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED;
}

/** A meeting's stable UID: its id at the site's host. */
export function meetingUid(id: string, site: string): string {
  return `meetings/${id}@${new URL(site).host}`;
}

/**
 * The iCalendar text of a calendar named `name` with the dated meetings among `meetings` (a
 * meeting whose date is not stated has no place in a calendar and is left out).
 */
export function calendarText(name: string, meetings: CalendarMeeting[], context: CalendarContext): string {
  const calendar = ical({ name, prodId: { company: 'Scrutiny archive', product: 'meetings', language: 'EN' } });
  for (const { id, data } of meetings) {
    if (data.date === null) continue;
    // An all-day event is a calendar day: ical-generator writes its date from the UTC fields.
    const start = data.startTime === null ? new Date(`${data.date}T00:00:00Z`) : londonInstant(data.date, data.startTime);
    const end =
      data.startTime !== null && data.endTime !== null && data.endTime > data.startTime ? londonInstant(data.date, data.endTime) : null;
    const url = context.meetingUrl(id);
    const committee = context.committeeName(data.committee);
    calendar.createEvent({
      id: meetingUid(id, context.site),
      start,
      end,
      allDay: data.startTime === null,
      stamp: start,
      summary: data.committee === null ? `Meeting, ${context.councilName(data.council)}` : committee,
      location: data.venue,
      status: eventStatus(data.status),
      url,
      description: [
        `${committee}, ${context.councilName(data.council)}.`,
        `${STATUS_WORDS[data.status]}.`,
        data.startTime === null ? 'Start time not stated.' : null,
        ...data.items.map(itemHeading),
        url,
      ]
        .filter((line): line is string => line !== null)
        .join('\n'),
    });
  }
  return calendar.toString();
}
