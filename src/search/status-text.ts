/** The words the page's live region says after a search. */

export interface StatusInput {
  query: string;
  total: number;
  shown: number;
  filters: number;
  /** The council a search is within (council-scope.ts), said instead of counting it among the filters it chose. */
  council?: string | null;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** What limits the results: the council a search is within, and how many other filters it chose. */
function limits(filters: number, council: string | null): string {
  const others = council === null ? filters : filters - 1;
  return `${council === null ? '' : ` in ${council}`}${others > 0 ? `, ${plural(others, 'filter')} applied` : ''}`;
}

/** What to try when nothing is found: leave out what limits the results. */
function widening(filters: number, council: string | null): string {
  if (council === null) return 'remove a filter';
  return filters > 1 ? 'remove a filter or search all councils' : 'search all councils';
}

export function statusText({ query, total, shown, filters, council = null }: StatusInput): string {
  const what = query.trim() === '' ? '' : ` for “${query.trim()}”`;
  const filtered = limits(filters, council);
  const showing = total > shown ? `. Showing ${shown}` : '';
  if (total === 0) return `No results${what}${filtered}. Try fewer or different words, or ${widening(filters, council)}.`;
  return `${plural(total, 'result')}${what}${filtered}${showing}.`;
}
