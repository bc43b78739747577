/**
 * A scrutiny recommendations tracker published on its own (not in an agenda pack): a title that
 * says so ("Scrutiny Recommendation Tracker", "Recommendations Monitoring Log"), perhaps the
 * committee and a date, then a table with one recommendation a row. The rows are read by the
 * pack's tracker reader (pdf-pack/tracker.ts; columns known by their header words, tracker-columns.ts) when the
 * cells are parted by tabs, as a PDF's or a web page's table and a spreadsheet's text export give
 * them.
 *
 * The executive's response to a review set out as such a table ("Cabinet response to the Homelessness
 * Prevention Task and Finish Group" over columns "Recommendation", "Cabinet response", "Action") is
 * read the same way, with or without a tracker's title: each response is dated by the paper's date,
 * the review it answers is the recommendations' `madeBy`, and an "Action" column's words join the
 * response's (cabinet-response.ts reads the same papers set out as blocks).
 *
 * Output: the tracker as a `reports` record (its text, the table as Markdown), its council and
 * committee (a tracker kept for no one committee gives each row the committee its cell names), and
 * one `recommendations` record a row. A table copied with one cell a line, a blank line between rows,
 * is set out with tabs first (pdf-pack/tracker-stacked.ts); one whose every cell stands in a block of
 * its own is kept whole in the report's text, with a warning: its blank cells cannot be told apart.
 */
import { parseDate } from '../../../src/model/dates.ts';
import { shortSlug, slugify } from '../../../src/model/slug.ts';
import { bodyRecords, bodyWarnings, NOT_STATED } from '../assemble.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import { recommendationRecord } from '../pdf-pack/records.ts';
import { tableToMarkdown } from '../pdf-pack/tables.ts';
import { readTracker } from '../pdf-pack/tracker.ts';
import { hasResponseColumn, trackerHeader } from '../pdf-pack/tracker-columns.ts';
import { trackerTable, type TrackerTable } from '../pdf-pack/tracker-table.ts';
import { trackerLines } from '../pdf-pack/tracker-stacked.ts';
import type { ImportRecord, ParseContext, Parser, RecordOf } from '../records.ts';
import { squash } from '../text.ts';
import { councilFor, dateFor, headLines, isPageMark, scrutinyBodyFor } from './common.ts';
import { isActionLabel } from './response-blocks.ts';
import { responseTitleOf, reviewNamed, type ResponseTitle } from './response-title.ts';

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

/** The executive's response as a title among the first lines ("Cabinet response to the … Group"), with the line. */
function responseLine(text: string): { line: string; title: ResponseTitle } | null {
  for (const line of headLines(text, 6)) {
    const title = responseTitleOf(line);
    if (title) return { line, title };
  }
  return null;
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
  const { lines, notes } = trackerLines(text.split('\n'));
  const answer = responseLine(text);
  // detect() found the title line; the fallback only satisfies the type.
  const title = titleLine(text) ?? answer?.line ?? 'Recommendations tracker';
  const table = trackerTable(lines, notes);
  const headerLines = lines.slice(0, table ? table.index : Math.min(lines.length, 12));
  const header = readHeader(headerLines, title);
  // "Last updated: 15 April 2025" under the table, as a web page prints it, when the header gives no date.
  header.date ??= updatedBelow(lines.slice(table ? table.end : lines.length));
  const council = councilFor(headerLines, text, context.meta);
  // A response names the scrutiny committee that made or received the review in its text, if anywhere.
  const scrutiny = answer ? scrutinyBodyFor(text, 'the scrutiny committee that made or received the review').value : null;
  const committeeName = header.committee ?? context.meta.committee ?? scrutiny;
  const { council: councilId, committee: committeeId, records } = bodyRecords(council.value, committeeName, context);
  const dates = dateFor(header.date, context.meta);
  const reportId = `${councilId ?? NOT_STATED}/${dates.date ?? 'undated'}-${shortSlug(slugify(title), 48)}`;
  const rows = readTracker(lines, notes);
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
  const actions = answer && table ? actionWords(table) : [];
  const review = answer ? reviewNamed(answer.title, text) : null;
  const added = new Set<string>();
  rows.forEach((row, index) => {
    const record = recommendationRecord(row, index, reportId, ids, context);
    if (record.collection === 'recommendations') {
      record.data.provenance = provenance;
      if (committeeId === null && row.committee !== null) rowCommittee(record, row.committee, council.value, context, records, added);
      if (answer) answered(record, { by: answer.title.by, date: dates.date, madeBy: review, action: actions[index] ?? null });
    }
    records.push(record);
  });
  return records;
}

/** "Last updated: 15 April 2025", "As at 3 March 2025": a tracker's date printed below its table. */
const UPDATED_BELOW = /^(?:(?:last\s+)?updated(?:\s+on)?|as\s+at)\s*:?\s*(.{6,30})$/i;

