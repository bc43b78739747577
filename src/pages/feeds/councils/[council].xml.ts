/** /feeds/councils/<council>.xml: RSS feed of one council's meetings, reports and recommendations. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../site/archive.ts';
import { feedResponse, reportsOf } from '../../../site/feed-build.ts';
import { files, urls } from '../../../site/urls.ts';
import type { CouncilSummary } from '../../../site/bodies.ts';
import { buildsSubscribeOutputs } from '../../../site/subscribe-outputs.ts';

export const getStaticPaths = (async () => {
  if (!buildsSubscribeOutputs()) return [];
  const archive = await loadArchive();
  return archive.councilList.map((council) => ({ params: { council: council.id }, props: { council } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ council: CouncilSummary }> = async ({ props, site }) => {
  const archive = await loadArchive();
  const { council } = props;
  return feedResponse(
    {
      title: council.name,
      description: `New and updated meetings, reports and recommendations of ${council.name} in the scrutiny archive.`,
      page: urls.council(council.id),
      self: files.councilFeed(council.id),
      meetings: archive.meetingsByCouncil.get(council.id) ?? [],
      reports: reportsOf(archive, 'council', council.id),
      recommendations: archive.recommendationsByCouncil.get(council.id) ?? [],
    },
    site,
  );
};
