/**
 * The endpoint of one bulk data table in one format (/data/csv/<table>.csv, /data/json/<table>.json),
 * for the dev server: a build writes every table in both formats at once (src/site/subscribe-outputs.ts),
 * so there the endpoints list no paths. Not a route: the leading underscore keeps Astro from making one.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { loadArchive } from '../../site/archive.ts';
import { TABLES, table } from '../../site/open-data/tables.ts';
import { tableRows } from '../../site/open-data/sources.ts';
import { tableResponse, type Format } from '../../site/open-data/write.ts';
import { buildsSubscribeOutputs, bulkWrite } from '../../site/subscribe-outputs.ts';

export function tableEndpoint(format: Format): { getStaticPaths: GetStaticPaths; GET: APIRoute } {
  return {
    getStaticPaths: () => (buildsSubscribeOutputs() && bulkWrite() === undefined ? TABLES.map((t) => ({ params: { table: t.name } })) : []),
    GET: async ({ params, site }) => {
      const name = params['table'] ?? '';
      return tableResponse(table(name), format, tableRows(name, await loadArchive(), site));
    },
  };
}
