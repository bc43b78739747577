/** /data/json/<table>.json: one bulk data table as a JSON array of row objects with the CSV's columns (src/site/open-data/tables.ts lists them). */
import { tableEndpoint } from '../_table-endpoint.ts';

export const { getStaticPaths, GET } = tableEndpoint('json');
