/**
 * Results in date order, from their names alone: the merged index numbers its pages in date
 * order and names each after its place (src/model/search-page-names.ts), so sorting needs no
 * sort list in the metadata and no second search. Results without a date follow the dated ones,
 * in the order given (best match first).
 */
import { dateRank, isDateOrdered } from '../model/search-page-names.ts';

/** Whether the results come from an index the merge numbered in date order (else Pagefind's own sort is needed). */
export function namedInDateOrder(results: readonly { id: string }[]): boolean {
  return results.some((result) => isDateOrdered(result.id));
}

export function inDateOrder<T extends { id: string }>(results: readonly T[], direction: 'asc' | 'desc'): T[] {
  const dated: { result: T; rank: number }[] = [];
  const undated: T[] = [];
  for (const result of results) {
    const rank = dateRank(result.id);
    if (rank === null) undated.push(result);
    else dated.push({ result, rank });
  }
  dated.sort((a, b) => (direction === 'asc' ? a.rank - b.rank : b.rank - a.rank));
  return [...dated.map(({ result }) => result), ...undated];
}
