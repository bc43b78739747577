/**
 * Letters a typewritten page's OCR misreads inside a word ("conflrmed" with "fl" for "fi", "Chairrnan" and "Cornmittee"
 * with "rn" for "m", "0fficer" with a zero for an O, "Councii" with "i" for "l", "lt was RESOLVED" with "l" for "I"), and
 * words an OCR layer printed broken by a hyphen and a space inside a line ("Borough Treas- urer"), put back only into a
 * word the minutes use (minutes-words.ts) and only when what was printed is none: a name ("Mr Barnes", "Cllr Tirnmins"),
 * a word of prose ("modern", "flat") and a reference ("P/01/2024") are left as printed. Checked once against a general
 * English word list of 275,000 words: no English word but those in NOT_MISREAD is read as a misreading by these rules.
 */
import { isMinutesWord, mayBeName } from './minutes-words.ts';

/** A misreading as OCR prints it, and the letters it stands for, in the word's own case. */
interface Misreading {
  printed: RegExp;
  meant: (printed: string, at: number, word: string, midSentence: boolean) => string;
}

/**
 * The misreadings undone: "rn" for "m", "fl" for "fi", a zero for an O (a capital at the word's start or among
 * capitals, else a small one), a one or an "i" for an "l" (an "I" for an "L" among capitals), and a word's first "l" for
 * a capital "I" ("lt", "lnterests"). Mid-sentence a word's first letter is read small ("a person; 0r" is "or").
 */
const MISREADINGS: readonly Misreading[] = [
  { printed: /rn|RN/g, meant: (printed) => (printed === 'RN' ? 'M' : 'm') },
  { printed: /fl|FL/g, meant: (printed) => (printed === 'FL' ? 'FI' : 'fi') },
  { printed: /0/g, meant: (_, at, word, midSentence) => ((at === 0 && !midSentence) || /\p{Lu}/u.test(word.charAt(at - 1)) ? 'O' : 'o') },
  { printed: /1|i/g, meant: () => 'l' },
  { printed: /^l/g, meant: (_, _at, _word, midSentence) => (midSentence ? 'i' : 'I') },
];

/** Misreadings undone in a word of capitals only: an "I" or a one for an "L" ("COUNCII"). */
const CAPITALS_MISREADINGS: readonly Misreading[] = [{ printed: /I|1/g, meant: () => 'L' }];

/** The most places one word's letters may be misread: past this a word is left, so each is read in a few tries. */
const MOST_PLACES = 8;

/** A place in a word where a misreading may be undone: where it starts, how long it is, and what it stands for. */
interface Place {
  at: number;
  length: number;
  meant: string;
}

/** The places in a word where its letters may have been misread (MISREADINGS), its first letter read small mid-sentence. */
function placesIn(word: string, midSentence: boolean): Place[] {
  const capitals = /^[\p{Lu}01]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
  const readings = capitals ? [...MISREADINGS, ...CAPITALS_MISREADINGS] : MISREADINGS;
  return readings.flatMap(({ printed, meant }) =>
    [...word.matchAll(printed)].map((found) => ({
      at: found.index,
      length: found[0].length,
      meant: meant(found[0], found.index, word, midSentence),
    })),
  );
}

/** The word with the chosen places' misreadings undone, or null when two of the chosen places overlap. */
function undone(word: string, places: readonly Place[]): string | null {
  const sorted = [...places].sort((a, b) => a.at - b.at);
  let read = '';
  let from = 0;
  for (const place of sorted) {
    if (place.at < from) return null;
    read += word.slice(from, place.at) + place.meant;
    from = place.at + place.length;
  }
  return read + word.slice(from);
}

/** The word in the case it is printed in: all capitals, a capital first, or small letters. */
function inCase(word: string, shape: 'upper' | 'capital' | 'lower'): string {
  const lower = word.toLowerCase();
  if (shape === 'upper') return lower.toUpperCase();
  return shape === 'capital' ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
}

