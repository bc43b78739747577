/**
 * Item numbers: every line that could open an item is a candidate with a form: where the number stands (alone on its
 * line, or before the title), how it is written ("12", "12.", "2643.", "18.05.1", "35/11", "Item 5", "Minute 35/11")
 * and a key that rises by one from item to item. Which form numbers the record's items is chosen apart
 * (numbering-scheme.ts), from the candidates read here.
 */
import { RECOMMENDATION_LABEL } from '../list-marks.ts';
import { squash } from '../text.ts';
import { romanValue } from '../roman-numerals.ts';
import { APPLICATION_REFERENCE, PLANNING_REFERENCE } from './application-reference.ts';
import { opensBlock } from './decision-markers.ts';
import { typedTableLines } from './table-cells.ts';
import { resolutionPointLines } from './resolution-points.ts';

/** A line that may open an item. */
export interface Candidate {
  /** 0-based line index. */
  line: number;
  /** The number as printed, trailing "." removed. */
  number: string;
  /** Same form, same scheme: layout, kind of number, punctuation. */
  form: string;
  /** Position in the sequence (the last part of "18.05.1", the first of "35/11"). */
  key: number;
  /** Prefix that stays the same from item to item ("18.05" of "18.05.1"). */
  stem: string;
  /** Title on the number's line, when there is one. */
  title: string | null;
  /** "19:20 – 19:45": the time stamp printed before the number, as a timed agenda gives each item its slot. */
  stamp?: string;
  /** "Agenda Items 1 & 2": the key of the last number a heading of two items names, so item 3 follows it. */
  through?: number;
}

