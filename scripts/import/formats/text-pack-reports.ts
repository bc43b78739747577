/**
 * The reports of a reports pack in one plain text (text-pack.ts) as report records: read by the PDF pack's report
 * reader (pdf-pack/report.ts) and written by its record writer (pdf-pack/records.ts), as a PDF pack's reports are,
 * each linked to the agenda item of the meeting read from the front sheet: the item that names the report's reference,
 * else the item whose title holds the report's, else the item the report says it is. A recommendations tracker among
 * them gives one record a row, as in a PDF pack. A document that cannot be read is named in a warning.
 */
import { referencesIn } from '../pdf-pack/pack-text.ts';
import { paperRecords, reportId, statedItemWarnings, type PackIds } from '../pdf-pack/records.ts';
import { readReport, type ReportDraft } from '../pdf-pack/report.ts';
import type { Segment } from '../pdf-pack/segments.ts';
import { recordsIn, type ImportRecord, type ParseContext, type RecordOf } from '../records.ts';
import { squash } from '../text.ts';
import { loose, type PackDocuments } from './text-pack.ts';

type Meeting = RecordOf<'meetings'>;
type Item = NonNullable<Meeting['data']['items']>[number];

/** What the records of a pack's documents add: report (and tracker row) records, and the items that list them. */
interface Reading {
  records: ImportRecord[];
  items: Item[];
  /** Warnings naming the documents that were not read, and why. */
  unread: string[];
}

/** The agenda item that introduces a report: by its reference, else its title, else the number it states. */
function itemFor(items: Item[], draft: ReportDraft): Item | undefined {
  const { reference, title, statedItem } = draft;
  const named =
    reference === null ? undefined : items.find((item) => referencesIn(`${item.title} ${item.agendaText ?? ''}`).includes(reference));
  const titled = title === null ? undefined : items.find((item) => loose(item.title).includes(loose(title)));
  const stated = statedItem === null ? undefined : items.find((item) => String(item.number) === String(statedItem));
  return named ?? titled ?? stated;
}

/** An item that lists one more report, as a PDF pack's agenda item lists its reports. */
function listing(item: Item, id: string, name: string): Item {
  const document = { name, kind: 'report' as const, report: id };
  return { ...item, reports: [...(item.reports ?? []), id], documents: [...(item.documents ?? []), document] };
}

/** The first line of text of a document, to name one that has neither title nor reference. */
function firstLine(lines: string[], segment: Segment): string {
  return squash(lines.slice(segment.start, segment.end).find((line) => line.trim() !== '') ?? '');
}

/** Reads one report of the pack into `reading`: its records and its item's listing, or why it was not read. */
function readOne(reading: Reading, lines: string[], segment: Segment, ids: PackIds, context: ParseContext): void {
  const draft = readReport(lines, segment);
  const item = itemFor(reading.items, draft);
  const title = draft.title ?? item?.title ?? draft.reference;
  const unread = (why: string): void => void reading.unread.push(`${why}: nothing of it is imported`);
  if (title === null) return unread(`a report in the same text ("${firstLine(lines, segment)}") has neither a title nor a reference`);
  if (draft.body.trim() === '') return unread(`the report "${title}" in the same text has no text`);
  const number = item?.number ?? draft.statedItem;
  const id = reportId(ids, draft.reference, number);
  if (reading.records.some((record) => record.collection === 'reports' && record.id === id)) {
    return unread(`the report "${title}" in the same text has the id of an earlier report (${id}), neither stating a reference`);
  }
  const warnings = [...statedItemWarnings(draft, item?.number ?? null), ...(number === null ? ['agenda item not stated'] : [])];
  reading.records.push(...paperRecords({ draft, item: number, title, warnings }, ids, context));
  const name = draft.reference ? `${draft.reference}: ${title}` : title;
  if (item !== undefined) reading.items = reading.items.map((candidate) => (candidate === item ? listing(item, id, name) : candidate));
}

/**
 * The records read from a pack's front sheet, with its reports' records added and linked to the meeting's items.
 * `warnings` are for every record of the file: there was no meeting to link the reports to, so none was read.
 */
export function withPackReports(
  records: ImportRecord[],
  documents: PackDocuments,
  context: ParseContext,
): { records: ImportRecord[]; warnings: string[] } {
  const meeting = recordsIn(records, 'meetings')[0];
  if (meeting === undefined) {
    return {
      records,
      warnings: ['the reports that follow the agenda in the same text were not read: no meeting was read to link them to'],
    };
  }
  const { data } = meeting;
  const ids: PackIds = {
    council: data.council,
    committee: data.committee,
    meeting: meeting.id,
    day: typeof data.date === 'string' ? data.date : 'undated',
  };
  const reading: Reading = { records: [], items: data.items ?? [], unread: [] };
  for (const segment of documents.segments) {
    if (segment.kind === 'report') readOne(reading, documents.lines, segment, ids, context);
    else
      reading.unread.push(
        `the minutes after the reports in the same text ("${firstLine(documents.lines, segment)}") were not read: nothing of them is imported`,
      );
  }
  const linked: Meeting = { ...meeting, data: { ...data, items: reading.items, warnings: [...(data.warnings ?? []), ...reading.unread] } };
  return { records: [...records.map((record) => (record === meeting ? linked : record)), ...reading.records], warnings: [] };
}
