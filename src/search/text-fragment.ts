/**
 * Result links carry the searched words as a text fragment (`#item-49:~:text=Signs%20of%20Safety`):
 * the browser scrolls to the words and highlights them on the record page, so record pages load
 * no JavaScript at all (a browser without text fragments just opens the item).
 */

const MAX_TERMS = 5;
const MAX_TERM_LENGTH = 100;

/** A term encoded for a text directive: `-`, `&` and `,` are part of its syntax. */
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

/** Adds one `text=` directive per term to a result address, after its #fragment. */
export function withTextFragment(url: string, terms: readonly string[]): string {
  const cleaned = [...new Set(terms.map((term) => term.replace(/\s+/g, ' ').trim().slice(0, MAX_TERM_LENGTH)))]
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_TERMS);
  if (cleaned.length === 0) return url;
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt === -1 ? [url, '#'] : [url.slice(0, hashAt), url.slice(hashAt)];
  return `${path}${hash}:~:${cleaned.map((term) => `text=${encodeTerm(term)}`).join('&')}`;
}
