/**
 * The paragraphs and sentences of an item's text as the private-business reader (exempt.ts) reads them, and the
 * sentence that says a private session went on past the item ("The meeting remained in private session for items 8
 * and 9"), which is read apart from the resolution or sentence that opened the session.
 */
import { squash } from '../text.ts';

/** The paragraphs of the lines (runs of lines between blank ones), each squashed onto one line. */
export function paragraphsOf(lines: readonly string[]): string[] {
  const found: string[][] = [[]];
  for (const line of lines) {
    if (line.trim() !== '') found.at(-1)?.push(line);
    else if ((found.at(-1) ?? []).length > 0) found.push([]);
  }
  return found.filter((paragraph) => paragraph.length > 0).map((paragraph) => squash(paragraph.join(' ')));
}

/** The sentences of a paragraph: split after a full stop or semicolon before a capital. */
export function sentencesOf(paragraph: string): string[] {
  return paragraph.split(/(?<=[.;])\s+(?=\p{Lu})/u);
}

/**
 * "in private", "in private session", "in closed session", "in committee" (Northern Ireland's): where the words after "in"
 * say business was taken in private. The one list the sentences of exempt-said.ts and REMAINED are built from. Regex source.
 */
export const PRIVATE_SESSION = String.raw`(?:private(?:\s+session)?|closed\s+session|committee)`;

/**
 * "The meeting remained in private session for items 8 and 9", "The Committee remained in private for the next item",
 * "The Panel remained in closed session": a private session that opened in the item goes on past its end.
 */
export const REMAINED = new RegExp(String.raw`\b(?:remained|continued|stayed)\s+in\s+${PRIVATE_SESSION}\b`, 'i');

/**
 * "to exclude the press and public for this item", "during consideration of this item": a resolution, printed in the
 * item it closes, that closes that item alone, never the items after it (exempt.ts); a sentence saying the meeting
 * remained in private so, that item too (exempt-own-session.ts).
 */
export const THIS_ITEM =
  /\b(?:for|during|from|on|in\s+respect\s+of)\s+(?:(?:the\s+)?consideration\s+of\s+)?this\s+(?:agenda\s+)?(?:item|matter|report)\b/i;

/** A paragraph without its sentences saying the meeting remained in private: what is left says what the item itself did. */
export function withoutRemained(paragraph: string): string {
  return sentencesOf(paragraph)
    .filter((sentence) => !REMAINED.test(sentence))
    .join(' ');
}
