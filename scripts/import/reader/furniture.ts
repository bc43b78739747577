/**
 * Page furniture in printed records: what a PDF prints on every page or at its foot and that
 * belongs to no item. Lines are blanked, never removed, so line numbers in messages still hold. The entry: it blanks
 * what its parts find (a line furniture on its own, furniture-line.ts; a signature block, signature-block.ts; running
 * headers and footers and the page numbers beside them, running-heads.ts; a page's number with the meeting's code and
 * date, page-codes.ts), joins a sentence a page break cut, and reads
 * the meeting a running footer names.
 */
import { findDates } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';
import { isFurnitureLine } from './furniture-line.ts';
import { pageCodeLines } from './page-codes.ts';
import {
  carriesPageMark,
  isLonePageNumber,
  minuteBookHeader,
  numbersOverHeaders,
  pageHeadUnderNumber,
  pageNumbers,
  repeatedLines,
  repeatKey,
} from './running-heads.ts';
import { endsOnPlainWordOrComma } from './runs-on.ts';
import { isSigningRule, lastSignatureLabels, signatureLabels } from './signature-block.ts';

/**
 * The lines with page marks, signature blocks, running headers and footers and the page numbers
 * beside them blanked. Lines in `keep` (a meeting's own title block, which its running header
 * repeats) are not taken for running headers.
 */
export function blankFurniture(lines: readonly string[], keep: ReadonlySet<number> = new Set()): string[] {
  const repeated = repeatedLines(lines);
  const texts = lines.map(squash);
  const keys = lines.map(repeatKey);
  const numbers = new Set([...pageNumbers(texts, keys, repeated), ...numbersOverHeaders(texts, keys, repeated), ...pageCodeLines(lines)]);
  const blocks = signatureLabels(texts);
  for (const at of lastSignatureLabels(texts)) blocks.add(at);
  for (const at of lines.flatMap((_line, index) => minuteBookHeader(lines, texts, index))) blocks.add(at);
  for (const at of lines.flatMap((_line, index) => pageHeadUnderNumber(lines, index))) if (!keep.has(at)) blocks.add(at);
  const running = (index: number) => repeated.has(keys[index] ?? '') && !keep.has(index);
  return lines.map((line, index) => {
    const text = texts[index] ?? '';
    if (isFurnitureLine(text) || numbers.has(index) || blocks.has(index) || isLonePageNumber(lines, index)) return '';
    // A rule of dashes straight over a running header is the page's edge, as a typed minute book prints it.
    if (isSigningRule(text) && running(index + 1)) return '';
    return running(index) ? '' : line;
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
