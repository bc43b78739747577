/**
 * Whether a record is cut short: its last line of prose breaks off without a stop, where a table's last row, a line
 * of movers, a time, an address, a labelled field or a sign-off ends whole. Apart from the meeting's reader, which
 * asks it once of the record's lines: the ways a last line may end whole are a list of their own.
 */
import { EMAIL } from '../contact.ts';
import { MEETING_CLOSED } from '../meeting-close.ts';
import { squash } from '../text.ts';
import { parseClockTime } from '../../../src/model/dates.ts';
import { filledCells } from './table-cells.ts';
import { MINOR_WORD } from './item-title.ts';
import { namesMovers } from './vote-movers.ts';

/** Where each filled cell of a row starts. */
const cellStarts = (line: string): number[] => filledCells(line).map((cell) => cell.start);

/**
 * True when `last` is a table's row under `above`, the row before it: cells parted by tabs; markdown
 * pipes ("| 4 | Parking policy | Jo Marsh", the closing pipe optional) under another piped row; or
 * cells parted by wide gaps in the columns of the row above ("Parking review      Jo Marsh"), which
 * prose broken across lines does not keep.
 */
function isTableRow(last: string, above: string): boolean {
  if (last.includes('\t')) return true;
  const piped = (line: string) => /^\s*\|.*\S.*\|/.test(line);
  if (piped(last)) return piped(above);
  const cells = cellStarts(last);
  const over = cellStarts(above);
  return cells.length >= 2 && cells.length === over.length && cells.at(-1) === over.at(-1);
}

/** True when a line's last words are a clock time ("… at 2.00pm", "… 7 pm"), which ends what it says. */
function endsOnTime(line: string): boolean {
  const time = /\b\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?\s*m$/i.exec(line);
  return time !== null && parseClockTime(time[0]) !== null;
}

/** "Contact Democratic Services, democratic.services@example.gov.uk": a line whose last word is an address, which ends it. */
const ENDS_ON_ADDRESS = new RegExp(String.raw`(?:${EMAIL.source}|\bwww\.\S+|https?://\S+)$`, 'i');

/**
 * "Lead officer: Philip Yates, Head of Property": a field's label and a value that ends on a name or a post, as a decision
 * list closes each decision; a field's value broken off mid-sentence ("Resolved: to ask the clerk to") still ends lower-case.
 */
const FIELD_ENDING_ON_NAME = /^[A-Z][A-Za-z' -]{1,30}:\s+\S.*\b[A-Z][A-Za-z'-]*$/;

/**
 * "Head of Democratic Services, County Hall, Llanfair Uchaf": a sign-off, a post or a name and then the office's address,
 * its parts parted by commas and every word capitalised but the small ones (MINOR_WORD). It ends what it says; a sentence
 * broken off has a word in lower case ("The Cabinet asked the Head of … to report on").
 */
function isSignOff(line: string): boolean {
  const parts = line.split(/,\s+/);
  const capitalised = (part: string) =>
    part.split(/\s+/).every((word, at) => /^[\p{Lu}\d]/u.test(word) || (at > 0 && MINOR_WORD.test(word)));
  return parts.length >= 2 && parts.every(capitalised);
}

/** True when the last words of the record break off: a long line of prose ending without a stop. */
export function endsShort(lines: readonly string[]): boolean {
  const [raw = '', above = ''] = [...lines].reverse().filter((line) => line.trim() !== '');
  const last = squash(raw);
  // A table's last row ends where its cells end, not mid-sentence; a line of movers
  // ("Proposed by: Cllr Ash   Seconded by: Cllr Elm") ends with its last name; "Date of next
  // meeting: Wednesday 14 January 2026 at 2.00pm" with its time, as many minutes end; a
  // contact line with its address, a labelled field with the name or post it gives.
  const whole =
    isTableRow(raw, above) ||
    namesMovers(last) ||
    endsOnTime(last) ||
    ENDS_ON_ADDRESS.test(last) ||
    FIELD_ENDING_ON_NAME.test(last) ||
    isSignOff(last);
  return last.length >= 40 && /[a-z,;]$/.test(last) && !whole && !MEETING_CLOSED.test(lines.join(' '));
}
