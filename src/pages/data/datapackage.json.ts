/** /data/datapackage.json: the Frictionless Data Package describing the CSV files under /data/csv/. */
import type { APIRoute } from 'astro';
import { loadArchive } from '../../site/archive.ts';
import { TABLES } from '../../site/open-data/tables.ts';
import { schemaDocs } from '../../site/open-data/field-docs.ts';
import { dataPackage } from '../../site/open-data/datapackage.ts';
import { absolute, urls } from '../../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await loadArchive();
  const records = new Map(archive.councils.map((c) => [c.id, c.data]));
  const statements = archive.councilList.map((c) => ({ council: c.name, licence: records.get(c.id)?.licence ?? null }));
  const descriptor = dataPackage(TABLES, schemaDocs(), statements, absolute(urls.data(), site));
  return new Response(`${JSON.stringify(descriptor, null, 2)}\n`, { headers: { 'content-type': 'application/json' } });
};
