/**
 * OCR repair: the confusions a scanned minute book's text layer makes, put right where the context leaves no doubt,
 * before the reader reads the text. A typewritten "1" is read as "l", a "0" as "O" and an "O" as "0" ("RES0LVED",
 * "l0th March, l987", "7.OO p.rn."), and a PDF's text layer can drop the fi, fl and ffi ligatures ("conrmed",
 * "ofcers"). Each repair is bound to its context, a date, a clock time, an item's number at a line's start, a word
 * in capitals, or a stem from a short list, so prose and its figures are left as printed: "l8 notices" stays, as a
 * figure in prose may be a code or a reference, and no word is changed that is a word as it stands.
 */
import { MONTH_PATTERN } from '../../src/model/dates.ts';
import { mayBeName } from './minutes-words.ts';
import { joinBrokenInLine, repairMisreadWords } from './ocr-misread-words.ts';

/** A figure's character as OCR reads it: a digit, or "l" or "I" for 1, "O" or "o" for 0. */
const FIGURE = '[0-9lIOo]';

/** The figures a figure's characters stand for: "l0" → "10", "2OO1" → "2001". */
function asFigures(text: string): string {
  return text.replace(/[lI]/g, '1').replace(/[Oo]/g, '0');
}

/** How many real digits a misread figure has. */
const digitCount = (text: string): number => text.replace(/\D/g, '').length;

/**
 * A date in words with its day and year misread: "l0th March, l987", "2lst June l99O", "lst of May, 2OO1", "l4 April".
 * Group 1 the day, 2 its ordinal, 3 the words between day and month, 4 the month (5 its name), 6 the gap before the
 * year, 7 the year.
 * A day counts as one when it has a digit or an ordinal ("I March" is a sentence), a year when it has two digits.
 */
const OCR_DATE = new RegExp(
  String.raw`(?<![\p{L}\d])(${FIGURE}{1,2})(st|nd|rd|th)?(\s+(?:of\s+)?)(${MONTH_PATTERN}\b)(?:(,?\s+)(${FIGURE}{4})(?![\p{L}\d]))?`,
  'giu',
);

/** A day of the month, and its year when printed, once read as figures: 1 to 31, 1800 to 2099. */
function dayAndYear(day: string, ordinal: string | undefined, year: string | undefined): { day: string; year: string } | null {
  const dayFigures = asFigures(day);
  const yearFigures = year === undefined ? '' : asFigures(year);
  const dayOk = (digitCount(day) > 0 || ordinal !== undefined) && Number(dayFigures) >= 1 && Number(dayFigures) <= 31;
  const yearOk = year === undefined || (digitCount(year) >= 2 && /^(?:18|19|20)\d\d$/.test(yearFigures));
  return dayOk && yearOk ? { day: dayFigures, year: yearFigures } : null;
}

/** "l0th March, l987" → "10th March, 1987", "l4 April" → "14 April": a date's day and year read as figures. */
function repairDates(text: string): string {
  return text.replace(
    OCR_DATE,
    (
      whole,
      day: string,
      ordinal: string | undefined,
      between: string,
      month: string,
      _name,
      gap: string | undefined,
      year: string | undefined,
    ) => {
      const read = dayAndYear(day, ordinal, year);
      return read === null ? whole : `${read.day}${ordinal ?? ''}${between}${month}${gap ?? ''}${read.year}`;
    },
  );
}

/**
 * A clock time with "a.m." or "p.m.", its figures or its "m" misread ("7.OO p.m.", "9.l5 p.m.", "9.05 p.rn.",
 * "10 p.rn."): group 1 the hour, 2 the stop or colon and minutes, 3 the space, 4 "a" or "p", 5 the stop, 6 "m" or
 * "rn", 7 the closing stop. Without the "a.m." or "p.m." it is no time: "7.OO" alone stays.
 */
const OCR_TIME = new RegExp(
  String.raw`(?<![\p{L}\d.])(${FIGURE}{1,2})([.:]${FIGURE}{2})?(\s?)([ap])(\.\s?|)(rn|m)(\.?)(?![\p{L}\d])`,
  'gu',
);

/** "7.OO p.rn." → "7.00 p.m.": a clock time's figures, and its "m", read right; an hour past 12 or minutes past 59 stay. */
function repairTimes(text: string): string {
  return text.replace(
    OCR_TIME,
    (whole, hour: string, minutes: string | undefined, space: string, half: string, stop: string, m: string, end: string) => {
      // "prn" and "arn" without a stop are too like words to be read as times.
      if (m === 'rn' && stop === '') return whole;
      const hourFigures = asFigures(hour);
      const minuteFigures = minutes === undefined ? '' : minutes[0] + asFigures(minutes.slice(1));
      const valid = digitCount(hour) > 0 && Number(hourFigures) <= 12 && (minutes === undefined || Number(minuteFigures.slice(1)) <= 59);
      return valid ? `${hourFigures}${minuteFigures}${space}${half}${stop}m${end}` : whole;
    },
  );
}

