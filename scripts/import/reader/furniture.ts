/**
 * Page furniture in printed records: what a PDF prints on every page or at its foot and that
 * belongs to no item. Lines are blanked, never removed, so line numbers in messages still hold.
 */
import { WELSH_SIGNATURE_WORD } from '../../../src/model/welsh-words.ts';
import { findDates } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';
import { namesOnePerson } from './attendance-person.ts';
import { endsOnPlainWordOrComma } from './runs-on.ts';

/**
 * Page numbers as text extraction leaves them: "3", "- 3 -", "Page 3 of 5", "Page | 1", "!2", and a
 * minute book's page reference, the year, the committee's code and the page: "2023 KAC 41".
 */
const PAGE_MARK = /^(?:-\s*\d{1,3}\s*-|Page\s*\|?\s*\d+(?:\s+of\s+\d+)?|!\d{1,3}|\d{1,3}\s+of\s+\d{1,3})$/i;
const MINUTE_BOOK_PAGE = /^(?:19|20)\d{2}\s+[A-Z&]{2,8}\s+\d{1,4}$/;
/**
 * "2 – Environment Committee (10.03.25)": a Northern Irish committee's page footer, the page's number, a dash, the
 * committee's name in capitalised words and the meeting's date in brackets, furniture even on the one page it is seen.
 */
const NAMED_PAGE_FOOTER = /^\d{1,3}\s+[-–—]\s+(?:[\p{Lu}&][\p{L}'’&-]*\s+){0,7}\p{Lu}[\p{L}'’-]*\s+\(\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})\)$/u;
/** "<AI3>", "</AI3>": the marks around each agenda item that ModernGov's printed minutes (a web page) show as text. */
const ITEM_MARK = /^<\/?AI\d{1,3}>$/;
/**
 * "Page last updated: 14 October 2025", "This page was last reviewed on 3 May 2025": a web page's own date, under the
 * minutes a council's site shows; it dates the page, never the meeting or an item. Only a line that names the page: a
 * tracker's "Last updated:" dates the tracker (kinds/tracker.ts).
 */
const PAGE_UPDATED = /^(?:this\s+)?page\s+(?:was\s+)?last\s+(?:updated|reviewed|modified|changed)\b(?:\s+on)?\s*:?\s*.{0,40}$/i;
/** "This page is intentionally left blank": all a blank page prints, but its number. */
const BLANK_PAGE = /^this page (?:is|has been) (?:intentionally|deliberately) (?:left )?blank\.?$/i;
/**
 * "OFFICIAL", "OFFICIAL-SENSITIVE", "NOT PROTECTIVELY MARKED", "MINUTE   A&B – PUBLIC": a protective marking (in
 * capitals, as the marking schemes print it) stamped on each page or over the title, with the document's kind and the
 * minute classes it covers before it; it names no body and no item. "PART I – PUBLIC", "Public items" are parts (exempt.ts).
 */
const PROTECTIVE_MARKING =
  /^(?:(?:MINUTES?|Minutes?|AGENDA|Agenda)\s+)?(?:[A-Z](?:\s*&\s*[A-Z])?\s*[-–—]\s*)?(?:PUBLIC|OFFICIAL(?:\s*[-–—:]?\s*SENSITIVE)?|NOT\s+PROTECTIVELY\s+MARKED|RESTRICTED|UNCLASSIFIED)$/;
/** Lines that close a page or a record and say nothing about an item. */
const CLOSING = [
  BLANK_PAGE,
  /^signed\b.{0,80}\bdated?\b.*$/i,
  /^(?:signed|dated?|date)\s*[:.]?\s*[_.…]{3,}.*$/i,
  /^(?:chair(?:man|person)?|signed)\s*[:.]?\s*[_.…]{3,}\s*$/i,
  /^[_.…]{6,}\s*(?:\(?chair(?:man|person)?\)?)?$/i,
];
const MIN_REPEATS = 3;
/** A footer that carries its page's number and a date is a page's furniture from its second page on. */
const PAGED_REPEATS = 2;

