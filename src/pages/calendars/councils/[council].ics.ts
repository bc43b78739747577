/** /calendars/councils/<council>.ics: every dated meeting of a council's committees, past and scheduled. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../site/archive.ts';
import { calendarResponse } from '../../../site/calendar-build.ts';
import type { CouncilSummary } from '../../../site/bodies.ts';
import { buildsSubscribeOutputs } from '../../../site/subscribe-outputs.ts';

export const getStaticPaths = (async () => {
  if (!buildsSubscribeOutputs()) return [];
  const archive = await loadArchive();
  return archive.councilList.map((council) => ({ params: { council: council.id }, props: { council } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ council: CouncilSummary }> = async ({ props, site }) => {
  const archive = await loadArchive();
  return calendarResponse(props.council.name, archive.meetingsByCouncil.get(props.council.id) ?? [], site);
};
