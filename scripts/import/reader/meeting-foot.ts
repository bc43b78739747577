/**
 * What a meeting's last items print besides minutes: the contact under the last item, at the record's foot, and a
 * "Duration of Meeting" item's times. Apart from the meeting's reader (meeting.ts), which takes the contact and times
 * from them when the header gives none (last-item-foot.ts reads what is printed under the close).
 */
import type { MeetingDraft } from '../assemble.ts';
import { readFootContact } from '../contact.ts';
import { squash } from '../text.ts';
import { parseClockTime } from '../../../src/model/dates.ts';
import type { ItemSlice } from './items.ts';

/** "Duration of Meeting" over "6.30 p.m. to 8.15 p.m.": an item some councils minute last, giving the times. */
const DURATION_TITLE = /^duration\s+of\s+(?:the\s+)?meeting$/i;

/** The start and end times a "Duration of Meeting" item gives; null for each it does not give. */
export function durationOf(slices: ItemSlice[]): { start: string | null; end: string | null } {
  const slice = slices.find((candidate) => DURATION_TITLE.test(squash(candidate.title)));
  const span = /^(.+?)\s+(?:to|until|[-–])\s+(.+?)\.?$/i.exec(squash(slice?.lines.join(' ') ?? ''));
  return { start: parseClockTime(span?.[1] ?? ''), end: parseClockTime(span?.[2] ?? '') };
}

/**
 * The contact printed under the last item, at the record's foot (an agenda's "Contact: …" and "Tel:"
 * lines, the body's address): taken out of the item's text, as the meeting's contact; `lines` says how
 * many lines it took from the record's end.
 */
export function footContact(slices: ItemSlice[]): { contact: MeetingDraft['contact']; lines: number } {
  const last = slices.at(-1);
  const found = last === undefined ? null : readFootContact(last.lines);
  const from = found?.lines[0];
  if (last === undefined || found?.contact == null || from === undefined) return { contact: null, lines: 0 };
  const taken = last.lines.length - from;
  last.lines = last.lines.slice(0, from);
  return { contact: found.contact, lines: taken };
}
