/**
 * Which words to mark on a record page opened from a search result, and the pattern that
 * finds them. Kept apart from the DOM code so it can be tested on its own.
 */

/** Parameter the search page adds to result links, one per word or phrase. */
export const HIGHLIGHT_PARAM = 'pagefind-highlight';

const MAX_TERMS = 10;
const MAX_TERM_LENGTH = 100;

/** Terms from the address, cleaned: no empties, no duplicates, bounded in number and length. */
export function termsFromSearch(search: string): string[] {
  const terms = new URLSearchParams(search)
    .getAll(HIGHLIGHT_PARAM)
    .map((term) => term.replace(/\s+/g, ' ').trim().slice(0, MAX_TERM_LENGTH))
    .filter((term) => /[\p{L}\p{N}]/u.test(term));
  return [...new Set(terms)].slice(0, MAX_TERMS);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Matches any term at the start of a word, case-insensitively, so "safety" marks "Safety"
 * and "meet" marks "meeting" (Pagefind matched word forms too). Longest terms first, so a
 * phrase wins over a word inside it. Null when there is nothing to mark.
 */
export function termPattern(terms: readonly string[]): RegExp | null {
  if (terms.length === 0) return null;
  const alternatives = [...terms].sort((a, b) => b.length - a.length).map((term) => term.split(' ').map(escapeRegExp).join('\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})`, 'giu');
}

/** Where a text holds matches, as [start, end) pairs. */
export function matchRanges(text: string, pattern: RegExp): [number, number][] {
  return [...text.matchAll(pattern)].filter((match) => match[0] !== '').map((match) => [match.index, match.index + match[0].length]);
}

/** Adds the highlight parameters to a result address, before its #fragment. */
export function withHighlight(url: string, terms: readonly string[]): string {
  if (terms.length === 0) return url;
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt === -1 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const params = new URLSearchParams();
  for (const term of terms) params.append(HIGHLIGHT_PARAM, term);
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}${hash}`;
}
