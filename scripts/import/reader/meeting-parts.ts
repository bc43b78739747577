/**
 * Two meetings of one body held one after the other and minuted in one file, as parish councils print their annual
 * meeting and the ordinary meeting that followed it: the first meeting's close ("The Annual Meeting closed at 7.18pm."),
 * then a heading naming the next meeting ("ORDINARY MEETING") over numbered items of its own. Each is a meeting of its
 * own, with its own items, times and apologies; the title block and attendance above the first are both meetings'.
 */
import type { MeetingDraft } from '../assemble.ts';
import { MEETING_CLOSED } from '../meeting-close.ts';
import { squash } from '../text.ts';
import { candidateAt } from './numbering.ts';
import { meetingKindIn } from './meeting-occasion.ts';

/** "ORDINARY MEETING", "Ordinary Meeting of the Parish Council": a short heading naming a meeting, not a sentence. */
const MEETING_HEADING = /^(?:[A-Za-z'-]+\s+){1,3}meeting(?:\s+of\s+(?:the\s+)?[A-Za-z' -]{1,50})?$/i;

/** One meeting's lines in a section of the record. */
export interface MeetingPart {
  /** Its lines: for a later meeting, the header above the first meeting's items, then its own heading and items. */
  lines: string[];
  /** Index in the section of its own first line, and after its last. */
  start: number;
  end: number;
  /** The heading that opens a later meeting ("ORDINARY MEETING"); null for the first. */
  heading: string | null;
}

const filledFrom = (lines: readonly string[], from: number): number =>
  lines.findIndex((line, index) => index >= from && line.trim() !== '');

const isHeading = (line: string): boolean => MEETING_HEADING.test(squash(line));

/** Where each later meeting starts: its heading, the first line under a close, with a numbered item the first line below it. */
function laterStarts(lines: readonly string[]): number[] {
  return lines.flatMap((line, index) => {
    if (!MEETING_CLOSED.test(line)) return [];
    const heading = filledFrom(lines, index + 1);
    if (heading === -1 || !isHeading(lines[heading] ?? '')) return [];
    const first = filledFrom(lines, heading + 1);
    return first !== -1 && candidateAt(lines[first] ?? '', first) !== null ? [heading] : [];
  });
}

/** The header both meetings share: the lines above the first meeting's heading ("ANNUAL MEETING") or first numbered item. */
function sharedHeader(lines: readonly string[]): string[] {
  const end = lines.findIndex((line, index) => isHeading(line) || candidateAt(line, index) !== null);
  return lines.slice(0, Math.max(end, 0));
}

/** The meetings a section holds one after another; one part, the whole section, when it holds one. */
export function meetingParts(lines: readonly string[]): MeetingPart[] {
  const starts = laterStarts(lines);
  if (starts.length === 0) return [{ lines: [...lines], start: 0, end: lines.length, heading: null }];
  const header = sharedHeader(lines.slice(0, starts[0]));
  const ends = [...starts, lines.length];
  const first: MeetingPart = { lines: lines.slice(0, starts[0]), start: 0, end: starts[0] ?? lines.length, heading: null };
  const later = starts.map((start, at) => {
    const end = ends[at + 1] ?? lines.length;
    return { lines: [...header, '', ...lines.slice(start, end)], start, end, heading: squash(lines[start] ?? '') };
  });
  return [first, ...later];
}

/** "As APC24/03.": an apologies item that points to the item of the meeting before where they were recorded. */
const AS_ITEM = /^As\s+(?:(?:minute|item)\s+)?(\S+?)\.?$/i;

/** The apologies a later meeting's item gives as the earlier meeting's ("As APC24/03."), when it lists none of its own. */
function apologiesAsBefore(later: MeetingDraft, earlier: MeetingDraft): { apologies: string[]; warning: string } | null {
  for (const item of later.items ?? []) {
    const number = AS_ITEM.exec(squash(item.minutes ?? ''))?.[1];
    if (!/apolog/i.test(item.title) || number === undefined) continue;
    if (!(earlier.items ?? []).some((before) => before.number === number)) continue;
    const apologies = earlier.attendance?.apologies ?? [];
    const names = apologies.length === 0 ? 'none listed there' : apologies.join(', ');
    return { apologies, warning: `apologies read from ${number} of the meeting before, as ${item.number ?? 'its item'} says: ${names}` };
  }
  return null;
}

/**
 * A later meeting's own: its name in its id, no start time (the header's is the first meeting's, and the later one
 * began when that closed, which the record does not state), and the apologies its item gives as the first one's. Its
 * kind is the one its heading states ("ORDINARY MEETING"), and who requisitioned the first is none of its own: the
 * shared header says both of the first meeting.
 */
export function settleLater(given: MeetingDraft, first: MeetingDraft, heading: string): MeetingDraft {
  const { meetingKind: _first, requisitionedBy: _firsts, ...later } = given;
  const kind = meetingKindIn([heading], false);
  const asBefore = (later.attendance?.apologies ?? []).length === 0 ? apologiesAsBefore(later, first) : null;
  const attendance =
    asBefore === null || later.attendance === undefined ? later.attendance : { ...later.attendance, apologies: asBefore.apologies };
  return {
    ...later,
    ...(kind === null ? {} : { meetingKind: kind }),
    dayPart: heading,
    startTime: null,
    ...(attendance === undefined ? {} : { attendance }),
    warnings: [
      ...(later.warnings ?? []),
      `the ${heading.toLowerCase()} followed the meeting above it in this file${first.endTime ? `, which closed at ${first.endTime}` : ''}: its start time is not stated`,
      ...(asBefore === null ? [] : [asBefore.warning]),
    ],
  };
}
