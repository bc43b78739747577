/**
 * The lines above a ModernGov meeting page's item list: committee, date and time,
 * venue, contact, and sometimes attendance.
 */
import type { Attendance } from '../../src/model/schema.ts';
import { parseClockTime, parseWrittenDate, WRITTEN_DATE } from '../../src/model/dates.ts';
import { parseContact } from './contact.ts';
import { readHeaderList } from './moderngov-attendance.ts';
import type { PostHolder } from './reader/chair-posts.ts';
import { isCouncilName } from './reader/council-name.ts';
import { squash } from './text.ts';

export interface MeetingHeader {
  /** The council when the title names it before the body: "Ashby Fire and Rescue Authority - Policy Committee". */
  council: string | null;
  committee: string | null;
  date: string | null;
  startTime: string | null;
  venue: string | null;
  contact: { text: string; email: string | null; phone: string | null } | null;
  attendance: Partial<Attendance>;
  /** The posts those present held, as the "Present:" line notes them ("Councillor Tessa Pike (Chair)"): whom a mover "the Chair" means. */
  posts: PostHolder[];
  /** Header lines the parser did not understand, kept as warnings so nothing is lost. */
  unknown: string[];
  /** What the header states but cannot be taken as written (a day not in the calendar, "25.00 pm"). */
  problems: string[];
}

/** A meeting page's kind as ModernGov titles it: "Agenda and minutes", "Agenda, decisions and draft minutes". */
export const MEETING_PAGE_KIND = String.raw`agendas?(?:(?:,\s*(?:decisions|reports))?\s+and\s+(?:draft\s+)?(?:minutes|decisions))?`;
const PAGE_TITLE = new RegExp(
  String.raw`^(?:.*\s[-–]\s)?(?:${MEETING_PAGE_KIND}|agendas?,?\s+meetings(?:\s+and\s+(?:minutes|decisions))?|minutes|decisions)$`,
  'i',
);
/** "Media": the heading of the page's recordings tab, which says nothing of the meeting. */
const PAGE_FURNITURE = /^media$/i;
const ATTENDANCE_LABELS: Record<string, keyof Attendance> = {
  present: 'present',
  'members present': 'present',
  apologies: 'apologies',
  'apologies for absence': 'apologies',
  substitutes: 'substitutes',
  'substitute members': 'substitutes',
  'also present': 'alsoPresent',
  'in attendance': 'officers',
  'officers in attendance': 'officers',
  officers: 'officers',
};

const WEEKDAY = /^(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day$/i;

/** The committee a title names; "Ashby Fire and Rescue Authority - Policy and Strategy": the authority, then its committee. */
function nameCommittee(title: string, header: MeetingHeader): void {
  const committee = squash(title.replace(/^(?:Meeting of( the)?)\s+/i, ''));
  const parts = committee.split(/\s+[-–—]\s+/);
  if (parts.length === 2 && isCouncilName(parts[0] ?? '')) [header.council, header.committee] = [parts[0] ?? null, parts[1] ?? null];
  else if (committee) header.committee = committee;
}

/** "Children's Services Overview and Scrutiny Committee - Tuesday, 11th July, 2017 7.00 pm" */
function parseTitleLine(line: string, header: MeetingHeader): boolean {
  const match = new RegExp(`^(.*?)\\s*[-–—,]\\s*(${WRITTEN_DATE.source}.*)$`, 'i').exec(line);
  const dateOnly = new RegExp(`^(?:Date(?: and time)?:\\s*)?(${WRITTEN_DATE.source}.*)$`, 'i').exec(line);
  const when = match?.[2] ?? dateOnly?.[1];
  if (!when) return false;
  const written = new RegExp(WRITTEN_DATE.source, 'i').exec(when)?.[0] ?? when;
  const date = parseWrittenDate(when);
  // A day the calendar does not have ("Sunday, 29th February, 2015") is not taken, but the line still names the committee.
  if (!date) header.problems.push(`the title line's date "${squash(written)}" is not a day in the calendar, so the date is not stated`);
  // "Thursday, 11th April, 2024": a date alone, whose weekday is no committee.
  const before = WEEKDAY.test(match?.[1] ?? '') ? '' : (match?.[1] ?? '');
  nameCommittee(before, header);
  header.date = date;
  const time = squash(when.slice(when.search(/\d{4}/) + 4));
  header.startTime = parseClockTime(time);
  if (header.startTime === null && /\d/.test(time))
    header.problems.push(`the title line's time "${time}" is not a time of day, so the start time is not stated`);
  return true;
}

/**
 * One attendance line's list into its list: the posts of those present kept apart, each entry the name alone; a
 * substitute among those present ("(for …)") a substitute too.
 */
function readAttendanceLine(header: MeetingHeader, list: keyof Attendance, value: string): void {
  const read = readHeaderList(value, list);
  // Added to, never replaced: a substitute from the "Present:" line and the "Substitutes:" line's are one list.
  header.attendance[list] = [...(header.attendance[list] ?? []), ...read.entries];
  if (read.standIns.length > 0) header.attendance.substitutes = [...(header.attendance.substitutes ?? []), ...read.standIns];
  header.posts.push(...read.posts);
}

/** Reads the header lines; unknown lines come back in `unknown`. */
export function parseMeetingHeader(lines: string[]): MeetingHeader {
  const header: MeetingHeader = {
    council: null,
    committee: null,
    date: null,
    startTime: null,
    venue: null,
    contact: null,
    attendance: {},
    posts: [],
    unknown: [],
    problems: [],
  };
  let previous = '';
  for (const raw of lines) {
    const line = squash(raw);
    if (line === '' || PAGE_TITLE.test(line) || PAGE_FURNITURE.test(line)) continue;
    const unknownBefore = header.unknown.at(-1) === previous ? previous : null;
    previous = line;
    const labelled = /^([A-Za-z][A-Za-z ]{1,30}?)\s*:\s*(.*)$/.exec(line);
    const label = labelled?.[1]?.toLowerCase() ?? '';
    const value = squash(labelled?.[2] ?? '');
    if (/^(?:venue|place|location)$/.test(label)) header.venue = value.replace(/\.?\s*View directions\.?$/i, '').replace(/\.$/, '') || null;
    else if (/^contacts?(?: officers?)?$/.test(label)) header.contact = parseContact(value);
    else if (/^(?:committee|meeting)$/.test(label)) header.committee = value;
    else if (label in ATTENDANCE_LABELS) readAttendanceLine(header, ATTENDANCE_LABELS[label] as keyof Attendance, value);
    else if (!parseTitleLine(line, header)) header.unknown.push(line);
    // The page's heading on its own line above the date line: the committee.
    else if (header.committee === null && unknownBefore !== null) nameCommittee(header.unknown.pop() ?? '', header);
  }
  // "Chichester District Council" over "Agenda and minutes": the site's banner names the council.
  const banner = header.council === null ? header.unknown.findIndex(isCouncilName) : -1;
  if (banner !== -1) header.council = (header.unknown.splice(banner, 1)[0] ?? '').replace(/^the\s+/i, '');
  return header;
}
