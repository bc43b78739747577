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

/**
 * The results holding the words as a phrase, told by where the words stand: `offsets` are the
 * places of the looked-up words in the query ("signs of safety": 0 and 2), and a result holds the
 * phrase when, from one of its word places, a word stands at every offset. Pagefind gives each
 * result the places of all the query's words it holds without saying which word is where, so the
 * words' order is not checked ("safety of signs" counts too), nor the words skipped between.
 * Searching each word alone would tell them apart, but costs a search of every page holding the
 * word: seconds for a common word across a large archive.
 */
export function phraseAt<T extends { words: readonly number[] }>(offsets: readonly number[], results: readonly T[]): T[] {
  const [first, ...rest] = offsets;
  if (first === undefined || rest.length === 0) return [];
  return results.filter((result) => {
    const places = new Set(result.words);
    return result.words.some((start) => rest.every((offset) => places.has(start + offset - first)));
  });
}
