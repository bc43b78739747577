/**
 * Running headers and footers: lines a PDF prints on each page apart from the text ("Audit Committee 24 September 2009",
 * "Minutes – Audit Committee – 4 May 2025   Page 2 of 3", a minute book's header), and the page numbers printed beside
 * them or alone at a page's foot. Apart because they are read by comparing the pages' lines, not by what one line says.
 */
import { findDates } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';
import { namesOnePerson } from './attendance-person.ts';
import { BLANK_PAGE, isFurnitureLine } from './furniture-line.ts';
import { nearestFilled } from './nearest-line.ts';
import { FILLER } from './signature-block.ts';

/** How many pages a line is printed on, each time apart from the text, before it is taken for a running header or footer. */
const MIN_REPEATS = 3;
/** A footer that carries its page's number and a date is a page's furniture from its second page on. */
const PAGED_REPEATS = 2;

const MINUTE_BOOK_HEADER = /^\f?\s*[A-Z]\s{3,}(\S(?:.*\S)?)\s{3,}\d{1,4}\s*$/;
/**
 * "A   Council   412" over "Monthly Meeting of Council, Tuesday, 1st April, 2025": a minute book's running header, the
 * volume's letter, the body and the page's number set far apart, the meeting and its date on the line below (Northern
 * Irish councils print it on each page). Both lines are furniture, never the record's title; the body must be named in
 * the dated line, so a table's row of a letter, a word and a figure stays. The lines' indexes; none when no such header.
 */
export function minuteBookHeader(lines: readonly string[], texts: readonly string[], index: number): number[] {
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

/**
 * "Page 2 of 3", "Page | 2", "2 of 3", a minute book's "Minute Book Page 87" at a line's end or "Page 2" at its start:
 * the page's number in its header or footer.
 */
const PAGE_IN_LINE =
  /(?:\s[|–—-]?\s*|^)(?:(?:Minute\s+Book\s+)?Page\s*\|?\s*\d{1,4}(?:\s+of\s+\d{1,4})?|\d{1,4}\s+of\s+\d{1,4})$|^Page\s*\|?\s*\d{1,4}(?:\s+of\s+\d{1,4})?(?:\s*[|–—-])?\s/i;

/**
 * A line without the page's number it carries ("Ashcombe Parish Council   Minute Book Page 87" → "Ashcombe Parish
 * Council"), as a title block is read: the page's number names no body. A line that is only a page's number stays.
 */
export function withoutPageMark(line: string): string {
  const bare = line.replace(PAGE_IN_LINE, '').trim();
  return bare === '' ? line : bare;
}
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
  // "Ashcombe Parish Council   Minute Book Page 87" over "Ordinary Meeting - 9 May 2002": a header of two lines that
  // carries its page's number and a date between them, as one footer line does.
  lines.forEach((line, index) => {
    const below = nearestFilled(squashed, index + 1, 1);
    if (carriesPageMark(line) && !datedLine(line) && below === index + 1 && datedLine(squashed[below] ?? '')) {
      paged.add(repeatKey(line));
      paged.add(texts[below] ?? '');
    }
  });
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
export function numbersOverHeaders(texts: readonly string[], keys: readonly string[], repeated: ReadonlySet<string>): Set<number> {
  const found = new Set<number>();
  keys.forEach((key, index) => {
    const above = repeated.has(key) && datedLine(texts[index] ?? '') ? pageNumberAbove(texts, index) : -1;
    if (above !== -1) found.add(above);
  });
  return found;
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
export function pageNumbers(texts: readonly string[], keys: readonly string[], repeated: ReadonlySet<string>): Set<number> {
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
export function isLonePageNumber(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  const number = /^\f?( *)\d{1,3}\s*$/.exec(line);
  if (!number) return false;
  if (line.startsWith('\f') || (lines[index + 1] ?? '').startsWith('\f')) return true;
  const apart = (at: number) => at < 0 || at >= lines.length || APART.test(lines[at] ?? '');
  return (number[1] ?? '').length >= FAR_IN && apart(index - 1) && apart(index + 1);
}

/** How many lines a page's head under its number holds at most: the body, then the meeting's date. */
const HEAD_LINES = 2;

/**
 * "144" set far in over "HOUSING AND ENVIRONMENTAL HEALTH COMMITTEE" over "10th March, 1987", a blank line under them:
 * a typed minute book's page head, its page's number then the body and the date, seen once or more. The number (set
 * far in, or after a page break) with a blank line or the text's start above it, then one or two lines, the last naming
 * a date with its year and the first no sentence, then a blank line; their indexes, none when the lines are otherwise.
 */
export function pageHeadUnderNumber(lines: readonly string[], index: number): number[] {
  const number = /^\f?( *)\d{1,4}\s*$/.exec(lines[index] ?? '');
  const apart = (at: number) => at < 0 || at >= lines.length || APART.test(lines[at] ?? '');
  if (number === null || !apart(index - 1) || !((lines[index] ?? '').startsWith('\f') || (number[1] ?? '').length >= FAR_IN)) return [];
  const head: number[] = [];
  for (let at = index + 1; at < lines.length && !apart(at) && head.length <= HEAD_LINES; at += 1) head.push(at);
  const last = head.at(-1);
  if (last === undefined || head.length > HEAD_LINES || !datedLine(lines[last] ?? '')) return [];
  const sentence = head.slice(0, -1).some((at) => /[.:;,]$/.test(squash(lines[at] ?? '')));
  return sentence ? [] : [index, ...head];
}
