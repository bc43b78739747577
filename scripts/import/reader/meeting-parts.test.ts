import { describe, expect, it } from 'vitest';
import type { MeetingDraft } from '../assemble.ts';
import { meetingParts, settleLater } from './meeting-parts.ts';

const HEADER = [
  'HOLMSCAR PARISH COUNCIL',
  'Minutes of the Annual Meeting held on 3 May 2025 at 7pm',
  '',
  'Present: Cllrs A Birch, C Dale',
  '',
];

describe('meetings one after another in one file', () => {
  it('starts a meeting at a heading under a close, over numbered items, with the header above the first meeting', () => {
    const lines = [
      ...HEADER,
      'ANNUAL MEETING',
      'AM1 Election of Chairman',
      'Cllr Birch was elected.',
      'The Annual Meeting closed at 7.10pm.',
      '',
      'ORDINARY MEETING',
      '',
      'OM20 Apologies',
      'None.',
      'Meeting closed 8.00pm.',
    ];
    const parts = meetingParts(lines);
    expect(parts.map(({ start, end, heading }) => ({ start, end, heading }))).toEqual([
      { start: 0, end: 10, heading: null },
      { start: 10, end: 15, heading: 'ORDINARY MEETING' },
    ]);
    expect(parts[1]?.lines).toEqual([...HEADER, '', ...lines.slice(10)]);
  });

  it('keeps one meeting when the heading under the close has no numbered item below it', () => {
    const lines = [
      ...HEADER,
      '1 Apologies',
      'None.',
      'The meeting closed at 8.00pm.',
      '',
      'Ordinary Meeting of the Council',
      'The next is on 4 June 2025.',
    ];
    expect(meetingParts(lines)).toEqual([{ lines, start: 0, end: lines.length, heading: null }]);
  });

  it('keeps one meeting when no heading names a meeting under the close', () => {
    const lines = [...HEADER, '1 Apologies', 'None.', 'The meeting closed at 8.00pm.', '', '2 Signed as a true record'];
    expect(meetingParts(lines)).toHaveLength(1);
  });
});

const draft = (fields: Partial<MeetingDraft>): MeetingDraft => ({
  councilName: 'Holmscar Parish Council',
  committeeName: 'Council',
  date: '2025-05-03',
  dateStatus: 'exact',
  status: 'minutes',
  startTime: '19:00',
  endTime: null,
  items: [],
  attendance: { present: ['A Birch'], apologies: [], absent: [], substitutes: [], alsoPresent: [], officers: [], presenters: [] },
  warnings: [],
  ...fields,
});

const item = (number: string, title: string, minutes: string) => ({
  number,
  title,
  anchor: `item-${number.toLowerCase()}`,
  minutes,
  resolutions: [],
});

describe('a later meeting read against the first', () => {
  const first = draft({
    endTime: '19:10',
    items: [item('AM2', 'Apologies', 'Cllr E Fell (ill).')],
    attendance: { present: ['A Birch'], apologies: ['E Fell'], absent: [], substitutes: [], alsoPresent: [], officers: [], presenters: [] },
  });

  it('takes its name into its id, no start time, and the apologies "As AM2." points to, saying so', () => {
    const later = settleLater(draft({ items: [item('OM20', 'Apologies', 'As AM2.')] }), first, 'ORDINARY MEETING');
    expect(later.dayPart).toBe('ORDINARY MEETING');
    expect(later.startTime).toBeNull();
    expect(later.attendance?.apologies).toEqual(['E Fell']);
    expect(later.warnings).toEqual([
      'the ordinary meeting followed the meeting above it in this file, which closed at 19:10: its start time is not stated',
      'apologies read from AM2 of the meeting before, as OM20 says: E Fell',
    ]);
  });

  it('takes no apologies from an item number the first meeting does not have', () => {
    const later = settleLater(draft({ items: [item('OM20', 'Apologies', 'As AM9.')] }), first, 'ORDINARY MEETING');
    expect(later.attendance?.apologies).toEqual([]);
    expect(later.warnings).toHaveLength(1);
  });
});
