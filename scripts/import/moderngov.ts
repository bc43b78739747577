/**
 * ModernGov pages flattened to text: a whole "Agenda and minutes" meeting page,
 * and a single "Agenda item" page.
 */
import type { AgendaItem, MeetingReference } from '../../src/model/schema.ts';
import { findApologies, findPresenters } from './attendance-text.ts';
import { meetingRecords, type MeetingDraft } from './assemble.ts';
import { isoFromParts, nextWorkingDay, parseClockTime, parseWrittenDate } from '../../src/model/dates.ts';
import { MEETING_CLOSED } from './meeting-close.ts';
import { MEETING_PAGE_KIND, parseMeetingHeader } from './moderngov-header.ts';
import { hasMinutesLabels, isMinutesLabel, readItem, type RawItem } from './moderngov-items.ts';
import { candidateAt, isNextSubItem, type Candidate } from './reader/numbering.ts';
import { HEADER_DATE_NOTE, ImportError, type ParseContext, type Parser, type SourceMeta } from './records.ts';
import { uniqueReferences } from './references.ts';
import { squash } from './text.ts';
import { unreadText } from './reader/leftovers.ts';
import { moverRoster } from './reader/item-movers.ts';
import { takeFootMembership } from './reader/membership.ts';
import { pageAttendance, substitutesNamedIn } from './moderngov-attendance.ts';
import type { PostHolder } from './reader/chair-posts.ts';

/** A single agenda item page's heading: "Agenda item" alone on its line. */
const AGENDA_ITEM_PAGE = /^\s*Agenda item\s*$/i;
const ITEMS_HEADING = /^\s*(?:Items|No\.?\s+Item|Item\s+No\.?\s+Item)\s*$/i;
// "44." or "39/20": the minute's number with the council year after it, as some councils number them.
const LONE_NUMBER = /^\s*(\d{1,4})(\/\d{2,4})?\.?\s*$/;
const INLINE_NUMBER = /^\s*(\d{1,4})\.\s+(\S.{0,200})$/;
const PAGE_KIND = new RegExp(String.raw`^\s*(?:.*\s[-–]\s)?${MEETING_PAGE_KIND}\s*$|^\s*minutes\s*$`, 'i');

/** What every flattened meeting page carries: its venue and contact lines, "Minutes:" labels, document links. */
// A page prints "Venue: X" on one line; printed minutes' label over its value ("Venue:" over "Committee Room 2") is no page's.
const PAGE_FURNITURE = /^\s*(?:Venue|Contact)\s*:\s*\S|^\s*(?:Minutes|Decisions?)\s*:|\bpdf icon\b/i;

function firstLines(text: string, count: number): string[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, count);
}

/**
 * The sub-item row a line opens ("4.1" in its number cell, its title below; "4.1 Title" on an inline page), the next of
 * item `parent`'s (`count` so far), as the text reader takes sub-items (numbering.ts isNextSubItem). On a page whose
 * items have "Minutes:" labels the row must have its own, down to the next number: a paragraph "7.1" printed alone
 * inside an item's minutes is no row.
 */
function subItemAt(lines: string[], index: number, lone: boolean, parent: number, count: number): Candidate | null {
  const candidate = candidateAt(lines[index] ?? '', index);
  if (!isNextSubItem(candidate, String(parent), count) || (candidate.title === null) !== lone) return null;
  if (!lines.some(isMinutesLabel)) return candidate;
  const rest = lines.slice(index + 1);
  const next = rest.findIndex((line) => LONE_NUMBER.test(line) || candidateAt(line, 0)?.form.includes('|decimal|'));
  return rest.slice(0, next === -1 ? rest.length : next).some(isMinutesLabel) ? candidate : null;
}

/**
 * Splits the body into items at item numbers that rise: a "1)" inside minutes is never an item. A sub-item's row ("4.1"
 * under "4.") is an item of its own, numbered as printed (subItemAt).
 */
function splitItems(lines: string[], offset: number): { items: RawItem[]; before: string[] } {
  const lone = lines.some((line) => LONE_NUMBER.test(line));
  const items: RawItem[] = [];
  const before: string[] = [];
  let last = -1;
  let subs = 0;
  lines.forEach((line, index) => {
    const match = lone ? LONE_NUMBER.exec(line) : INLINE_NUMBER.exec(line);
    const number = match ? Number(match[1]) : NaN;
    const sub = last === -1 ? null : subItemAt(lines, index, lone, last, subs);
    if (match && number > last) {
      last = number;
      subs = 0;
      const label = lone && match[2] ? `${number}${match[2]}` : String(number);
      items.push({ number, label, inlineTitle: lone ? null : (match[2] ?? null), lines: [], line: offset + index + 1 });
    } else if (sub !== null) {
      subs += 1;
      items.push({ number: last, label: sub.number, inlineTitle: sub.title, lines: [], line: offset + index + 1 });
    } else if (items.length > 0) {
      items.at(-1)?.lines.push(line);
    } else if (line.trim() !== '' && !ITEMS_HEADING.test(line)) {
      before.push(squash(line));
    }
  });
  return { items, before };
}

