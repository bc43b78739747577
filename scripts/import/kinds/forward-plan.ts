/**
 * Forward plans and work programmes: a table of the decisions and reports planned for future
 * meetings (lead officer, title and summary, meeting date, decision taker, report type).
 *
 * PDF text conversion flattens such a table column by column within each page, so a row's
 * cells are not on one line: a page gives its titles in order and, elsewhere, its dates in the
 * same order. So rows are read as their date cells (a date standing alone, or ending a title
 * line, with the decision taker under it), titles as the lines just before a summary ("To seek
 * approval ..."), and the two are paired page by page only when a page has as many of each.
 * An officer's cell run into a short title ("Jo Bloggs, Head of City Kerbside Strategy") is
 * taken apart using the same officer's cell printed alone elsewhere in the plan.
 *
 * Output: one meeting with status `scheduled` per date and decision taker, one item (no number)
 * per planned report.
 */
import type { AgendaItemInput } from '../../../src/model/schema.ts';
import { parseDate, WRITTEN_DATE } from '../../../src/model/dates.ts';
import { slugify } from '../../../src/model/slug.ts';
import { meetingRecords, type MeetingDraft } from '../assemble.ts';
import { ImportError, type ImportRecord, type ParseContext, type Parser } from '../records.ts';
import { squash } from '../text.ts';
import { councilFor, dateFor, headLines, titleCase } from './common.ts';

const PLAN_TITLE =
  /\b(?:forward\s+plan|(?:forward\s+)?work\s*programme|plan\s+of\s+(?:key\s+)?decisions|notice\s+of\s+(?:forthcoming\s+)?key\s+decisions|key\s+decisions?\s+(?:notice|plan))\b/i;
/** The column that holds each row's date. */
const DATE_COLUMN =
  /^(?:(?:expected|proposed|anticipated)\s+)?(?:meeting|decision|committee)\s+date|^date\s+of\s+(?:meeting|decision)|^date\s+(?:decision\s+)?(?:due|expected)|^decision\s+due/i;
/** Other column headings of such tables; they separate cells, never are one. */
const COLUMN_HEADING =
  /^(?:lead\s+officer|title(?:\s+and\s+summary)?(?:\s+of\s+(?:decision|report))?|(?:report|decision)\s+title|meeting\s+date|decision\s+(?:taker|maker)|report\s+type|(?:expected\s+)?date(?:\s+of\s+\w+)?|contact(?:\s+officer)?|key\s+decision|exempt|wards?(?:\s+affected)?|subject)\s*:?$/i;
/** Cells that only say how open or key a decision is. */
const STATUS_CELL = /^(?:non[\s-]?key|key(?:\s+decision)?|open|part\s+exempt|exempt|confidential|yes|no|\d)$/i;
const DATE_AT_END = new RegExp(`^(.*?)\\s*(${WRITTEN_DATE.source}|\\d{1,2}/\\d{1,2}/\\d{2,4})$`, 'i');
const NOT_A_ROW_DATE = /\b(?:published|updated|issued|printed|dated|on|by|from|until|before|after|since|of)\s*$/i;
const SUMMARY_START = /^(?:\d{1,2}[.)]\s*)?To\s+[a-z]/;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]*)*/;
const BODY_WORDS = /\b(?:committee|cabinet|council|panel|board|member|leader|mayor|executive|forum|commission|authority)\b/i;
const NAME_ROLE = /^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,\s*\S/;
const PAGE_BREAK = /^\s*(?:-\s*\d{1,3}\s*-|Page\s+\d+(?:\s+of\s+\d+)?)\s*$/i;

interface Row {
  date: string;
  body: string | null;
  /** Title printed on the date's own line, when the conversion put them together. */
  title: string | null;
}

/** A date cell: a date alone on its line, or ending a title line. */
function rowDate(line: string): { date: string; prefix: string } | null {
  const match = DATE_AT_END.exec(line);
  if (!match) return null;
  const prefix = squash(match[1] ?? '');
  if (NOT_A_ROW_DATE.test(prefix) || /[.,;:]$/.test(prefix)) return null;
  const date = parseDate(match[2] ?? '');
  return date ? { date, prefix } : null;
}

