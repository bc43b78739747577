/**
 * Whether a record is an agenda or minutes, from its header, its items and its attendance: an agenda says what the
 * meeting is to do, minutes hold decisions and who came. Apart from the meeting's reader, which takes the answer as
 * the record's status.
 */
import { squash } from '../text.ts';
import type { Attendance } from './attendance-lists.ts';
import { findDecisions } from './decisions.ts';
import type { ItemSlice } from './items.ts';
import { TO_DO } from './item-text.ts';

/**
 * True when nothing was minuted: an agenda. Besides a header that says so, or items with no text,
 * a record where no one is listed as present or absent and nothing was decided is an agenda when
 * a third of its items say what the meeting is to do (in the title or the line under it), or no
 * item has more than a heading or two under it ("Reports for information", "Private business"). A header
 * whose only sign is a heading "Agenda" over items that mostly hold decisions heads minutes.
 */
export function looksLikeAgenda(
  header: { agenda: boolean; agendaHeadingOnly: boolean },
  slices: ItemSlice[],
  attendance: Attendance,
): boolean {
  if (header.agendaHeadingOnly && mostDecided(slices)) return false;
  if (header.agenda) return true;
  // Who came is known only after the meeting, even on a page that lists nothing else (an attendance page).
  if (attendance.present.length + attendance.apologies.length > 0) return false;
  const filled = slices.map((slice) => slice.lines.filter((line) => line.trim() !== ''));
  if (filled.every((lines) => lines.length === 0)) return true;
  if (filled.some((lines) => findDecisions(lines.join('\n')).length > 0)) return false;
  // An agenda says under each title what the meeting is to do: "To receive apologies for absence from Members."
  const toDo = slices.filter((slice, at) => TO_DO.test(slice.title) || TO_DO.test(squash(filled[at]?.[0] ?? ''))).length;
  return toDo * 3 >= slices.length || filled.every((lines) => lines.length <= 2);
}

/**
 * True when half the items with text under them or more hold a decision ("RESOLVED: …"): items that hold their
 * minutes. An agenda carries decisions under one item at most (the last meeting's minutes put before this one).
 */
function mostDecided(slices: ItemSlice[]): boolean {
  const filled = slices.map((slice) => slice.lines.join('\n')).filter((text) => text.trim() !== '');
  const decided = filled.filter((text) => findDecisions(text).length > 0).length;
  return decided >= 2 && decided * 2 >= filled.length;
}
