/**
 * A whole pack, text in, records out: front sheet and agenda table, then the documents
 * after it (minutes, reports, tracker, meeting dates). Malformed packs throw ImportError.
 */
import { meetingIds, meetingRecords, uniqueRecords } from '../assemble.ts';
import { ImportError, type ImportRecord, type ParseContext } from '../records.ts';
import { agendaHeaderIndex, readAgendaTable, type AgendaRow } from './agenda-table.ts';
import { readFrontSheet } from './front-sheet.ts';
import { isMeetingDatesPaper, readMeetingDates } from './meeting-dates.ts';
import { agendaMeeting, minutesMeeting, scheduledMeetings, type ItemReports, type PackNames } from './meetings.ts';
import { readMinutes } from './minutes.ts';
import { blankRunningHeaders } from './running-headers.ts';
import { referencesIn } from './pack-text.ts';
import { paperRecords, reportId, statedItemWarnings, type PackIds, type PackPaper } from './records.ts';
import { readReport } from './report.ts';
import { splitSegments, type Segment } from './segments.ts';
import { findCut, hasDocument, markCut, type FoundDocument } from './truncation.ts';

const RECONVERT = 'Convert the whole PDF to text again (pdftotext -layout) and check that no pages are missing';

function agendaOf(lines: string[], file: string): { rows: AgendaRow[]; header: number; end: number } {
  const header = agendaHeaderIndex(lines, lines.length);
  if (header < 0) {
    throw new ImportError(file, 1, 'the agenda pack has no agenda table (no "Pages" column header)', RECONVERT);
  }
  const nearby = new Set(referencesIn(lines.slice(header, header + 60).join('\n')));
  const end = splitSegments(lines, header + 1, nearby)[0]?.start ?? lines.length;
  const rows = readAgendaTable(lines, header, end);
  if (rows.length === 0) {
    throw new ImportError(file, header + 1, 'the agenda table under "Pages" has no numbered items', RECONVERT);
  }
  return { rows, header, end };
}

/** Checks that every report the agenda says is attached is in the pack. */
function checkComplete(rows: AgendaRow[], found: Set<string>, file: string): void {
  for (const row of rows) {
    if (row.pages === null && !/attached|appended|enclosed/i.test(row.description ?? '')) continue;
    const absent = row.references.find((reference) => !found.has(reference));
    if (absent) {
      throw new ImportError(
        file,
        row.line + 1,
        `agenda item ${row.number} names report ${absent}, but the pack has no such report: the text looks truncated`,
        RECONVERT,
      );
    }
  }
}

interface PackReport extends PackPaper {
  segment: Segment;
  item: number | null;
  id: string;
}

function packReports(lines: string[], segments: Segment[], rows: AgendaRow[], ids: PackIds, file: string): PackReport[] {
  return segments
    .filter((segment) => segment.kind === 'report')
    .map((segment) => {
      const draft = readReport(lines, segment);
      if (draft.body.trim() === '') throw new ImportError(file, segment.start + 1, 'a report in the pack has no text', RECONVERT);
      const row = rows.find((candidate) => draft.reference !== null && candidate.references.includes(draft.reference));
      const item = row?.number ?? draft.statedItem;
      const warnings = statedItemWarnings(draft, row?.number ?? null);
      const title = draft.title ?? row?.title ?? draft.reference;
      if (!title) throw new ImportError(file, segment.start + 1, 'a report in the pack has neither a title nor a reference', RECONVERT);
      return { segment, draft, item, id: reportId(ids, draft.reference, item), title, warnings };
    });
}

