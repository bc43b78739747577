/**
 * Which fields of a record name another record, and of which type: one table for the checker
 * (every id must be a record) and the site (every council and committee named gets a page).
 */
import type { CollectionName } from './schema.ts';

/** Top-level fields holding the id of another record, per collection: field → collection it names. */
export const LINK_FIELDS = {
  councils: {},
  committees: { council: 'councils', parent: 'committees' },
  meetings: { council: 'councils', committee: 'committees' },
  reports: { council: 'councils', committee: 'committees', meeting: 'meetings' },
  recommendations: { council: 'councils', committee: 'committees', report: 'reports' },
  people: {},
} as const satisfies Record<CollectionName, Record<string, CollectionName>>;

/** One id a record names: where it stands in the record, and the collection it must be in. */
export interface RecordLink {
  path: (string | number)[];
  target: CollectionName;
  id: string;
}

/** The fields, of every collection, that name a record of `target`: `[collection, field]` pairs. */
export function fieldsNaming(target: CollectionName): [CollectionName, string][] {
  return (Object.entries(LINK_FIELDS) as [CollectionName, Record<string, CollectionName>][]).flatMap(([collection, fields]) =>
    Object.entries(fields)
      .filter(([, named]) => named === target)
      .map(([field]): [CollectionName, string] => [collection, field]),
  );
}

interface ItemLinks {
  reports?: unknown;
  documents?: unknown;
}

/** Report ids in a meeting's agenda items (`items.N.reports`, `items.N.documents.M.report`). */
function itemLinks(items: unknown): RecordLink[] {
  if (!Array.isArray(items)) return [];
  return (items as ItemLinks[])
    .flatMap((item, i) => [
      ...(Array.isArray(item.reports) ? (item.reports as unknown[]) : []).map((id, j) => ({ path: ['items', i, 'reports', j], id })),
      ...(Array.isArray(item.documents) ? (item.documents as { report?: unknown }[]) : []).map((doc, j) => ({
        path: ['items', i, 'documents', j, 'report'],
        id: doc.report,
      })),
    ])
    .filter((link): link is { path: (string | number)[]; id: string } => typeof link.id === 'string')
    .map((link) => ({ ...link, target: 'reports' }));
}

/** Every id a record (its parsed fields) names; ids that are null are left out. */
export function linksOf(collection: CollectionName, data: Record<string, unknown>): RecordLink[] {
  const fields: Record<string, CollectionName> = LINK_FIELDS[collection];
  const links: RecordLink[] = [];
  for (const [field, target] of Object.entries(fields)) {
    const id = data[field];
    if (typeof id === 'string') links.push({ path: [field], target, id });
  }
  return collection === 'meetings' ? [...links, ...itemLinks(data['items'])] : links;
}
