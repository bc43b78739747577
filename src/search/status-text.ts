/** The words the page's live region says after a search, and during one that takes a while. */

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

/** What was searched for, as the status says it: ` for “words”`, or nothing for a search by filters alone. */
function searchedFor(query: string): string {
  return query.trim() === '' ? '' : ` for “${query.trim()}”`;
}

/** Said while a search is still running (or waiting for the one before it) after a moment: at 100,000 meetings a common word takes seconds. */
export function searchingText(query: string): string {
  return `Searching${searchedFor(query)}…`;
}

export function statusText({ query, total, shown, filters, council = null }: StatusInput): string {
  const what = searchedFor(query);
  const filtered = limits(filters, council);
  const showing = total > shown ? `. Showing ${shown}` : '';
  if (total === 0) return `No results${what}${filtered}. Try fewer or different words, or ${widening(filters, council)}.`;
  return `${plural(total, 'result')}${what}${filtered}${showing}.`;
}
