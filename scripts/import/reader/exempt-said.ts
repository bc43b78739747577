/**
 * An item whose own minutes say it was taken in private, with no resolution printed: "This item was taken in closed
 * session.", "The Committee considered this item in private.", and a partnership board's note with no subject, opening
 * its sentence: "Item taken in private. Minutes held separately.", "Discussed in closed session; confidential minute
 * held by …". "was not taken in private" says the opposite, and "whether it could be considered in private" (no
 * sentence's opening) only speaks of it. Apart from exempt.ts, which reads the resolutions and headings.
 */
import { squash } from '../text.ts';
import type { ExemptMark } from './exempt-marks.ts';
import { remainedForItself } from './exempt-own-session.ts';
import { citedParagraphs } from './exempt-paragraphs.ts';
import { paragraphsOf, PRIVATE_SESSION, sentencesOf } from './exempt-text.ts';

/** What was done with the item: "taken", "considered", "heard", "discussed", "dealt with". Regex source. */
const TAKEN = String.raw`(?:taken|considered|heard|discussed|dealt\s+with)`;
/** "this item was taken in closed session", "considered this item in private": said of the item, anywhere in a sentence. */
const SAID_PRIVATE = new RegExp(
  String.raw`\bthis\s+(?:item|matter|report)\s+was\s+${TAKEN}\s+in\s+${PRIVATE_SESSION}\b|\b(?:considered|took|heard|discussed)\s+this\s+(?:item|matter|report)\s+in\s+${PRIVATE_SESSION}\b`,
  'i',
);
/** "Item taken in private", "Discussed in closed session", "Item was considered in private session": a sentence's opening. */
const OPENS_PRIVATE = new RegExp(String.raw`^(?:(?:agenda\s+)?item\s+(?:was\s+)?)?${TAKEN}\s+in\s+${PRIVATE_SESSION}\b`, 'i');

/** True when the sentence says the item was taken in private: of the item, or opening with it, in a capital. */
function saysPrivate(sentence: string): boolean {
  return SAID_PRIVATE.test(sentence) || remainedForItself(sentence) || (/^\p{Lu}/u.test(sentence) && OPENS_PRIVATE.test(sentence));
}

/**
 * The sentence of the item's text that says the item was taken in private, as the mark; null when none does. A line is
 * read on its own too, since a line above with no stop ("Lead: Chair") runs into its paragraph.
 */
export function saidPrivate(lines: readonly string[]): ExemptMark | null {
  const ownLines = lines.map(squash).flatMap(sentencesOf);
  const sentence = [...paragraphsOf(lines).flatMap(sentencesOf), ...ownLines].find(saysPrivate);
  return sentence === undefined ? null : { text: sentence, paragraphs: citedParagraphs(sentence) };
}
