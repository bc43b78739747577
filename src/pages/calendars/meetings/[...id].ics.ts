/** /calendars/meetings/<id>.ics: one meeting, for "Add to calendar" (dated meetings only). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../site/archive.ts';
import type { Entry } from '../../../site/archive-data.ts';
import type { MeetingSummary } from '../../../model/schema.ts';
import { buildsSubscribeOutputs, bulkWrite } from '../../../site/subscribe-outputs.ts';
import { datedMeetings, meetingCalendar } from '../_calendars.ts';

export const getStaticPaths = (async () => {
  // A build writes them all at once (src/site/subscribe-outputs.ts).
  if (!buildsSubscribeOutputs() || bulkWrite() !== undefined) return [];
  return datedMeetings(await loadArchive()).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: Entry<MeetingSummary> }> = async ({ props, site }) =>
  meetingCalendar(props.entry, await loadArchive(), site);
