/**
 * Character references in untrusted text (`&amp;`, `&#8217;`, `&#99999999;`), decoded as a browser
 * would with the `entities` package: every named reference, and U+FFFD for a number that is no
 * character. One rule for the importer and the site; it never throws.
 */
import { decodeHTML } from 'entities';

/** The text with its character references decoded. */
export function decodeEntities(text: string): string {
  return decodeHTML(text);
}