/** The warning for text the page prints above its first numbered item ("PART I – RECOMMENDATIONS"), which no item holds. */
function beforeItems(before: string[]): string[] {
  return before.length === 0 ? [] : [unreadText('the first numbered item', before)];
}

/** "no later than 9.00am on the working day before the meeting (in this case 15 November 2018)" */
function inferDate(text: string): { date: string; note: string } | null {
  const match = /working\s+day\s+before\s+the\s+meeting\s*\(in\s+this\s+case\s+([^)]+)\)/i.exec(text);
  const before = match ? parseWrittenDate(match[1] ?? '') : null;
  if (!before) return null;
  const date = nextWorkingDay(before);
  return {
    date,
    note: `Not stated in the record. Inferred as the next weekday after ${match?.[1]?.trim()}, which the record calls "the working day before the meeting"; a bank holiday would make it later.`,
  };
}

interface DateFields {
  date: string | null;
  dateStatus: 'exact' | 'inferred' | 'not-stated';
  dateNote: string | null;
  warnings: string[];
}

/** The text's own date first, then the header/flag, then an inference marked as such. */
function resolveDate(stated: string | null, meta: SourceMeta, text: string): DateFields {
  if (stated) return { date: stated, dateStatus: 'exact', dateNote: null, warnings: [] };
  if (meta.date) {
    const [year, month, day] = meta.date.split('-').map(Number);
    if (isoFromParts(year ?? 0, month ?? 0, day ?? 0)) {
      return {
        date: meta.date,
        dateStatus: 'exact',
        dateNote: HEADER_DATE_NOTE,
        warnings: [],
      };
    }
  }
  const inferred = inferDate(text);
  if (inferred) {
    return {
      date: inferred.date,
      dateStatus: 'inferred',
      dateNote: inferred.note,
      warnings: [`date inferred, not stated: ${inferred.date}`],
    };
  }
  return { date: null, dateStatus: 'not-stated', dateNote: null, warnings: [] };
}

/**
 * The page's items, read in order. `members`: those the page lists as present or substituting, whose initials name the
 * movers an item prints so ("Proposed CW, seconded TP."); `lines`, the page's, where it may define initials; `posts`, those the
 * members present held ("(Chair)"), whom a mover "the Chair" means.
 */
function readItems(
  raws: RawItem[],
  minutesByDefault: boolean,
  date: string | null,
  members: readonly string[],
  lines: readonly string[],
  posts: readonly PostHolder[] = [],
) {
  const used = new Set<string>();
  const items: AgendaItem[] = [];
  const references: MeetingReference[] = [];
  const warnings: string[] = [];
  const roster = moverRoster(members, lines, posts);
  for (const raw of raws) {
    const read = readItem(raw, minutesByDefault, used, date, roster);
    items.push(read.item);
    references.push(...read.references);
    warnings.push(...read.warnings);
  }
  return { items, references: uniqueReferences(references), warnings };
}

function attendanceFromItems(items: AgendaItem[]) {
  const found = items.map((item) => findApologies(item.minutes?.replace(/\\/g, '') ?? ''));
  const presenters = items.flatMap((item) => findPresenters(item.agendaText?.replace(/\\/g, '') ?? ''));
  // Who stood in, from the apologies' notes and from sentences of their own ("Councillor X attended as substitute for …").
  const named = substitutesNamedIn(items.map((item) => item.minutes?.replace(/\\/g, '') ?? ''));
  const substitutes = [...new Set([...found.flatMap((one) => one.substitutes), ...named])];
  return { apologies: found.flatMap((one) => one.apologies), substitutes, presenters };
}

/**
 * "The meeting ended at 6.52 pm.", as a ModernGov page prints it under its items (and so in the last item's minutes):
 * the meeting's end, read with the sentence every other reader reads (meeting-close.ts); null when no item says it.
 */
function closingTime(items: AgendaItem[]): string | null {
  const closed = MEETING_CLOSED.exec(items.map((item) => item.minutes ?? '').join('\n'));
  return closed ? parseClockTime(closed[1] ?? '') : null;
}

