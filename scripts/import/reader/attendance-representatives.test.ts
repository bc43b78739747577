import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';
import { foldShorterNames } from './attendance-names.ts';
import { readMeeting } from './meeting.ts';

describe('readAttendance: a representative listed one a line among the members', () => {
  it('files "Ms X (Employer Representative)" under "Members present:" as a member, the officers\' label still starting the officers', () => {
    const found = readAttendance([
      'Members present:',
      'Councillor Ada Pellew (Chair)',
      'Councillor Ben Tranter',
      'Ms Ruth Quayle (Employer Representative)',
      'Mr Gavin Ash (Scheme Member Representative, GMB)',
      '',
      'Officers present:',
      'Sarah Lime (Head of Pensions)',
      '',
      '1. Apologies',
    ]);
    expect(found.attendance.present).toEqual([
      'Ada Pellew',
      'Ben Tranter',
      'Ms Ruth Quayle, Employer Representative',
      'Mr Gavin Ash, Scheme Member Representative, GMB',
    ]);
    expect(found.attendance.officers).toEqual(['Sarah Lime, Head of Pensions']);
  });

  it('files a co-opted or member representative under "Present:" alike, never the people after it as officers', () => {
    const found = readAttendance([
      'Present:',
      'Councillor Ada Pellew (Chair)',
      'Mr Tom Rees (Member Representative, Unite)',
      'Mrs Iris Vane (Co-opted Member)',
      '',
      'In attendance:',
      'Paul Gray (Committee Officer)',
      '',
      '1. Apologies',
    ]);
    expect(found.attendance.present).toEqual(['Ada Pellew', 'Mr Tom Rees, Member Representative, Unite', 'Mrs Iris Vane']);
    expect(found.attendance.officers).toEqual(['Paul Gray, Committee Officer']);
  });
});

describe('foldShorterNames: a substitute named by a shorter name', () => {
  it('writes the stand-in as the one fuller name the members present are listed by', () => {
    const folded = foldShorterNames({
      present: ['Alan Brisk', 'Jane Ford', 'Ross Ullathorne'],
      apologies: ['Peter Hale', 'Ian Peverell'],
      absent: [],
      substitutes: ['Ford (for Peter Hale)', 'R Ullathorne (for Peverell)'],
    });
    expect(folded.substitutes).toEqual(['Jane Ford (for Peter Hale)', 'Ross Ullathorne (for Ian Peverell)']);
  });

  it('keeps the stand-in as printed where two members present could be meant, or none', () => {
    const folded = foldShorterNames({
      present: ['Jane Ford', 'Tim Ford'],
      apologies: ['Peter Hale', 'Ian Peverell'],
      absent: [],
      substitutes: ['Ford (for Peter Hale)', 'Okoro (for Ian Peverell)'],
    });
    expect(folded.substitutes).toEqual(['Ford (for Peter Hale)', 'Okoro (for Ian Peverell)']);
  });
});

describe('readMeeting: a substitute named by surname in the apologies item', () => {
  it('is the member present of that name, standing in for the member who sent apologies', () => {
    const lines = [
      'Minutes of the Audit Committee held on Tuesday 4 March 2025 at 2.00 pm',
      '',
      'Present: Councillors Alan Brisk (Chair), Mary Cotton and Jane Ford',
      '',
      '1. Apologies',
      '',
      'Apologies were received from Councillor Peter Hale; Councillor Ford attended as his substitute.',
      '',
      '2. Minutes',
      '',
      'RESOLVED that the minutes be approved.',
    ];
    expect(readMeeting(lines, {}, lines.join('\n')).attendance?.substitutes).toEqual(['Jane Ford (for Peter Hale)']);
  });
});

/** A joint board's decisions taken by written procedure, its respondents listed by council. */
const WRITTEN = [
  'WESTERN ISLES VALUATION JOINT BOARD',
  '',
  'DECISIONS TAKEN BY WRITTEN PROCEDURE',
  '',
  'Procedure opened: 2 June 2025',
  'Procedure closed: 12 noon, 13 June 2025',
  '',
  'Responses received from:',
  'Councillor Ewan Baird (Convener) – Barra Council',
  'Councillors Sheena Coll and Donald Mair – Lewis Council',
  'Councillor Flora Nairn – Barra Council',
  '',
  'No response from: Councillor Angus Peat',
  '',
  'Item 1: Budget 2025/26',
  '',
  'Decision: The Board approved the budget.',
  '',
  'Item 2: Canvass Contract',
  '',
  'Decision: The Board approved the extension of the contract.',
];

describe('readMeeting: the respondents of a written procedure', () => {
  it('reads "Responses received from:" as those who took part, their councils kept, and invents no one absent', () => {
    const meeting = readMeeting(WRITTEN, {}, WRITTEN.join('\n'));
    expect(meeting.attendance?.present).toEqual([
      'Ewan Baird, Barra Council',
      'Sheena Coll, Lewis Council',
      'Donald Mair, Lewis Council',
      'Flora Nairn, Barra Council',
    ]);
    expect(meeting.attendance?.absent).toEqual([]);
    expect(meeting.attendance?.apologies).toEqual([]);
  });

  it('reads "Replies were received from the following members:" alike', () => {
    const lines = WRITTEN.map((line) => (line === 'Responses received from:' ? 'Replies were received from the following members:' : line));
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    expect(meeting.attendance?.present).toHaveLength(4);
    expect(meeting.warnings?.some((warning) => warning.includes('Angus Peat'))).toBe(true);
  });
});

describe('readAttendance: members under one plural title with their council after a dash', () => {
  it('gives each of them the council, as a joint body lists its members by council', () => {
    const found = readAttendance([
      'Present:',
      'Cllr Ewan Baird (Chair) - Barra Council',
      'Cllrs Ada Fenn, Bryn Gault and Cora Hale - Uist District Council',
      '',
      '1. Minutes',
    ]);
    expect(found.attendance.present).toEqual([
      'Ewan Baird, Barra Council',
      'Ada Fenn, Uist District Council',
      'Bryn Gault, Uist District Council',
      'Cora Hale, Uist District Council',
    ]);
  });
});
