/**
 * The corpus score, field by field, on small made-up labels and importer output (never the
 * corpus itself, which stays outside the repository).
 */
import { describe, expect, it } from 'vitest';
import {
  itemNumber,
  meetingsFromJson,
  namesMatch,
  normaliseName,
  scoreMeeting,
  scoreRecord,
  type FieldResult,
  type Label,
  type LabelMeeting,
} from './score.ts';

const label: LabelMeeting = {
  council: 'Exampleshire County Council',
  committee: 'Transport & Connectivity',
  date: '2024-05-01',
  item_numbers: ['1', '2', '2a'],
  item_count: 3,
  resolutions_count: 1,
  present_count: 2,
  referenced_meeting_dates: ['2024-03-01'],
};

function meetingJson(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'meeting',
    id: 'm1',
    council: 'Exampleshire County Council',
    committee: 'Transport and Connectivity Policy Committee',
    date: '2024-05-01',
    items: [
      { number: 1, title: 'Apologies', resolutions: [] },
      { number: '2.', title: 'Minutes', resolutions: ['That the minutes be agreed.'] },
      { number: '2a', title: 'Buses', resolutions: [] },
    ],
    attendance: { present: ['A. Smith', 'B. Jones'], apologies: [] },
    references: [
      { date: '2024-03-01', text: 'minutes of 1 March', item: 2 },
      { date: null, text: 'next meeting', item: null },
    ],
    ...overrides,
  };
}

function byField(results: FieldResult[]): Record<string, boolean> {
  return Object.fromEntries(results.map((result) => [result.field, result.right]));
}

function score(overrides: Record<string, unknown>, labelled: LabelMeeting = label): Record<string, boolean> {
  return byField(scoreMeeting(labelled, meetingsFromJson([{ kind: 'council', id: 'c' }, meetingJson(overrides)])));
}

describe('scoreMeeting', () => {
  it('gets every field right on a faithful import', () => {
    const results = scoreMeeting(label, meetingsFromJson([meetingJson()]));
    expect(results.map((result) => result.field)).toEqual([
      'date',
      'committee',
      'council',
      'item_numbers',
      'item_count',
      'resolutions',
      'present',
      'references',
    ]);
    expect(results.every((result) => result.right)).toBe(true);
  });

  it('gets each field wrong on its own', () => {
    expect(score({ date: '2024-05-02' }).date).toBe(false);
    expect(score({ committee: 'Audit Committee' }).committee).toBe(false);
    expect(score({ council: null }).council).toBe(false);
    expect(
      score({
        items: [
          { number: 1, resolutions: [] },
          { number: 3, resolutions: [] },
          { number: '2a', resolutions: [] },
        ],
      }),
    ).toMatchObject({
      item_numbers: false,
      item_count: true,
    });
    expect(score({ items: [{ number: 1, resolutions: [] }] })).toMatchObject({ item_numbers: false, item_count: false });
    expect(
      score({
        items: [
          { number: 1, resolutions: ['a'] },
          { number: 2, resolutions: ['b'] },
          { number: '2a', resolutions: [] },
        ],
      }).resolutions,
    ).toBe(false);
    expect(score({ attendance: { present: ['A. Smith'] } }).present).toBe(false);
    expect(score({ references: [{ date: '2024-04-01', text: 'x', item: null }] }).references).toBe(false);
  });

  it('reports what was expected and what the import gave', () => {
    const [date] = scoreMeeting(label, meetingsFromJson([meetingJson({ date: null })]));
    expect(date).toEqual({ meeting: 0, field: 'date', right: false, expected: '2024-05-01', got: null });
  });

  it('takes the meeting with the same date, else the first meeting record', () => {
    const other = meetingJson({ id: 'm0', date: '2024-01-01', committee: 'Audit Committee' });
    expect(byField(scoreMeeting(label, meetingsFromJson([other, meetingJson()]))).committee).toBe(true);
    const fallback = scoreMeeting(label, meetingsFromJson([other, meetingJson({ date: '2024-06-01' })]));
    expect(fallback.find((result) => result.field === 'committee')?.got).toBe('Audit Committee');
  });

  it("among meetings of the label's date, takes the one whose committee is the label's, else the first of them", () => {
    const joint: LabelMeeting = { ...label, committee: 'Audit Committee and Planning Committee (Joint Session)' };
    const audit = meetingJson({ id: 'm1', committee: 'Audit Committee' });
    const session = meetingJson({ id: 'm2', committee: 'Audit Committee and Planning Committee (joint session)' });
    const got = (labelled: LabelMeeting, meetings: Record<string, unknown>[]) =>
      scoreMeeting(labelled, meetingsFromJson(meetings)).find((result) => result.field === 'committee')?.got;
    expect(got(joint, [audit, session])).toBe('Audit Committee and Planning Committee (joint session)');
    expect(got({ ...label, committee: 'Audit Committee' }, [audit, session])).toBe('Audit Committee');
    expect(got({ ...label, committee: 'Licensing Committee' }, [audit, session])).toBe('Audit Committee');
  });

  it('scores a null label date against a meeting with no date', () => {
    expect(score({ date: null }, { ...label, date: null }).date).toBe(true);
    expect(score({}, { ...label, date: null }).date).toBe(false);
  });

  it('leaves out the fields the label does not hold', () => {
    const sparse: LabelMeeting = { council: null, committee: 'Council', date: '2024-05-01', item_count: 3, present_count: null };
    expect(Object.keys(score({}, sparse))).toEqual(['date', 'committee', 'item_count']);
  });

  it('treats an empty item_numbers list as labelled: no item may carry a number', () => {
    const unnumbered: LabelMeeting = { ...label, item_numbers: [] };
    expect(score({}, unnumbered).item_numbers).toBe(false);
    expect(score({ items: [{ number: null }, { number: '' }, { number: null }] }, unnumbered).item_numbers).toBe(true);
  });

  it('treats an empty referenced_meeting_dates list as labelled and right (every labelled date is there)', () => {
    expect(score({ references: [] }, { ...label, referenced_meeting_dates: [] }).references).toBe(true);
  });

  it('counts references among several dates, in any order', () => {
    const refs = [
      { date: '2024-06-01', text: 'next', item: null },
      { date: '2024-03-01', text: 'last', item: 2 },
    ];
    expect(score({ references: refs }, { ...label, referenced_meeting_dates: ['2024-06-01', '2024-03-01'] }).references).toBe(true);
  });

  it('scores every field wrong when the import has no meeting record', () => {
    const results = scoreMeeting(label, meetingsFromJson([{ kind: 'council', id: 'c' }]));
    expect(results).toHaveLength(8);
    expect(results.some((result) => result.right)).toBe(false);
  });
});

