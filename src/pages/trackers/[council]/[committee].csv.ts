/** A committee's tracker as CSV: the same rows, in the same order, as its tracker page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fullRecord, loadArchive } from '../../../site/archive.ts';
import { tracked, trackerCsv, trackerGroups } from '../../../site/trackers.ts';
import { buildDate } from '../../../model/recommendation-lifecycle.ts';

export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  return archive.committeeList
    .filter((committee) => (archive.recommendationsByCommittee.get(committee.id) ?? []).length > 0)
    .map((committee) => {
      const [council = '', ...rest] = committee.id.split('/');
      return { params: { council, committee: rest.join('/') }, props: { id: committee.id } };
    });
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const archive = await loadArchive();
  const entries = archive.recommendationsByCommittee.get(String(props['id'])) ?? [];
  const recs = await Promise.all(entries.map(async (entry) => tracked(entry.id, (await fullRecord('recommendations', entry)).data)));
  return new Response(trackerCsv(trackerGroups(recs, buildDate(process.env))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