/**
 * An item's number at a line's start with its 1 read as "l" ("l.", "lO.", "l2)"), before the title: a lower-case "l" is
 * never a roman numeral or a letter's item, and is no word when a stop or a bracket follows it straight after.
 */
const OCR_ITEM_NUMBER = /^(\s*)([0-9lO]*l[0-9lO]*)([.)]\s+)(?=\S)/gmu;

/** A letter "k" marking a list's entry at a line's start: the list is lettered, and its next entry is "l". */
const LETTERED_TO_K = /^\s*\(?k[.)]\s/m;

/**
 * "l. APOLOGIES" → "1. APOLOGIES": an item's number at a line's start read as figures. A lone "l" stays in a text whose
 * lines letter a list as far as "k." or "k)": there it is the twelfth letter.
 */
function repairItemNumbers(text: string): string {
  const lettered = LETTERED_TO_K.test(text);
  return text.replace(OCR_ITEM_NUMBER, (whole, indent: string, number: string, after: string) => {
    const figures = asFigures(number);
    if (number === 'l' && lettered) return whole;
    return /^[1-9]\d{0,2}$/.test(figures) ? `${indent}${figures}${after}` : whole;
  });
}

/**
 * A page's number misread ("l44", "2lO"): alone on its line, set apart at a line's end by three spaces or more, or after
 * "Page". Group 1 what stands before it, 2 the number.
 */
const OCR_PAGE_NUMBER = new RegExp(String.raw`(^[^\S\n]*|[^\S\n]{3,}|\bPage[^\S\n]+)(${FIGURE}{1,4})(?=[^\S\n]*$)`, 'gm');

/**
 * "l44" → "144": a page's number read as figures when it has a digit; out of "Page", three characters at least, so a
 * word or a code alone on its line ("lO", "O2") stays.
 */
function repairPageNumbers(text: string): string {
  return text.replace(OCR_PAGE_NUMBER, (whole, before: string, number: string) => {
    const long = number.length >= 3 || /Page/.test(before);
    return long && digitCount(number) > 0 ? before + asFigures(number) : whole;
  });
}

/** How far after a "(l)" (in characters) its "(2)" is looked for: a numbered decision's next part. */
const NEXT_PART_WITHIN = 600;

/**
 * "RESOLVED - (l) That … (2) That …" → "(1)": a decision's first numbered part with its 1 read as "l", when a "(2)"
 * follows it and no list of the text is lettered as far as "(k)" (where "(l)" is the next letter's).
 */
function repairFirstParts(text: string): string {
  if (/\(k\)/.test(text)) return text;
  return text.replace(/\(l\)(?=\s)/g, (whole, at: number) => (text.slice(at, at + NEXT_PART_WITHIN).includes('(2)') ? '(1)' : whole));
}

/** A word in capitals, with a zero among its letters: "RES0LVED", "EXCLUSI0N", "0F". */
const CAPITALS_WITH_ZERO = /(?<![\p{L}\d])[A-Z0]*0[A-Z0]*(?![\p{L}\d])/gu;
/** The two-letter words of capitals a zero may stand in ("0F THE PUBLIC"); "0B" may be a code, "OF" is a word. */
const SHORT_WORDS = new Set(['OF', 'ON', 'OR', 'TO', 'NO', 'SO', 'DO', 'GO']);
/** A postcode's inward part ("SW1A 0AA"): a figure then two letters. */
const INWARD_CODE = /^0[A-Z]{2}$/;

/**
 * "RES0LVED" → "RESOLVED": a zero inside a word of capitals, which holds no other figure, is an O. Three letters at
 * least with more letters than zeros ("A10", "SW1A 0AA" stay), or a short word that is one with an O.
 */
function repairCapitals(text: string): string {
  return text.replace(CAPITALS_WITH_ZERO, (word) => {
    const read = word.replaceAll('0', 'O');
    const letters = word.replace(/0/g, '').length;
    const zeros = word.length - letters;
    if (word.length === 2) return SHORT_WORDS.has(read) ? read : word;
    return letters >= 2 && letters > zeros && !INWARD_CODE.test(word) ? read : word;
  });
}