const WORD = String.raw`(?:(?:Agenda\s+)?Items?|Minute|Min\.?)\s+(?:No\.?\s*)?`;
/** "Agenda Items 1 & 2: Welcome & Apologies": one heading over two items taken together (only after "Items"). */
const PAIR = /^(\d{1,3})\s*(?:&|and)\s*(\d{1,3})$/i;
// "2023/14" and "23/014": the year, then the minute's number in it; "285/18-19", "101/2022": the number, then the year.
// A running number may have five digits ("14365", "11457/04/25"), as a council that has minuted since the 1970s counts.
// "24/1": the year, then a serial not padded, as the first nine minutes of a municipal year are printed ("24/9", "24/10").
// "24/25/31": the municipal year in two parts, then the serial (a panel's "CPP/24/25/31").
// "45/2025-26": the number, then a town council's civic year with its first year in full.
const TOKEN = String.raw`\d{1,3}\s*(?:&|and)\s*\d{1,3}(?!\d)|\d{1,2}\.\d{1,2}\.\d{1,2}|\d{2}\/\d{2}\/\d{3}(?!\d)|(?:19|20)\d{2}\/\d{1,3}|\d{2}\/\d{3}|\d{2}\/\d(?!\d)|\d{1,4}\/(?:19|20)\d{2}[-–]\d{2}(?!\d)|\d{1,4}\/\d{2}[-–]\d{2}|\d{1,4}\/(?:19|20)\d{2}(?!\d)|\d{1,5}\/\d{2}(?:\/\d{2})?|\d{1,3}\.\d{1,2}|\d{1,5}`;
/** How an inline title starts: a capital, a quote, a bracket, £ or &. */
const TITLE_START = /^[A-Z"'‘“(£&]/;
/**
 * A planning application's reference opening a title: "46. 24/01234/FUL - Land north of Mill Lane", "5. P/23/0456/OUT",
 * or, after an item's number, the bare "24/01234", which the title's place makes an application's: read as a planning
 * list reads one (PLANNING_REFERENCE), so a month and year ("03/2025") or a minute's "25/036" opens no title.
 */
const APPLICATION = String.raw`${PLANNING_REFERENCE}(?=[\s,:–—-]|$)`;
const APPLICATION_START = new RegExp(`^${APPLICATION}`);
/**
 * A site's address opening a planning item's title: "7. 14-18 CALDER ROAD, …", "9. 62a Orchard Grove, …":
 * a house number (or a range), then a street's name in capitals, up to its kind of street.
 */
const ADDRESS_START =
  /^\d{1,4}[a-z]?(?:\s*[-–]\s*\d{1,4}[a-z]?)?,?\s+(?=\p{Lu})(?:[\p{L}'’.-]+\s+){0,4}?(?:road|street|lane|avenue|grove|close|drive|way|place|crescent|gardens|square|terrace|hill|park|court|walk|row|mews|green|rise|parade|vale|yard|wharf)\b/iu;
const opensTitle = (title: string) => TITLE_START.test(title) || APPLICATION_START.test(title) || ADDRESS_START.test(title);
/**
 * "PC/3 24/00412/FUL - Land north of Mill Lane": a title that opens with an application's full reference (letters in it,
 * APPLICATION_REFERENCE) follows a plain number with no stop, where a bare "3 24/05" opening a line of figures does not.
 */
const REFERENCE_START = new RegExp(`^${APPLICATION_REFERENCE}(?=[\\s,:–—-]|$)`);

/**
 * A committee's code before the number: "PL.45", "CAB45", "P/23/45", "DM 12", and a parish's
 * "Cou/285/18-19" (capitals, or a capital and lower case before a slash: checked in readingsAt).
 */
// "C.J.C.25/24", "P.R. 31": a joint committee's initials, each with its stop, before the minute's number.
// "F&GP 84/24-25", "H&S 3/25": a town council committee's initials joined by an ampersand, as "Finance & General Purposes".
// "C. 41", "EX. 107": a code's stop with a space after it, as a word processor sets it; the number is read "C.41" (SPACED_STOP).
const CODE = String.raw`(?:[A-Z]\.){2,5}\s?(?=\d)|[A-Z]{1,4}&[A-Z]{1,4}[./ ]?(?=\d)|[A-Z]{1,5}(?:\.\s|[./ ])?(?=\d)`;
const CODE_CASE = /^(?:[A-Z]+[./ ]?|[A-Z]{1,4}&[A-Z]{1,4}[./ ]?|[A-Z][a-z]{1,3}\/|(?:[A-Z]\.){2,5}\s?)$/;
// "M/140/2023:-": Northern Irish minutes close the reference with a colon and a dash.
// "Item 7*": an asterisk after the number marks an urgent or key decision (a decision list's "Decisions marked * are not subject to call-in"), not part of it.
const MARK = String.raw`\*?`;
const BARE = new RegExp(String.raw`^(${WORD})?(${CODE})?(${TOKEN})${MARK}((?:[.):]-?)?)$`, 'i');
// "1.Welcome": a full stop with no space after it still opens a title that starts with a capital; "Item 1 - Welcome": a dash.
// A title that opens with a figure is a candidate only when it is a site's address (opensTitle).
const INLINE = new RegExp(
  String.raw`^(${WORD})?(${CODE})?(${TOKEN})${MARK}([.):]-?|\s*[-–—](?=\s))?(?:\s+|(?<=\.)(?=[A-Z]))((?:[A-Z"'‘“(£&]|${APPLICATION}|\d).*)$`,
  'i',
);
/**
 * "NP/41/25There were no apologies": an item's number run into its text with no space, as a PDF export that lost the tab
 * prints it; matches the number, before a capital that opens a word ("There", "APOLOGIES"). Read by glued-numbers.ts only,
 * once the record numbers several items so: alone, such a line may be anything ("2024Budget").
 */
export const GLUED_NUMBER = new RegExp(String.raw`^\s*(?:${WORD})?(?:${CODE})?(?:${TOKEN})(?=[A-Z](?:[a-z]|[A-Z]{2}))`);
/** A minute's reference with a slash ("C048/23") followed by the agenda's number ("1.") before the title. */
const AGENDA_NUMBER_AFTER = /^((?:[A-Z]{1,5}[./ ]?)?\d{1,4}\/\d{2}(?:[-–]\d{2})?)\s+\d{1,3}\.\s+(?=[A-Z])/;
/**
 * "3 C   There was submitted …": a capital alone in the margin between the number and the text, set apart by two spaces
 * or more (a Scottish minute's mark for a paragraph referred to the Council), is no part of the title.
 */
const MARGIN_MARK = /^[A-Z]\s{2,}(?=[A-Z])/;
/** The stop and space after one code ("C. 41"), printed as one: the item is "C.41", as "C.42" after it may be printed. */
const SPACED_STOP = /(?<=^[A-Z]{1,5})\.\s$/;
/** Capitals that are words, not codes: "NO. 5", "PAGE 2". */
const NOT_CODE = /^(?:NO|THE|AND|FOR|PAGE|PAGES|PART|ITEM|ROOM|MAY|JUNE|JULY)$/;
/**
 * Capitals that spell a short word and may be a code too: "AT 7 PM" opens a sentence, "AT 7" numbers an Area Transport
 * board's item. Read as a code (its form marked `word:`) only when the record has no other numbering (chooseScheme).
 */
const WORD_CODE = /^(?:AT|ON|BY|TO|OF|IN)$/;
/** True for a candidate whose code spells a word (WORD_CODE): an item's number only where every item has it. */
export const spellsWord = (candidate: Candidate): boolean => candidate.form.includes('|word:');

/**
 * "I APOLOGIES FOR ABSENCE", "II. DECLARATIONS OF INTEREST": a Roman numeral in capitals opening the line, alone or before a title
 * that starts like one, as Scottish minutes number their items. A numeral alone is a candidate like any number: only a run
 * rising by one (I, II, III) makes items, so a pronoun "I" opening a sentence never does.
 */
const ROMAN = /^([IVX]{1,7})([.)]?)(?:$|\s+(?=[A-Z"'‘“(£&])(.*)$)/;
/**
 * "[00:38:22]", "(01:02:47)": a webcast's time stamp, hours, minutes and seconds into the recording, in brackets; before an
 * item's number here, on a line of its own over it in numbered-items.ts. Regex source.
 */
export const RECORDING_STAMP = String.raw`\[\d{1,2}:[0-5]\d:[0-5]\d\]|\(\d{1,2}:[0-5]\d:[0-5]\d\)`;

/**
 * "19:20 – 19:45   EA/25/44  CEMETERY EXTENSION", "10:15  7. Budget": a clock time, or a slot from one to
 * another, before an item's number, as town councils and boards print a timed agenda. The stamp is no part of
 * the number or the title; so is a webcast's "[00:05:12]" (RECORDING_STAMP). Only a 24-hour time with a colon, so a decimal number ("19.20") is never read as one.
 */
const TIME_STAMP = new RegExp(
  String.raw`^((?:[01]?\d|2[0-3]):[0-5]\d(?:\s*[-–—]\s*(?:[01]?\d|2[0-3]):[0-5]\d)?|${RECORDING_STAMP})\s+(?=\S)`,
);

/** A line that opens with a Roman numeral in capitals, as a candidate. */
function romanAt(text: string, line: number): Candidate[] {
  const match = ROMAN.exec(text);
  const key = romanValue(match?.[1] ?? '');
  if (!match || key === null) return [];
  const layout = match[3] === undefined ? 'alone' : 'inline';
  return [{ line, number: match[1] ?? '', form: `${layout}|||roman|${match[2] ?? ''}`, key, stem: '', title: match[3] ?? null }];
}

interface Reading {
  kind: string;
  key: number;
  stem: string;
  through?: number;
}

/**
 * The ways a number can be read. "35/11" is minute 35 of 2011, and "23/01" may also be the first
 * minute of 2023: both readings are candidates, and the run down the page tells which it is.
 */
function readingsOf(token: string): Reading[] {
  const pair = PAIR.exec(token);
  if (pair !== null) return [{ kind: 'integer', key: Number(pair[1]), stem: '', through: Number(pair[2]) }];
  const parts = token.split(/[./]/);
  if (/^\d+\.\d+\.\d+$/.test(token)) return [{ kind: 'yy.mm.n', key: Number(parts[2]), stem: `${parts[0]}.${parts[1]}` }];
  if (isYearPair(parts))
    return [{ kind: 'yy/yy/n', key: Number(parts[2]), stem: `${parts[0]}/${parts[1]}` }, ...otherReadings(token, parts)];
  return otherReadings(token, parts);
}

/** "24/25/31": two years in a row, then a serial; "11457/04/25" (a number, month, year) never has them. */
function isYearPair(parts: readonly string[]): boolean {
  const [first, second, serial] = parts;
  return (
    parts.length === 3 &&
    first?.length === 2 &&
    second?.length === 2 &&
    serial !== undefined &&
    (Number(first) + 1) % 100 === Number(second)
  );
}

function otherReadings(token: string, parts: readonly string[]): Reading[] {
  const yearFirst = { kind: 'year/n', key: Number(parts[1]), stem: parts[0] ?? '' };
  // "24/1" is never minute 24 of a year "1": only the year comes first.
  if (/^(?:(?:19|20)\d{2}\/\d{1,3}|\d{2}\/\d{1}|\d{2}\/\d{3})$/.test(token)) return [yearFirst];
  if (token.includes('/')) {
    const minuteOfYear = { kind: 'n/yy', key: Number(parts[0]), stem: parts.slice(1).join('/') };
    return parts.length === 2 && !/[-–]/.test(token) ? [minuteOfYear, yearFirst] : [minuteOfYear];
  }
  if (token.includes('.')) return [{ kind: 'decimal', key: Number(parts[1]), stem: parts[0] ?? '' }];
  return [{ kind: 'integer', key: Number(token), stem: '' }];
}

/** The candidate a line makes (its first reading), or null. Inline titles must start like a title (a capital, a quote). */
export function candidateAt(text: string, line: number): Candidate | null {
  return readingsAt(text, line).find((candidate) => !spellsWord(candidate)) ?? null;
}

/** Every reading of the number a line opens with, as candidates. */
function readingsAt(text: string, line: number): Candidate[] {
  const stamp = TIME_STAMP.exec(text.trim());
  if (stamp === null) return unstampedReadings(text, line);
  const found = unstampedReadings(text.trim().slice(stamp[0].length), line);
  return found.map((candidate) => ({ ...candidate, stamp: squash(stamp[1] ?? '') }));
}

function unstampedReadings(text: string, line: number): Candidate[] {
  // "*4. Play Parks": an asterisk in the margin marks a recommendation to the Council, not part of the number.
  const trimmed = text
    .replace(/\t/g, '    ')
    .trim()
    .replace(/^\*\s*(?=\d)/, '')
    // "C048/23   1.   APOLOGIES": the minute's reference, then the agenda's number; the reference is the item's.
    .replace(AGENDA_NUMBER_AFTER, '$1 ');
  const bare = BARE.exec(trimmed);
  const inline = bare ? null : INLINE.exec(trimmed);
  const match = bare ?? inline;
  if (!match) return romanAt(trimmed, line);
  const code = (match[2] ?? '').replace(SPACED_STOP, '.');
  const token = match[3] ?? '';
  const word = (match[1] ?? '').trim().toLowerCase().replace(/\s+/g, ' ');
  const mark = match[4] ?? '';
  const punctuation = /^[-–—]|^\s/.test(mark) || /^\s*[-–—]$/.test(mark) ? '-' : mark.replace(/-$/, '');
  // "Item 1 - Welcome" only: a bare "6 - Work Plan 345.83 KB" is a meeting page's document link (listed-documents.ts).
  if (punctuation === '-' && word === '') return [];
  const codeWord = code.replace(/[./ ]$/, '').toUpperCase();
  if (code !== '' && (!CODE_CASE.test(code) || NOT_CODE.test(codeWord))) return [];
  if (!pairFits(word, token)) return [];
  // The pattern is case-insensitive for "Item"/"Minute": the title's first letter is checked here.
  if (inline && !opensTitle(match[5] ?? '')) return [];
  const title = match[5] ?? '';
  if (inline && !token.includes('.') && !token.includes('/') && punctuation === '' && /^\d/.test(title) && !REFERENCE_START.test(title))
    return [];
  const layout = bare ? 'alone' : 'inline';
  const number = word
    ? `${squash(match[1] ?? '')} ${code}${token}`
        .replace(/^(?:agenda\s+)?items?\s+(?:no\.?\s*)?/i, '')
        .replace(/^min(?:ute)?\.?\s+(?:no\.?\s*)?/i, '')
    : `${code}${token}`;
  return readingsOf(token).map(({ kind, key, stem, through }) => ({
    line,
    number,
    form: `${layout}|${(word.split(' ')[0] ?? '').replace(/s$/, '')}|${WORD_CODE.test(codeWord) ? 'word:' : ''}${codeForm(code)}|${kind}|${punctuation === ':' ? '.' : punctuation}`,
    key,
    stem,
    title: inline ? (match[5] ?? '').replace(MARGIN_MARK, '') : null,
    ...(through === undefined ? {} : { through }),
  }));
}

/**
 * "A41", "A42", then "B43": a capital alone before the number names the part of the minutes the item is in
 * ("PART A – RECOMMENDATIONS TO COUNCIL", "PART B – DECISIONS"), so one numbering runs on through the parts, or starts
 * again at 1 in each ("A1", "A2", then "B1": follows); a longer
 * code ("CAB45", "PL.45") is the same on every item and stays part of the form.
 */
const codeForm = (code: string): string => (/^[A-Z]$/.test(code) ? 'part-letter' : code);

/** Two numbers ("1 & 2") only after "Items", rising, and "Items" only before two: "Item 1 & 2" is no heading. */
function pairFits(word: string, token: string): boolean {
  const pair = PAIR.exec(token);
  if (pair === null) return !/\bitems$/.test(word);
  return /\bitems$/.test(word) && Number(pair[2]) > Number(pair[1]);
}

/**
 * "4.1", then "4.2", under item "4": a decimal number whose stem is its whole-numbered item's and whose key is the next
 * of that item's sub-items (`count` of them so far, counting from 1). The text reader and the ModernGov page reader
 * both take such a sub-item as an item of its own, numbered as printed.
 */
export function isNextSubItem(candidate: Candidate | null, parent: string, count: number): candidate is Candidate {
  return candidate !== null && candidate.form.includes('|decimal|') && candidate.stem === parent && candidate.key === count + 1;
}

/** A line opened by a recommendation's label ("R1 That …", "Rec 2 That …", list-marks.ts). */
const RECOMMENDATION_START = new RegExp(String.raw`^\s*${RECOMMENDATION_LABEL}\s`);
/** "The panel agreed to recommend to Cabinet:", "Recommendations:": a line that ends leading a list of recommendations. */
const RECOMMEND_LEAD = /\brecommend(?:s|ed|ations?)?\b[^.]*:-?\s*$/i;

/**
 * True when a line opened by a recommendation's label stands under a decision's lead-in ("RESOLVED:", "It was agreed
 * to recommend to Cabinet:"), with only blank lines, other such labelled points and their wrapped lines (in lower case)
 * between: a point of that resolution ("R1 That …"), never an item numbered "R1", whatever else numbers the items.
 */
function resolutionPoint(lines: readonly string[], at: number): boolean {
  if (!RECOMMENDATION_START.test(lines[at] ?? '')) return false;
  for (let line = at - 1; line >= 0; line -= 1) {
    const text = (lines[line] ?? '').trim();
    if (text === '' || RECOMMENDATION_START.test(text) || /^\p{Ll}/u.test(text)) continue;
    return opensBlock(text) || RECOMMEND_LEAD.test(text);
  }
  return false;
}

/**
 * Every candidate in the lines; none on a resolution's labelled or numbered points (resolutionPoint, resolution-points.ts); none on a typed table's rows (typedTableLines), whose numbers are the table's, not the
 * items'. A code that spells a word ("AT 7") only with `wordCodes`, for the record that has no other numbering.
 */
export function candidates(lines: readonly string[], wordCodes = false): Candidate[] {
  const table = typedTableLines(lines);
  const points = resolutionPointLines(lines);
  const found = lines.flatMap((text, line) =>
    table.has(line) || points.has(line) || resolutionPoint(lines, line) ? [] : readingsAt(text, line),
  );
  return wordCodes ? found : found.filter((candidate) => !spellsWord(candidate));
}