/** The documents the pack holds, in the order they stand: reports under their item, the minutes under theirs. */
function foundDocuments(rows: AgendaRow[], segments: Segment[], reports: PackReport[]): FoundDocument[] {
  const minutesRow = rows.find((row) => /\bminutes\b/i.test(row.title) && hasDocument(row));
  const found = segments.flatMap((segment): { at: number; document: FoundDocument }[] => {
    if (segment.kind === 'minutes') return minutesRow ? [{ at: segment.start, document: { item: minutesRow.number, report: null } }] : [];
    const report = reports.find((candidate) => candidate.segment === segment);
    return report && report.item !== null ? [{ at: segment.start, document: { item: report.item, report: report.id } }] : [];
  });
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.document);
}

function itemReports(reports: PackReport[]): ItemReports {
  const map: ItemReports = new Map();
  for (const report of reports) {
    if (report.item === null) continue;
    const name = report.draft.reference ? `${report.draft.reference}: ${report.title}` : report.title;
    map.set(report.item, [...(map.get(report.item) ?? []), { id: report.id, name }]);
  }
  return map;
}

/** Records for the documents after the agenda: minutes, reports, tracker rows, future dates. */
function documentRecords(
  lines: string[],
  segments: Segment[],
  reports: PackReport[],
  names: PackNames,
  ids: PackIds,
  context: ParseContext,
  text: string,
): ImportRecord[] {
  const records: ImportRecord[] = [];
  const skip = new Set(ids.day === 'undated' ? [] : [ids.day]);
  for (const segment of segments.filter((candidate) => candidate.kind === 'minutes')) {
    const minutes = readMinutes(lines.slice(segment.start, segment.end));
    if (minutes.items.length === 0)
      throw new ImportError(context.file, segment.start + 1, 'the minutes in the pack have no numbered items', RECONVERT);
    if (minutes.date) skip.add(minutes.date);
    // An undated minuted meeting must not take the id of an undated pack meeting: hash its own text.
    const own = lines.slice(segment.start, segment.end).join('\n');
    records.push(...meetingRecords(minutesMeeting(names, minutes), context, minutes.date ? text : own, 'pdf-pack'));
  }
  for (const report of reports) {
    records.push(...paperRecords(report, ids, context));
    if (!isMeetingDatesPaper(report.title)) continue;
    for (const draft of scheduledMeetings(names, readMeetingDates(report.draft.bodyLines), skip)) {
      records.push(...meetingRecords(draft, context, text, 'pdf-pack'));
    }
  }
  return records;
}

export function parsePack(text: string, context: ParseContext): ImportRecord[] {
  const raw = text.split('\n');
  const header = agendaHeaderIndex(raw, raw.length);
  const front = readFrontSheet(raw.slice(0, Math.max(header, 0)));
  const names: PackNames = {
    councilName: context.meta.council ?? front.councilName,
    committeeName: context.meta.committee ?? front.committeeName,
  };
  const lines = blankRunningHeaders(raw, Math.max(header, 0), [names.councilName, names.committeeName]);
  const { rows, end } = agendaOf(lines, context.file);
  const segments = splitSegments(lines, end, new Set(rows.flatMap((row) => row.references)));
  const date = front.date ?? context.meta.date ?? null;
  // The same ids meetingRecords() gives the agenda meeting: reports need them before the items list them.
  const { council, committee, meeting } = meetingIds(names.councilName, names.committeeName, date, text);
  const agendaRecords = (reports: ItemReports): ImportRecord[] =>
    meetingRecords(agendaMeeting(names, front, date, rows, reports), context, text, 'pdf-pack');
  const ids: PackIds = { council, committee, meeting, day: date ?? 'undated' };
  const reports = packReports(lines, segments, rows, ids, context.file);
  const cut = findCut(rows, foundDocuments(rows, segments, reports));
  const listed = cut === null ? rows : rows.filter((row) => !cut.missing.includes(row));
  checkComplete(listed, new Set(reports.flatMap((report) => report.draft.reference ?? [])), context.file);
  const records = [...agendaRecords(itemReports(reports)), ...documentRecords(lines, segments, reports, names, ids, context, text)];
  const whole = uniqueRecords(records);
  return cut === null ? whole : markCut(whole, cut, meeting);
}
