/** /data/csv/<table>.csv: one bulk data table as CSV (src/site/open-data/tables.ts lists them). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../../site/archive.ts';
import { TABLES, table } from '../../../site/open-data/tables.ts';
import { tableRows } from '../../../site/open-data/sources.ts';
import { tableResponse } from '../../../site/open-data/write.ts';
import { buildsSubscribeOutputs, bulkWrite } from '../../../site/subscribe-outputs.ts';

// A build writes every table in both formats at once (src/site/subscribe-outputs.ts).
export const getStaticPaths = (() =>
  buildsSubscribeOutputs() && bulkWrite() === undefined ? TABLES.map((t) => ({ params: { table: t.name } })) : []) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params['table'] ?? '';
  return tableResponse(table(name), 'csv', tableRows(name, await loadArchive(), site));
};
