/** /feeds/councils/<council>.xml: RSS feed of one council's meetings, reports and recommendations. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../site/archive.ts';
import type { CouncilSummary } from '../../../site/bodies.ts';
import { buildsSubscribeOutputs, bulkWrite } from '../../../site/subscribe-outputs.ts';
import { councilFeed } from '../_feeds.ts';

export const getStaticPaths = (async () => {
  // A build writes them all at once (src/site/subscribe-outputs.ts).
  if (!buildsSubscribeOutputs() || bulkWrite() !== undefined) return [];
  const archive = await loadArchive();
  return archive.councilList.map((council) => ({ params: { council: council.id }, props: { council } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ council: CouncilSummary }> = async ({ props, site }) => councilFeed(props.council, await loadArchive(), site);
