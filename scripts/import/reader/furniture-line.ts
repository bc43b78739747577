/**
 * A line that is page furniture on its own, wherever it stands and however often it is printed: a page's number or a
 * minute book's page reference, the marks around a web page's items, a protective marking, a web page's own date, a
 * running head that says the minutes go on, and the lines that close a page or a record. Apart from the running headers
 * (running-heads.ts), which are furniture only because they repeat.
 */
import { findDates } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';
import { isSignatureLine } from './signature-block.ts';

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
export const BLANK_PAGE = /^this page (?:is|has been) (?:intentionally|deliberately) (?:left )?blank\.?$/i;
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
