import { describe, expect, it } from 'vitest';
import { joinWrappedTitles } from './title-wrap.ts';
import { titleRunsOn } from './runs-on.ts';

describe('joinWrappedTitles', () => {
  it("joins a numbered title in capitals wrapped at its own column onto the number's line, leaving that line blank", () => {
    const lines = [
      '4.   APPLICATION FOR A NEW PREMISES LICENCE – THE OLD FERRY INN,',
      '     12 QUAY STREET, PORTLEVEN PL9 4XZ',
      '',
      '     The Licensing Officer introduced the report.',
    ];
    expect(joinWrappedTitles(lines)).toEqual([
      '4.   APPLICATION FOR A NEW PREMISES LICENCE – THE OLD FERRY INN, 12 QUAY STREET, PORTLEVEN PL9 4XZ',
      '',
      '',
      '     The Licensing Officer introduced the report.',
    ]);
    // Over three lines, each carried on by its end.
    const three = ['7.  REVIEW OF THE HIGHWAYS, BRIDGES AND', '    STREET LIGHTING CAPITAL PROGRAMME FOR', '    2031/32'];
    expect(joinWrappedTitles(three)[0]).toBe('7.  REVIEW OF THE HIGHWAYS, BRIDGES AND STREET LIGHTING CAPITAL PROGRAMME FOR 2031/32');
  });

  it('joins a title the page width wrapped over three or four lines at its column, up to the blank line under it', () => {
    const text = [
      'The Senior Planning Officer presented the report and the update sheet on the',
      'conditions, the restoration scheme and the lorry routeing agreement.',
    ];
    const mixed = [
      '31. WASTE - Application WD/2025/0117 - Variation of condition 4 to extend',
      '    the hours of the composting site at Lower Ashby Farm, Pennick (Greenway',
      '    Recycling Ltd)',
      '',
      ...text,
    ];
    expect(joinWrappedTitles(mixed)[0]).toBe(
      '31. WASTE - Application WD/2025/0117 - Variation of condition 4 to extend the hours of the composting site at Lower Ashby Farm, Pennick (Greenway Recycling Ltd)',
    );
    const capitals = [
      '8.  PROPOSED EXTENSION OF THE CONSERVATION AREA AT HIGHER TOWN, TAKING IN',
      '    THE FORMER MALTINGS, THE CHAPEL YARD AND THE ALMSHOUSES ON STATION ROAD',
      '    AND THE TERRACE NORTH OF THE RAILWAY BRIDGE AS FAR AS THE LEVEL CROSSING',
      '    AT KILN LANE',
      '',
      ...text,
    ];
    expect(joinWrappedTitles(capitals)[0]).toBe(
      '8.  PROPOSED EXTENSION OF THE CONSERVATION AREA AT HIGHER TOWN, TAKING IN THE FORMER MALTINGS, THE CHAPEL YARD AND THE ALMSHOUSES ON STATION ROAD AND THE TERRACE NORTH OF THE RAILWAY BRIDGE AS FAR AS THE LEVEL CROSSING AT KILN LANE',
    );
    // A bracket left open on the run's line is closed on the last, though the width did not cut the line above.
    const bracket = [
      '31. WASTE - Application WD/2025/0117 - Variation of condition 4 to extend',
      '    the hours of the composting site at Lower Ashby Farm, Pennick (Greenway',
      '    Ltd)',
      '',
      ...text,
    ];
    expect(joinWrappedTitles(bracket)[0]).toMatch(/Pennick \(Greenway Ltd\)$/);
    // A short line the width did not cut ends the run: what follows at the title's column is the item's text.
    const short = [
      '31. WASTE - Application WD/2025/0117 - Variation of condition 4',
      '    Mr Ames spoke for the applicant.',
      '    He said the hours were needed.',
      '',
    ];
    expect(joinWrappedTitles(short)).toEqual(short);
  });

  it('joins no line under a title that ends whole, under the number, in lower case, or a decision', () => {
    const unchanged = [
      ['2.   DECLARATIONS OF INTEREST', '     NONE WERE DECLARED.'],
      ['2.   LAND AT MILL LANE,', '3.   PLANNING APPEALS'],
      ['2.   LAND AT MILL LANE,', '     the applicant spoke.'],
      ['2.   LAND AT MILL LANE,', '  MILL LANE NORTH'],
      ['2.   MINUTES OF THE LAST MEETING AND', '     RESOLVED that the minutes be signed.'],
    ];
    for (const lines of unchanged) expect(joinWrappedTitles(lines)).toEqual(lines);
  });

  it('joins a title ending on "FROM" or "AN", words the report header carries a title on by too, but not "APPENDIX A"', () => {
    const from = ['6.   REPORT FROM', '     THE HEAD OF PLANNING'];
    expect(joinWrappedTitles(from)[0]).toBe('6.   REPORT FROM THE HEAD OF PLANNING');
    const letter = ['6.   PARKING STRATEGY – APPENDIX A', '     CHARGING ZONES'];
    expect(joinWrappedTitles(letter)).toEqual(letter);
  });
});

