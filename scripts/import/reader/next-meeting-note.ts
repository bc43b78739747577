/**
 * The record's closing note of its next meeting: "Next meeting: Tuesday 20 May 2025, 4.00pm, Committee Room 3" or "Date of
 * next meeting: 9 May 2024" set apart at the foot of the minutes, under the last item's text, just above the meeting's
 * close or below it. It is no item and no part of the last item's minutes (any other business, as a rule): the meeting's
 * `nextMeeting`, as printed after its label, and its date a reference to that meeting.
 */
import { MEETING_CLOSED } from '../meeting-close.ts';
import { squash } from '../text.ts';
import type { ItemSlice } from './item-slice.ts';
import { NEXT_MEETING_HEAD } from './item-title.ts';

/** "Date of next meeting: 9 May 2024", "Next meeting: Thursday 5 June": the label and what it says. */
const LABELLED_LINE = /^([^:]{4,40}):\s*(\S.*)$/;

const blank = (line: string | undefined): boolean => (line ?? '').trim() === '';

/** What a "Next meeting:" line says after its label; null when the line is no such note. */
export function nextMeetingNote(line: string): string | null {
  const [, label, value] = LABELLED_LINE.exec(squash(line)) ?? [];
  return label !== undefined && value !== undefined && NEXT_MEETING_HEAD.test(squash(label)) ? value : null;
}

/**
 * Where the note stands in the last item's lines, set apart by a blank line above it: the last filled line, or the one
 * just above the meeting's close ("The meeting closed at 8.10 pm.") when that is the last; -1 when none.
 */
function noteAt(lines: readonly string[]): number {
  const last = lines.findLastIndex((line) => !blank(line));
  const closes = last > 0 && MEETING_CLOSED.test(lines[last] ?? '') && blank(lines[last - 1]);
  const at = closes ? lines.slice(0, last - 1).findLastIndex((line) => !blank(line)) : last;
  return at > 0 && blank(lines[at - 1]) && nextMeetingNote(lines[at] ?? '') !== null ? at : -1;
}

/** The note's line taken out of the last item's lines (see the module's comment), as printed; null when there is none. */
export function takeNextMeeting(slices: ItemSlice[]): string | null {
  const last = slices.at(-1);
  const at = last === undefined ? -1 : noteAt(last.lines);
  if (last === undefined || at === -1) return null;
  const line = squash(last.lines[at] ?? '');
  // The blank line above the note goes with it, so a close under it stays one paragraph away from the text above.
  last.lines = [...last.lines.slice(0, at - 1), ...last.lines.slice(at + 1)];
  return line;
}
