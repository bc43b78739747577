import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';
import { readMeeting } from './meeting.ts';
import { settleLater } from './meeting-parts.ts';

/** The kind the header reads from a title block of a council's name over `title` and a date line. */
const kindOf = (title: string) => readHeader(['Ormsfield Town Council', title, 'Tuesday 4 November 2025 at 7.00 pm']).kind;

describe('readHeader: the kind of meeting the title states', () => {
  it('reads the kind from the words before "meeting" or "council", however the clerk cases them', () => {
    expect(kindOf('EXTRAORDINARY MEETING OF THE TOWN COUNCIL')).toBe('extraordinary');
    expect(kindOf('Special Council')).toBe('special');
    expect(kindOf('Annual Meeting of the Town Council')).toBe('annual');
    expect(kindOf('Budget Council')).toBe('budget');
    expect(kindOf('Adjourned Meeting of the Planning Committee')).toBe('adjourned');
    expect(kindOf('Inaugural Meeting of the Council')).toBe('inaugural');
  });
  it('reads a kind in brackets or after a dash, and the initials of an annual or extraordinary general meeting', () => {
    expect(kindOf('Full Council (Budget)')).toBe('budget');
    expect(kindOf('Council – Extraordinary')).toBe('extraordinary');
    expect(readHeader(['Ashby Parish Council A.G.M. - 9th May 2025']).kind).toBe('annual');
    expect(kindOf('Extraordinary General Meeting of the Trust Board')).toBe('extraordinary');
    expect(kindOf('Statutory Annual Meeting of the Council')).toBe('annual');
  });
  it('reads the kind from the opening sentence, the first one it names: the meeting that followed is another', () => {
    const header = readHeader([
      'KELDBY PARISH COUNCIL',
      'Minutes of the Annual Meeting of the Parish Council held on Wednesday 21 May 2025 in the',
      'Reading Room, at 7.30pm, followed by the Ordinary Meeting.',
    ]);
    expect(header.kind).toBe('annual');
  });
  it('reads the Welsh words after "cyfarfod" (meeting): arbennig, eithriadol, blynyddol, cyffredin, arferol', () => {
    expect(kindOf("Cofnodion Cyfarfod Arbennig o'r Cyngor Tref")).toBe('special');
    expect(kindOf('CYFARFOD ARBENNIG Y CYNGOR LLAWN')).toBe('special');
    expect(kindOf('Cyfarfod Eithriadol o’r Cyngor')).toBe('extraordinary');
    expect(kindOf('Cyfarfod Blynyddol y Cyngor Cymuned')).toBe('annual');
    expect(kindOf("Cofnodion Cyfarfod Cyffredinol Blynyddol o'r Cyngor")).toBe('annual');
    expect(kindOf('Cyfarfod Cyffredin o’r Cyngor Tref')).toBe('ordinary');
    expect(kindOf('COFNODION CYFARFOD ARFEROL')).toBe('ordinary');
    // "Cyfarfod Cyffredinol" is a general meeting, no kind, as "General Meeting" is none in English.
    expect(kindOf('Cyfarfod Cyffredinol y Cyngor')).toBeNull();
    expect(kindOf("Cofnodion Cyfarfod o'r Cyngor Tref")).toBeNull();
  });
  it("takes a bilingual title's kind from its English words, in the model's own word", () => {
    const header = readHeader([
      'Cyngor Tref Llanfryn Town Council',
      "Cyfarfod Arbennig o'r Cyngor Llawn",
      'Extraordinary Meeting of Full Council',
      'Dydd Llun 3 Mawrth 2025 / Monday 3 March 2025',
    ]);
    expect(header.kind).toBe('extraordinary');
  });
  it('never takes a Welsh kind from a line about the next or the last meeting', () => {
    expect(kindOf('Cyfarfod Blynyddol nesaf: 12 Mai 2026')).toBeNull();
  });
  it('reads a mayor-making, where a town elects its mayor, as the annual meeting', () => {
    expect(kindOf('Annual Meeting (Mayor-Making)')).toBe('annual');
    expect(kindOf('Mayor Making Ceremony')).toBe('annual');
    expect(kindOf('Mayor-making meeting of the Town Council')).toBe('annual');
    expect(kindOf('MAYOR MAKING AND ANNUAL MEETING OF THE COUNCIL')).toBe('annual');
  });
  it('is null when the title says nothing of the kind: never assumed ordinary', () => {
    expect(kindOf('Meeting of the Council')).toBeNull();
    expect(kindOf('Minutes of the Monthly Meeting of the Council')).toBeNull();
    // A body whose name opens with a kind's word is no kind of meeting.
    expect(kindOf('Special Educational Needs Panel')).toBeNull();
    expect(kindOf('Budget Scrutiny Committee')).toBeNull();
  });
  it("reads a parish's or a town's meeting of its electors as such, whatever its other words", () => {
    expect(readHeader(['Annual Parish Meeting of Hollowby', 'Thursday 15 May 2025']).kind).toBe('electors');
    expect(readHeader(['Marlbury Annual Town Meeting', 'Thursday 15 May 2025']).kind).toBe('electors');
  });
  it('never takes the kind from a line about another meeting', () => {
    const header = readHeader([
      'Ormsfield Town Council',
      'Finance Committee',
      'Tuesday 4 November 2025',
      'Next meeting: Budget Meeting, 2 December',
    ]);
    expect(header.kind).toBeNull();
  });
});

