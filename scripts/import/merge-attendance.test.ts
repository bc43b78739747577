import { describe, expect, it } from 'vitest';
import { mergeAttendance } from './merge-attendance.ts';
import type { ImportRecord } from './records.ts';

/** One meeting as its page of items gives it, and as its attendance page gives it. */
function meeting(file: string, items: number, present: string[], warnings: string[] = []): ImportRecord {
  return {
    collection: 'meetings',
    id: 'testshire/panel/2024-10-09',
    data: {
      council: 'testshire',
      committee: null,
      date: '2024-10-09',
      dateStatus: 'exact',
      status: 'minutes',
      attendance: { present, apologies: [] },
      items: Array.from({ length: items }, (_, index) => ({
        number: String(index + 1),
        title: `Item ${index + 1}`,
        anchor: `item-${index + 1}`,
      })),
      warnings,
      provenance: { file, format: 'meeting-text' },
    },
    body: '',
  };
}

const page = meeting('minutes.html', 2, [], ['the record is marked DRAFT: these minutes were not yet approved']);
const attendance = meeting(
  'attendance.html',
  0,
  ['Ada Lyle'],
  [
    "no agenda items found: the record lists who attended and no items, as a meeting's attendance page does; …",
    'the names under "Attendee Attendance" were not read (the line after it: "Councillor Max Yates Left early")',
  ],
);
const NOTE = "the attendance is read from attendance.html, the meeting's attendance page";

describe('mergeAttendance', () => {
  it("gives the items' record with the attendance page's lists and a note of where they came from, in either order", () => {
    const joined = mergeAttendance(page, attendance);
    expect(joined).toEqual(mergeAttendance(attendance, page));
    if (joined?.collection !== 'meetings') throw new Error('expected a meeting');
    expect(joined.data.items).toHaveLength(2);
    expect(joined.data.attendance?.present).toEqual(['Ada Lyle']);
    expect(joined.data.provenance?.file).toBe('minutes.html');
    // The page's warnings come along, but the one that said it had no items.
    expect(joined.data.warnings).toEqual([
      'the record is marked DRAFT: these minutes were not yet approved',
      'the names under "Attendee Attendance" were not read (the line after it: "Councillor Max Yates Left early")',
      NOTE,
    ]);
  });

  it("keeps the minutes' arrivals and departures beside the page's lists", () => {
    const movement = { person: 'Ada Lyle', movement: 'left' as const, time: '19:40', item: null, text: 'Councillor Lyle left at 7.40pm.' };
    const minutes: ImportRecord = { ...page, data: { ...page.data, attendance: { present: [], movements: [movement] } } } as ImportRecord;
    const joined = mergeAttendance(minutes, attendance);
    if (joined?.collection !== 'meetings') throw new Error('expected a meeting');
    expect(joined.data.attendance?.present).toEqual(['Ada Lyle']);
    expect(joined.data.attendance?.movements).toEqual([movement]);
  });

  it('keeps the attendance when the page of items is imported again over the joined meeting', () => {
    const joined = mergeAttendance(page, attendance)!;
    expect(mergeAttendance(joined, page)).toEqual(joined);
  });

  it('takes the attendance page again when it is imported again, corrected', () => {
    const joined = mergeAttendance(page, attendance)!;
    const corrected = meeting('attendance.html', 0, ['Ada Lyle', 'Cy Nunn']);
    const again = mergeAttendance(joined, corrected);
    if (again?.collection !== 'meetings') throw new Error('expected a meeting');
    expect(again.data.attendance?.present).toEqual(['Ada Lyle', 'Cy Nunn']);
    expect(again.data.warnings?.filter((warning) => warning === NOTE)).toHaveLength(1);
  });

  it('keeps whom the items name and the page does not, once each, a person written two ways once', () => {
    const minuted = meeting('minutes.html', 2, ['Bo Marsh', 'Cllr A Lyle']);
    const joined = mergeAttendance(minuted, attendance);
    if (joined?.collection !== 'meetings') throw new Error('expected a meeting');
    expect(joined.data.attendance?.present).toEqual(['Ada Lyle', 'Bo Marsh']);
    expect(mergeAttendance(joined, minuted)).toEqual(joined);
    expect(mergeAttendance(attendance, joined)).toEqual(joined);
  });

  it('keeps a namesake the items name: one surname is not one person ("Bo Lyle" beside the page\'s "Ada Lyle")', () => {
    const minuted = meeting('minutes.html', 2, ['Lyle', 'Bo Lyle', 'Councillor Ada Lyle (Chair)']);
    const joined = mergeAttendance(minuted, attendance);
    if (joined?.collection !== 'meetings') throw new Error('expected a meeting');
    expect(joined.data.attendance?.present).toEqual(['Ada Lyle', 'Bo Lyle']);
  });

  it("takes the items' entry where it says more of someone the page lists in the same list", () => {
    const base = meeting('attendance.html', 0, ['Ada Lyle']);
    if (base.collection !== 'meetings') throw new Error('expected a meeting');
    const withSubstitute = { ...base, data: { ...base.data, attendance: { present: ['Ada Lyle'], substitutes: ['Raj Dhillon'] } } };
    const minuted = meeting('minutes.html', 2, []);
    if (minuted.collection !== 'meetings') throw new Error('expected a meeting');
    const named = { ...minuted, data: { ...minuted.data, attendance: { substitutes: ['Raj Dhillon (for Ellen Carver)'] } } };
    const joined = mergeAttendance(named, withSubstitute);
    if (joined?.collection !== 'meetings') throw new Error('expected a meeting');
    expect(joined.data.attendance?.substitutes).toEqual(['Raj Dhillon (for Ellen Carver)']);
  });

  it('never lets a thinner record of a joined meeting (its agenda, one of its items) take its place', () => {
    const joined = mergeAttendance(page, attendance)!;
    const agenda = meeting('agenda.html', 2, []);
    if (agenda.collection !== 'meetings') throw new Error('expected a meeting');
    expect(mergeAttendance(joined, { ...agenda, data: { ...agenda.data, status: 'agenda' } })).toBeNull();
    expect(mergeAttendance(joined, meeting('item.html', 1, []))).toBeNull();
  });

  it('joins nothing else: two pages of items, or two attendance pages', () => {
    expect(mergeAttendance(page, page)).toBeNull();
    expect(mergeAttendance(attendance, attendance)).toBeNull();
    expect(mergeAttendance(meeting('minutes.html', 2, ['Bo Marsh']), page)).toBeNull();
  });
});
