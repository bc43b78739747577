import { describe, expect, it } from 'vitest';
import { fieldsNaming, LINK_FIELDS, linksOf } from './record-links.ts';
import { collections, type CollectionName } from './schema.ts';

describe('which fields name which records', () => {
  it('names only fields the schema has, and collections that exist', () => {
    for (const [collection, fields] of Object.entries(LINK_FIELDS) as [CollectionName, Record<string, CollectionName>][]) {
      for (const [field, target] of Object.entries(fields)) {
        expect(Object.keys(collections[collection].shape), `${collection}.${field}`).toContain(field);
        expect(Object.keys(collections)).toContain(target);
      }
    }
  });

  it('lists the fields naming councils and committees, as the site gives each a page', () => {
    expect(fieldsNaming('councils').map(([collection]) => collection)).toEqual(['committees', 'meetings', 'reports', 'recommendations']);
    expect(fieldsNaming('committees')).toEqual([
      ['committees', 'parent'],
      ['meetings', 'committee'],
      ['reports', 'committee'],
      ['recommendations', 'committee'],
    ]);
  });

  it('finds a meeting’s links, its agenda items’ reports included, and leaves nulls out', () => {
    const links = linksOf('meetings', {
      council: 'c',
      committee: null,
      items: [{ reports: ['c/r1'], documents: [{ report: null }, { report: 'c/r2' }] }],
    });
    expect(links).toEqual([
      { path: ['council'], target: 'councils', id: 'c' },
      { path: ['items', 0, 'reports', 0], target: 'reports', id: 'c/r1' },
      { path: ['items', 0, 'documents', 1, 'report'], target: 'reports', id: 'c/r2' },
    ]);
  });
});
