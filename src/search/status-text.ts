/** The words the page's live region says after a search. */

export interface StatusInput {
  query: string;
  total: number;
  shown: number;
  filters: number;
  /** The council a search is within (council-scope.ts), said instead of the filters it chose. */
  council?: string | null;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** What limits the results: the council a search is within, or how many filters it chose. */
function limits(filters: number, council: string | null): string {
  if (council !== null) return ` in ${council}`;
  return filters === 0 ? '' : `, ${plural(filters, 'filter')} applied`;
}

export function statusText({ query, total, shown, filters, council = null }: StatusInput): string {
  const what = query.trim() === '' ? '' : ` for “${query.trim()}”`;
  const filtered = limits(filters, council);
  const showing = total > shown ? `. Showing ${shown}` : '';
  const widen = council !== null ? 'search all councils' : 'remove a filter';
  if (total === 0) return `No results${what}${filtered}. Try fewer or different words, or ${widen}.`;
  return `${plural(total, 'result')}${what}${filtered}${showing}.`;
}
