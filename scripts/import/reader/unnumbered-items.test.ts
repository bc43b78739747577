import { describe, expect, it } from 'vitest';
import { sliceItems } from './items.ts';

/** The titles of the items read from the lines, the `skip` lines (the title block) read as none. */
const titlesOf = (lines: readonly string[], skip: number[]): string[] => sliceItems(lines, new Set(skip)).items.map((item) => item.title);

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

describe('title lines underlined with equals signs or dashes, in a record with no item numbers', () => {
  // Own words: a town committee's plain-text minutes, each heading in ordinary case over a row of equals signs.
  const lines = [
    'Minutes of the Amenities Committee held on 2 April 2026',
    '',
    'Present: Councillors A Rook, B Heron and C Wren.',
    '',
    'Apologies',
    '=========',
    'Councillor D Finch sent apologies.',
    '',
    'Bus shelter on Quay Road',
    '========================',
    'Resolved to repaint the shelter at a cost of £310.',
    '',
    'Hanging baskets',
    '===============',
    'The quote of £1,050 was accepted.',
  ];

  it('are the items, the underlines none of their text', () => {
    const { items } = sliceItems(lines, new Set([0]));
    expect(items.map((item) => item.title)).toEqual(['Apologies', 'Bus shelter on Quay Road', 'Hanging baskets']);
    expect(items.flatMap((item) => item.lines).some((line) => line.includes('==='))).toBe(false);
  });

  it('leave a sentence over a rule, and a long line over a short rule, no heading', () => {
    const prose = [
      'Present: Councillors A Rook and B Heron.',
      '',
      'The meeting noted the report.',
      '-----------------------------',
      'Street lighting on the western estate and the car park',
      '---',
      'Other matters',
      '-------------',
      'None.',
    ];
    expect(titlesOf(prose, [0])).toEqual(['Other matters']);
  });
});

describe('a numbered list inside one underlined section', () => {
  // Own words: a parish clerk's e-mailed minutes, headings over dashes, the letters received a numbered list under one.
  const lines = [
    'Minutes of the Parish Council meeting held on 5 May 2026',
    '',
    'Present: Cllrs E Moss, F Lark and G Teal.',
    '',
    'Footpaths',
    '---------',
    'Resolved to ask the County Council to clear the stile on path 12.',
    '',
    'Finance',
    '-------',
    'Payments of £842.10 were approved.',
    '',
    'Correspondence',
    '--------------',
    '1. Letter from the Police about speeding - noted.',
    '2. Leaflet from the Rural Community Council - noted.',
    '',
    'Next meeting',
    '------------',
    'Tuesday 2 June 2026.',
  ];

  it('is that section’s text, the underlined headings the items', () => {
    const { items } = sliceItems(lines, new Set([0]));
    expect(items.map((item) => item.title)).toEqual(['Footpaths', 'Finance', 'Correspondence', 'Next meeting']);
    expect(items[2]?.lines).toContain('2. Leaflet from the Rural Community Council - noted.');
  });

  it('stays the items where the underlined headings are numbered themselves', () => {
    const numbered = [
      '1. Footpaths',
      '------------',
      'Noted.',
      '',
      '2. Finance',
      '----------',
      'Approved.',
      '',
      '3. Trees',
      '--------',
      'Noted.',
    ];
    expect(sliceItems(['Minutes of the meeting', '', ...numbered], new Set([0])).items.map((item) => item.number)).toEqual(['1', '2', '3']);
  });
});

describe('the title lines over the opening line of a record headed by underlined title lines', () => {
  it('are no items, underlined or in capitals as they are', () => {
    const lines = [
      'SALTMARSH TOWN COUNCIL',
      '======================',
      '',
      'GROUNDS COMMITTEE',
      '',
      'Minutes of the meeting held on 9 March 2026 at 6pm',
      '',
      'Cemetery',
      '========',
      'Resolved to extend the cemetery hedge.',
      '',
      'Sports field',
      '============',
      'The goalposts were noted as sound.',
    ];
    expect(titlesOf(lines, [0, 1])).toEqual(['Cemetery', 'Sports field']);
  });

  it('stay headings when the line that opens like a title is itself underlined, an item of the minutes', () => {
    const lines = ['Trees', '-----', 'None.', '', 'Minutes of the last meeting', '---------------------------', 'Signed.'];
    expect(titlesOf(['Parish meeting notes', '', ...lines], [0])).toEqual(['Trees', 'Minutes of the last meeting']);
  });
});
