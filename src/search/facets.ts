/**
 * The search filters (Pagefind "filters"): their keys, their labels and the words their
 * values use. Shared by the build (PagefindMeta.astro writes the values) and the search
 * page (which lists them), so both always agree.
 */
import { NOT_STATED, RECOMMENDATION_STATUS_WORDS } from '../model/display-words.ts';

export const FACETS = [
  { key: 'type', legend: 'Type of record' },
  { key: 'council', legend: 'Council' },
  { key: 'committee', legend: 'Committee' },
  { key: 'year', legend: 'Year' },
  { key: 'status', legend: 'Recommendation status' },
  { key: 'response', legend: 'Response to a recommendation' },
  { key: 'implementation', legend: 'Implementation of a recommendation' },
] as const;

export type FacetKey = (typeof FACETS)[number]['key'];

export const FACET_KEYS: readonly FacetKey[] = FACETS.map((facet) => facet.key);

/** How many results each value of a filter has, by filter (only the filters a search counted). */
export type FacetCounts = Partial<Record<FacetKey, Record<string, number>>>;

/** The filters only recommendations carry (src/components/search/pagefind-record.ts). */
export const RECOMMENDATION_FACETS: readonly FacetKey[] = ['status', 'response', 'implementation'];

export { NOT_STATED };

/** Record types as the search lists them, in the order the filter shows them. */
export const RECORD_TYPES = {
  meeting: 'Meeting',
  'agenda-item': 'Agenda item',
  report: 'Report',
  recommendation: 'Recommendation',
  person: 'Person',
  committee: 'Committee',
  council: 'Council',
} as const;

export type SearchRecordType = keyof typeof RECORD_TYPES;

/** Recommendation statuses in words, as the pages show them. */
export const STATUS_LABELS: Record<string, string> = RECOMMENDATION_STATUS_WORDS;

const TYPE_ORDER: string[] = Object.values(RECORD_TYPES);
const STATUS_ORDER: string[] = Object.values(STATUS_LABELS);

/** Where a value sits in a fixed order; unknown values go after the known ones. */
function rank(order: string[], value: string): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}

/**
 * The order a filter lists its values in: types and statuses in their natural order,
 * years newest first, everything else alphabetically; "Not stated" always last.
 */
export function sortFacetValues(key: FacetKey, values: Iterable<string>): string[] {
  const compare = (a: string, b: string): number => {
    if (a === NOT_STATED || b === NOT_STATED) return Number(a === NOT_STATED) - Number(b === NOT_STATED);
    if (key === 'type') return rank(TYPE_ORDER, a) - rank(TYPE_ORDER, b) || a.localeCompare(b, 'en-GB');
    if (key === 'status') return rank(STATUS_ORDER, a) - rank(STATUS_ORDER, b) || a.localeCompare(b, 'en-GB');
    if (key === 'year') return b.localeCompare(a);
    return a.localeCompare(b, 'en-GB');
  };
  return [...new Set(values)].sort(compare);
}