/** How a read word is printed: all capitals, a capital first (as "0fficer" and "lt" are read), or small letters. */
function shapeOf(read: string): 'upper' | 'capital' | 'lower' | null {
  if (read.length > 1 && read === read.toUpperCase()) return 'upper';
  if (read === read.charAt(0).toUpperCase() + read.slice(1).toLowerCase() && /^\p{Lu}/u.test(read)) return 'capital';
  return read === read.toLowerCase() ? 'lower' : null;
}

/**
 * English words that these rules would read as a minutes word misread ("ail" as "all", Scots "heid" as "held"), found
 * by the check against a general word list: each is left as printed. The check's one other find, "frorn", an old word
 * no minutes print, is read as "from".
 */
const NOT_MISREAD: ReadonlySet<string> = new Set(['ail', 'heid']);

/**
 * The word minutes use that a printed word is a misreading of, in the printed word's case, or null: when the printed
 * word is itself one, is a known English word (NOT_MISREAD), may be a name (a short word opening with a capital: "Ali"
 * stays, not "All"), or could be read as none or as two.
 */
export function misreadWord(word: string, midSentence = false): string | null {
  if (isMinutesWord(word) || NOT_MISREAD.has(word.toLowerCase()) || mayBeName(word)) return null;
  const places = placesIn(word, midSentence);
  if (places.length === 0 || places.length > MOST_PLACES) return null;
  const found = new Set<string>();
  for (let chosen = 1; chosen < 1 << places.length; chosen += 1) {
    const read = undone(
      word,
      places.filter((_, index) => (chosen & (1 << index)) !== 0),
    );
    const shape = read === null ? null : shapeOf(read);
    if (read !== null && shape !== null && isMinutesWord(read)) found.add(inCase(read, shape));
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * A word as OCR prints it: letters with the figures it mistakes for letters (0 and 1), never part of a longer run of
 * letters and figures, of a reference ("P/01/2024", "0fficeBlock/10") or of an address ("ali.khan@…", "www.…").
 */
const PRINTED_WORD = /(?<![\p{L}\p{N}/@_.:])(?=[01]*\p{L})[\p{L}01]{2,}(?![\p{L}\p{N}/@_]|\.[\p{L}\p{N}])/gu;

/**
 * Before a word, what shows it stands inside a sentence: a word in small letters, a comma or a semicolon, and a space
 * ("the 0fficers" are officers; "Health 0fficer" in a post's capitals stays one).
 */
const MID_SENTENCE = /(?:(?<!\p{L})\p{Ll}+|[,;]) $/u;

/** "Chairrnan" → "Chairman", "0fficer" → "Officer", "lt" → "It": each misread word the minutes use put back (misreadWord). */
export function repairMisreadWords(text: string): string {
  return text.replace(
    PRINTED_WORD,
    (word, at: number) => misreadWord(word, MID_SENTENCE.test(text.slice(Math.max(0, at - 30), at))) ?? word,
  );
}

/** Two parts of a word broken by a hyphen and a space inside a line ("Treas- urer"), the second in small letters. */
const BROKEN_IN_LINE = /(?<![\p{L}-])(\p{L}+)-[^\S\n]+(\p{Ll}+)(?![\p{L}-])/gu;

/**
 * "Borough Treas- urer" → "Borough Treasurer": a word broken inside a line, as an OCR layer keeps a line-end break
 * once its lines are run together, joined when the joined word is one minutes use and neither part is one; a
 * suspended hyphen ("pre- and post-meeting"), a compound's ("full- and part-time") and a dash stay.
 */
export function joinBrokenInLine(text: string): string {
  return text.replace(BROKEN_IN_LINE, (whole, head: string, tail: string) =>
    isMinutesWord(head + tail) && !isMinutesWord(head) && !isMinutesWord(tail) ? head + tail : whole,
  );
}
