/**
 * Content collections, one per record type, read from the content root
 * (`content/`, or the folder in CONTENT_DIR, which the benchmark uses).
 * The schemas are the shared ones in src/lib/schema.ts; ids are the path below the
 * collection folder, exactly as the importer names files.
 */
import { defineCollection } from 'astro:content';
import { collections as schemas, type CollectionName } from './lib/schema.ts';
import { contentRoot } from './lib/content-root.ts';
import { recordLoader } from './lib/record-loader.ts';

function collection<Name extends CollectionName>(name: Name) {
  return defineCollection({ loader: recordLoader(`${contentRoot()}/${name}`), schema: schemas[name] });
}

export const collections = {
  councils: collection('councils'),
  committees: collection('committees'),
  meetings: collection('meetings'),
  reports: collection('reports'),
  recommendations: collection('recommendations'),
  people: collection('people'),
};