/** The decision taker printed under a date: a few short lines naming a body. */
function bodyAfter(lines: string[], index: number): string | null {
  const cell: string[] = [];
  for (const raw of lines.slice(index + 1, index + 4)) {
    const line = squash(raw);
    if (line === '' || SUMMARY_START.test(line) || rowDate(line)) break;
    cell.push(line);
  }
  const text = squash(cell.join(' '));
  return text.length <= 100 && BODY_WORDS.test(text) ? titleCase(text) : null;
}

/** Officer cells: "Name, Role" lines down to their e-mail address, as printed alone. */
function officerCells(lines: string[]): { firsts: string[]; parts: Set<string> } {
  const firsts: string[] = [];
  const parts = new Set<string>();
  lines.forEach((raw, index) => {
    const line = squash(raw);
    if (!NAME_ROLE.test(line)) return;
    const end = lines.slice(index, index + 5).findIndex((next) => EMAIL.test(next) && next.includes('@'));
    if (end < 0) return;
    firsts.push(line);
    for (const part of lines.slice(index + 1, index + end)) parts.add(squash(part));
  });
  return { firsts, parts };
}

/** A title run: officer cells taken off ("Jo Bloggs, Head of City Kerbside Strategy" → "Kerbside Strategy"). */
function titleOf(run: string[], officers: { firsts: string[]; parts: Set<string> }): string | null {
  const kept: string[] = [];
  for (const line of run) {
    const officer = officers.firsts.filter((first) => line.startsWith(`${first} `)).sort((a, b) => b.length - a.length)[0];
    if (officer) kept.push(line.slice(officer.length + 1));
    else if (!officers.firsts.includes(line) && !officers.parts.has(line)) kept.push(line);
  }
  const title = squash(kept.join(' '));
  return title === '' ? null : title;
}

/** Titles of one page, in order: the lines between a cell boundary and a summary. */
function pageTitles(lines: string[], officers: { firsts: string[]; parts: Set<string> }): string[] {
  const titles: string[] = [];
  let run: string[] = [];
  let afterEmail = false;
  // A summary's wrapped lines ("Rosemary Lane") are not a title: only a cell boundary ends a summary.
  let inSummary = false;
  for (const raw of lines) {
    const line = squash(raw);
    const isEmailTail = afterEmail && /^[a-z.]{1,8}$/.test(line);
    afterEmail = line.includes('@');
    if (SUMMARY_START.test(line)) {
      const title = inSummary ? null : titleOf(run, officers);
      if (title) titles.push(title);
      run = [];
      inSummary = true;
    } else if (
      line === '' ||
      line.includes('@') ||
      isEmailTail ||
      COLUMN_HEADING.test(line) ||
      DATE_COLUMN.test(line) ||
      STATUS_CELL.test(line)
    ) {
      run = [];
      inSummary = false;
    } else if (!inSummary) {
      const dated = rowDate(line);
      if (dated) run = dated.prefix ? [dated.prefix] : [];
      else if (run.length > 0 || /^[A-Z0-9£]/.test(line)) run.push(line);
    }
  }
  return titles;
}

/** The plan's pages (at "-5-" / "Page 5" marks), each with its rows and titles. */
function readPages(lines: string[], officers: { firsts: string[]; parts: Set<string> }): { rows: Row[]; titles: string[]; line: number }[] {
  const pages: { lines: string[]; line: number }[] = [{ lines: [], line: 0 }];
  lines.forEach((line, index) => {
    if (PAGE_BREAK.test(line)) pages.push({ lines: [], line: index + 1 });
    else pages.at(-1)?.lines.push(line);
  });
  return pages.map((page) => {
    const rows: Row[] = [];
    page.lines.forEach((raw, index) => {
      const dated = rowDate(squash(raw));
      if (dated) rows.push({ date: dated.date, body: bodyAfter(page.lines, index), title: dated.prefix || null });
    });
    return { rows, titles: pageTitles(page.lines, officers), line: page.line };
  });
}

