/** /data/csv/<table>.csv: one bulk data table as CSV (src/site/open-data/tables.ts lists them). */
import { tableEndpoint } from '../_table-endpoint.ts';

export const { getStaticPaths, GET } = tableEndpoint('csv');
