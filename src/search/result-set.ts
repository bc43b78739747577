/**
 * Set arithmetic on Pagefind result ids, for queries Pagefind cannot run in one search
 * (a phrase with other words, exclusions): keep the records every required search found,
 * drop those any excluded search found, in the order of the first required search.
 */

export function combineIds(required: readonly string[][], excluded: readonly string[][]): string[] {
  const [first = [], ...rest] = required;
  const mustHave = rest.map((ids) => new Set(ids));
  const leaveOut = new Set(excluded.flat());
  return first.filter((id) => !leaveOut.has(id) && mustHave.every((set) => set.has(id)));
}

/** For each filter value, how many of `ids` carry it (members: value -> ids carrying it). */
export function countByValue(ids: readonly string[], members: ReadonlyMap<string, ReadonlySet<string>>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [value, set] of members) counts[value] = ids.reduce((n, id) => n + (set.has(id) ? 1 : 0), 0);
  return counts;
}

/**
 * For a query of several plain words, records holding the words as a phrase are the
 * better matches: they come first when sorting by relevance, and their phrase search
 * result (whose excerpt marks the phrase) stands in for the plain one. Pagefind does not
 * rank a phrase search (every hit scores the same, in index order), so the phrase hits keep
 * the order of the words search: a person page titled with the name before the meetings
 * that mention it.
 */
export function preferPhrase<T extends { id: string }>(words: readonly T[], phrase: readonly T[], reorder: boolean): T[] {
  const byId = new Map(phrase.map((result) => [result.id, result]));
  const merged = words.map((result) => byId.get(result.id) ?? result);
  if (!reorder) return merged;
  return [...merged.filter((result) => byId.has(result.id)), ...merged.filter((result) => !byId.has(result.id))];
}
