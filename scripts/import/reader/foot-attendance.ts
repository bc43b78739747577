import { listsAnyone } from '../records.ts';
import { squash } from '../text.ts';
import { readAttendance, type AttendanceFound } from './attendance.ts';
import { ATTENDANCE_SECTION } from './attendance-block.ts';
import type { ItemSlice } from './items.ts';
import { quotedLines } from './last-item-foot.ts';

/** What the attendance below the items holds: the lists read, and the lines under it that no list took. */
export interface FootAttendance {
  found: AttendanceFound;
  unread: string[];
}

/** The most lines of the unread text below the attendance a warning quotes; the rest are counted. */
const QUOTED = 6;

/**
 * The attendance a web page prints below its items, "Attendance Details" over "Attended", "Apologies" and "Absent"
 * (a CMIS meeting page's Attendance tab, then its Visitors and Declarations tabs, follow its Documents tab): taken
 * out of the last item's text from that heading on, when the lists under it name someone, for the meeting's
 * attendance; null when there is none.
 */
export function takeFootAttendance(slices: ItemSlice[]): FootAttendance | null {
  const last = slices.at(-1);
  const at = last?.lines.findIndex((line) => ATTENDANCE_SECTION.test(squash(line))) ?? -1;
  if (last === undefined || at === -1) return null;
  const foot = last.lines.slice(at);
  const found = readAttendance(foot);
  if (!listsAnyone(found.attendance)) return null;
  last.lines = last.lines.slice(0, at);
  const read = new Set(found.lines);
  const unread = foot.filter((line, index) => index > 0 && !read.has(index) && line.trim() !== '');
  return { found, unread };
}

/**
 * The warning for the lines below the attendance that no list took ("Declarations of Interests" over its table, which
 * no field of the meeting holds): each quoted, up to a few, the rest counted.
 */
export function footAttendanceWarning(unread: readonly string[]): string[] {
  if (unread.length === 0) return [];
  const cells = unread.map((line) => line.replace(/\t+/g, ' | '));
  return [
    `text below the attendance after the last item was not read: ${quotedLines(cells, QUOTED)}; nothing of it is imported (declarations of interest have no field), so add it by hand`,
  ];
}