describe('a title that ends whole on its line, its last words hanging under it over the text', () => {
  it('joins the hanging line when the text starts straight under it, left of the title', () => {
    const lines = [
      '18/25 CALL-IN OF CABINET DECISION: CLOSURE OF DEPOTS AT',
      '      HARTWELL AND 2B MOSS LANE',
      'The Committee heard the call-in.',
    ];
    const hanging = ['18/25 REVIEW OF PARKING CHARGES IN MARKET TOWNS', '      ZONES 2, 2A AND 7', 'The Committee heard the call-in.'];
    expect(joinWrappedTitles(hanging)).toEqual([
      '18/25 REVIEW OF PARKING CHARGES IN MARKET TOWNS ZONES 2, 2A AND 7',
      '',
      'The Committee heard the call-in.',
    ]);
    expect(joinWrappedTitles(lines)[0]).toBe('18/25 CALL-IN OF CABINET DECISION: CLOSURE OF DEPOTS AT HARTWELL AND 2B MOSS LANE');
  });

  it('joins none that ends on a stop, stands apart from the text, or has the text set in under it', () => {
    const unchanged = [
      ['18/25 DECLARATIONS OF INTEREST', '      NONE.', 'The meeting moved on.'],
      ['18/25 DECLARATIONS OF INTEREST', '      NONE', '', '19/25 MINUTES'],
      ['18/25 REVIEW OF PARKING CHARGES', '      ZONES 2 AND 7', '      The Committee heard the report.'],
    ];
    for (const lines of unchanged) expect(joinWrappedTitles(lines)).toEqual(lines);
  });
});

describe('a title in sentence or title case wrapped at its own column', () => {
  it('joins the next line when the title ends on a comma, a dash or a joining word', () => {
    const comma = [
      'DC.18  URGENT ITEM - 25/00233/TPO - Tree Preservation Order 7/2025,',
      '       The Old Rectory, Church Walk, Lower Emsby',
      'The Chair took the item as urgent business.',
    ];
    expect(joinWrappedTitles(comma)).toEqual([
      'DC.18  URGENT ITEM - 25/00233/TPO - Tree Preservation Order 7/2025, The Old Rectory, Church Walk, Lower Emsby',
      '',
      'The Chair took the item as urgent business.',
    ]);
    const joining = ['12.  Review of Car Parking Charges in Market Towns and', '     Village Centres', '', '     The report was noted.'];
    expect(joinWrappedTitles(joining)[0]).toBe('12.  Review of Car Parking Charges in Market Towns and Village Centres');
  });

  it('joins no line under a title that ends whole, nor a sentence, a decision or a line set elsewhere', () => {
    const unchanged = [
      ['CO.46/2025-26     To receive declarations of interest', '                  Cllr Mensah - item 5, member of the Society'],
      ['12.  Land at Mill Lane,', '     The applicant spoke against the officer view.'],
      ['12.  Land at Mill Lane,', '     RESOLVED that permission be granted'],
      ['12.  Land at Mill Lane,', '  Mill Lane North'],
    ];
    for (const lines of unchanged) expect(joinWrappedTitles(lines)).toEqual(lines);
  });
});

describe('a reference in brackets alone on the line under a title that ends whole', () => {
  it('joins it to the title, apart from the text or not, but no bracketed line without a figure', () => {
    const lines = ['3.  REVIEW: 25/00911/FUL – SHED, 4 MILL BRAE, KILDUNE', '    (REF: LRB 25-014)', '', '    The Body agreed.'];
    expect(joinWrappedTitles(lines)).toEqual([
      '3.  REVIEW: 25/00911/FUL – SHED, 4 MILL BRAE, KILDUNE (REF: LRB 25-014)',
      '',
      '',
      '    The Body agreed.',
    ]);
    const unchanged = ['3.  REVIEW OF PARKING CHARGES', '    (EXEMPT)', '', '    The Body agreed.'];
    expect(joinWrappedTitles(unchanged)).toEqual(unchanged);
  });
});

