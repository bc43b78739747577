/**
 * /data/meetings.json (src/site/open-data/meetings-list.ts), for the dev server: a build writes it
 * with the data tables (src/site/subscribe-outputs.ts), so there the endpoint lists no paths.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../site/archive.ts';
import { meetingsListText } from '../../site/open-data/meetings-list.ts';
import { buildsSubscribeOutputs, bulkWrite } from '../../site/subscribe-outputs.ts';

export const getStaticPaths = (() =>
  buildsSubscribeOutputs() && bulkWrite() === undefined ? [{ params: { list: 'meetings' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async () => {
  const text = [...meetingsListText(await loadArchive())].join('');
  return new Response(text, { headers: { 'content-type': 'application/json' } });
};
