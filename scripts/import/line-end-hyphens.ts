/**
 * Words broken at a line's end with a hyphen, as justified text, a typed minute book's OCR layer or a word processor's
 * export prints them ("sub-" over "ject", "Borough Treas-" over "urer"), put back whole: one rule for a PDF's lines
 * (formats/pdf-lines.ts) and a plain text's (import-sources.ts), so a decision's word split over two lines ("con-" over
 * "firmed") reads as it does on one. A word that has a hyphen of its own keeps it ("co-operation", "Stoke-on-Trent").
 */
import { BULLET_LINE, labelOf } from './list-marks.ts';
import { isMinutesWord } from './minutes-words.ts';

/** A soft hyphen (U+00AD): where a word may break, never printed unless it does. */
const SOFT_HYPHEN = '\u00ad';

/** A line that ends with a letter and a hyphen (or a soft hyphen): its last word may go on on the next line. */
export const HYPHEN_AT_END = /\p{L}[-\u00ad]$/u;

/**
 * Prefixes British usage keeps a hyphen after ("co-operation", "non-domestic", "self-build", "ex-officio", "cross-party",
 * "well-being"): broken at their hyphen, the word keeps it. A one-letter first part ("e-mail", "U-turn") keeps it so too.
 */
const KEPT_PREFIXES = new Set(['co', 'non', 'self', 'ex', 'cross', 'semi', 'multi', 'well', 'part', 'full', 'half', 'long', 'short']);

/** A word printed with a hyphen inside a line ("sub-committee"), in lower case: how this record spells it. */
const HYPHENATED_WORD = /\p{L}+(?:-\p{L}+)+/gu;
/** A word printed whole, in lower case. */
const WHOLE_WORD = /\p{L}+/gu;

/** How a record spells its words inside its lines: the hyphenated forms it prints, and the words it prints whole. */
export interface PrintedForms {
  hyphenated: ReadonlySet<string>;
  whole: ReadonlySet<string>;
}

/** The forms a record's lines print (PrintedForms), from every line but their broken ends. */
export function printedForms(lines: readonly string[]): PrintedForms {
  const hyphenated = new Set<string>();
  const whole = new Set<string>();
  for (const line of lines) {
    const text = line.replace(/\S*[-\u00ad]$/u, '').toLowerCase();
    for (const found of text.matchAll(HYPHENATED_WORD)) hyphenated.add(found[0]);
    for (const found of text.replace(HYPHENATED_WORD, ' ').matchAll(WHOLE_WORD)) whole.add(found[0]);
  }
  return { hyphenated, whole };
}

/**
 * The word a line's last word (`head`, with its hyphen) and the next line's first (`tail`) make, or null when they are
 * two words. A soft hyphen joins before any letter. A hyphen joins only before a lower-case letter (a capital starts a
 * word of its own: "North-" over "West"); it stays when the word has a hyphen of its own: either part has another
 * ("Stoke-" over "on-Trent", "cul-de-" over "sac"), the first is a prefix that keeps one (KEPT_PREFIXES) or one letter
 * and the two make no word the minutes use of which neither is one ("ex-" over "empt" is "exempt"), or the record prints the word with its hyphen elsewhere and never whole ("sub-committee").
 */
export function joinedWord(head: string, tail: string, forms: PrintedForms): string | null {
  if (!HYPHEN_AT_END.test(head)) return null;
  const first = head.slice(0, -1);
  if (head.endsWith(SOFT_HYPHEN)) return /^\p{L}/u.test(tail) ? first + tail : null;
  if (!/^\p{Ll}/u.test(tail)) return null;
  const firstWord = (/[\p{L}-]*$/u.exec(first)?.[0] ?? '').toLowerCase();
  const tailWord = (/^[\p{L}-]*/u.exec(tail)?.[0] ?? '').toLowerCase();
  const hyphenated = `${firstWord}-${tailWord}`;
  // A prefix or a letter that only opens a word the minutes use ("ex-" over "empt", "a-" over "pologies") keeps no hyphen.
  const opensWord = isMinutesWord(firstWord + tailWord) && !isMinutesWord(firstWord) && !isMinutesWord(tailWord);
  const ownHyphen =
    firstWord.includes('-') ||
    tailWord.includes('-') ||
    ((firstWord.length === 1 || KEPT_PREFIXES.has(firstWord)) && !opensWord) ||
    (forms.hyphenated.has(hyphenated) && !forms.whole.has(hyphenated.replace('-', '')));
  return ownHyphen ? `${first}-${tail}` : first + tail;
}

/** A line's last word, its first word, and the rest after it; spaces before the first word are its indent. */
const LAST_WORD = /(\S+)$/;
const FIRST_WORD = /^(\s*)(\S+)\s*(.*)$/;

/**
 * A text's lines with each word broken at a line's end put back whole (joinedWord), its line count kept: the word's
 * second part moves up to the first line, or, when it is all the next line holds, the first part moves down. Never
 * across a blank line or onto a list's entry ("(b) …", "- …"), and never when both lines are the word's parts alone.
 * Soft hyphens left inside lines are taken out: they are never printed.
 */
export function joinBrokenWords(text: string): string {
  const lines = text.split('\n');
  const forms = printedForms(lines);
  for (let at = 0; at + 1 < lines.length; at += 1) {
    const line = lines[at] ?? '';
    const next = lines[at + 1] ?? '';
    const head = LAST_WORD.exec(line)?.[1];
    const parts = FIRST_WORD.exec(next);
    if (head === undefined || parts === null || !HYPHEN_AT_END.test(head)) continue;
    if (labelOf(next) !== undefined || BULLET_LINE.test(next)) continue;
    const [, indent = '', tail = '', rest = ''] = parts;
    const word = joinedWord(head, tail, forms);
    if (word === null) continue;
    const before = line.slice(0, line.length - head.length);
    if (rest !== '') {
      lines[at] = before + word;
      lines[at + 1] = indent + rest;
    } else if (before.trim() !== '') {
      lines[at] = before.trimEnd();
      lines[at + 1] = indent + word;
    }
  }
  return lines.map((line) => line.replaceAll(SOFT_HYPHEN, '')).join('\n');
}
