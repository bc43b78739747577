/** The words the page's live region says after a search. */

export interface StatusInput {
  query: string;
  total: number;
  shown: number;
  filters: number;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export function statusText({ query, total, shown, filters }: StatusInput): string {
  const what = query.trim() === '' ? '' : ` for “${query.trim()}”`;
  const filtered = filters === 0 ? '' : `, ${plural(filters, 'filter')} applied`;
  const showing = total > shown ? `. Showing ${shown}` : '';
  if (total === 0) return `No results${what}${filtered}. Try fewer or different words, or remove a filter.`;
  return `${plural(total, 'result')}${what}${filtered}${showing}.`;
}
