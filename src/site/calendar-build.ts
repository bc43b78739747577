/** The calendars' endpoints share this: the archive's names and addresses for src/site/calendar.ts. */
import { loadArchive } from './archive.ts';
import { committeeName, councilName } from './archive-data.ts';
import { calendarText, type CalendarMeeting } from './calendar.ts';
import { absolute, urls } from './urls.ts';

/** An iCalendar response (text/calendar) named `name` with the dated meetings among `meetings`. */
export async function calendarResponse(name: string, meetings: CalendarMeeting[], site: URL | undefined): Promise<Response> {
  const archive = await loadArchive();
  const text = calendarText(`${name} – Scrutiny archive`, meetings, {
    site: absolute(urls.home(), site),
    meetingUrl: (id) => absolute(urls.meeting(id), site),
    committeeName: (id) => (id === null ? 'Committee not stated' : committeeName(id, archive.committees)),
    councilName: (id) => (id === null ? 'Council not stated' : councilName(id, archive.councils)),
  });
  return new Response(text, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
}
