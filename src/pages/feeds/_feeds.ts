/**
 * The RSS feeds: the whole archive's, and one per council and per committee. Their endpoints serve
 * them in the dev server; the build writes them all at once (src/site/subscribe-outputs.ts). Not a
 * route: the leading underscore keeps Astro from making one of this file.
 */
import type { Archive } from '../../site/archive.ts';
import { feedResponse, reportsOf } from '../../site/feed-build.ts';
import type { CommitteeSummary, CouncilSummary } from '../../site/bodies.ts';
import { files, urls } from '../../site/urls.ts';
import { outputPath, type BuiltFile } from '../../site/subscribe-outputs.ts';

/** The whole archive's feed (its address: `files.feed()`). */
export function siteFeed(archive: Archive, site: URL | undefined): Promise<Response> {
  return feedResponse(
    {
      title: 'Every council',
      description: 'New and updated meetings (agendas and minutes published), reports and recommendations in the scrutiny archive.',
      page: urls.home(),
      self: files.feed(),
      meetings: archive.meetings,
      reports: archive.reports,
      recommendations: archive.recommendations,
    },
    site,
  );
}

export function councilFeed(council: CouncilSummary, archive: Archive, site: URL | undefined): Promise<Response> {
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
}

export function committeeFeed(committee: CommitteeSummary, archive: Archive, site: URL | undefined): Promise<Response> {
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
}

/** Every feed file, as the endpoints name and make them. */
export function feedFiles(archive: Archive, site: URL | undefined): BuiltFile[] {
  return [
    { path: outputPath(files.feed('/')), response: () => siteFeed(archive, site), inputs: null },
    ...archive.councilList.map((council) => ({
      path: outputPath(files.councilFeed(council.id, '/')),
      response: () => councilFeed(council, archive, site),
      inputs: council,
    })),
    ...archive.committeeList.map((committee) => ({
      path: outputPath(files.committeeFeed(committee.id, '/')),
      response: () => committeeFeed(committee, archive, site),
      inputs: committee,
    })),
  ];
}
