/**
 * /data/meetings.json: an array of every meeting with its page address and its agenda items, so other
 * tools (and the browser tests) can list the archive without scraping pages.
 */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../site/archive.ts';
import { committeeName, councilName, meetingLabel } from '../../site/archive-data.ts';
import { urls } from '../../site/urls.ts';

export const GET: APIRoute = async () => {
  const archive = await loadArchive();
  const meetings = archive.meetings.map(({ id, data }) => {
    const url = urls.meeting(id);
    return {
      id,
      url,
      title: meetingLabel(data, archive.committees),
      date: data.date,
      dateStatus: data.dateStatus,
      status: data.status,
      committee:
        data.committee === null
          ? null
          : { id: data.committee, name: committeeName(data.committee, archive.committees), url: urls.committee(data.committee) },
      council:
        data.council === null
          ? null
          : { id: data.council, name: councilName(data.council, archive.councils), url: urls.council(data.council) },
      items: data.items.map((item) => ({ number: item.number, title: item.title, anchor: item.anchor, url: `${url}#${item.anchor}` })),
    };
  });
  return new Response(JSON.stringify(meetings, null, 2), { headers: { 'content-type': 'application/json' } });
};
