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
import { squash, uniqueAnchor } from '../text.ts';
import { BODY_WORDS, councilFor, dateFor, headLines } from './common.ts';
import { wordCase } from '../reader/council-name.ts';
import { accessMark } from '../reader/exempt-marks.ts';
import { postKey } from '../reader/chair-posts.ts';
import { readMembership } from '../reader/membership.ts';
import { isPostOnly, STAFF_POST } from '../../../src/model/post-words.ts';
import { titledKind } from '../reader/document-title.ts';
import { datedListRows, undatedListRows } from './forward-plan-lists.ts';
import { isPlanDateHeading, isPlanTableHeader, planColumn, plainRows, SUMMARY_START, type PlanRow } from './forward-plan-rows.ts';

const PLAN_TITLE =
  /\b(?:forward\s+plan|(?:forward\s+)?work\s*(?:programme|plan)|plan\s+of\s+(?:key\s+)?decisions|notice\s+of\s+(?:forthcoming\s+)?key\s+decisions|key\s+decisions?\s+(?:notice|plan))\b/i;
/** Cells that only say how open or key a decision is. */
const STATUS_CELL = /^(?:non[\s-]?key|key(?:\s+decision)?|open|part\s+exempt|exempt|confidential|yes|no|\d)$/i;
const DATE_AT_END = new RegExp(`^(.*?)\\s*(${WRITTEN_DATE.source}|\\d{1,2}/\\d{1,2}/\\d{2,4})$`, 'i');
const NOT_A_ROW_DATE = /\b(?:published|updated|issued|printed|dated|on|by|from|until|before|after|since|of)\s*$/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]*)*/;
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
    // An officer's cell ("Jo Bloggs, Parking Manager") or address under the taker ends it.
    if (line === '' || SUMMARY_START.test(line) || rowDate(line) || NAME_ROLE.test(line) || line.includes('@')) break;
    cell.push(line);
  }
  const text = squash(cell.join(' '));
  return text.length <= 100 && BODY_WORDS.test(text) ? wordCase(text) : null;
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
    } else if (line === '' || line.includes('@') || isEmailTail || planColumn(line) || STATUS_CELL.test(line)) {
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

/** The body the whole plan is for: "decisions to be taken at X Committee", "X Committee Work Programme", without the council's name before it. */
function planBody(header: string[], council: string | null): string | null {
  let flat = squash(header.map((line) => wordCase(squash(line))).join(' '));
  if (council && flat.toLowerCase().startsWith(council.toLowerCase())) flat = flat.slice(council.length).trim();
  const at = /\b(?:taken|made|considered)\s+(?:at|by)\s+(?:the\s+)?(.+?(?:committee|cabinet|panel|board|executive|commission))\b/i.exec(
    flat,
  );
  if (at) return squash(at[1] ?? '');
  const named =
    /^(.+?(?:committee|cabinet|panel|board|executive|commission))\s*[-–:]?\s*(?:forward\s+plan|(?:forward\s+)?work\s*(?:programme|plan))/i.exec(
      flat,
    );
  return named ? squash(named[1] ?? '') : null;
}

interface Planned {
  date: string | null;
  body: string | null;
  /** The dates as printed of rows that give no day ("May 2026"). */
  printed: string[];
  items: AgendaItemInput[];
  /** How many of its rows had a blank date cell, taken to be the row above's. */
  continued: number;
}

/** The rows of a flattened table: date cells paired with titles page by page. */
function flattenedRows(lines: string[], allLines: string[]): PlanRow[] {
  // Officers are known from the whole plan: the table may start above its date column's heading.
  const officers = officerCells(allLines);
  return readPages(lines, officers).flatMap((page) => {
    const paired = page.titles.length === page.rows.length;
    return page.rows.map((row, index) => ({
      title: row.title ?? (paired ? (page.titles[index] ?? null) : null),
      summary: null,
      body: row.body,
      date: row.date,
      dateText: null,
      details: [],
    }));
  });
}

/** The item's text: the summary, then the row's other cells under their headings as printed. */
function itemText(row: PlanRow): string | null {
  const parts = [row.summary, ...row.details.map(([heading, cell]) => `${heading}: ${cell}`)].filter((part) => part);
  return parts.length > 0 ? parts.join('\n\n') : null;
}

/** One meeting per date and decision taker, an item per row. */
function plannedMeetings(rows: PlanRow[], context: ParseContext): Planned[] {
  const meetings = new Map<string, Planned>();
  for (const row of rows) {
    const body = row.body ? wordCase(row.body) : null;
    const key = `${row.date ?? 'undated'}|${body ?? ''}`;
    const meeting = meetings.get(key) ?? { date: row.date, body, printed: [], items: [], continued: 0 };
    if (row.continued) meeting.continued += 1;
    if (row.dateText && !meeting.printed.includes(row.dateText)) meeting.printed.push(row.dateText);
    const shown = row.title ?? 'Planned report (title not matched to its date in the flattened table)';
    const base = `item-${slugify(shown).slice(0, 40) || 'planned'}`;
    const anchor = uniqueAnchor(base, (taken) => meeting.items.some((item) => item.anchor === taken));
    const text = itemText(row);
    // The open-or-exempt cell stays in the text as printed; a cell closing the whole item marks it too.
    const access = row.details.find(([heading]) => planColumn(heading) === 'access');
    const exempt = access ? accessMark(access[1]) : null;
    meeting.items.push({ number: null, title: shown, anchor, ...(text ? { agendaText: text } : {}), ...(exempt ? { exempt } : {}) });
    meetings.set(key, meeting);
  }
  if (![...meetings.values()].some((meeting) => meeting.date)) {
    throw new ImportError(
      context.file,
      null,
      'a forward plan with no dated rows',
      'Check the file is complete: each planned decision has a meeting date such as "5 Feb 2026"',
    );
  }
  return [...meetings.values()];
}

/** "Chair: Councillor A Ash", "Scrutiny Officer: B Bell": a label and whom it names, on a line of the plan's heading. */
const HEADING_LABEL = /^([\p{L}\s-]{2,40}?)\s*:\s*(\S.*)$/u;
const OFFICER_LABEL = new RegExp(String.raw`\b${STAFF_POST}$`, 'i');

/**
 * The committee's chair and vice-chair as a work programme's heading names them ("Chair: Councillor A Ash"),
 * written as a membership writes them ("Councillor A Ash (Chair)"); an officer it names ("Scrutiny Officer:")
 * has no place on the committee's record, so is warned of, as is a chair's line that names no one.
 */
function headingPosts(header: string[]): { members: string[]; warnings: string[] } {
  const members: string[] = [];
  const warnings: string[] = [];
  for (const line of header.map(squash)) {
    const [, label = '', value = ''] = HEADING_LABEL.exec(line) ?? [];
    const named = postKey(label) !== null ? readMembership([`${value} (${label})`]) : [];
    members.push(...named);
    if (named.length === 0 && (postKey(label) !== null || OFFICER_LABEL.test(label)))
      warnings.push(`"${line}" in the plan's heading is not read: the committee's record has no place for it`);
  }
  return { members: [...new Set(members)], warnings };
}

/**
 * The rows an officer is to decide ("Director of Resources", "Head of Planning"): no meeting takes them and the
 * model holds no decision outside a meeting, so each is warned of by its title, not made a meeting of a body named
 * after the post. A cabinet member's decision ("Cabinet Member for Finance") stays a meeting of that post, as
 * ModernGov lists one.
 */
function officerDecisions(rows: PlanRow[], context: ParseContext): { rows: PlanRow[]; warnings: string[] } {
  const byOfficer = (row: PlanRow) => row.body !== null && isPostOnly(row.body);
  const warnings = rows
    .filter(byOfficer)
    .map((row) => `"${row.title ?? 'a row with no title'}" is for the ${row.body ?? ''} to decide, an officer, not a meeting: not read`);
  const kept = rows.filter((row) => !byOfficer(row));
  if (kept.length === 0 && warnings.length > 0) {
    throw new ImportError(
      context.file,
      null,
      'a forward plan whose every decision is an officer’s',
      'An officer decides outside a meeting: there is no meeting to import',
    );
  }
  return { rows: kept, warnings };
}

/** A line that heads the date column or labels a date: alone, as a cell of a tab-separated header, or before a colon. */
function isDateHeadingLine(line: string): boolean {
  const flat = squash(line);
  if (flat.length < 40 && isPlanDateHeading(flat)) return true;
  if (line.includes('\t')) return isPlanTableHeader(line);
  const label = /^([^:]{2,40}):\s*\S/.exec(flat);
  return label !== null && isPlanDateHeading(label[1] ?? '');
}

/** The plan's own title: a heading line, not an agenda item ("7. Forward plan") or a label ("Forward plan ref: 12"). */
function isPlanHeading(line: string): boolean {
  const match = PLAN_TITLE.exec(line);
  if (!match) return false;
  return !/^(?:(?:item\s+)?\d{1,3}[.):]?\s|[a-z]\)\s)/i.test(line) && !line.slice(match.index).includes(':');
}