function parseMeetingPage(text: string, context: ParseContext): MeetingDraft {
  const lines = text.split('\n');
  let start = lines.findIndex((line) => ITEMS_HEADING.test(line));
  if (start === -1) start = lines.findIndex((line) => LONE_NUMBER.test(line)) - 1;
  const header = parseMeetingHeader(lines.slice(0, Math.max(start, 0)));
  const { items: raws, before } = splitItems(lines.slice(start + 1), start + 1);
  if (raws.length === 0) {
    throw new ImportError(
      context.file,
      start + 2,
      'a ModernGov meeting page with no numbered agenda items',
      'Check the file is complete: items start with a line holding only their number, e.g. "44."',
    );
  }
  const members = takeFootMembership(raws);
  const dates = resolveDate(header.date, context.meta, text);
  const pageSaysMinutes = firstLines(text, 5).some((line) => /minutes/i.test(line));
  // Who may move or second: those present and every stand-in, the items' too ("… attended as a substitute for …").
  const attending = [
    ...(header.attendance.present ?? []),
    ...pageAttendance(header.attendance, { apologies: [], substitutes: substitutesNamedIn(raws.map((raw) => raw.lines.join('\n'))) })
      .substitutes,
  ];
  const minutesByDefault = !hasMinutesLabels(raws) && pageSaysMinutes;
  const { items, references, warnings } = readItems(raws, minutesByDefault, dates.date, attending, lines, header.posts);
  const found = attendanceFromItems(items);
  const attendance = { presenters: found.presenters, ...header.attendance, ...pageAttendance(header.attendance, found) };
  return {
    councilName: header.council ?? context.meta.council ?? null,
    committeeName: header.committee ?? context.meta.committee ?? null,
    ...(members.length > 0 ? { committeeMembers: members } : {}),
    ...dates,
    startTime: header.startTime,
    endTime: closingTime(items),
    venue: header.venue,
    contact: header.contact,
    status: items.some((item) => item.minutes) ? 'minutes' : 'agenda',
    attendance,
    items,
    references,
    warnings: [
      ...header.problems,
      ...dates.warnings,
      ...header.unknown.map((line) => `header line not understood, kept here: ${line}`),
      ...beforeItems(before),
      ...warnings,
    ],
  };
}

function parseItemPage(text: string, context: ParseContext): MeetingDraft {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => AGENDA_ITEM_PAGE.test(line));
  const rest = lines.slice(start + 1);
  const firstIndex = rest.findIndex((line) => line.trim() !== '');
  const first = rest[firstIndex] ?? '';
  const numbered = /^\s*(\d{1,4})\.?\s+(\S.*)$/.exec(first);
  const raw: RawItem = {
    number: numbered ? Number(numbered[1]) : null,
    label: numbered ? String(Number(numbered[1])) : null,
    inlineTitle: numbered ? (numbered[2] ?? '') : first,
    lines: rest.slice(firstIndex + 1),
    line: start + firstIndex + 2,
  };
  if (first.trim() === '') {
    throw new ImportError(
      context.file,
      start + 2,
      'an "Agenda item" page with no item title',
      'Check the file is complete: the title follows the "Agenda item" line',
    );
  }
  const dates = resolveDate(null, context.meta, text);
  const { items, references, warnings } = readItems([raw], false, dates.date, [], lines);
  const found = attendanceFromItems(items);
  return {
    councilName: context.meta.council ?? null,
    committeeName: context.meta.committee ?? null,
    ...dates,
    status: items.some((item) => item.minutes) ? 'minutes' : 'agenda',
    attendance: { apologies: found.apologies, presenters: found.presenters },
    items,
    references,
    warnings: [...dates.warnings, "this record is a single agenda item page: the meeting's other items are not held", ...warnings],
  };
}

export const moderngovMeetingParser: Parser = {
  format: 'moderngov-meeting',
  label: 'ModernGov "Agenda and minutes" page',
  detect(text) {
    const head = firstLines(text, 12);
    // The page's title stands above its items: an item titled "Minutes" under "3." names no page.
    const firstItem = head.findIndex((line) => LONE_NUMBER.test(line) || INLINE_NUMBER.test(line));
    const titled = head.some((line, index) => PAGE_KIND.test(line) && (firstItem === -1 || index < firstItem));
    const lines = text.split('\n');
    const numbered = lines.some((line) => LONE_NUMBER.test(line) || ITEMS_HEADING.test(line));
    // A page's own furniture: printed minutes titled "Minutes" over lone numbers ("45/24") have none of it.
    const page = lines.some((line) => ITEMS_HEADING.test(line) || PAGE_FURNITURE.test(line));
    return titled && numbered && page && !AGENDA_ITEM_PAGE.test(head[0] ?? '');
  },
  parse(text, context) {
    return { records: meetingRecords(parseMeetingPage(text, context), context, text, 'moderngov-meeting') };
  },
};

export const moderngovItemParser: Parser = {
  format: 'moderngov-item',
  label: 'ModernGov "Agenda item" page',
  detect(text) {
    // The page's own heading is "Agenda item" alone; "Agenda Item 5" is the stamp a pack prints on the minutes it holds.
    return AGENDA_ITEM_PAGE.test(firstLines(text, 1)[0] ?? '');
  },
  parse(text, context) {
    return { records: meetingRecords(parseItemPage(text, context), context, text, 'moderngov-item') };
  },
};
