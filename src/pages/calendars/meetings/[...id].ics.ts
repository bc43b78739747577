/** /calendars/meetings/<id>.ics: one meeting, for "Add to calendar" (dated meetings only). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../site/archive.ts';
import { calendarResponse } from '../../../site/calendar-build.ts';
import { meetingLabel, type Entry } from '../../../site/archive-data.ts';
import type { MeetingSummary } from '../../../model/schema.ts';
import { buildsSubscribeOutputs } from '../../../site/subscribe-outputs.ts';

export const getStaticPaths = (async () => {
  if (!buildsSubscribeOutputs()) return [];
  const archive = await loadArchive();
  return archive.meetings.filter((entry) => entry.data.date !== null).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Entry<MeetingSummary> }> = async ({ props, site }) => {
  const archive = await loadArchive();
  return calendarResponse(meetingLabel(props.entry.data, archive.committees), [props.entry], site);
};
