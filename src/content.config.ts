/**
 * Content collections, one per record type, read from the content root
 * (`content/`, or the folder in CONTENT_DIR, which the benchmark uses).
 * The schemas are the shared ones in src/lib/schema.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collections as schemas, type CollectionName } from './lib/schema.ts';
import { contentRoot } from './lib/content-root.ts';

function collection<Name extends CollectionName>(name: Name) {
  return defineCollection({
    loader: glob({
      pattern: '**/*.md',
      base: `${contentRoot()}/${name}`,
      // Ids are the path below the collection folder, exactly as the importer names files.
      generateId: ({ entry }) => entry.replace(/\.md$/, ''),
    }),
    schema: schemas[name],
  });
}

export const collections = {
  councils: collection('councils'),
  committees: collection('committees'),
  meetings: collection('meetings'),
  reports: collection('reports'),
  recommendations: collection('recommendations'),
  people: collection('people'),
};
