/**
 * A pack cut short (a download that stopped, a conversion that lost its last pages) is read as
 * far as it goes, never silently: the agenda says which documents the pack holds (items with a
 * page range or an attached paper), so the documents it lists after the last one found are
 * missing, and the last one found may stop mid-sentence. Those items and records are marked
 * `truncated` and carry a warning saying what is missing. A document missing in the middle of a
 * pack (later ones present) is not a cut and stays an error (see parse-pack.ts).
 */
import type { ImportRecord } from '../records.ts';
import type { AgendaRow } from './agenda-table.ts';

/** A document found in the pack: the agenda item it belongs to, and its report id if it is one. */
export interface FoundDocument {
  item: number;
  report: string | null;
}

/** What a cut-short pack lacks: the listed items after the last document found, and that document. */
export interface CutShort {
  missing: AgendaRow[];
  last: FoundDocument | null;
}

/** True when the agenda says the item comes with a document in the pack. */
export function hasDocument(row: AgendaRow): boolean {
  return row.pages !== null || /attached|appended|enclosed/i.test(row.description ?? '');
}

/**
 * The items with a document after the last document found, or null when the pack looks whole.
 * `found` are the documents the pack holds (reports by item, and the minutes under their item).
 */
export function findCut(rows: AgendaRow[], found: FoundDocument[]): CutShort | null {
  const foundItems = new Set(found.map((document) => document.item));
  const lastIndex = rows.reduce((last, row, index) => (foundItems.has(row.number) ? index : last), -1);
  const missing = rows.slice(lastIndex + 1).filter(hasDocument);
  if (missing.length === 0) return null;
  const lastRow = rows[lastIndex];
  const last = lastRow === undefined ? null : ([...found].reverse().find((document) => document.item === lastRow.number) ?? null);
  return { missing, last };
}

function describeMissing(rows: AgendaRow[]): string {
  return rows.map((row) => `item ${row.number} (${row.title}${row.pages ? `, pages ${row.pages}` : ''})`).join(', ');
}

/** The warning for the pack's meeting: what is missing and where the text stops. */
export function cutWarning(cut: CutShort): string {
  const last = cut.last === null ? '' : `; it stops in item ${cut.last.item}, whose text may be incomplete`;
  return `the pack is cut short: ${describeMissing(cut.missing)} missing${last}. Convert the whole PDF to text again`;
}

/** A report or recommendation with one more warning. */
function withWarning(record: ImportRecord, warning: string): ImportRecord {
  if (record.collection === 'reports') return { ...record, data: { ...record.data, warnings: [...(record.data.warnings ?? []), warning] } };
  if (record.collection === 'recommendations')
    return { ...record, data: { ...record.data, warnings: [...(record.data.warnings ?? []), warning] } };
  return record;
}

/**
 * Marks the records of a cut-short pack: the meeting it is for (truncated, its missing items and
 * the item it stops in truncated, a warning), the report it stops in and that report's last
 * tracker row (a warning each).
 */
export function markCut(records: ImportRecord[], cut: CutShort, meetingId: string): ImportRecord[] {
  const cutItems = new Set([...cut.missing.map((row) => String(row.number)), ...(cut.last ? [String(cut.last.item)] : [])]);
  const lastReport = cut.last?.report ?? null;
  const lastRow =
    lastReport === null
      ? undefined
      : records.filter((record) => record.collection === 'recommendations' && record.data.report === lastReport).at(-1);
  const stopped = 'the pack is cut short in this record: its text may stop mid-sentence and later parts are missing';
  return records.map((record): ImportRecord => {
    if (record.collection === 'meetings' && record.id === meetingId) {
      const items = (record.data.items ?? []).map((item) =>
        item.number !== null && cutItems.has(String(item.number)) ? { ...item, truncated: true } : item,
      );
      return { ...record, data: { ...record.data, items, truncated: true, warnings: [...(record.data.warnings ?? []), cutWarning(cut)] } };
    }
    if ((record.collection === 'reports' && record.id === lastReport) || record === lastRow) {
      return withWarning(record, stopped);
    }
    return record;
  });
}