function updatedBelow(lines: string[]): string | null {
  for (const line of lines.map(squash)) {
    const date = parseDate(UPDATED_BELOW.exec(line)?.[1] ?? '');
    if (date) return date;
  }
  return null;
}

/**
 * The committee of a row of a tracker kept for no one committee (a council's tracker over all its scrutiny
 * committees): the row's cell when it names a body ("Place Scrutiny Committee"), its record added once; a
 * cell that names none ("PSC") is named in a warning.
 */
function rowCommittee(
  record: RecordOf<'recommendations'>,
  cell: string,
  councilName: string | null,
  context: ParseContext,
  records: ImportRecord[],
  added: Set<string>,
): void {
  if (!BODY_LINE.test(cell)) {
    record.data.warnings = [...(record.data.warnings ?? []), `made by "${cell}" as the tracker says, not matched to a committee by name`];
    return;
  }
  // The row's committee, typed by its own name, not by the source header's words for the tracker.
  const body = bodyRecords(councilName, cell, { ...context, meta: {} });
  record.data.committee = body.committee;
  for (const committee of body.records.filter((found) => found.collection === 'committees' && !added.has(found.id))) {
    added.add(committee.id);
    records.push(committee);
  }
}

/** Each row's "Action" words as "**Action:** …", from a column the tracker's reader has no use for. */
function actionWords(table: TrackerTable): (string | null)[] {
  const mapped = trackerHeader([table.header.join('\t')])?.columns;
  const used = new Set(mapped?.values() ?? []);
  const at = table.header.findIndex((cell, index) => !used.has(index) && isActionLabel(cell.trim()));
  if (at < 0) return [];
  const label = table.header[at]?.trim() ?? 'Action';
  return table.rows.map(({ cells }) => {
    const words = squash(cells[at] ?? '');
    return words === '' ? null : `**${label}:** ${toMarkdown(words)}`;
  });
}

/** What a response paper adds to a row's response: its date, who gave it, the review, the action agreed. */
function answered(
  record: RecordOf<'recommendations'>,
  paper: { by: string; date: string | null; madeBy: string | null; action: string | null },
): void {
  const data = record.data;
  data.madeBy ??= paper.madeBy;
  const response = data.response;
  if (!response) return;
  response.by ??= paper.by;
  if (!response.date && paper.date) {
    response.date = paper.date;
    response.note = `${response.note ?? "as the tracker's row gives it"}; dated by the paper's date`;
  }
  if (paper.action) response.text = [response.text, paper.action].filter((part) => part !== '').join('\n\n');
  if (!paper.date) data.warnings = [...(data.warnings ?? []), 'date of the response not stated'];
}

/**
 * The tracker's text as Markdown: the lines before the table as prose, the table's rows as a table
 * (a cell that wrapped onto the lines below joined again; the rows under a heading over those closed since the last
 * report, "Completed actions", as a table of their own under it), and after it the lines no cell took and the text
 * below the table.
 */
function trackerBody(lines: string[], table: TrackerTable | null): string {
  if (table === null) return toMarkdown(lines.filter((line) => !isPageMark(line)).join('\n'));
  const before = lines.slice(0, table.index).filter((line) => !isPageMark(line));
  const parts = sectionsOf(table).flatMap(({ heading, rows }) => [
    ...(heading === undefined ? [] : [toMarkdown(heading)]),
    tableToMarkdown([table.header, ...rows].map((cells) => cells.join('\t'))),
  ]);
  const below = lines.slice(table.end);
  const more = below.filter((line) => line.includes('\t'));
  const unplaced = table.unplaced.map((line) => line.replace(/\t+/g, ' ').trim());
  const after = [...unplaced, ...below.filter((line) => !line.includes('\t'))].filter((line) => !isPageMark(line));
  return [toMarkdown(before.join('\n')), ...parts, tableToMarkdown(more), toMarkdown(after.join('\n'))]
    .filter((part) => part.trim() !== '')
    .join('\n\n');
}

/** The table's rows in runs under the same heading: the open rows first, then those under each heading over closed ones. */
function sectionsOf(table: TrackerTable): { heading: string | undefined; rows: string[][] }[] {
  const sections: { heading: string | undefined; rows: string[][] }[] = [{ heading: undefined, rows: [] }];
  for (const { cells, closed } of table.rows) {
    const last = sections.at(-1);
    if (last?.heading === closed?.heading) last?.rows.push(cells);
    else sections.push({ heading: closed?.heading, rows: [cells] });
  }
  // No open rows above the closed ones: no empty table before them.
  return sections.filter((section, at) => at > 0 || section.rows.length > 0 || sections.length === 1);
}

export const trackerParser: Parser = {
  format: 'tracker',
  label: 'recommendations tracker',
  detect(text) {
    const lines = text.split('\n');
    if (titleLine(text) === null && (responseLine(text) === null || !hasResponseColumn(trackerLines(lines).lines))) return false;
    return !lines.some((line) => MEETING_MARK.test(squash(line)));
  },
  parse(text, context) {
    return { records: trackerRecords(text, context) };
  },
};
