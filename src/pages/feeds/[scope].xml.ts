/**
 * /feeds/all.xml: RSS feed of the whole archive (new and updated meetings, reports, recommendations).
 * A route with a parameter, `all` its one value, so that the build can list no path while it
 * writes the file itself (src/site/subscribe-outputs.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../site/archive.ts';
import { buildsSubscribeOutputs, bulkWrite } from '../../site/subscribe-outputs.ts';
import { siteFeed } from './_feeds.ts';

export const getStaticPaths = (() =>
  buildsSubscribeOutputs() && bulkWrite() === undefined ? [{ params: { scope: 'all' } }] : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ site }) => siteFeed(await loadArchive(), site);