describe('titleRunsOn', () => {
  it('is one rule for a title in capitals and one in sentence case: linking words, a comma, "&" or a dash', () => {
    for (const title of ['REVIEW OF THE', 'Charges for Garden Waste in the', 'Report from', 'Roads, Bridges &', 'Lighting –', 'Parks,'])
      expect(titleRunsOn(title)).toBe(true);
    for (const title of ['Plan A', 'APPENDIX A', 'Charges for Garden Waste', 'Budget 2031/32', 'PLAN'])
      expect(titleRunsOn(title)).toBe(false);
    expect(titleRunsOn('Places to live in a')).toBe(true);
  });
});

describe('a title whose bracket the line leaves open', () => {
  it('joins the next line that closes the bracket, in any case', () => {
    const mixed = joinWrappedTitles([
      '7. Enforcement matter – Land at Brook Street (exempt –',
      '   paragraph 6)',
      '   DECISION: That a notice be served.',
    ]);
    expect(mixed[0]).toBe('7. Enforcement matter – Land at Brook Street (exempt – paragraph 6)');
    const capitals = joinWrappedTitles(['12.  DISPOSAL OF THE OLD FIRE STATION (NOT FOR', '     publication - para 3)', '', 'Agreed.']);
    expect(capitals[0]).toBe('12.  DISPOSAL OF THE OLD FIRE STATION (NOT FOR publication - para 3)');
  });

  it('joins no line that opens a bracket of its own or does not close it', () => {
    const own = joinWrappedTitles(['4. Budget (see report', '   (a) the revenue budget)']);
    expect(own[1]).toBe('   (a) the revenue budget)');
    const open = joinWrappedTitles(['5. Parking review (phase two', '   The Committee noted the report.']);
    expect(open[1]).toBe('   The Committee noted the report.');
  });
});

describe("a title cut by the page's width whose last line stands over a blank line", () => {
  /** Each case's title line, its last line over the blank line, and the minute's first line: the title is both lines. */
  const joinsBoth = (cases: readonly (readonly [string, string, string])[]): void => {
    for (const [title, last, text] of cases) expect(joinWrappedTitles([title, last, '', text])[0]).toBe(`${title} ${last.trim()}`);
  };

  it('joins the line at the title’s column, in capitals or in sentence case, though no comma or joining word ends the title', () => {
    joinsBoth([
      [
        '6.  APPLICATION 25/00412/FUL - CONVERSION OF STEADING TO FOUR HOLIDAY COTTAGES',
        '    (AMENDED SCHEME), HOLLINBANK FARM, EASTER CRAIGO',
        'The Planning Officer presented the report, recommending approval of the scheme.',
      ],
      [
        'PL/31  LA04/2025/0120/O - Outline permission for two detached dwellings and',
        '       garages, lands between 8 and 14 Corrick Brae, Aghadowey',
        'The Planning Officer described the site, which lies outside any settlement limit.',
      ],
      [
        'PL/32  LA04/2025/0388/F - Retrospective change of use of workshop to vehicle',
        '       repairs, 41 Glenmore Road, Garvagh',
        'Members were shown photographs of the yard taken by the enforcement team.',
      ],
      // A short title that runs on at its comma, its last line in lower case.
      ['PL/33  LA04/2025/0391/F - Farm shed,', '       lands at Dunmore Road, Garvagh', 'Approved.'],
    ]);
  });

  it('joins the line at the margin in a flush layout when it is short, no sentence and in the title’s case', () => {
    joinsBoth([
      [
        '9. REPORT ON THE DUTIES OF GROUP LEADERS UNDER THE PUBLIC BODIES (JOINT WORKING)',
        'ACT 2019',
        'The Monitoring Officer reported that every group leader had met with her.',
      ],
      [
        '14 25/01177/HH - Two storey side extension and replacement of the existing flat',
        'roof garage, 3 Larchfield Close',
        'The Officer said that the neighbour at number 5 had withdrawn an objection.',
      ],
    ]);
  });

  it('joins no sentence, decision, heading or line under a short title, nor one in another case', () => {
    const unchanged = [
      // A short title was not cut by the width: what stands under it is the minute.
      ['18/25 DECLARATIONS OF INTEREST', '      NONE', '', '19/25 MINUTES'],
      // The minute's first line, a sentence at the title's column.
      [
        '6.  APPLICATION 25/00412/FUL - CONVERSION OF STEADING TO FOUR HOLIDAY COTTAGES',
        '    The Committee agreed to defer the application',
        '',
        'for a site visit to be held on a date to be agreed by the Chair and officers.',
      ],
      [
        'PL/31  LA04/2025/0120/O - Outline permission for two detached dwellings on farmland',
        '       Members visited the site beforehand',
        '',
        'The Planning Officer described the site, which lies outside any settlement limit.',
      ],
      [
        '6.  APPLICATION 25/00412/FUL - CONVERSION OF STEADING TO FOUR HOLIDAY COTTAGES',
        '    AGREED',
        '',
        'The Planning Officer presented the report, recommending approval of the scheme.',
      ],
      // An agenda's title ended by its pages, its purpose under it.
      [
        '7.   Review of the Allotment Rents and the Waiting List Policy for 2026/27       29 - 44',
        '     Report of the Head of Neighbourhood Services',
        '',
        '8.   Exclusion of the Press and Public',
      ],
      [
        '3.  Highways Asset Management Plan and the Winter Service Review (Pages 5 - 30)',
        '    Report of the Director of Place',
        '',
        '4.  Any Other Business',
      ],
      // The next heading, flush, and a line in lower case under a title in capitals.
      [
        '9. REPORT ON THE DUTIES OF GROUP LEADERS UNDER THE PUBLIC BODIES (JOINT WORKING)',
        '10. MINUTES',
        '',
        'The minutes of the meeting held on 3 March were agreed as a correct record, and signed.',
      ],
      [
        '9. REPORT ON THE DUTIES OF GROUP LEADERS UNDER THE PUBLIC BODIES (JOINT WORKING)',
        'Report noted',
        '',
        'The minutes of the meeting held on 3 March were agreed as a correct record, and signed.',
      ],
    ];
    for (const lines of unchanged) expect(joinWrappedTitles(lines)).toEqual(lines);
  });
});

