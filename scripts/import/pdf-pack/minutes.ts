/**
 * The minutes of the previous meeting that a pack carries: heading (committee, venue,
 * date), attendance, opening and closing times, and the numbered minutes.
 */
import { parseClockTime, parseWrittenDate } from '../../../src/model/dates.ts';
import { findPresenters } from '../attendance-text.ts';
import { readApologies, readAttendance, surname, type AttendanceDraft } from './attendance.ts';
import { packTextToMarkdown } from './markdown.ts';
import { plain } from './pack-text.ts';
import { wordCase } from '../reader/heading-case.ts';
import { findReferencesIn, uniqueReferences } from '../references.ts';
import { MEETING_CLOSED } from '../meeting-close.ts';
import { findDecisions } from '../reader/decisions.ts';
import { readPiece } from '../reader/attendance-person.ts';
import type { PostHolder } from '../reader/chair-posts.ts';
import type { ItemSlice } from '../reader/item-slice.ts';
import { readMovements } from '../reader/movements.ts';
import type { AttendanceMovement, MeetingReference } from '../../../src/model/schema.ts';

export interface MinuteItem {
  number: number;
  title: string;
  minutes: string;
  resolutions: string[];
  references: MeetingReference[];
}

export interface MinutesDraft {
  committeeName: string | null;
  venue: string | null;
  date: string | null;
  startTime: string | null;
  endTime: string | null;
  attendance: AttendanceDraft;
  /** Who came late, left or came back, as the minutes' lists and sentences say; empty when they say nothing of it. */
  movements: AttendanceMovement[];
  items: MinuteItem[];
  warnings: string[];
}

const HEADING = /^(\d{1,3})\.?\s+([A-Z][^\t]{1,140})$/;
const OPENED = /meeting (?:opened|commenced|started|began) at\s+(.+)/i;

/** Line indexes of the numbered minutes: numbers run on by one from the first. */
function minuteStarts(lines: string[]): number[] {
  const found: number[] = [];
  let expected: number | null = null;
  lines.forEach((line, index) => {
    const match = HEADING.exec(line.trim());
    if (!match || line.startsWith(' ') || /[.;,]$/.test(line.trim())) return;
    const number = Number(match[1]);
    if (expected === null || number === expected) {
      found.push(index);
      expected = number + 1;
    }
  });
  return found;
}

function heading(lines: string[]): { text: string; length: number } {
  const end = lines.findIndex((line, index) => index > 0 && line.trim() === '');
  const length = end < 0 ? 1 : end;
  return { text: plain(lines.slice(0, length).join(' ')), length };
}

function attendanceWarnings(listed: string[], attendance: AttendanceDraft): string[] {
  const accounted = new Set([...attendance.present, ...attendance.apologies].map(surname));
  return listed
    .filter((name) => !accounted.has(surname(name)))
    .map((name) => `${name} is listed as a member but neither marked present nor among the apologies: attendance not stated`);
}

/** Who held a post among those present ("I Grundy (Chairman)"): whom "The Chair left the meeting" means. */
function postsOf(present: readonly string[]): PostHolder[] {
  return present.flatMap((entry) => {
    const piece = readPiece(entry);
    const post = piece.kind === 'person' ? (piece.post ?? piece.chair) : null;
    return piece.kind === 'person' && post !== null && piece.name !== '' ? [{ post, name: piece.name }] : [];
  });
}

/**
 * Arrivals and departures, read as the other minutes' are (reader/movements.ts): the attendance block
 * above the first minute is the header, each minute's lines its slice.
 */
function movementsOf(header: string[], slices: ItemSlice[], attendance: AttendanceDraft, warnings: string[]): AttendanceMovement[] {
  return readMovements(header, slices, { attendance: { ...attendance, absent: [] }, posts: postsOf(attendance.present) }, warnings);
}

/** Reads the minutes segment (from its heading to the next document). */
export function readMinutes(lines: string[]): MinutesDraft {
  const head = heading(lines);
  const starts = minuteStarts(lines.slice(head.length)).map((index) => index + head.length);
  const first = starts[0] ?? lines.length;
  const closing = lines.findIndex((line) => MEETING_CLOSED.test(line));
  const last = closing >= 0 ? closing : lines.length;
  const { attendance, listed } = readAttendance(lines.slice(head.length, first));
  const bodies = starts.map((start, index) => lines.slice(start + 1, Math.min(starts[index + 1] ?? last, last)));
  const items = starts.map((start, index) => {
    const match = HEADING.exec((lines[start] ?? '').trim());
    const body = bodies[index] ?? [];
    const minutes = packTextToMarkdown(body.filter((line) => !OPENED.test(line)));
    const number = Number(match?.[1]);
    return {
      number,
      title: plain(match?.[2] ?? ''),
      minutes,
      resolutions: findDecisions(body.map(plain).join('\n')),
      references: uniqueReferences(findReferencesIn(plain(body.join(' ')), number, null)),
    };
  });
  const apologyItem = items.findIndex((item) => /apolog/i.test(item.title));
  const apologyLines = apologyItem >= 0 ? lines.slice(starts[apologyItem] ?? 0, starts[apologyItem + 1] ?? last) : [];
  Object.assign(attendance, readApologies(apologyLines));
  // Guests are named in the prose of the minute they attended: "Cllr X, Cabinet Member, was in attendance".
  if (attendance.presenters.length === 0)
    attendance.presenters = [...new Set(items.flatMap((item) => findPresenters(plain(item.minutes))))];
  const slices = items.map((item, index) => ({
    number: String(item.number),
    title: item.title,
    lines: bodies[index] ?? [],
    line: starts[index] ?? 0,
  }));
  const movementWarnings: string[] = [];
  const movements = movementsOf(lines.slice(head.length, first), slices, attendance, movementWarnings);
  const opened = lines.find((line) => OPENED.test(line));
  const closed = closing >= 0 ? lines[closing] : undefined;
  const committee = /MEETING\s+OF\s+(?:THE\s+)?(.+?)\s+(?:HELD|ON)\b/i.exec(head.text)?.[1];
  const venue = /\bHELD\s+(?:AT|IN)\s+(.+?),?\s+ON\b/i.exec(head.text)?.[1];
  return {
    committeeName: committee ? wordCase(committee) : null,
    venue: venue ? wordCase(venue) : null,
    date: parseWrittenDate(head.text),
    startTime: opened ? parseClockTime(OPENED.exec(opened)?.[1] ?? '') : null,
    endTime: closed ? parseClockTime(MEETING_CLOSED.exec(closed)?.[1] ?? '') : null,
    attendance,
    movements,
    items,
    warnings: [...attendanceWarnings(listed, attendance), ...movementWarnings],
  };
}
