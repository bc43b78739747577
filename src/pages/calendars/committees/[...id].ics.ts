/** /calendars/committees/<council>/<committee>.ics: every dated meeting of a committee, past and scheduled. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../site/archive.ts';
import type { CommitteeSummary } from '../../../site/bodies.ts';
import { buildsSubscribeOutputs, bulkWrite } from '../../../site/subscribe-outputs.ts';
import { committeeCalendar } from '../_calendars.ts';

export const getStaticPaths = (async () => {
  // A build writes them all at once (src/site/subscribe-outputs.ts).
  if (!buildsSubscribeOutputs() || bulkWrite() !== undefined) return [];
  const archive = await loadArchive();
  return archive.committeeList.map((committee) => ({ params: { id: committee.id }, props: { committee } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ committee: CommitteeSummary }> = async ({ props, site }) =>
  committeeCalendar(props.committee, await loadArchive(), site);
