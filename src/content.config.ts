/**
 * Content collections, one per record type, read from the content root
 * (`content/`, or the folder in CONTENT_DIR, which the benchmark uses).
 * Every file is checked against the shared schemas in src/model/schema.ts; the pages get
 * `summaries` of meetings, reports and recommendations, whose pages read their own file, from the
 * loader itself: Astro's content store holds no record (src/site/record-loader.ts and
 * src/site/record-store.ts say why). Ids are the path below the
 * collection folder, exactly as the importer names files.
 */
import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { collections as schemas, summaries, type CollectionName } from './model/schema.ts';
import { contentRoot } from './model/content-root.ts';
import { readRecords } from './model/record-file.ts';
import { recordLoader, type RecordLoaderOptions } from './site/record-loader.ts';
import { meetingSummariser, recommendationSummary } from './site/record-summary.ts';

const folder = (name: CollectionName) => `${contentRoot()}/${name}`;

function collection<S extends z.ZodType>(name: CollectionName, options: RecordLoaderOptions<S>) {
  return defineCollection({ loader: recordLoader(folder(name), options), schema: summaries[name] });
}

export const collections = {
  councils: collection('councils', { schema: schemas.councils }),
  committees: collection('committees', { schema: schemas.committees }),
  meetings: collection('meetings', {
    schema: schemas.meetings,
    summariser: async () => meetingSummariser(await readRecords(folder('committees'), schemas.committees)),
    dependsOn: [folder('committees')],
  }),
  // A report's data is small; its summary only leaves out the body.
  reports: collection('reports', { schema: schemas.reports, summariser: async () => (report) => report }),
  recommendations: collection('recommendations', { schema: schemas.recommendations, summariser: async () => recommendationSummary }),
  people: collection('people', { schema: schemas.people }),
};
