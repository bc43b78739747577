import { describe, expect, it } from 'vitest';
import { sliceItems } from './items.ts';

describe('headings of a record with no numbers over indented paragraphs', () => {
  // Own words: a Northern Irish council's minutes, each heading at the margin, each paragraph set in and wrapped back to it.
  const lines = [
    'MONTHLY MEETING OF LOUGHVALE CITY COUNCIL',
    '',
    "Held in the City Hall on Wednesday, 4th June, 2025 at the hour of 7.00 o'clock p.m.,",
    'pursuant to notice.',
    '',
    'Summons',
    '',
    '      The Town Solicitor submitted the summons convening the meeting.',
    '',
    'Minutes of the Council',
    '',
    '      Resolved - That the minutes of the proceedings of the monthly meeting of the',
    'Council of 7th May be taken as read and signed as correct.',
    '',
    'Notice of Motion - Allotment Provision',
    '',
    '      The motion was proposed by Councillor Madden.',
    '',
    '      Amendment',
    '',
    '      Moved by Alderman Coulter,',
    '      Seconded by Councillor Deery,',
    '',
    '      On a vote, four Members voted for the amendment and eight against and it was',
    'declared lost.',
  ];

  it('are the items, "Minutes of …" under the opening sentence among them, a heading set in like the paragraphs not', () => {
    const { items } = sliceItems(lines, new Set([0]));
    expect(items.map(({ title }) => title)).toEqual(['Summons', 'Minutes of the Council', 'Notice of Motion - Allotment Provision']);
    expect(items[2]?.lines.map((line) => line.trim())).toContain('Amendment');
  });
});

describe('headings in capitals underlined, under a title block in capitals', () => {
  // Own words: a town council's typed minutes, the title and each heading over a row of dashes or equals signs.
  const lines = [
    '                 HOLLINWOOD TOWN COUNCIL',
    '                 =======================',
    '',
    '      MINUTES OF THE ORDINARY MEETING OF THE TOWN COUNCIL',
    '      HELD IN THE MARKET HALL, CHURCH STREET, HOLLINWOOD',
    '           ON TUESDAY 3 MARCH 2026 AT 7.30 PM',
    '      ===================================================',
    '',
    'PRESENT: Councillors A Ashby (Town Mayor), B Birch and C Crane.',
    '',
    'APOLOGIES FOR ABSENCE',
    '---------------------',
    'Apologies were received from Councillor D Dale.',
    '',
    'MINUTES OF THE PREVIOUS MEETING',
    '-------------------------------',
    'The minutes of the meeting held on 3 February 2026 were signed.',
    '',
    'ALLOTMENT RENTS',
    '---------------',
    'RESOLVED that rents be held for 2026/27.',
    '',
    'STAFFING',
    '--------',
    "RESOLVED to accept the Staffing Panel's recommendation.",
  ];
  it("are the items, however short, and the title block's lines and the underlines are none of them", () => {
    const { start, items } = sliceItems(lines, new Set([0, 1]));
    expect(items.map((item) => item.title)).toEqual([
      'APOLOGIES FOR ABSENCE',
      'MINUTES OF THE PREVIOUS MEETING',
      'ALLOTMENT RENTS',
      'STAFFING',
    ]);
    expect(start).toBe(10);
    expect(items.flatMap((item) => item.lines).some((line) => line.includes('---'))).toBe(false);
  });
});
