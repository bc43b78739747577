/**
 * One report of a pack: its header fields (banner, reference, committee, date, title,
 * enquiries) and its text as Markdown.
 */
import { parseDate, parseWrittenDate } from '../../../src/model/dates.ts';
import { packTextToMarkdown } from './markdown.ts';
import { bannerItem, fieldValue, HEAD_FIELD, plain, referenceLine } from './pack-text.ts';
import type { Segment } from './segments.ts';

export interface ReportDraft {
  title: string | null;
  reference: string | null;
  date: string | null;
  contact: string | null;
  /** Item number the report itself states (banner or "Agenda Item N" in its first lines). */
  statedItem: number | null;
  body: string;
  /** The lines of the body, for readers of tables (tracker, meeting dates). */
  bodyLines: string[];
}

const HEADER_LINES = 12;
/** Whom to ask about a report; failing one, the post it is "of" or "from" (its header block's "REPORT OF: Head of Parks"). */
const CONTACT = /Enquiries(?: to)?|Contact(?: officer)?|Author|Report (?:by|author)/;
const REPORT_OF = /Report (?:of|from)/;
/** Labels of a report's header lines: its header block's (pack-text.ts), its committee's and its contact's. */
const FIELD = new RegExp(`${HEAD_FIELD.source}|Committee|${CONTACT.source}`);

function underlined(line: string): string | null {
  const match = /^\s*<u>(.+?)<\/u>/i.exec(line) ?? /^\s*\*\*(.+?)\*\*\s*$/.exec(line);
  return match ? plain(match[1] ?? '') : null;
}

function isHeaderLine(line: string): boolean {
  return bannerItem(line) !== null || referenceLine(line) !== null || fieldValue(line, FIELD) !== null || underlined(line) !== null;
}

/** Index (in the segment) of the last header line among the first lines. */
function headerEnd(lines: string[]): number {
  let last = -1;
  lines.slice(0, HEADER_LINES).forEach((line, index) => {
    if (isHeaderLine(line)) last = index;
  });
  return last;
}

function field(lines: string[], label: RegExp): string | null {
  for (const line of lines) {
    const value = fieldValue(line, label);
    if (value !== null) return value;
  }
  return null;
}

function titleOf(header: string[], segment: Segment): string | null {
  const marked = header.map(underlined).find((title) => title !== null);
  if (marked) return marked;
  const named = field(header, /Title(?: of report)?|Subject/);
  if (named) return named;
  const first = plain(header[0] ?? '');
  return segment.banner === null && first !== '' && referenceLine(first) === null ? first : null;
}

/** A field label standing alone ("Enquiries to:"), its value on the next line (a PDF read like pdftotext). */
const LABEL_ALONE = new RegExp(`^\\s*(?:${FIELD.source})\\s*:\\s*$`, 'i');

/** The first lines with each label standing alone joined to its value below, as "Label:<tab>value". */
function joinStackedFields(lines: string[]): string[] {
  const out = [...lines];
  for (let index = 0; index < Math.min(out.length - 1, HEADER_LINES); index += 1) {
    const next = out[index + 1] ?? '';
    if (LABEL_ALONE.test(out[index] ?? '') && next.trim() !== '' && !isHeaderLine(next) && !LABEL_ALONE.test(next)) {
      out.splice(index, 2, `${(out[index] ?? '').trim()}\t${next.trim()}`);
    }
  }
  return out;
}

/** Reads a report segment of the pack. */
export function readReport(lines: string[], segment: Segment): ReportDraft {
  const own = joinStackedFields(lines.slice(segment.start, segment.end));
  const end = headerEnd(own);
  const header = own.slice(0, end + 1);
  const bodyLines = own.slice(end + 1);
  // A report without "Date:" may state it in its first line ("COMMITTEE: ... - 15 January 2015 Agenda Item 8").
  const opening = [...header, ...bodyLines.filter((line) => line.trim() !== '').slice(0, 3)].join(' ');
  const dateField = field(header, /Date/);
  const itemInText = /Agenda Item\s+(\d{1,3})/i.exec(opening);
  return {
    title: titleOf(header, segment),
    reference: segment.reference,
    date: dateField ? parseDate(dateField) : parseWrittenDate(opening),
    contact: field(header, CONTACT) ?? field(header, REPORT_OF),
    statedItem: segment.banner ?? (itemInText ? Number(itemInText[1]) : null),
    body: packTextToMarkdown(bodyLines),
    bodyLines,
  };
}
