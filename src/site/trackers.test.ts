import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { TRACKER_COLUMNS, trackerCsv, trackerGroups, type TrackedRecommendation } from './trackers.ts';

const rec = (over: Partial<TrackedRecommendation> & { id: string }): TrackedRecommendation => ({
  reference: null,
  subject: 'A subject',
  status: 'not-stated',
  implementation: 'not-stated',
  response: null,
  responseDue: null,
  madeDate: null,
  meetingDates: [],
  addressee: null,
  lastUpdate: null,
  ...over,
});

const response = { date: null, meeting: null, item: null, by: null, outcome: 'accepted' as const, text: 'Agreed', note: null };

const recs = [
  rec({ id: 'closed', reference: 'R3', implementation: 'implemented', response, madeDate: '2014-01-01' }),
  rec({ id: 'open', reference: 'R2', subject: 'Quotes "and", commas\nand lines', status: 'in-progress', madeDate: '2014-02-01' }),
  rec({ id: 'overdue', reference: 'R1', responseDue: '2015-02-28', madeDate: '2014-12-31', addressee: 'Cabinet' }),
  rec({ id: 'silent', lastUpdate: { date: '2015-01-15', text: 'UPDATE: started' } }),
];

describe('tracker rows', () => {
  it('groups overdue, then open, then closed, with nothing invented', () => {
    const groups = trackerGroups(recs, '2015-03-01');
    expect(groups.map((g) => [g.group, g.rows.map((r) => r.id)])).toEqual([
      ['overdue', ['overdue']],
      ['open', ['open', 'silent']],
      ['closed', ['closed']],
    ]);
    const silent = groups[1]?.rows[1];
    expect(silent).toMatchObject({ reference: 'Not stated', made: 'Not stated', response: 'No response recorded', status: 'Not stated' });
    expect(silent?.lastUpdate).toBe('15 January 2015: UPDATE: started');
    expect(groups[0]?.rows[0]?.response).toBe('Response overdue (due 28 February 2015)');
  });
  it('on the due date itself the response is not yet overdue', () => {
    const groups = trackerGroups(recs, '2015-02-28');
    expect(groups[0]?.group).toBe('open');
    expect(groups[0]?.rows.find((r) => r.id === 'overdue')?.response).toBe('No response recorded (due 28 February 2015)');
  });
});

describe('tracker CSV', () => {
  it('reads back with a real CSV parser as the same rows as the table', () => {
    const groups = trackerGroups(recs, '2015-03-01');
    const parsed = parse(trackerCsv(groups)) as string[][];
    expect(parsed[0]).toEqual(['Group', ...TRACKER_COLUMNS.map((c) => c.heading)]);
    const table = groups.flatMap((g) => g.rows.map((row) => TRACKER_COLUMNS.map((c) => row[c.key])));
    expect(parsed.slice(1).map((row) => row.slice(1))).toEqual(table);
    expect(parsed[2]?.[2]).toBe('Quotes "and", commas\nand lines');
  });
});