describe('names', () => {
  it('normalises case, "&" and punctuation', () => {
    expect(normaliseName('  Overview & Scrutiny -- Committee ')).toBe('overview and scrutiny committee');
    expect(normaliseName('A.G.M.')).toBe('a g m');
  });

  it('matches when one contains the other', () => {
    expect(namesMatch('Transport & Connectivity', 'Transport and Connectivity Policy Committee')).toBe(true);
    expect(namesMatch('Transport and Connectivity Policy Committee', 'transport & connectivity')).toBe(true);
    expect(namesMatch('Transport & Connectivity', 'Transport Committee')).toBe(false);
    expect(namesMatch('Council', null)).toBe(false);
    expect(namesMatch('Council', ' - ')).toBe(false);
  });
});

describe('itemNumber', () => {
  it('accepts integers and numbers as printed, dropping a trailing "." and skipping empty ones', () => {
    expect(itemNumber(12)).toBe('12');
    expect(itemNumber('18.05.1')).toBe('18.05.1');
    expect(itemNumber('2643.')).toBe('2643');
    expect(itemNumber(null)).toBe(null);
    expect(itemNumber(' ')).toBe(null);
  });
});

describe('scoreRecord', () => {
  const record: Label = { file: 'x.txt', original: 'x.pdf', meetings: [label, { ...label, date: '2024-03-01', present_count: null }] };

  it('adds up the fields of every labelled meeting', () => {
    const result = scoreRecord(record, { status: 'ok', records: [meetingJson()] });
    expect(result).toMatchObject({ status: 'ok', labelled: 15 });
    expect(result.right).toBe(14); // the second meeting falls back to the first record: only its date is wrong
    expect(result.fields.filter((field) => field.meeting === 1 && !field.right).map((field) => field.field)).toEqual(['date']);
  });

  it('scores nothing for a refused or crashed import, and keeps its message', () => {
    const refused = scoreRecord(record, { status: 'refused', message: 'line 1: no layout' });
    expect(refused).toMatchObject({ status: 'refused', right: 0, labelled: 15, message: 'line 1: no layout' });
    expect(scoreRecord(record, { status: 'crash', message: 'TypeError: x' })).toMatchObject({ status: 'crash', right: 0, labelled: 15 });
  });

  it('survives output that is not an array of records', () => {
    expect(scoreRecord(record, { status: 'ok', records: { kind: 'meeting' } })).toMatchObject({ right: 0, labelled: 15 });
  });
});
