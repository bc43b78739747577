/**
 * The search box's small query language, on top of Pagefind:
 *   words            records with all the words (Pagefind also matches word forms: "meet" ~ "meeting")
 *   "a phrase"       records with the words together, in that order (Pagefind's exact search)
 *   -word, -"a phrase"  leave out records that contain it
 * Pagefind only runs an exact search when the whole query is one quoted phrase, so a
 * query that mixes parts is run part by part and the result sets combined (result-set.ts).
 */

export interface ParsedQuery {
  /** Plain words, all required. */
  words: string[];
  /** Quoted phrases, each required. */
  phrases: string[];
  /** Words and phrases whose records are left out. Phrases keep their quotes. */
  excluded: string[];
}

// A quoted phrase (an unclosed quote runs to the end), or a run of non-space characters.
const TOKEN = /(-?)"([^"]*)"?|(\S+)/g;

/** Curly quotes typed on phones and pasted from documents count as plain ones. */
function normaliseQuotes(input: string): string {
  return input.replace(/[\u201c\u201d\u201e\u00ab\u00bb]/g, '"');
}

const WORDLIKE = /[\p{L}\p{N}]/u;

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function parseQuery(input: string): ParsedQuery {
  const parsed: ParsedQuery = { words: [], phrases: [], excluded: [] };
  for (const match of normaliseQuotes(input).matchAll(TOKEN)) {
    const [, minus, phrase, word] = match;
    if (phrase !== undefined) {
      const text = collapse(phrase);
      if (text === '') continue;
      if (minus) parsed.excluded.push(`"${text}"`);
      else parsed.phrases.push(text);
    } else if (word !== undefined) {
      const bare = word.replace(/"/g, '');
      // Punctuation alone ("-", "--", "&") finds nothing in Pagefind, so it is dropped.
      if (!WORDLIKE.test(bare)) continue;
      if (bare.startsWith('-')) parsed.excluded.push(bare.slice(1));
      else parsed.words.push(bare);
    }
  }
  return parsed;
}

/**
 * Words on nearly every record ("of", "and", "the"). Requiring them leaves nearly the same
 * records, but Pagefind downloads every place a word occurs before it searches: in a
 * 10,000-meeting archive that is several megabytes for "and" alone. So plain words look
 * them up only when they are all a query has; a quoted phrase still finds them.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be by for from in into is it its of on or that the their this to was were which with'.split(' '),
);

export function isStopWord(word: string): boolean {
  return STOP_WORDS.has(word.toLocaleLowerCase('en-GB'));
}

/** The plain words Pagefind looks up: all but the stop words, or all of them if that leaves none. */
export function lookupWords(words: readonly string[]): string[] {
  const kept = words.filter((word) => !isStopWord(word));
  return kept.length > 0 ? kept : [...words];
}

/** The Pagefind searches whose results must all contain a record: the words, then each phrase. */
export function requiredTerms(query: ParsedQuery): string[] {
  const terms = query.phrases.map((phrase) => `"${phrase}"`);
  return query.words.length > 0 ? [lookupWords(query.words).join(' '), ...terms] : terms;
}

/** One Pagefind search does it all: no exclusions and at most one required part. */
export function isSingleSearch(query: ParsedQuery): boolean {
  return query.excluded.length === 0 && requiredTerms(query).length <= 1;
}

/** True when the query asks for nothing (the page then shows nothing, or browses by filter). */
export function isEmptyQuery(query: ParsedQuery): boolean {
  return query.words.length === 0 && query.phrases.length === 0 && query.excluded.length === 0;
}

/**
 * What to mark on the page a result opens: each phrase whole, several plain words also as
 * a phrase, and each word of three letters or more ("of" everywhere helps nobody).
 */
export function highlightTerms(query: ParsedQuery): string[] {
  const joined = query.words.length > 1 ? [query.words.join(' ')] : [];
  const words = query.words.length > 1 ? query.words.filter((word) => word.length > 2) : query.words;
  return [...new Set([...query.phrases, ...joined, ...words])];
}