/**
 * The stems a PDF's text layer breaks when it drops a ligature, as each is left (a stem, then the endings that make no
 * word without the ligature) and put back: fi ("conrmed", "signicant", "nancial", "rst"), fl ("conict", "ooded")
 * and ffi, read as "f" and a lost "fi" ("ofcers") or as a lost "ffi" ("ocers"). A short list, not a dictionary:
 * a stem is on it only when what is left is no word with any of its endings, so "eld" (field, or an old word), "ow"
 * (flow), "awed" (flawed) and the "-ied" of "notified" beside "carried" and "varied" are left as printed, save on the
 * stems listed.
 */
const LIGATURE_STEMS: readonly (readonly [broken: string, endings: string, whole: (stem: string) => string])[] = [
  ['conrm', '(?:s|ed|ing|ation|ations)?', () => 'confirm'],
  ['signi', '(?:cant|cantly|cance|ed|es)', () => 'signifi'],
  ['speci', '(?:c|cally|cation|cations|ed)', () => 'specifi'],
  ['nanc', '(?:ial|ially|es|ed|ing)', () => 'financ'],
  ['rst', '(?:ly)?', () => 'first'],
  ['nal', '(?:ly|ise|ised|ize|ized)?', () => 'final'],
  ['den', '(?:ed|ition|itions|itive|itively|itely)', () => 'defin'],
  ['bene', '(?:ts|ted|ting|cial|ciary|ciaries)', () => 'benefi'],
  ['certi', '(?:cate|cates|ed|cation)', () => 'certifi'],
  ['(?:noti|modi|identi|justi|quali|clari|classi|veri|rati|simpli)', '(?:ed|es|cation|cations)', (stem) => `${stem}fi`],
  ['conict', '(?:s|ed|ing)?', () => 'conflict'],
  ['inuen', '(?:ce|ces|ced|cing|tial)', () => 'influen'],
  ['(?:in)?exib', '(?:le|ility|ly)', (stem) => stem.replace(/exib$/i, 'flexib')],
  ['oor', '(?:s|ing)?', () => 'floor'],
  ['ood', '(?:s|ed|ing)?', () => 'flood'],
  ['of?c', '(?:e|es|er|ers|ial|ials|ially)', () => 'offic'],
  ['(?:in)?ef?cien', '(?:t|tly|cy|cies)', (stem) => stem.replace(/ef?cien$/i, 'efficien')],
  ['(?:in)?suf?cien', '(?:t|tly|cy)', (stem) => stem.replace(/suf?cien$/i, 'sufficien')],
  ['dif?cult', '(?:y|ies)?', () => 'difficult'],
];

/** Each stem's pattern, the whole word with its first letter in either case, and how its stem is put back. */
const LIGATURE_REPAIRS = LIGATURE_STEMS.map(([broken, endings, whole]) => ({
  pattern: new RegExp(String.raw`(?<![\p{L}\d'’-])(${broken})(${endings})(?![\p{L}\d'’])`, 'giu'),
  whole,
}));

/** "conrmed" → "confirmed", "Ofcers" → "Officers": the listed stems with their lost ligature put back, case kept. */
export function repairLostLigatures(text: string): string {
  return LIGATURE_REPAIRS.reduce(
    (done, { pattern, whole }) =>
      done.replace(pattern, (word: string, stem: string, ending: string) => {
        // A word in capitals ("OOD", a code) is none of these: a text layer that drops ligatures prints lower case.
        if (word.length > 1 && word === word.toUpperCase()) return word;
        // A short word with its capital may be a name as printed ("Cllr Nally", "Mr Ood"): only a longer one is repaired.
        if (mayBeName(word)) return word;
        const fixed = whole(stem.toLowerCase()) + ending;
        return /^\p{Lu}/u.test(stem) ? fixed.charAt(0).toUpperCase() + fixed.slice(1) : fixed;
      }),
    text,
  );
}

/** The repairs, in order: the capitals' zeros first, so "0F" is a word before a date or a time is read beside it. */
const OCR_REPAIRS: readonly ((text: string) => string)[] = [
  repairCapitals,
  repairDates,
  repairTimes,
  repairItemNumbers,
  repairFirstParts,
  repairPageNumbers,
  repairLostLigatures,
  // A word broken inside a line, and a letter misread inside a word the minutes use (ocr-misread-words.ts).
  joinBrokenInLine,
  repairMisreadWords,
];

/** A scanned record's text with its OCR confusions repaired where their context is plain (see the module's comment). */
export function repairOcr(text: string): string {
  return OCR_REPAIRS.reduce((done, repair) => repair(done), text);
}
