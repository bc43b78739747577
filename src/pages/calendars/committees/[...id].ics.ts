/** /calendars/committees/<council>/<committee>.ics: every dated meeting of a committee, past and scheduled. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../site/archive.ts';
import { calendarResponse } from '../../../site/calendar-build.ts';
import type { CommitteeSummary } from '../../../site/bodies.ts';
import { buildsSubscribeOutputs } from '../../../site/subscribe-outputs.ts';

export const getStaticPaths = (async () => {
  if (!buildsSubscribeOutputs()) return [];
  const archive = await loadArchive();
  return archive.committeeList.map((committee) => ({ params: { id: committee.id }, props: { committee } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ committee: CommitteeSummary }> = async ({ props, site }) => {
  const archive = await loadArchive();
  return calendarResponse(props.committee.name, archive.meetingsByCommittee.get(props.committee.id) ?? [], site);
};
