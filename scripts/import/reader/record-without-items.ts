/**
 * A record with no items of its own: whether a page holds its attendance alone (so its one heading is a lone item),
 * and the warning that it has no items, an attendance page told how to join its items. Apart from the meeting's reader
 * (meeting.ts), as the attendance merger (merge-attendance.ts) knows that warning by its opening words.
 */
import { listsAnyone } from '../records.ts';
import { readAttendance } from './attendance.ts';
import type { Attendance } from './attendance-lists.ts';
import { isDetailsRow } from './title-block-lines.ts';

/** How the warning for a record with no items begins (merge-attendance.ts drops it when the items are joined). */
export const NO_ITEMS = 'no agenda items found:';

/** The warning for a record with no items: an attendance page (who came, nothing else) is told how to join its items. */
export function noItems(attendance: Attendance, inquorate: boolean): string {
  if (inquorate) return `${NO_ITEMS} the record is a note of a meeting that was not quorate, which could do no business`;
  return listsAnyone(attendance)
    ? `${NO_ITEMS} the record lists who attended and no items, as a meeting's attendance page does; import it with the meeting's page of items (minutes or agenda) to make one meeting of them`
    : `${NO_ITEMS} the record names a meeting but lists no numbered items or headings`;
}

/**
 * True when every line that is not blank is the attendance's, or a row of the details table the header reads
 * ("Committee | Resources Scrutiny Board", "Meeting date | …", as a CMIS page of one item sets them over it).
 */
export function onlyAttendance(lines: string[]): boolean {
  const read = new Set(readAttendance(lines).lines);
  return lines.every((line, index) => line.trim() === '' || read.has(index) || isDetailsRow(line));
}
