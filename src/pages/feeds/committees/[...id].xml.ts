/** /feeds/committees/<council>/<committee>.xml: RSS feed of one committee's meetings, reports and recommendations. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../site/archive.ts';
import type { CommitteeSummary } from '../../../site/bodies.ts';
import { buildsSubscribeOutputs, bulkWrite } from '../../../site/subscribe-outputs.ts';
import { committeeFeed } from '../_feeds.ts';

export const getStaticPaths = (async () => {
  // A build writes them all at once (src/site/subscribe-outputs.ts).
  if (!buildsSubscribeOutputs() || bulkWrite() !== undefined) return [];
  const archive = await loadArchive();
  return archive.committeeList.map((committee) => ({ params: { id: committee.id }, props: { committee } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ committee: CommitteeSummary }> = async ({ props, site }) =>
  committeeFeed(props.committee, await loadArchive(), site);
