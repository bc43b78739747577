/**
 * Forward plans and work programmes: a table of the decisions and reports planned for future
 * meetings (lead officer, title and summary, meeting date, decision taker, report type).
 *
 * A table flattened column by column by PDF text conversion is read in forward-plan-flattened.ts; the plan's heading
 * (its body, chair and vice-chair) in forward-plan-heading.ts.
 *
 * Output: one meeting with status `scheduled` per date and decision taker, one item (no number)
 * per planned report.
 */
import type { AgendaItemInput } from '../../../src/model/schema.ts';
import { slugify } from '../../../src/model/slug.ts';
import { meetingRecords, type MeetingDraft } from '../assemble.ts';
import { ImportError, type ImportRecord, type ParseContext, type Parser } from '../records.ts';
import { squash, uniqueAnchor } from '../text.ts';
import { councilFor, dateFor, headLines } from './common.ts';
import { wordCase } from '../reader/heading-case.ts';
import { accessMark } from '../reader/exempt-marks.ts';
import { isPostOnly } from '../../../src/model/post-words.ts';
import { titledKind } from '../reader/document-title.ts';
import { datedListRows, undatedListRows } from './forward-plan-lists.ts';
import { isPlanDateHeading, isPlanTableHeader, planColumn, plainRows, type PlanRow } from './forward-plan-rows.ts';
import { flattenedRows } from './forward-plan-flattened.ts';
import { headingPosts, planBody } from './forward-plan-heading.ts';

const PLAN_TITLE =
  /\b(?:forward\s+plan|(?:forward\s+)?work\s*(?:programme|plan)|plan\s+of\s+(?:key\s+)?decisions|notice\s+of\s+(?:forthcoming\s+)?key\s+decisions|key\s+decisions?\s+(?:notice|plan))\b/i;

interface Planned {
  date: string | null;
  body: string | null;
  /** The dates as printed of rows that give no day ("May 2026"). */
  printed: string[];
  items: AgendaItemInput[];
  /** How many of its rows had a blank date cell, taken to be the row above's. */
  continued: number;
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
