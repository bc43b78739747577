/**
 * What stands at the foot of the last item and is the record's, no part of the item: the publication date, a note of
 * the record's other forms, ModernGov's trailer section, and the text below the meeting's close; each taken out and
 * warned of. Apart from items.ts because the record's foot is read once the items are sliced.
 */
import { readFootContact } from '../contact.ts';
import { isNoticeDateLine, isPublicationLine, readNoticeDates, statedDays, type NoticeDates } from '../notice-dates.ts';
import { MEETING_CLOSED } from '../meeting-close.ts';
import { squash } from '../text.ts';
import type { ItemSlice } from './item-slice.ts';
import { carriesPageMark } from './running-heads.ts';
import { isClosingFurniture, isSigningRule } from './signature-block.ts';

/**
 * The publication line at the record's foot taken out of the last item's text, where it ran on: it is the
 * record's, no part of the item, read as the day it was published (footDays). Above a contact alone ("Published: 20
 * February 2025" over "Contact: Democratic Services, …") it is taken too, the contact left for the meeting's reader.
 */
export function takeFooter(items: ItemSlice[]): string[] {
  const last = items.at(-1);
  if (last === undefined) return [];
  const trailer = takeTrailer(last);
  if (trailer !== null) return trailer;
  const at = footLine(last.lines);
  if (at === -1) return [];
  const line = squash(last.lines[at] ?? '');
  // The contact under it stays, for the meeting's reader; nothing but blank lines follows a last line.
  const below = last.lines.slice(at + 1);
  last.lines = [...last.lines.slice(0, at), ...(below.some((rest) => rest.trim() !== '') ? below : [])];
  return [line];
}

/**
 * Where the record's foot line stands in the last item's lines: its last line (a publication line, a note of the
 * record's other forms), or a publication line right above the foot's contact (contact.ts); -1 when none does.
 */
function footLine(lines: string[]): number {
  const last = lines.findLastIndex((line) => line.trim() !== '');
  const text = squash(lines[last] ?? '');
  if (last !== -1 && (isPublicationLine(text) || AVAILABLE_IN.test(text))) return last;
  const contact = readFootContact(lines).lines[0];
  const above = contact === undefined ? -1 : lines.slice(0, contact).findLastIndex((line) => line.trim() !== '');
  return above !== -1 && isPublicationLine(squash(lines[above] ?? '')) ? above : -1;
}

/** The days the record's foot gives (`takeFooter`'s lines and those below the close): its fields, each only when stated. */
export const footDays = (lines: string[]): Partial<NoticeDates> => statedDays(readNoticeDates(lines.filter(isNoticeDateLine)));

/** "This agenda is available in Welsh.", "This document is also available in large print": the record's note of its other forms. */
const AVAILABLE_IN =
  /^(?:this|these|the)\s+(?:agenda|document|minutes|papers?|notice|report)\s+(?:is|are)\s+(?:also\s+)?available\s+(?:on\s+request\s+)?in\b[^.]{1,60}\.?$/i;

/** "<TRAILER_SECTION>", "</TRAILER_SECTION>": the marks around the block ModernGov's printed minutes end on (the clerk's name and address). */
const TRAILER_OPEN = /^<TRAILER_SECTION>$/i;
const TRAILER_CLOSE = /^<\/TRAILER_SECTION>$/i;

/**
 * ModernGov's trailer section, from its opening mark to the end, taken out of the last item's text: the record's
 * signature block, no part of the item (the marks are its family of furniture-line.ts's "<AI1>"). Its filled lines are
 * returned to be warned of as lines not read; null when the item holds no such section, closed.
 */
function takeTrailer(last: ItemSlice): string[] | null {
  const open = last.lines.findIndex((line) => TRAILER_OPEN.test(squash(line)));
  if (open === -1 || !last.lines.slice(open).some((line) => TRAILER_CLOSE.test(squash(line)))) return null;
  const inside = last.lines.slice(open + 1).map(squash);
  last.lines = last.lines.slice(0, open);
  return inside.filter((line) => line !== '' && !TRAILER_CLOSE.test(line));
}

/**
 * The line that closes the meeting ("The meeting closed at 3.40pm.", "Meeting closed: 20:10"), whole: the sentence
 * ends with the line, so what follows is no wrapped end of it.
 */
function closesMeeting(line: string): boolean {
  const text = squash(line);
  const closed = MEETING_CLOSED.exec(text);
  return closed !== null && (/[.!)]$/.test(text) || closed.index + closed[0].length === text.length);
}

/**
 * The lines below the meeting's close at the end of the last item ("ACTIONS ARISING" and its table, a note
 * added after the meeting) taken out of its text: they are the record's, not what was said or decided under
 * that item. The meeting has no field for them, so they are returned to be warned of (`afterCloseWarning`);
 * a page's footer among them ("Minutes – 8 September 2025 – Page 2 of 2", printed once so not blanked as a
 * running one) is furniture, no part of any item, and is not, nor a rule to sign on left alone (its signer's
 * words beside it are blanked before with it, furniture.ts), nor a signer's words alone ("Chairman/Mayor") or the
 * last page's number (`isClosingFurniture`): they hold no text. Run after the foot's contact and
 * membership are taken (meeting.ts), read where they stand.
 */
export function takeAfterClose(items: ItemSlice[]): string[] {
  const last = items.at(-1);
  const at = last?.lines.findLastIndex(closesMeeting) ?? -1;
  if (last === undefined || at === -1) return [];
  const after = last.lines.slice(at + 1);
  last.lines = last.lines.slice(0, at + 1);
  const filled = after.filter((line) => line.trim() !== '' && !carriesPageMark(line) && !isSigningRule(line));
  return filled.filter((line, at) => !isClosingFurniture(line, at === filled.length - 1));
}

/** The most lines below the close a warning quotes: an actions table is kept whole in it, an appendix is counted. */
const QUOTED_AFTER_CLOSE = 8;

/** Lines a warning quotes, up to `most` of them, the rest counted: `"ACTIONS" / "| 2 | … |" and 3 more lines`. */
export function quotedLines(lines: readonly string[], most: number): string {
  const quoted = lines.slice(0, most).map((line) => `"${squash(line)}"`);
  const left = lines.length - quoted.length;
  return `${quoted.join(' / ')}${left > 0 ? ` and ${left} more line${left > 1 ? 's' : ''}` : ''}`;
}

/** The warning for the lines below the meeting's close (`takeAfterClose`): each quoted, up to a few, the rest counted. */
export function afterCloseWarning(given: string[]): string[] {
  // The days of publication and of call-in's end are read (footDays).
  const lines = given.filter((line) => !isNoticeDateLine(line));
  if (lines.length === 0) return [];
  return [
    `text below the meeting's close is no item's and was not read: ${quotedLines(lines, QUOTED_AFTER_CLOSE)}; nothing of it is imported, so add what it records (actions, notes) by hand`,
  ];
}

/** The warnings for the lines at the record's foot that no reader took: the days it gives are read (footDays). */
export const footerWarnings = (lines: string[]): string[] =>
  lines
    .filter((line) => !isNoticeDateLine(line))
    .map((line) => `a line below the last item was not read: "${line}"; nothing of it is imported`);
