/** /feeds/all.xml: RSS feed of the whole archive (new and updated meetings, reports, recommendations). */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../site/archive.ts';
import { feedResponse } from '../../site/feed-build.ts';
import { files, urls } from '../../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
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
};
