/** /feeds/committees/<council>/<committee>.xml: RSS feed of one committee's meetings, reports and recommendations. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../site/archive.ts';
import { feedResponse, reportsOf } from '../../../site/feed-build.ts';
import { files, urls } from '../../../site/urls.ts';
import type { CommitteeSummary } from '../../../site/bodies.ts';
import { buildsSubscribeOutputs } from '../../../site/subscribe-outputs.ts';

export const getStaticPaths = (async () => {
  if (!buildsSubscribeOutputs()) return [];
  const archive = await loadArchive();
  return archive.committeeList.map((committee) => ({ params: { id: committee.id }, props: { committee } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ committee: CommitteeSummary }> = async ({ props, site }) => {
  const archive = await loadArchive();
  const { committee } = props;
  return feedResponse(
    {
      title: committee.name,
      description: `New and updated meetings, reports and recommendations of ${committee.name} in the scrutiny archive.`,
      page: urls.committee(committee.id),
      self: files.committeeFeed(committee.id),
      meetings: archive.meetingsByCommittee.get(committee.id) ?? [],
      reports: reportsOf(archive, 'committee', committee.id),
      recommendations: archive.recommendationsByCommittee.get(committee.id) ?? [],
    },
    site,
  );
};
