/**
 * A scrutiny recommendations tracker published on its own (not in an agenda pack): a title that
 * says so ("Scrutiny Recommendation Tracker", "Recommendations Monitoring Log"), perhaps the
 * committee and a date, then a table with one recommendation a row. The rows are read by the
 * pack's tracker reader (pdf-pack/tracker.ts, columns known by their header words) when the
 * cells are parted by tabs, as a PDF's or a web page's table and a spreadsheet's text export give
 * them.
 *
 * Output: the tracker as a `reports` record (its text, the table as Markdown), its council and
 * committee, and one `recommendations` record a row. A table whose cells are not parted (a copy
 * that put each cell on a line of its own) is kept whole in the report's text, with a warning:
 * cells cannot be told from the blank cells between them.
 */
import { parseDate } from '../../../src/model/dates.ts';
import { shortSlug, slugify } from '../../../src/model/slug.ts';
import { bodyRecords, bodyWarnings, NOT_STATED } from '../assemble.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import { recommendationRecord } from '../pdf-pack/records.ts';
import { tableToMarkdown } from '../pdf-pack/tables.ts';
import { readTracker, trackerTable, type TrackerTable } from '../pdf-pack/tracker.ts';
import type { ImportRecord, ParseContext, Parser } from '../records.ts';
import { squash } from '../text.ts';
import { councilFor, dateFor, headLines, isPageMark } from './common.ts';

/** "Scrutiny Recommendation Tracker", "Recommendations Tracking", "Resolutions Monitoring Log", "Action Log". */
const TRACKER_TITLE =
  /^(?:[\p{L}&'’,-]+\s+){0,8}?(?:recommendations?|resolutions?|actions?)\s+(?:tracker|tracking(?:\s+(?:log|report|schedule))?|monitoring(?:\s+(?:log|schedule))?|log)(?:\s*[-–—:]\s*.*)?$/iu;
/** Marks of minutes or a meeting page, whose item may be called "Recommendation Tracker". */
const MEETING_MARK = /^(?:minutes|agenda\s+item|items|present|members\s+present|apologies(?:\s+for\s+absence)?)\s*:?$|^present\s*:/i;
/** A committee named in the header: "Corporate Scrutiny Committee", "People Overview and Scrutiny Panel". */
const BODY_LINE = /^(?!.*\b(?:tracker|tracking|log)\b)(?:[\p{L}&'’,-]+\s+){0,8}(?:committee|sub-committee|panel|board|commission)$/iu;
/** "As at 3 March 2025" (alone or after the title), "Updated: 12/02/2025", "Date: 4 June 2024", or a date alone. */
const AS_AT = /(?:^|\s)(?:as\s+at|updated(?:\s+on)?|date(?:\s+of\s+meeting)?|meeting\s+date)\s*:?\s*(.{6,30})$|^(.{6,30})$/i;

/** The tracker's title line, when one of the first lines is one. */
function titleLine(text: string): string | null {
  return headLines(text, 6).find((line) => TRACKER_TITLE.test(line) && !/^\d/.test(line)) ?? null;
}

interface TrackerHeader {
  title: string;
  committee: string | null;
  date: string | null;
}

function readHeader(lines: string[], title: string): TrackerHeader {
  const header: TrackerHeader = { title, committee: null, date: null };
  for (const line of lines.map(squash)) {
    if (header.committee === null && line !== title && BODY_LINE.test(line)) header.committee = line;
    const dated = AS_AT.exec(line);
    if (header.date === null && dated) header.date = parseDate(dated[1] ?? dated[2] ?? '');
  }
  return header;
}

/** Council, committee and report records; the report's id names the recommendations' source. */
function trackerRecords(text: string, context: ParseContext): ImportRecord[] {
  const lines = text.split('\n');
  // detect() found the title line; the fallback only satisfies the type.
  const title = titleLine(text) ?? 'Recommendations tracker';
  const table = trackerTable(lines);
  const headerLines = lines.slice(0, table ? table.index : Math.min(lines.length, 12));
  const header = readHeader(headerLines, title);
  const council = councilFor(headerLines, text, context.meta);
  const committeeName = header.committee ?? context.meta.committee ?? null;
  const { council: councilId, committee: committeeId, records } = bodyRecords(council.value, committeeName, context);
  const dates = dateFor(header.date, context.meta);
  const reportId = `${councilId ?? NOT_STATED}/${dates.date ?? 'undated'}-${shortSlug(slugify(title), 48)}`;
  const rows = readTracker(lines);
  const provenance = { file: context.file, format: 'tracker' as const, url: context.meta.url ?? null };
  records.push({
    collection: 'reports',
    id: reportId,
    data: {
      title,
      council: councilId,
      committee: committeeId,
      date: dates.date,
      kind: 'report',
      warnings: [
        ...council.warnings,
        ...bodyWarnings(council.value, committeeName),
        ...(dates.date ? [] : ['tracker date not stated']),
        ...(rows.length > 0
          ? []
          : [
              "the tracker's table was not read into recommendations: its cells are not parted by tabs, so they cannot be told from the blank cells between them; the table is kept in the text. Save the table with tabs between cells (a spreadsheet's text export) and import it again",
            ]),
      ],
      provenance,
    },
    body: trackerBody(lines, table),
  });
  const ids = { council: councilId, committee: committeeId, meeting: reportId, day: dates.date ?? 'undated' };
  rows.forEach((row, index) => {
    const record = recommendationRecord(row, index, reportId, ids, context);
    if (record.collection === 'recommendations') record.data.provenance = provenance;
    records.push(record);
  });
  return records;
}

/**
 * The tracker's text as Markdown: the lines before the table as prose, the table's rows as a table
 * (a cell that wrapped onto the lines below joined again), and after it the lines no cell took and
 * the text below the table.
 */
function trackerBody(lines: string[], table: TrackerTable | null): string {
  if (table === null) return toMarkdown(lines.filter((line) => !isPageMark(line)).join('\n'));
  const before = lines.slice(0, table.index).filter((line) => !isPageMark(line));
  const rows = [table.header, ...table.rows.map((row) => row.cells)].map((cells) => cells.join('\t'));
  const below = lines.slice(table.end);
  const more = below.filter((line) => line.includes('\t'));
  const unplaced = table.unplaced.map((line) => line.replace(/\t+/g, ' ').trim());
  const after = [...unplaced, ...below.filter((line) => !line.includes('\t'))].filter((line) => !isPageMark(line));
  return [toMarkdown(before.join('\n')), tableToMarkdown(rows), tableToMarkdown(more), toMarkdown(after.join('\n'))]
    .filter((part) => part.trim() !== '')
    .join('\n\n');
}

export const trackerParser: Parser = {
  format: 'tracker',
  label: 'recommendations tracker',
  detect(text) {
    if (titleLine(text) === null) return false;
    return !text.split('\n').some((line) => MEETING_MARK.test(squash(line)));
  },
  parse(text, context) {
    return { records: trackerRecords(text, context) };
  },
};
