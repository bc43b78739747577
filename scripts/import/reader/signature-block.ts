/**
 * A signature block at a page's or the record's foot: the blanks to sign on, printed as dots, rules or ellipses, and the
 * words around them ("Chair", "Signed as a correct record", "Date"). None of it is an item's text. Apart from the other
 * page furniture because it is read by its words and its blanks, not by where on the page it stands or how often.
 */
import { WELSH_SIGNATURE_WORD } from '../../../src/model/welsh-words.ts';
import { squash } from '../text.ts';
import { nearestFilled } from './nearest-line.ts';

/**
 * The blank a signature is written on: dots, rules, ellipses, dashes or bullets, three marks or more, run together or
 * spaced one apart (". . . . .", "_ _ _ _"), or parted by slashes where a date is to be written ("…/…/……").
 */
export const FILLER = /[-_.…•·–—―](?:[ /]?[-_.…•·–—―]){2,}/g;
/**
 * What a signature block says around its blanks: who signs ("Chair", "Co-Chair", "Town Mayor",
 * "Convener", "Chairman/Mayor"), "Signed", "Date", "Chair / Date", "Minutes approved by", "as a correct record"; the
 * Welsh words too ("Llofnod … (Cadeirydd) Dyddiad …", WELSH_SIGNATURE_WORD).
 */
const SIGNATURE_WORDS = new RegExp(
  String.raw`^(?:signed|signature|dated?|initials|initialled|(?:co|vice|deputy)?-?\s*chair(?:man|person|woman)?(?:['’]s)?|(?:town|city|lord)?\s*mayor|provost|conven[eo]r|presiding\s+member|(?:minutes\s+)?approved\s+by|(?:signed\s+)?as\s+an?\s+(?:correct|true|accurate)\s+record|${WELSH_SIGNATURE_WORD}|[\s:()[\],/-])+$`,
  'i',
);
/** A signature word that names the act or the signer, so a line of only "by" or brackets is none. */
const SIGNS = new RegExp(
  String.raw`\b(?:signed|signature|dated?|initial\w*|chair\w*|mayor|provost|conven[eo]r|presiding|approved|record|${WELSH_SIGNATURE_WORD})\b`,
  'i',
);

/**
 * "Chair: ______ Date: ______", "Signed ……… (Chair)", "Minutes approved by: ____ Co-Chair   Date: ____":
 * blanks to sign on and nothing but the words around them.
 */
export function isSignatureLine(text: string): boolean {
  const words = text.replace(FILLER, ' ').trim();
  // A blank alone is a signature's only from six marks on (CLOSING), so an ellipsis alone stays.
  return text !== words && SIGNATURE_WORDS.test(words) && SIGNS.test(words);
}

/** "Chair" under a signature's blank, "Signed as a correct record" over it: the block's words on a line of their own. */
function isSignatureLabel(text: string): boolean {
  return text.length <= 60 && SIGNATURE_WORDS.test(text) && SIGNS.test(text);
}

/**
 * Below the meeting's close, where only a signature block and the page's foot stand: a signature's words on a line
 * of their own ("Chairman/Mayor", "Chair / Date"), the blank to sign on lost in the text, or the last page's number
 * alone as the record's last line (`last`). Elsewhere a bare number may be an item's.
 */
export function isClosingFurniture(line: string, last: boolean): boolean {
  const text = squash(line);
  return isSignatureLabel(text) || (last && /^\d{1,3}$/.test(text));
}

const SIGNING_RULE = /^(?:[-_=.…*]\s*){6,}$/;
/**
 * A rule of six marks or more and no word or figure on a line of its own ("-----------------------", "……………",
 * "- - - - - -"): the blank a signature is written on, when it is printed alone.
 */
export function isSigningRule(line: string): boolean {
  return SIGNING_RULE.test(squash(line));
}
/** Dots, underscores or ellipses alone: a blank to sign on in any layout, blanked alone too (CLOSING). */
const DOTTED_RULE = /^[_.…]{6,}$/;

/**
 * Lines of a signature block's words beside (the filled line next above or below) a line with blanks to sign on.
 * A rule of dashes or other marks ("-----------------------" over "Chairman", as the City's minutes end) is a
 * signature's blank only with the signer's words under it, and is then blanked with them: over its words it may
 * underline a table's heading ("Date" over "----").
 */
export function signatureLabels(texts: readonly string[]): Set<number> {
  const found = new Set<number>();
  texts.forEach((text, index) => {
    const below = nearestFilled(texts, index + 1, 1);
    if (isSignatureLine(text) || DOTTED_RULE.test(text)) {
      for (const near of [nearestFilled(texts, index - 1, -1), below]) {
        if (near !== -1 && isSignatureLabel(texts[near] ?? '')) found.add(near);
      }
    } else if (isSigningRule(text) && below !== -1 && isSignatureLabel(texts[below] ?? '')) {
      found.add(index).add(below);
    }
  });
  return found;
}

/** The most lines of a signature block's words at the record's end: "Lord Mayor" over "Chairperson". */
const LAST_BLOCK_LINES = 3;

/**
 * "Chairperson" alone as the record's last line, or "Lord Mayor" over "Chairperson", a blank line above: the
 * signature block with its blank to sign on lost in the text (Northern Irish minutes end so); none when the
 * record ends otherwise.
 */
export function lastSignatureLabels(texts: readonly string[]): number[] {
  const last = texts.findLastIndex((text) => text !== '');
  let top = last;
  while (top > 0 && last - top < LAST_BLOCK_LINES - 1 && texts[top - 1] !== '') top -= 1;
  const block = texts.slice(top, last + 1);
  const apart = top > 0 && texts[top - 1] === '';
  return last !== -1 && apart && block.every(isSignatureLabel) ? block.map((_text, at) => top + at) : [];
}
