/**
 * How corpus results read: importer messages, crash detection and the printed lines, on made-up
 * results.
 */
import { describe, expect, it } from 'vitest';
import { jsonReport, recordLine, textReport, totalLine } from './report.ts';
import { isCrash, withoutPath, type RecordResult, type SetResult } from './run.ts';

const ok: RecordResult = {
  id: '07',
  file: '07_x.txt',
  status: 'ok',
  right: 1,
  labelled: 2,
  fields: [
    { meeting: 0, field: 'date', right: true, expected: '2024-05-01', got: '2024-05-01' },
    { meeting: 0, field: 'present', right: false, expected: 9, got: 0 },
  ],
};
const refused: RecordResult = {
  id: '08',
  file: '08_y.txt',
  status: 'refused',
  right: 0,
  labelled: 3,
  fields: [],
  message: 'line 1: no layout',
};
const set: SetResult = { set: 'text', records: [ok, refused], right: 1, labelled: 5, refused: 1, crashed: 0 };

describe('importer messages', () => {
  it('drops the path the record line already names', () => {
    expect(withoutPath('error: ../c/text/08_y.txt:12: bad date. Fix it', '/abs/c/text/08_y.txt')).toBe('line 12: bad date. Fix it');
    expect(withoutPath('error: ../c/08_y.pdf: the file is binary', '08_y.pdf')).toBe('the file is binary');
    expect(withoutPath('something else', '08_y.pdf')).toBe('something else');
  });

  it('tells a crash from a refusal', () => {
    expect(isCrash('error: x.txt:1: no layout. Check it\nNothing was written.')).toBe(false);
    expect(isCrash('TypeError: Cannot read properties of undefined')).toBe(true);
    expect(isCrash('file:///a.ts:3\n    at main (file:///a.ts:3:9)')).toBe(true);
  });
});

describe('report', () => {
  it('prints one line per record and a total', () => {
    expect(recordLine(ok)).toBe('07    1/2  ok       missed: present (expected 9, got 0)');
    expect(recordLine(refused, ok)).toBe('08    0/3  refused  (text 1/2)  line 1: no layout');
    expect(totalLine(set)).toBe('text: 1/5 fields (20.0%), 1 refused, 0 crashed');
    expect(textReport([set]).split('\n')).toHaveLength(4);
  });

  it('summarises as JSON', () => {
    expect(jsonReport([set])).toMatchObject({
      sets: { text: { right: 1, labelled: 5, share: 0.2, records: [{ id: '07' }, { id: '08', message: 'line 1: no layout' }] } },
    });
  });
});