/** The blank a signature is written on: dots, rules or ellipses. */
const FILLER = /[_.…]{3,}/g;
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
function isSignatureLine(text: string): boolean {
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

/** "(continued)", "(cont'd)", "(contd.)": a page's note that the record goes on from the page before. */
const CONTINUED_NOTE = /^\s*\((?:continued|cont['’]?d\.?|cont\.)\)$/i;

/**
 * "Holmesdale Parish Council – 9 February 2026 (continued)": a running head at a page's top, the body's name in words
 * (no item's number), one dated day and the note that the minutes go on; seen once, it is still no item's text. An
 * item's own heading carried over ("26/20 FINANCE (continued)") names no date, or opens on its number, and stays.
 */
function isContinuedHead(text: string): boolean {
  const dates = findDates(text);
  const [only] = dates;
  if (dates.length !== 1 || only === undefined || !only.yearStated) return false;
  const before = text.slice(0, only.index).replace(/[\s,|:–—-]+$/, '');
  const after = text.slice(only.index + only.text.length);
  return CONTINUED_NOTE.test(after) && /^\p{Lu}[\p{L}'’&\s-]{2,80}$/u.test(before);
}

/** True for a page-number, item-mark or signature line. */
export function isFurnitureLine(line: string): boolean {
  const text = squash(line);
  return (
    PAGE_MARK.test(text) ||
    MINUTE_BOOK_PAGE.test(text) ||
    NAMED_PAGE_FOOTER.test(text) ||
    ITEM_MARK.test(text) ||
    PAGE_UPDATED.test(text) ||
    PROTECTIVE_MARKING.test(text) ||
    isContinuedHead(text) ||
    CLOSING.some((pattern) => pattern.test(text)) ||
    isSignatureLine(text)
  );
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
function signatureLabels(texts: readonly string[]): Set<number> {
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
function lastSignatureLabels(texts: readonly string[]): number[] {
  const last = texts.findLastIndex((text) => text !== '');
  let top = last;
  while (top > 0 && last - top < LAST_BLOCK_LINES - 1 && texts[top - 1] !== '') top -= 1;
  const block = texts.slice(top, last + 1);
  const apart = top > 0 && texts[top - 1] === '';
  return last !== -1 && apart && block.every(isSignatureLabel) ? block.map((_text, at) => top + at) : [];
}

/**
 * "A   Council   412" over "Monthly Meeting of Council, Tuesday, 1st April, 2025": a minute book's running header, the
 * volume's letter, the body and the page's number set far apart, the meeting and its date on the line below (Northern
 * Irish councils print it on each page). Both lines are furniture, never the record's title; the body must be named in
 * the dated line, so a table's row of a letter, a word and a figure stays. The lines' indexes; none when no such header.
 */
const MINUTE_BOOK_HEADER = /^\f?\s*[A-Z]\s{3,}(\S(?:.*\S)?)\s{3,}\d{1,4}\s*$/;

function minuteBookHeader(lines: readonly string[], texts: readonly string[], index: number): number[] {
  const body = MINUTE_BOOK_HEADER.exec(lines[index] ?? '')?.[1];
  const below = body === undefined ? -1 : nearestFilled(texts, index + 1, 1);
  const dated = texts[below] ?? '';
  if (body === undefined || below === -1 || !datedLine(dated) || !dated.toLowerCase().includes(squash(body).toLowerCase())) return [];
  return [index, below];
}

/**
 * A line that may be a running header or footer: short prose, not a bare number (item numbers repeat
 * too), nor a line that leads into what follows it ("The Committee agreed:-", as Scottish minutes
 * open each decision). Blanks to sign on are no stop: "Chair's initials ......" at each page's foot.
 */
function mayRepeat(text: string): boolean {
  const words = text.replace(FILLER, ' ').trim();
  return text.length >= 10 && text.length <= 160 && /[A-Za-z]{3}/.test(words) && !/^[-•·*]/.test(words) && !/[.:;,][-–—]?$/.test(words);
}

/** "Page 2 of 3", "Page | 2", "2 of 3" at a line's end or "Page 2" at its start: the page's number in its header or footer. */
const PAGE_IN_LINE =
  /(?:\s[|–—-]?\s*|^)(?:Page\s*\|?\s*\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s+of\s+\d{1,4})$|^Page\s*\|?\s*\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*[|–—-])?\s/i;
/** A number set far apart at a line's end ("… 11 September 2025            2"): a page's, where a footer prints it. */
const SET_APART_NUMBER = /\s{3,}\d{1,3}\s*$/;

/**
 * A line as it is compared with the other pages' lines: squashed, its page number taken off, so a
 * footer "Minutes – Audit Committee – 4 May 2025   Page 2 of 3" is the same on every page.
 */
export function repeatKey(line: string): string {
  const text = squash(line.replace(SET_APART_NUMBER, ''));
  const bare = text.replace(PAGE_IN_LINE, '').trim();
  return bare === '' ? text : bare;
}

/** True when a line carries its page's number ("… Page 2 of 3", "Page 2 | …", "…   2"), as a running header or footer does. */
export const carriesPageMark = (line: string): boolean => repeatKey(line) !== squash(line);

/** Blank, or a page break: what a running header or footer has on one side. */
const APART = /^[\s\f]*$/;
/** A header of three lines ("AUDIT COMMITTEE" over "24 SEPTEMBER 2009") is found in three passes. */
const BLOCK_LINES = 3;

/**
 * Lines printed on at least three pages (two, for a line that carries its page's number and a date, as a
 * footer does), each time standing apart from the page's text: with a blank
 * line, a page break or the text's end on one side, or beside another such line (a header of two lines):
 * running headers such as "Audit Committee 24 September 2009" and footers such as an e-mail address. A
 * line of prose that minutes repeat ("the report recommendations were moved by Councillor A and seconded
 * by") runs on from the line above into the next, and stays.
 */
export function repeatedLines(lines: readonly string[]): Set<string> {
  const texts = lines.map(repeatKey);
  // "Minutes – Env. O&S Committee – 11 September 2025   Page 2": a page's own line, whatever it names.
  const squashed = lines.map(squash);
  const paged = new Set(
    lines.filter((line, index) => (carriesPageMark(line) || pageNumberAbove(squashed, index) !== -1) && datedLine(line)).map(repeatKey),
  );
  const found = new Set<string>();
  const apart = (index: number): boolean =>
    index < 0 || index >= texts.length || APART.test(lines[index] ?? '') || found.has(texts[index] ?? '');
  // A line straight under a person's name ("Duncan Fairlie" over "Nominated by Glenshiel Council (Elected Member)") is
  // that person's role in a list, however often the list repeats it under other names: a page's header or footer
  // follows a page break or the page's text, not each time one person's name.
  const underName = (index: number): boolean => {
    const above = lines[index - 1] ?? '';
    return !(lines[index] ?? '').startsWith('\f') && !APART.test(above) && !isFurnitureLine(squash(above)) && namesOnePerson(above);
  };
  for (let pass = 0; pass < BLOCK_LINES; pass += 1) {
    const counts = new Map<string, number>();
    texts.forEach((text, index) => {
      if (mayRepeat(text) && (apart(index - 1) || apart(index + 1)) && !underName(index)) counts.set(text, (counts.get(text) ?? 0) + 1);
    });
    const before = found.size;
    for (const [text, count] of counts) if (count >= (paged.has(text) ? PAGED_REPEATS : MIN_REPEATS)) found.add(text);
    if (found.size === before) break;
  }
  return found;
}

/** A number alone on its line: an item's number, or a page's. */
const BARE_NUMBER = /^\d{1,3}$/;

/** A line that names a date with its year: a running header's or footer's date. */
const datedLine = (line: string): boolean => findDates(line).some((date) => date.yearStated);

/**
 * The line at `index` stands under a bare number, a blank line between (the page before's number at its foot, the
 * header at the next page's top: "58" over "CDC 11.03.2025"); the number's index, or -1.
 */
function pageNumberAbove(texts: readonly string[], index: number): number {
  const above = nearestFilled(texts, index - 1, -1);
  return above !== -1 && above < index - 1 && BARE_NUMBER.test(texts[above] ?? '') ? above : -1;
}

/**
 * The page numbers over a dated running header (`pageNumberAbove`) that is blanked: each page's number, printed at
 * its foot over the next page's header, which a header seen on two pages only (three for the pages' own numbers,
 * `pageNumbers`) leaves.
 */
function numbersOverHeaders(texts: readonly string[], keys: readonly string[], repeated: ReadonlySet<string>): Set<number> {
  const found = new Set<number>();
  keys.forEach((key, index) => {
    const above = repeated.has(key) && datedLine(texts[index] ?? '') ? pageNumberAbove(texts, index) : -1;
    if (above !== -1) found.add(above);
  });
  return found;
}
/** How far (in lines) a page number may stand from the header or footer it is printed beside. */
const BESIDE = 3;

/** The nearest filled line from `from` going by `step`, within BESIDE lines; -1 when none. */
function nearestFilled(texts: readonly string[], from: number, step: 1 | -1): number {
  for (let index = from, seen = 0; index >= 0 && index < texts.length && seen < BESIDE; index += step, seen += 1) {
    if (texts[index] !== '') return index;
  }
  return -1;
}

/** Each number rises on the one before, or starts again at 1 (the minutes' own pages in a pack's). */
function pageRun(numbers: number[]): boolean {
  return numbers.every((number, at) => at === 0 || number === 1 || number > (numbers[at - 1] ?? 0));
}

/**
 * Page numbers printed beside a running header or footer: the lines next to every occurrence of
 * one, on the same side, when each is a bare number and they rise from page to page (a pack's
 * "3", "4", "5" under the minutes' footer). An item's number that a page break left beside a
 * footer stands beside one occurrence of it, not every one, so it stays. A blank page's number
 * ("This page is intentionally blank") goes too.
 */
function pageNumbers(texts: readonly string[], keys: readonly string[], repeated: ReadonlySet<string>): Set<number> {
  const sides = new Map<string, { above: number[]; below: number[] }>();
  keys.forEach((text, index) => {
    if (!repeated.has(text) || repeated.has(keys[index - 1] ?? '')) return;
    let last = index;
    while (repeated.has(keys[last + 1] ?? '')) last += 1;
    const side = sides.get(text) ?? { above: [], below: [] };
    side.above.push(nearestFilled(texts, index - 1, -1));
    side.below.push(nearestFilled(texts, last + 1, 1));
    sides.set(text, side);
  });
  const found = new Set<number>();
  const bare = (index: number) => BARE_NUMBER.test(texts[index] ?? '');
  for (const { above, below } of sides.values()) {
    for (const side of [above, below]) {
      if (side.length >= MIN_REPEATS && side.every(bare) && pageRun(side.map((index) => Number(texts[index])))) {
        for (const index of side) found.add(index);
      }
    }
  }
  texts.forEach((text, index) => {
    if (!BLANK_PAGE.test(text)) return;
    for (const near of [nearestFilled(texts, index - 1, -1), nearestFilled(texts, index + 1, 1)]) if (bare(near)) found.add(near);
  });
  return found;
}

/** How far in (in spaces) a number stands when a text that keeps the page's layout centres it or sets it right: past any item's number. */
const FAR_IN = 30;

/**
 * A number alone on its line that the page's layout shows to be the page's, seen once or more: one a
 * page break (a form feed) opens or follows, or one set far in with nothing beside it above or below,
 * where pdftotext's layout text prints a page's foot ("                                        1"). An
 * item's number on its own line stands at the margin, so it stays.
 */
function isLonePageNumber(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  const number = /^\f?( *)\d{1,3}\s*$/.exec(line);
  if (!number) return false;
  if (line.startsWith('\f') || (lines[index + 1] ?? '').startsWith('\f')) return true;
  const apart = (at: number) => at < 0 || at >= lines.length || APART.test(lines[at] ?? '');
  return (number[1] ?? '').length >= FAR_IN && apart(index - 1) && apart(index + 1);
}

/**
 * The lines with page marks, signature blocks, running headers and footers and the page numbers
 * beside them blanked. Lines in `keep` (a meeting's own title block, which its running header
 * repeats) are not taken for running headers.
 */
export function blankFurniture(lines: readonly string[], keep: ReadonlySet<number> = new Set()): string[] {
  const repeated = repeatedLines(lines);
  const texts = lines.map(squash);
  const keys = lines.map(repeatKey);
  const numbers = new Set([...pageNumbers(texts, keys, repeated), ...numbersOverHeaders(texts, keys, repeated)]);
  const blocks = signatureLabels(texts);
  for (const at of lastSignatureLabels(texts)) blocks.add(at);
  for (const at of lines.flatMap((_line, index) => minuteBookHeader(lines, texts, index))) blocks.add(at);
  return lines.map((line, index) => {
    const text = texts[index] ?? '';
    if (isFurnitureLine(text) || numbers.has(index) || blocks.has(index) || isLonePageNumber(lines, index)) return '';
    return repeated.has(keys[index] ?? '') && !keep.has(index) ? '' : line;
  });
}

/** A line that carries on a sentence: it opens on a word in lower case, not a list's "a)" or "ii.". */
const CARRIES_ON = /^\s*[a-z]+\b(?![.)])/;
/** A page break's gap once its furniture is blanked: the blank lines around the footer and header. */
const PAGE_GAP = 2;
/** How many lines of the second half are moved up at most (one paragraph). */
const MAX_MOVED = 40;

/**
 * How much wider than the cut paragraph's widest line a line of the part that carries it on may be. A sentence
 * goes on in its own column, as wide as before the break; lines a third wider or more are another column's (a
 * table's wider cell, its text interleaved with a narrow cell's: "Committee recommended that" at a page's foot,
 * the next page opening on the project summary beside it).
 */
const WIDER = 4 / 3;

/** The widest line, trimmed, of lines `from` to `to` (both in). */
const widest = (lines: readonly string[], from: number, to: number): number =>
  Math.max(...lines.slice(from, to + 1).map((line) => line.trim().length));

/** The first line of the paragraph that holds line `at`. */
function paragraphTop(lines: readonly string[], at: number): number {
  let top = at;
  while (top > 0 && (lines[top - 1] ?? '').trim() !== '') top -= 1;
  return top;
}

/**
 * A sentence that a page break cut ("RESOLVED: That the minutes … be" at a page's foot, "agreed as a
 * correct record." under the next page's header), its furniture blanked: where a line that runs on is
 * followed, past two blank lines or more, by one that opens in lower case, the second half's paragraph
 * moves up under the first and the blank lines go below it, so the sentence reads whole, unless its lines are
 * a column wider than the first half's (WIDER). Run on a
 * meeting's lines after its running headers are blanked (they are blanked by place); none is removed.
 */
export function joinCutSentences(lines: readonly string[]): string[] {
  const out = [...lines];
  for (let from = 0; from < out.length; from += 1) {
    if (!endsOnPlainWordOrComma((out[from] ?? '').trimEnd())) continue;
    let next = from + 1;
    while (next < out.length && (out[next] ?? '').trim() === '') next += 1;
    if (next === out.length || next - from - 1 < PAGE_GAP || !CARRIES_ON.test(out[next] ?? '')) continue;
    let end = next;
    while (end + 1 < out.length && end + 1 - next < MAX_MOVED && (out[end + 1] ?? '').trim() !== '') end += 1;
    if (widest(out, next, end) > widest(out, paragraphTop(out, from), from) * WIDER) continue;
    out.splice(from + 1, end - from, ...out.slice(next, end + 1), ...out.slice(from + 1, next));
    from = end;
  }
  return out;
}

/** A meeting's date as its running footer prints it, and the words before the date (the body's name, a document's title). */
export interface FooterMeeting {
  date: string;
  before: string;
}

/** "Printed on 3 February 2024", "Published 10 January 2024": a footer's date that is the document's, not the meeting's. */
const DOCUMENT_DATE = /\b(?:printed|published|produced|generated|created|issued|updated|revised|version|despatched|dispatched)\b/i;

/**
 * "Children and Families Scrutiny Panel – 25 January 2024      Page 1 of 1": a footer that carries its page's number names
 * the meeting the pages are of. Read from every such line: one date, the same on each, with its year, and no other
 * date beside it; lines that name two dates or a printing date give none, nor do footers that disagree (a file of
 * several meetings). Null when none is printed.
 */
export function runningFooter(lines: readonly string[]): FooterMeeting | null {
  const footers = lines.filter(carriesPageMark).map(repeatKey);
  const read = footers.flatMap((text) => {
    const dates = findDates(text);
    const [only] = dates;
    if (dates.length !== 1 || only === undefined || !only.yearStated || DOCUMENT_DATE.test(text)) return [];
    return [{ date: only.iso, before: text.slice(0, only.index).replace(/[\s,|:–—-]+$/, '') }];
  });
  const first = read[0];
  return first !== undefined && read.every((found) => found.date === first.date) ? first : null;
}
