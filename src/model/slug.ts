import anyAscii from 'any-ascii';

/** Letters and digits in a row (words in any script). */
const WORD = /[\p{L}\p{N}]+/gu;

/** FNV-1a, 32 bits, as 8 hex digits: a short stable hash with no Node or browser dependency. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Words in other scripts in Latin letters ("委員会" WeiYuanHui, "Привет" Privet, "Straße" Strasse),
 * syllables that the transliteration capitalises kept apart ("wei-yuan-hui"). Accented Latin
 * letters were already folded by NFKD, so the slugs of Latin names stay as they always were.
 */
function transliterate(text: string): string {
  return text.replace(WORD, (word) => (/^[\p{ASCII}]*$/u.test(word) ? word : ` ${anyAscii(word).replace(/([a-z])(?=[A-Z])/g, '$1-')} `));
}

/**
 * Turns a name into a URL-safe id: lower case, ASCII, words joined by `-`. Never empty, never a
 * dot file or `..`: a name with no letter or digit that can be written in ASCII (emoji, symbols,
 * an empty string) gets `x-` and a short stable hash of the name, so every record has a file.
 */
export function slugify(name: string): string {
  const slug = transliterate(name.normalize('NFKD').replace(/[\u0300-\u036f]/g, ''))
    .replace(/[’']/g, '')
    .replace(/&/g, ' and ')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? `x-${fnv1a(name.normalize('NFC').trim())}` : slug;
}

/** A slug of at most `max` characters, cut at a word boundary so no word is left half. */
export function shortSlug(name: string, max: number): string {
  const slug = slugify(name);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const end = cut.lastIndexOf('-');
  return (end > 0 ? cut.slice(0, end) : slug.slice(0, max)).replace(/-+$/, '');
}
