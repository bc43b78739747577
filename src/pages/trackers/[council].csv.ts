/** A council's tracker as CSV: the same rows, in the same order, as its tracker page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { fullRecord, loadArchive } from '../../site/archive.ts';
import { tracked, trackerCsv, trackerGroups } from '../../site/trackers.ts';
import { buildDate } from '../../model/recommendation-lifecycle.ts';

export const getStaticPaths = (async () => {
  const archive = await loadArchive();
  return archive.councilList
    .filter((council) => (archive.recommendationsByCouncil.get(council.id) ?? []).length > 0)
    .map((council) => ({ params: { council: council.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const archive = await loadArchive();
  const entries = archive.recommendationsByCouncil.get(String(params['council'])) ?? [];
  const recs = await Promise.all(entries.map(async (entry) => tracked(entry.id, (await fullRecord('recommendations', entry)).data)));
  return new Response(trackerCsv(trackerGroups(recs, buildDate(process.env))), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