describe('a title wrapped back to the margin with the minute straight under it, no blank line between', () => {
  /** The page's width, set by full lines of text as a record's paragraphs set it. */
  const page = [
    'The Licensing Manager explained that the policy had last been reviewed in full in 2019.',
    'Members asked about the age limit for vehicles and the cost of the test for new drivers.',
  ];

  it('joins the line at the margin, in the title’s case, when the width cut the title or it runs on', () => {
    const cases = [
      [
        '7. REVIEW OF THE HACKNEY CARRIAGE AND PRIVATE HIRE LICENSING POLICY AND THE',
        'STANDARD CONDITIONS FOR DRIVERS',
        'The Committee considered a report of the Licensing Manager on the revised policy.',
      ],
      [
        '8. ANNUAL REPORT OF THE SAFETY ADVISORY GROUP FOR EVENTS HELD ON COUNCIL LAND IN',
        '2024',
        'The Committee considered the annual report of the Group.',
      ],
      [
        '9. Review of the Statement of Gambling Principles and the Fees charged for Premises',
        'Licences and Permits',
        'Members considered the draft statement and the fees proposed.',
      ],
    ];
    for (const [title = '', last = '', text = ''] of cases)
      expect(joinWrappedTitles([...page, '', title, last, text])[3]).toBe(`${title} ${last}`);
  });

  it('joins no line that is the minute itself, a decision, or under a title that ends whole', () => {
    const unchanged = [
      [
        '7. REVIEW OF THE HACKNEY CARRIAGE AND PRIVATE HIRE LICENSING POLICY FOR TAXIS',
        'RESOLVED that the policy be approved.',
        'The vote was unanimous.',
      ],
      ['7. APOLOGIES FOR ABSENCE', 'NONE', 'The Chair welcomed the new Licensing Manager to the meeting.'],
      [
        '9. Review of the Statement of Gambling Principles and the Fees charged for Premises',
        'Mrs Ince presented the draft',
        'statement to the Committee.',
      ],
    ];
    for (const lines of unchanged) expect(joinWrappedTitles([...page, '', ...lines])).toEqual([...page, '', ...lines]);
  });
});