/** The body the whole plan is for: "decisions to be taken at X Committee", "X Committee Work Programme". */
function planBody(header: string[]): string | null {
  const flat = squash(header.map((line) => titleCase(squash(line))).join(' '));
  const at = /\b(?:taken|made|considered)\s+(?:at|by)\s+(?:the\s+)?(.+?(?:committee|cabinet|panel|board|executive|commission))\b/i.exec(
    flat,
  );
  if (at) return squash(at[1] ?? '');
  const named = /^(.+?(?:committee|cabinet|panel|board|executive|commission))\s*[-–:]?\s*(?:forward\s+plan|work\s*programme)/i.exec(flat);
  return named ? squash(named[1] ?? '') : null;
}

interface Planned {
  date: string;
  body: string | null;
  items: AgendaItemInput[];
}

function plannedMeetings(lines: string[], allLines: string[], context: ParseContext): { meetings: Planned[]; unmatched: number } {
  // Officers are known from the whole plan: the table may start above its date column's heading.
  const officers = officerCells(allLines);
  const meetings = new Map<string, Planned>();
  let unmatched = 0;
  for (const page of readPages(lines, officers)) {
    const paired = page.titles.length === page.rows.length;
    page.rows.forEach((row, index) => {
      const title = row.title ?? (paired ? (page.titles[index] ?? null) : null);
      if (!title) unmatched += 1;
      const key = `${row.date}|${row.body ?? ''}`;
      const meeting = meetings.get(key) ?? { date: row.date, body: row.body, items: [] };
      const shown = title ?? 'Planned report (title not matched to its date in the flattened table)';
      const base = `item-${slugify(shown).slice(0, 40) || 'planned'}`;
      let anchor = base;
      for (let suffix = 2; meeting.items.some((item) => item.anchor === anchor); suffix += 1) anchor = `${base}-${suffix}`;
      meeting.items.push({ number: null, title: shown, anchor });
      meetings.set(key, meeting);
    });
  }
  if (meetings.size === 0) {
    throw new ImportError(
      context.file,
      null,
      'a forward plan with no dated rows',
      'Check the file is complete: each planned decision has a meeting date such as "5 Feb 2026"',
    );
  }
  return { meetings: [...meetings.values()], unmatched };
}

function parsePlan(text: string, context: ParseContext): ImportRecord[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => DATE_COLUMN.test(squash(line)));
  const header = lines.slice(0, Math.max(start, 0));
  const council = councilFor(header, text, context.meta);
  const heading = planBody(header) ?? context.meta.committee ?? null;
  const { meetings, unmatched } = plannedMeetings(lines.slice(Math.max(start, 0)), lines, context);
  const records = new Map<string, ImportRecord>();
  for (const meeting of meetings) {
    const draft: MeetingDraft = {
      councilName: council.value,
      committeeName: meeting.body ?? heading,
      ...dateFor(meeting.date, context.meta),
      status: 'scheduled',
      items: meeting.items,
      warnings: [
        ...council.warnings,
        'from a forward plan: the reports planned for this meeting, not its agenda',
        ...(unmatched > 0 ? [`${unmatched} planned report(s) in the plan could not be matched to a title`] : []),
      ],
    };
    for (const record of meetingRecords(draft, context, text, 'forward-plan')) records.set(`${record.collection}/${record.id}`, record);
  }
  return [...records.values()];
}

export const forwardPlanParser: Parser = {
  format: 'forward-plan',
  label: 'forward plan or work programme',
  detect(text) {
    return (
      headLines(text, 6).some((line) => PLAN_TITLE.test(line)) &&
      text.split('\n').some((line) => DATE_COLUMN.test(squash(line)) && squash(line).length < 40)
    );
  },
  parse(text, context) {
    return { records: parsePlan(text, context) };
  },
};