/** Reads the lines as one meeting's record. */
const read = (lines: string[]) => readMeeting(lines, {}, lines.join('\n'));

describe('readMeeting: who requisitioned the meeting', () => {
  const record = (requisition: string[]) => [
    'WESTLOW PARISH COUNCIL',
    'Minutes of an Extraordinary Meeting of Westlow Parish Council held on Monday 3 March 2025 at 7.00 pm',
    ...requisition,
    '',
    'Present: Cllrs A Quarrie, B Rendle, C Sillitoe, D Tregear and E Umber',
    '',
    '1. APOLOGIES',
    'None.',
    '',
    '2. ALLOTMENT RENTS',
    'RESOLVED that the rents be held at their present level.',
  ];
  it('reads a "Requisitioned by:" block wrapped over two lines, and warns of no line of it', () => {
    const meeting = read(record(['', 'Requisitioned by: Cllrs A Quarrie, B Rendle, C Sillitoe and', 'D Tregear.']));
    expect(meeting.meetingKind).toBe('extraordinary');
    expect(meeting.requisitionedBy).toEqual(['A Quarrie', 'B Rendle', 'C Sillitoe', 'D Tregear']);
    expect((meeting.warnings ?? []).filter((warning) => /requisition/i.test(warning))).toEqual([]);
  });
  it('reads the councillors a sentence says the meeting was called at the request of, up to what the sentence goes on with', () => {
    const asked = read(
      record(['', 'The meeting was convened at the request of Councillors Rendle, Sillitoe and Umber under Standing Order 3.']),
    );
    expect(asked.requisitionedBy).toEqual(['Rendle', 'Sillitoe', 'Umber']);
    const requisitioned = read(record(['', 'This meeting was requisitioned by Cllr C Sillitoe and Cllr E Umber.']));
    expect(requisitioned.requisitionedBy).toEqual(['C Sillitoe', 'E Umber']);
  });
  it('warns of no requisition sentence once read, when it says only who called the meeting and under what rule', () => {
    const schedule = read(
      record([
        '',
        'This meeting was called at the requisition of Councillors A Quarrie and C Sillitoe under paragraph 3 of Schedule 12',
        'to the Local Government Act 1972.',
      ]),
    );
    expect(schedule.requisitionedBy).toEqual(['A Quarrie', 'C Sillitoe']);
    expect(schedule.warnings ?? []).toEqual([]);
    const order = read(record(['', 'The meeting was convened at the request of Cllr B Rendle and Cllr E Umber under Standing Order 4.']));
    expect(order.requisitionedBy).toEqual(['B Rendle', 'E Umber']);
    expect(order.warnings ?? []).toEqual([]);
  });
  it('still warns of a requisition sentence that says more than who called the meeting', () => {
    const meeting = read(
      record(['', 'This meeting was requisitioned by Cllr D Tregear and Cllr E Umber to discuss the closure of the village shop.']),
    );
    expect(meeting.requisitionedBy).toEqual(['D Tregear', 'E Umber']);
    expect(meeting.warnings ?? []).toEqual(expect.arrayContaining([expect.stringContaining('to discuss the closure of the village shop')]));
  });
  it('names no one for a requisition by a number of members, and leaves the field out when nothing says who', () => {
    const counted = read(record(['', 'The meeting was called by requisition of three members.']));
    expect(counted.requisitionedBy).toBeUndefined();
    expect(read(record([])).requisitionedBy).toBeUndefined();
  });
  it('warns of a "Requisitioned by:" line whose names cannot be read, rather than dropping it', () => {
    const meeting = read(record(['', 'Requisitioned by: see the letter of 2 February 2025 appended']));
    expect(meeting.requisitionedBy).toBeUndefined();
    expect(meeting.warnings ?? []).toEqual(expect.arrayContaining([expect.stringContaining('Requisitioned by: see the letter')]));
  });
});

describe('settleLater: a later meeting in the same file is of the kind its own heading says', () => {
  it('gives the ordinary meeting after an annual one its own kind, and none of the first one’s requisitioners', () => {
    const first = {
      councilName: 'X',
      committeeName: 'Council',
      date: '2025-05-21',
      dateStatus: 'exact',
      status: 'minutes',
      meetingKind: 'annual',
    } as const;
    const later = settleLater({ ...first, requisitionedBy: ['A Quarrie'] }, first, 'ORDINARY MEETING');
    expect(later.meetingKind).toBe('ordinary');
    expect(later.requisitionedBy).toBeUndefined();
    expect(settleLater(first, first, 'SECOND MEETING').meetingKind).toBeUndefined();
  });
});