function parsePlan(text: string, context: ParseContext): ImportRecord[] {
  const lines = text.split('\n');
  const lists = datedListRows(lines);
  const headingAt = lines.findIndex((line) => isDateHeadingLine(line));
  let start = headingAt >= 0 ? headingAt : (lists?.start ?? 0);
  // A labelled date belongs to a block that began at the blank line above it.
  if (/:\s*\S/.test(lines[start] ?? '')) while (start > 0 && squash(lines[start - 1] ?? '') !== '') start -= 1;
  const header = lines.slice(0, start);
  const council = councilFor(header, text, context.meta);
  const heading = planBody(header, council.value) ?? context.meta.committee ?? null;
  const posts = headingPosts(header);
  const plain = plainRows(lines) ?? lists;
  // Below a table: the topics not yet given a meeting, as undated rows; any other line is warned of.
  const below = undatedListRows(plain && 'after' in plain ? (plain.after ?? []) : []);
  const decided = officerDecisions([...(plain?.rows ?? flattenedRows(lines.slice(start), lines)), ...below.rows], context);
  const rows = decided.rows;
  const untitled = rows.filter((row) => !row.title).length;
  const records = new Map<string, ImportRecord>();
  for (const meeting of plannedMeetings(rows, context)) {
    const draft: MeetingDraft = {
      councilName: council.value,
      committeeName: meeting.body ?? heading,
      // The heading's chair is the plan's own committee's, not another body a row names.
      ...((meeting.body ?? heading) === heading ? { committeeMembers: posts.members } : {}),
      ...(meeting.date
        ? dateFor(meeting.date, context.meta)
        : {
            date: null,
            dateStatus: 'not-stated' as const,
            dateNote: `The plan gives no day: ${meeting.printed.map((date) => `"${date}"`).join(', ')}.`,
          }),
      status: 'scheduled',
      items: meeting.items,
      warnings: [
        ...council.warnings,
        ...posts.warnings,
        ...decided.warnings,
        'from a forward plan: the reports planned for this meeting, not its agenda',
        ...(meeting.date
          ? []
          : ["the plan gives these decisions no day, so they are kept undated; the date as printed is in each item's text"]),
        ...(untitled > 0 ? [`${untitled} planned report(s) in the plan could not be matched to a title`] : []),
        ...(meeting.continued > 0
          ? [
              `${meeting.continued} item(s) here are printed with a blank date cell in the plan's table, taken to be for the date of the row above`,
            ]
          : []),
        ...(below.unread.length > 0
          ? [`${below.unread.length} line(s) below the plan's table are not read (from "${below.unread[0] ?? ''}")`]
          : []),
        ...(plain && plain.unread > 0
          ? [
              `${plain.unread} row(s) of the plan have fewer lines than the plan has headings: those cells could not be told apart and are not read`,
            ]
          : []),
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
    const head = headLines(text, 8);
    // A report, an update sheet or a transcript that names a plan ("Key decision: Yes (Forward Plan ref …)") is its title's kind.
    if (!head.slice(0, 6).some(isPlanHeading) || titledKind(head) !== null) return false;
    const lines = text.split('\n');
    return lines.some(isDateHeadingLine) || datedListRows(lines) !== null;
  },
  parse(text, context) {
    return { records: parsePlan(text, context) };
  },
};
