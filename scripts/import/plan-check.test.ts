/** The plan is checked against the content folder as it will be (issue 12 row 4): what `check` would reject is never written. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkPlan } from './plan-check.ts';
import { ImportError, type ImportRecord } from './records.ts';
import { planWrites } from './store.ts';

const meeting = (council: string, anchors: string[]): ImportRecord => ({
  collection: 'meetings',
  id: `${council}/panel/2015-03-12`,
  data: {
    council,
    committee: null,
    date: '2015-03-12',
    dateStatus: 'exact',
    status: 'agenda',
    items: anchors.map((anchor, index) => ({ number: String(index + 1), title: `Item ${index + 1}`, anchor })),
    provenance: { file: 'in.txt', format: 'pdf-pack' },
  },
  body: '',
});
const council: ImportRecord = { collection: 'councils', id: 'testshire', data: { name: 'Testshire' }, body: '' };

function check(records: ImportRecord[], root: string): void {
  checkPlan(records, planWrites(records, root, false), root);
}

describe('checkPlan', () => {
  it('accepts records whose council is in the import or already in the folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-'));
    expect(() => check([council, meeting('testshire', ['item-1'])], root)).not.toThrow();
    mkdirSync(join(root, 'councils'));
    writeFileSync(join(root, 'councils/elsewhere.md'), '---\nname: Elsewhere\n---\n');
    expect(() => check([meeting('elsewhere', ['item-1'])], root)).not.toThrow();
  });

  it('refuses a record naming a council that will not exist, naming the source', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-'));
    expect(() => check([meeting('nowhere', ['item-1'])], root)).toThrow(ImportError);
    expect(() => check([meeting('nowhere', ['item-1'])], root)).toThrow(
      /^in\.txt: the record meetings\/nowhere\/panel\/2015-03-12 names councils\/nowhere/,
    );
  });

  it('refuses two items with one anchor', () => {
    const root = mkdtempSync(join(tmpdir(), 'plan-'));
    expect(() => check([council, meeting('testshire', ['item-1', 'item-1'])], root)).toThrow(/two items with the anchor item-1/);
  });
});
