/**
 * Checks an import's plan against the content folder as it will be after the import, with the
 * rules `npm run check` applies (src/model/record-names.ts, src/model/record-links.ts): every file
 * name a record id, every council, committee, meeting and report a written record names either
 * written by this import or already in the folder, every anchor unique in its meeting. Run before
 * anything is written, so an import never leaves content that `check` rejects.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { linksOf } from '../../src/model/record-links.ts';
import { recordNameProblem } from '../../src/model/record-names.ts';
import { collections } from '../../src/model/schema.ts';
import { ImportError, type ImportRecord } from './records.ts';
import type { PlannedWrite } from './store.ts';
import { recordPath } from './writer.ts';

function sourceOf(record: ImportRecord): string {
  return 'provenance' in record.data ? record.data.provenance.file : `${record.collection}/${record.id}`;
}

/** The first problem of one record that is to be written; null when there is none. */
function problemOf(record: ImportRecord, exists: (path: string) => boolean): string | null {
  const nameProblem = recordNameProblem(record.collection, `${record.id}.md`);
  if (nameProblem !== null) return `the record ${record.collection}/${record.id} would get a bad file name: ${nameProblem}`;
  const data = collections[record.collection].parse(record.data) as Record<string, unknown>;
  for (const link of linksOf(record.collection, data)) {
    if (!exists(`${link.target}/${link.id}.md`)) {
      return `the record ${record.collection}/${record.id} names ${link.target}/${link.id} (${link.path.join('.')}), which is neither in this import nor in the content folder`;
    }
  }
  if (record.collection === 'meetings') {
    const anchors = (data['items'] as { anchor: string }[]).map((item) => item.anchor);
    const repeated = anchors.find((anchor, index) => anchors.indexOf(anchor) !== index);
    if (repeated !== undefined) return `the meeting ${record.id} has two items with the anchor ${repeated}`;
  }
  return null;
}

/**
 * Throws an ImportError naming the source of the first record that would leave the folder
 * failing `check`. `records` and `plan` are in the same order (planWrites keeps it).
 */
export function checkPlan(records: ImportRecord[], plan: PlannedWrite[], root: string): void {
  const planned = new Set(records.map((record) => recordPath(record)));
  const exists = (path: string) => planned.has(path) || existsSync(join(root, path));
  records.forEach((record, index) => {
    const action = plan[index]?.action;
    if (action !== 'create' && action !== 'update') return;
    const problem = problemOf(record, exists);
    if (problem !== null)
      throw new ImportError(sourceOf(record), null, problem, 'Please report this: the importer made a record the archive cannot hold');
  });
}
