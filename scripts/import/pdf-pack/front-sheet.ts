/**
 * The front sheet of a pack: committee, date, time, venue, membership, contact.
 * Two layouts: one tab row "10:00 <tab> Thursday, 15 January 2015 <tab> Room", or
 * "Date:", "Time:", "Venue:" field lines.
 */
import { COUNCILLORS_SOURCE, HONORIFIC_SOURCE } from '../../../src/model/honorifics.ts';
import { parseClockTime, parseWrittenDate, WRITTEN_DATE } from '../../../src/model/dates.ts';
import { CONTACT_LABEL, EMAIL } from '../contact.ts';
import { fieldValue, PHONE, plain } from './pack-text.ts';

export interface FrontSheet {
  committeeName: string | null;
  councilName: string | null;
  date: string | null;
  startTime: string | null;
  venue: string | null;
  members: string[];
  contact: { text: string; email: string | null; phone: string | null } | null;
}

const MEMBER = new RegExp(`^${HONORIFIC_SOURCE}\\s+\\S`, 'i');
const MEMBERS = new RegExp(`^${COUNCILLORS_SOURCE}\\s+`, 'i');
const COUNCIL = /^(?:The\s+)?[A-Z][A-Za-z'.-]*(?:\s+[A-Z][A-Za-z'.-]*)*\s+(?:Council|Authority)$/;

function firstMatch<T>(lines: string[], read: (line: string) => T | null): T | null {
  for (const line of lines) {
    const value = read(line);
    if (value !== null) return value;
  }
  return null;
}

const TIME_ALONE = /^\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?$/i;

/**
 * The same row with its cells on lines of their own (a PDF read like pdftotext): a time alone, the date alone and the
 * venue, consecutive in that order; as a tab row, or undefined.
 */
function stackedRow(lines: string[]): string | undefined {
  const texts = lines.map(plain);
  for (let index = 0; index + 2 < texts.length; index += 1) {
    const [time = '', date = '', venue = ''] = texts.slice(index, index + 3);
    const dateAlone = WRITTEN_DATE.test(date) && date.length <= 40 && parseWrittenDate(date) !== null;
    if (!TIME_ALONE.test(time) || parseClockTime(time) === null || !dateAlone) continue;
    const hasVenue = venue !== '' && !/^[-–—_=\s]*$/.test(venue) && !venue.includes(':') && parseWrittenDate(venue) === null;
    return [time, date, ...(hasVenue ? [venue] : [])].join('\t');
  }
  return undefined;
}

/** The row or field lines that carry date, time and venue. */
function when(lines: string[]): Pick<FrontSheet, 'date' | 'startTime' | 'venue'> {
  const row = lines.find((line) => line.includes('\t') && WRITTEN_DATE.test(line) && !/^[^\t]*:\s*\t/.test(line)) ?? stackedRow(lines);
  if (row) {
    const cells = row.split('\t').map(plain).filter(Boolean);
    const venue = cells.find((cell) => !WRITTEN_DATE.test(cell) && parseClockTime(cell) === null) ?? null;
    return { date: parseWrittenDate(row), startTime: firstMatch(cells, parseClockTime), venue };
  }
  const date = firstMatch(lines, (line) => fieldValue(line, /Date/));
  const time = firstMatch(lines, (line) => fieldValue(line, /Time/));
  return {
    date: date ? parseWrittenDate(date) : firstMatch(lines.slice(0, 12), parseWrittenDate),
    startTime: time ? parseClockTime(time) : null,
    venue: firstMatch(lines, (line) => fieldValue(line, /Venue|Place|Location/)),
  };
}

/** Members listed after "Membership": one a line, or "Councillors A, B and C". */
function membership(lines: string[]): string[] {
  const start = lines.findIndex((line) => /\bMembership\b/i.test(line));
  if (start < 0) return [];
  const members: string[] = [];
  let nonElected = false;
  for (const raw of lines.slice(start + 1)) {
    const line = plain(raw);
    if (/please ask for|contact|enquiries|^for information/i.test(line)) break;
    if (/non[- ]elected|co-opted/i.test(line)) nonElected = true;
    if (MEMBERS.test(line) && line.includes(',')) {
      members.push(
        ...line
          .replace(MEMBERS, '')
          .split(/,\s*|\s+and\s+/)
          .map((name) => `Councillor ${name.trim()}`),
      );
    } else if (MEMBER.test(line)) {
      members.push(line);
    } else if (nonElected && /^[A-Z][a-z]+(?:\s+[A-Z][a-zA-Z'-]+)+$/.test(line) && !/members?$/i.test(line)) {
      members.push(`${line} (non-elected member)`);
    }
  }
  return members;
}

function contactOf(lines: string[]): FrontSheet['contact'] {
  const start = lines.findIndex((line) => CONTACT_LABEL.test(plain(line)));
  if (start < 0) return null;
  const block = lines.slice(start, start + 14).map(plain);
  const inline = fieldValue(block[0] ?? '', /Contact(?: officer)?|Enquiries(?: to)?/);
  const names = block
    .slice(1)
    .filter((line) => line !== '' && !EMAIL.test(line) && !/^(?:tel|telephone|phone|email|e-mail|www\.|https?:)/i.test(line))
    .filter((line) => /,/.test(line) && line.length < 80);
  const text = [inline, ...names].filter((part): part is string => Boolean(part)).join('; ');
  const email = block.join(' ').match(EMAIL)?.[0] ?? null;
  const phone = block.join(' ').match(PHONE)?.[1]?.trim() ?? null;
  return text || email || phone ? { text: text || 'not stated', email, phone } : null;
}

/** Reads the front sheet: `lines` run from the top of the pack to the agenda table. */
export function readFrontSheet(lines: string[]): FrontSheet {
  const heading = lines.slice(0, 10).map(plain);
  return {
    committeeName: heading.find((line) => /committee|panel|board|group|cabinet/i.test(line) && !line.includes(':')) ?? null,
    councilName: lines.map(plain).find((line) => COUNCIL.test(line)) ?? null,
    ...when(lines.slice(0, 20)),
    members: membership(lines),
    contact: contactOf(lines),
  };
}
