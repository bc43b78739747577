import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ImportRecord, MeetingStatus } from './records.ts';
import { commitWrites, planWrites } from './store.ts';
import { isUntouched, toMarkdown } from './writer.ts';

const council: ImportRecord = { collection: 'councils', id: 'testshire', data: { name: 'Testshire Council' }, body: '' };
const report: ImportRecord = {
  collection: 'reports',
  id: 'testshire/abc-01-20',
  data: { title: 'A report', council: 'testshire', committee: null, provenance: { file: 'x.txt', format: 'pdf-pack' } },
  body: 'Text of the report.',
};

describe('writer', () => {
  it('signs files so hand edits show', () => {
    const text = toMarkdown(report);
    expect(isUntouched(text)).toBe(true);
    expect(isUntouched(text.replace('Text of', 'Txt of'))).toBe(false);
    expect(text).toMatch(/^---\ntitle: A report\n/);
    expect(text.endsWith('\nText of the report.\n')).toBe(true);
  });

  it('refuses a record the schema rejects', () => {
    expect(() => toMarkdown({ ...council, data: { name: '' } })).toThrow();
  });
});

describe('store', () => {
  it('creates, then leaves unchanged, then keeps hand edits and existing councils', () => {
    const root = mkdtempSync(join(tmpdir(), 'store-'));
    commitWrites(planWrites([council, report], root, false), root);
    expect(planWrites([council, report], root, false).map((w) => w.action)).toEqual(['unchanged', 'unchanged']);
    const reportPath = join(root, 'reports/testshire/abc-01-20.md');
    writeFileSync(reportPath, readFileSync(reportPath, 'utf8').replace('Text', 'Edited text'));
    const changed = { ...report, body: 'New text.' };
    const renamed = { ...council, data: { name: 'Testshire County Council' } };
    expect(planWrites([renamed, changed], root, false).map((w) => w.action)).toEqual(['kept-existing', 'kept-hand-edited']);
    // --force only overrides the hand-edit protection: a council file is never rewritten.
    expect(planWrites([renamed, changed], root, true).map((w) => w.action)).toEqual(['kept-existing', 'update']);
    expect(existsSync(`${reportPath}.${process.pid}.tmp`)).toBe(false);
  });
});

describe('meetings known from two sources', () => {
  const meeting = (status: MeetingStatus, items = 0): ImportRecord => ({
    collection: 'meetings',
    id: 'testshire/panel/2015-03-12',
    data: {
      council: 'testshire',
      committee: null,
      date: '2015-03-12',
      dateStatus: 'exact',
      status,
      items: Array.from({ length: items }, (_, index) => ({
        number: String(index + 1),
        title: `Item ${index + 1}`,
        anchor: `item-${index + 1}`,
      })),
      provenance: { file: `${status}.txt`, format: 'pdf-pack' },
    },
    body: '',
  });

  it('never replaces minutes with an agenda or a date in the calendar, even when forced', () => {
    const root = mkdtempSync(join(tmpdir(), 'store-'));
    commitWrites(planWrites([meeting('minutes')], root, false), root);
    expect(planWrites([meeting('scheduled')], root, false)[0]?.action).toBe('kept-fuller');
    expect(planWrites([meeting('agenda')], root, false)[0]?.action).toBe('kept-fuller');
    expect(planWrites([meeting('agenda')], root, true)[0]?.action).toBe('kept-fuller');
    expect(planWrites([meeting('scheduled')], root, true)[0]?.action).toBe('kept-fuller');
  });

  it("replaces a date in the calendar with the meeting's agenda", () => {
    const root = mkdtempSync(join(tmpdir(), 'store-'));
    commitWrites(planWrites([meeting('scheduled')], root, false), root);
    expect(planWrites([meeting('agenda')], root, false)[0]?.action).toBe('update');
  });

  it('never replaces the minutes of a whole meeting with the minutes of one of its items', () => {
    const root = mkdtempSync(join(tmpdir(), 'store-'));
    commitWrites(planWrites([meeting('minutes', 9)], root, false), root);
    expect(planWrites([meeting('minutes', 1)], root, false)[0]?.action).toBe('kept-fuller');
    expect(planWrites([meeting('minutes', 1)], root, true)[0]?.action).toBe('kept-fuller');
    expect(planWrites([meeting('minutes', 10)], root, false)[0]?.action).toBe('update');
  });

  it("joins a meeting's attendance page to its items imported in another run, in either order", () => {
    const attendance = (base: ImportRecord): ImportRecord =>
      base.collection === 'meetings'
        ? {
            ...base,
            data: { ...base.data, attendance: { present: ['Ada Lyle'] }, provenance: { file: 'attendance.html', format: 'meeting-text' } },
          }
        : base;
    const texts = [
      [meeting('minutes', 3), attendance(meeting('minutes'))],
      [attendance(meeting('minutes')), meeting('minutes', 3)],
    ].map(([first, second]) => {
      const root = mkdtempSync(join(tmpdir(), 'store-'));
      commitWrites(planWrites([first!], root, false), root);
      const plan = planWrites([second!], root, false);
      expect(plan[0]?.action).toBe('update');
      commitWrites(plan, root);
      // Importing either file again changes nothing.
      expect(planWrites([first!], root, false)[0]?.action).toBe('unchanged');
      expect(planWrites([second!], root, false)[0]?.action).toBe('unchanged');
      return readFileSync(join(root, 'meetings/testshire/panel/2015-03-12.md'), 'utf8');
    });
    expect(texts[0]).toBe(texts[1]);
    // The joined minutes are never replaced by the meeting's agenda, which lists no one.
    const root = mkdtempSync(join(tmpdir(), 'store-'));
    commitWrites(planWrites([meeting('minutes', 3)], root, false), root);
    commitWrites(planWrites([attendance(meeting('minutes'))], root, false), root);
    expect(planWrites([meeting('agenda', 3)], root, false)[0]?.action).toBe('kept-fuller');
    expect(texts[0]).toContain('present:\n    - Ada Lyle\n');
    expect(texts[0]).toContain('title: Item 3\n');
  });
});
