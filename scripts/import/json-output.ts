/**
 * The `--dry-run --json` contract: each record with its kind and id, schema defaults
 * filled in, and for meetings the council and committee by name (ids beside them).
 */
import { collections } from '../../src/model/schema.ts';
import type { ImportRecord } from './records.ts';

const KIND = {
  councils: 'council',
  committees: 'committee',
  meetings: 'meeting',
  reports: 'report',
  recommendations: 'recommendation',
  people: 'person',
} as const;

/** One record as the JSON output shows it. */
export function toJsonRecord(record: ImportRecord, _index?: number, all?: ImportRecord[]): Record<string, unknown> {
  const data = collections[record.collection].parse(record.data) as Record<string, unknown>;
  const out: Record<string, unknown> = { kind: KIND[record.collection], id: record.id, ...data };
  if (record.collection === 'meetings' || record.collection === 'reports' || record.collection === 'recommendations') {
    out['councilId'] = data['council'];
    out['committeeId'] = data['committee'];
    out['council'] = nameOf(all, 'councils', data['council']);
    out['committee'] = nameOf(all, 'committees', data['committee']);
  }
  if (record.body.trim() !== '') out['body'] = record.body;
  return out;
}

function nameOf(all: ImportRecord[] | undefined, collection: 'councils' | 'committees', id: unknown): string | null {
  if (typeof id !== 'string') return null;
  const found = all?.find((record) => record.collection === collection && record.id === id);
  return found && 'name' in found.data ? found.data.name : id;
}
