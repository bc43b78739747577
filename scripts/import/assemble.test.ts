import { describe, expect, it } from 'vitest';
import { bodyWarnings, committeeTypeFor, meetingIds, uniqueRecords } from './assemble.ts';
import { recordNameProblem } from '../../src/model/record-names.ts';
import type { ImportRecord } from './records.ts';

function committee(members?: string[]): ImportRecord {
  return { collection: 'committees', id: 'x/panel', data: { name: 'Panel', council: 'x', ...(members ? { members } : {}) }, body: '' };
}

describe('uniqueRecords', () => {
  it('keeps the first of each record', () => {
    const council: ImportRecord = { collection: 'councils', id: 'x', data: { name: 'X Council' }, body: '' };
    const found = uniqueRecords([council, committee(['Councillor A']), { ...council }, committee(['Councillor B'])]);
    expect(found.map((record) => `${record.collection}/${record.id}`)).toEqual(['councils/x', 'committees/x/panel']);
    expect(found[1]?.data).toMatchObject({ members: ['Councillor A'] });
  });

  it('gives a committee the membership a later meeting of the same file lists', () => {
    const found = uniqueRecords([committee(), committee(['Councillor B'])]);
    expect(found).toHaveLength(1);
    expect(found[0]?.data).toMatchObject({ members: ['Councillor B'] });
  });
});

describe('committeeTypeFor', () => {
  it("takes a county's select committee for a scrutiny committee, and a task and finish group for one", () => {
    expect(committeeTypeFor("Children's Select Committee")).toBe('scrutiny-committee');
    expect(committeeTypeFor('Empty Homes Task and Finish Group')).toBe('task-and-finish');
    expect(committeeTypeFor('Planning Committee')).toBe('other');
  });
});

describe('bodyWarnings', () => {
  it("says a joint meeting's councils are why none is the meeting's", () => {
    expect(bodyWarnings(null, 'Joint Panel', ['Ashby District Council', 'Fenton Borough Council', 'Wyke Council'])).toEqual([
      'council not stated (a joint meeting of Ashby District Council, Fenton Borough Council and Wyke Council names no one council): add `council:` to the source header or pass --council',
    ]);
    expect(bodyWarnings(null, 'Panel')).toEqual(['council not stated: add `council:` to the source header or pass --council']);
  });
});

describe('meetingIds', () => {
  it("names a body's second meeting of the day by its date and its own name, so the two do not share one file", () => {
    const first = meetingIds('Holmscar Parish Council', 'Council', '2025-05-03', 'text');
    const second = meetingIds('Holmscar Parish Council', 'Council', '2025-05-03', 'text', 'ORDINARY MEETING');
    expect([first.meeting, second.meeting]).toEqual([
      'holmscar-parish-council/council/2025-05-03',
      'holmscar-parish-council/council/2025-05-03-ordinary-meeting',
    ]);
    expect(recordNameProblem('meetings', `${second.meeting}.md`)).toBeNull();
  });
});
