import { describe, expect, it } from 'vitest';
import { afterCloseWarning, footerWarning, sliceItems, splitTitle, takeAfterClose, withoutPartHeadings } from './items.ts';
import { readExempt } from './exempt.ts';
import { blankFurniture } from './furniture.ts';

describe("the record's foot under the last item", () => {
  const sliced = (last: string) => sliceItems(['1. Apologies', 'None.', '2. Grit bins', 'Two were filled.', '', last]);

  it('takes a publication date printed under the last item out of its text, to be warned of as a line not read', () => {
    for (const line of [
      'Published: 9 March 2026',
      'Date of publication: Monday, 9 March 2026',
      'Publication date – 9/3/2026',
      'Date published: 9 March 2026',
    ]) {
      const { items, footer } = sliced(line);
      expect(items.at(-1)?.lines).toEqual(['', 'Two were filled.', '']);
      expect(footer).toEqual([line]);
    }
    expect(footerWarning('Published: 9 March 2026')).toBe(
      'a line below the last item was not read: "Published: 9 March 2026"; nothing of it is imported',
    );
  });

  it("takes ModernGov's trailer section out of the last item's text, its lines to be warned of as lines not read", () => {
    const lines = [
      '1. Apologies',
      'None.',
      '2. Grit bins',
      'Two were filled.',
      '',
      '<TRAILER_SECTION>',
      '',
      'R Pike',
      '',
      'Clerk to the Board',
      '',
      '</TRAILER_SECTION>',
    ];
    const { items, footer } = sliceItems(lines);
    expect(items.at(-1)?.lines.join(' ').trim()).toBe('Two were filled.');
    expect(footer).toEqual(['R Pike', 'Clerk to the Board']);
  });

  it("leaves a sentence that starts with the word in the item's text", () => {
    const { items, footer } = sliced('Published figures showed 14 reports in 2025.');
    expect(items.at(-1)?.lines.at(-1)).toBe('Published figures showed 14 reports in 2025.');
    expect(footer).toEqual([]);
  });
});

describe('a heading over a group of items', () => {
  it('leaves "REPORTS FOR DECISION" out of the text of the item above it, and keeps an item\'s own "For decision"', () => {
    const { items } = sliceItems([
      '1. Apologies',
      'None were given.',
      '',
      'MATTERS FOR NOTING',
      '',
      '2. Bus shelter repairs',
      'Work is done.',
      'For decision',
      '3. Tree survey',
      'The survey is late.',
    ]);
    expect(items.map((item) => item.lines.filter((line) => line.trim() !== ''))).toEqual([
      ['None were given.'],
      ['Work is done.', 'For decision'],
      ['The survey is late.'],
    ]);
  });
});

describe("a decision list's key to the asterisk after an item's number", () => {
  const list = (key: string) => [
    key,
    '',
    'Item 3  Library opening hours',
    'Decision: To keep the hours as they are.',
    '',
    'Item 4*  Flood grant',
    'Decision: To accept the grant.',
  ];

  it('puts the key first in the text of each item marked with the asterisk, and nowhere else', () => {
    const { items } = sliceItems(list('Call-in ends on 9 May. Items marked * are urgent and may not be called in.'));
    expect(items.map((item) => [item.number, item.lines.filter((line) => line.trim() !== '')])).toEqual([
      ['3', ['Decision: To keep the hours as they are.']],
      ['4', ['Items marked * are urgent and may not be called in.', 'Decision: To accept the grant.']],
    ]);
  });

  it('adds nothing when the record has no key', () => {
    const { items } = sliceItems(list('Call-in ends on 9 May.'));
    expect(items[1]?.lines.filter((line) => line.trim() !== '')).toEqual(['Decision: To accept the grant.']);
  });
});

describe('a heading in sentence case run in to its text after a stop', () => {
  it('ends the title at the first stop after a word when what stands before it names a subject', () => {
    expect(splitTitle('Apologies for absence. Cllr Vane sent apologies.')).toEqual({
      title: 'Apologies for absence',
      rest: 'Cllr Vane sent apologies.',
    });
    expect(splitTitle('Date of next meeting. Tuesday 4th May at 7pm.').title).toBe('Date of next meeting');
    // An abbreviation's stop is no heading's end: "St." has one small letter before it.
    expect(splitTitle('St. Kea churchyard. The wall is to be rebuilt.').title).toBe('St. Kea churchyard');
  });

  it('leaves a sentence whole: one with a verb, or opening with an article or a person', () => {
    for (const line of [
      'Apologies were received from Cllr Vane. Cllr Lamb was late.',
      'The Clerk read the letter. It was noted.',
      'Report of Cllr. Vane on the verges',
    ]) {
      expect(splitTitle(line).rest).toBe('');
    }
  });
});

describe("a title and its minute after a dash on the item's line", () => {
  it('parts the title from a minute that follows its dash', () => {
    expect(splitTitle('Apologies for absence – Cllr P Quiller (holiday). Accepted.')).toEqual({
      title: 'Apologies for absence',
      rest: 'Cllr P Quiller (holiday). Accepted.',
    });
    expect(splitTitle('Minutes of the meeting held on 3 March 2025 – approved and signed.')).toEqual({
      title: 'Minutes of the meeting held on 3 March 2025',
      rest: 'approved and signed.',
    });
    expect(splitTitle('Declarations of interest - None.')).toEqual({ title: 'Declarations of interest', rest: 'None.' });
    expect(splitTitle('Apologies – Mrs R Penhale, Mr T Jago')).toEqual({ title: 'Apologies', rest: 'Mrs R Penhale, Mr T Jago' });
    expect(splitTitle('Village hall lease – RESOLVED to renew for five years.').title).toBe('Village hall lease');
    expect(splitTitle('Correspondence – The Clerk had received two letters about parking.').title).toBe('Correspondence');
    expect(splitTitle('Date of next meeting – Monday 9 March 2026 at 7.30 pm.')).toEqual({
      title: 'Date of next meeting',
      rest: 'Monday 9 March 2026 at 7.30 pm.',
    });
  });

  it('keeps a title that holds a dash whole', () => {
    for (const line of [
      'Land north of Mill Lane – outline application',
      'Budget 2026/27 – second review',
      'Pike Field – 14 dwellings',
      'Bus shelter – Annual report.',
      'Garden waste – No Mow May',
      'Date of next meeting – Monday 9 March 2026 in the Pavilion, weather allowing',
    ]) {
      expect(splitTitle(line)).toEqual({ title: line.replace(/\.$/, ''), rest: '' });
    }
  });
});

describe('a record whose items are each settled after a dash on the numbered line', () => {
  const titles = (lines: string[]) => sliceItems(lines).items.map((item) => [item.title, item.lines[0]?.trim() ?? '']);

  it('parts every such line at its first dash once two lines show the layout, the text running on below', () => {
    const lines = [
      '1) Apologies - Cllr Venner (work). Accepted.',
      '2) Declarations - none.',
      '3) Open forum - two parishioners asked about the flooding at the ford,',
      '   and the drain by the school.',
      '4) County Cllr update - Ormond said the gritting routes would be reviewed',
      '   in the autumn.',
      '5) Allotments - rent review for the plots on Tanyard Lane',
      '   deferred. Clerk to write to tenants.',
    ];
    expect(titles(lines)).toEqual([
      ['Apologies', 'Cllr Venner (work). Accepted.'],
      ['Declarations', 'none.'],
      ['Open forum', 'two parishioners asked about the flooding at the ford,'],
      ['County Cllr update', 'Ormond said the gritting routes would be reviewed'],
      ['Allotments', 'rent review for the plots on Tanyard Lane'],
    ]);
  });

  it('parts a one-line entry closed by its stop the same way, in a differently worded record', () => {
    const lines = [
      '1. Apologies for absence – Mr Hurst, Mrs Oyelaran.',
      '2. Minutes of 4th March – approved and signed.',
      '3. Matters for the next agenda – hedge cutting, bench repairs.',
      '4. Footpaths – the warden walked the Ridgeway route',
      '   and found two stiles broken.',
    ];
    expect(titles(lines)).toEqual([
      ['Apologies for absence', 'Mr Hurst, Mrs Oyelaran.'],
      ['Minutes of 4th March', 'approved and signed.'],
      ['Matters for the next agenda', 'hedge cutting, bench repairs.'],
      ['Footpaths', 'the warden walked the Ridgeway route'],
    ]);
  });

  it('keeps a title that holds a dash whole where no two lines show the layout', () => {
    const lines = [
      '1. Apologies',
      'None.',
      '',
      '2. Pike Field – 14 dwellings on the old orchard',
      '   were discussed at length.',
      '3. Close',
    ];
    expect(titles(lines)[1]).toEqual(['Pike Field – 14 dwellings on the old orchard', '']);
  });
});

describe("a time stamp before each item's number", () => {
  it("keeps the stamp apart from the number and the title, on the slice, where the item's text will carry it", () => {
    const lines = ['19:00 – 19:05   HW/25/12  APOLOGIES', 'None.', '', '19:05 – 19:40   HW/25/13  FOOTPATH REPAIRS', 'Agreed.'];
    expect(sliceItems(lines).items.map((item) => [item.number, item.title, item.stamp])).toEqual([
      ['HW/25/12', 'APOLOGIES', '19:00 – 19:05'],
      ['HW/25/13', 'FOOTPATH REPAIRS', '19:05 – 19:40'],
    ]);
  });

  it('takes the time printed in brackets after the title as the stamp, out of the title', () => {
    const lines = [
      '1. Apologies (6.30 pm – 6.32 pm)',
      'None.',
      '',
      '2. Tree Works at Holm Green (6.32 – 7.10pm)',
      'Agreed.',
      '3. Budget (2026-27)',
      'Noted.',
    ];
    expect(sliceItems(lines).items.map((item) => [item.title, item.stamp])).toEqual([
      ['Apologies', '6.30 pm – 6.32 pm'],
      ['Tree Works at Holm Green', '6.32 – 7.10pm'],
      ['Budget (2026-27)', undefined],
    ]);
  });
});

describe("text below the meeting's close", () => {
  const record = (...after: string[]) => [
    '1. Apologies',
    'None.',
    '',
    '2. Skate park',
    'RESOLVED: That the repairs be approved.',
    '',
    'The meeting closed at 8.05pm.',
    '',
    ...after,
  ];

  it('is taken out of the last item, to be warned of with its lines quoted: an actions table is no part of its minutes', () => {
    const { items } = sliceItems(record('ACTIONS', '| Minute | Action | Owner |', '| 2 | Order the surface | B Kettle |'));
    expect(takeAfterClose(items)).toEqual(['ACTIONS', '| Minute | Action | Owner |', '| 2 | Order the surface | B Kettle |']);
    expect(items.at(-1)?.lines.filter((line) => line.trim() !== '')).toEqual([
      'RESOLVED: That the repairs be approved.',
      'The meeting closed at 8.05pm.',
    ]);
    expect(afterCloseWarning(['ACTIONS', '| 2 | Order the surface | B Kettle |'])).toEqual([
      'text below the meeting\'s close is no item\'s and was not read: "ACTIONS" / "| 2 | Order the surface | B Kettle |"; nothing of it is imported, so add what it records (actions, notes) by hand',
    ]);
  });

  it("takes a page's footer out with it, and warns of none: it is furniture", () => {
    const { items } = sliceItems(record('Minutes – Page 2 of 2'));
    expect(takeAfterClose(items)).toEqual([]);
    expect(afterCloseWarning([])).toEqual([]);
  });

  it('warns of no signature block under the close, whose blank is a rule of dashes, and takes it out of the item', () => {
    // The lines as the reader has them: furniture.ts blanks the rule with the signer's word under it.
    const { items } = sliceItems(blankFurniture(record('--------------------', 'Chairman', '', 'ACTIONS: none.')));
    expect(takeAfterClose(items)).toEqual(['ACTIONS: none.']);
    expect(items.at(-1)?.lines.at(-1)).toBe('The meeting closed at 8.05pm.');
  });

  it('warns of no rule to sign on left alone under the close, but of a short one among the text', () => {
    expect(takeAfterClose(sliceItems(record('- - - - - - - -', '', 'Notes: none.')).items)).toEqual(['Notes: none.']);
    expect(takeAfterClose(sliceItems(record('---', 'Notes: none.')).items)).toEqual(['---', 'Notes: none.']);
  });

  it("warns of no signer's words alone and no last page's number under the close, but of anything else", () => {
    expect(takeAfterClose(sliceItems(record('Chairman/Mayor', '', '14')).items)).toEqual([]);
    expect(takeAfterClose(sliceItems(record('Chair / Date', '', '7')).items)).toEqual([]);
    expect(takeAfterClose(sliceItems(record('Chair / Date', 'Notes: 3 residents spoke.', '14')).items)).toEqual([
      'Notes: 3 residents spoke.',
    ]);
    // A number is the page's only as the record's last line: above text it may be a count or an item's.
    expect(takeAfterClose(sliceItems(record('12', 'Notes: none.')).items)).toEqual(['12', 'Notes: none.']);
  });

  it('takes nothing when the close is wrapped onto the next line, or stands in an item above the last', () => {
    const wrapped = sliceItems([
      '1. Apologies',
      'None.',
      '2. Close',
      'The meeting closed at 8.05pm, the Chair thanking',
      'all for coming.',
    ]);
    expect(takeAfterClose(wrapped.items)).toEqual([]);
    const above = sliceItems(['1. Close', 'The meeting closed at 8.05pm.', '2. Notes', 'The hall was booked.']);
    expect(takeAfterClose(above.items)).toEqual([]);
    expect(above.items.at(-1)?.lines).toEqual(['', 'The hall was booked.']);
  });
});

describe("the closed part's headings at the end of the item above it", () => {
  const record = [
    '14. Exclusion of the Public',
    'RESOLVED that the public be excluded for the item below, paragraph 3 of Schedule 12A applying.',
    '',
    'PART 2 – PRIVATE BUSINESS',
    '',
    'EXEMPT',
    '',
    '15. Depot Lease',
    'RESOLVED that the lease be renewed.',
  ];

  it('leave the text of the item above, once the items under them are marked, and the marks stay as they were', () => {
    const { slices, marks } = readExempt(sliceItems(record).items);
    const before = structuredClone(marks);
    withoutPartHeadings(slices, marks);
    expect(slices[0]?.lines.filter((line) => line.trim() !== '')).toEqual([
      'RESOLVED that the public be excluded for the item below, paragraph 3 of Schedule 12A applying.',
    ]);
    expect(marks).toEqual(before);
    expect(marks[1]?.paragraphs).toEqual(['3']);
  });

  it('stay where they are when no item below is marked, or when run on to the text above with no blank line', () => {
    const open = sliceItems(['3. Parks', 'Noted.', '', 'CONFIDENTIAL', '4. Grit bins', 'Noted.']).items;
    withoutPartHeadings(open, [null, null]);
    expect(open[0]?.lines).toContain('CONFIDENTIAL');
    const glued = sliceItems(['3. Parks', 'The report was marked', 'CONFIDENTIAL', '', '4. Lease', 'Agreed.']).items;
    withoutPartHeadings(glued, [null, { text: 'Exempt', paragraphs: [] }]);
    expect(glued[0]?.lines).toContain('CONFIDENTIAL');
  });
});

describe("an evidence session's heading and its witnesses", () => {
  const record = [
    'Session 1: Landlords',
    '',
    'Witnesses',
    'Mr Gus Raine, Chair, Fernley Landlords Forum',
    '',
    'Q1. Councillor Fell asked about repairs.',
    'Mr Raine said most were done within a month.',
    '',
    'Session 2 (11.10am – 12.00pm): Tenants',
    '',
    'Witnesses',
    'Miss K, tenant (name withheld)',
    '',
    'Q2. The Chair asked about damp.',
    'Miss K said the session had been useful.',
  ];

  it("opens the text of the session's first question, out of the question above it", () => {
    const { items } = sliceItems(record);
    expect(items.map((item) => item.number)).toEqual(['Q1', 'Q2']);
    expect(items[0]?.lines.filter((line) => line !== '')).toEqual([
      'Session 1: Landlords',
      'Witnesses',
      'Mr Gus Raine, Chair, Fernley Landlords Forum',
      'Mr Raine said most were done within a month.',
    ]);
    expect(items[1]?.lines.filter((line) => line !== '')).toEqual([
      'Session 2 (11.10am – 12.00pm): Tenants',
      'Witnesses',
      'Miss K, tenant (name withheld)',
      'Miss K said the session had been useful.',
    ]);
  });

  it('leaves a session named in the text, or a heading with text under it that is no list of witnesses', () => {
    const named = [
      'Q1. Councillor Fell asked about repairs.',
      '',
      'Session 2 was put back a week.',
      '',
      'Q2. The Chair asked about damp.',
      'None.',
    ];
    expect(sliceItems(named).items[0]?.lines).toContain('Session 2 was put back a week.');
    const prose = [...record.slice(5, 9), '', 'The Panel took a short break.', ...record.slice(12)];
    expect(sliceItems(prose).items[0]?.lines).toContain('Session 2 (11.10am – 12.00pm): Tenants');
  });
});

describe('a change of chair printed between items', () => {
  it('opens the next item, out of the text of the item above', () => {
    for (const change of [
      '(Councillor Tarrant, Vice-Chair, in the Chair)',
      'Councillor Tarrant in the Chair for the following items',
      'The Vice-Chair took the Chair.',
    ]) {
      const { items } = sliceItems(['4. Allotments', 'Noted.', '', change, '', '5. Bus shelters', 'Agreed.']);
      expect(items[0]?.lines.filter((line) => line !== '')).toEqual(['Noted.']);
      expect(items[1]?.lines.filter((line) => line !== '')).toEqual([change, 'Agreed.']);
    }
  });

  it('opens the next item when printed straight under the decision above, with no blank line between', () => {
    // The decision's lines, then the change of chair straight under them.
    const cases: [string[], string][] = [
      [
        ['RESOLVED that the report be noted.'],
        'Councillor Hale left the Chair and Councillor Ince took the Chair for the remaining items.',
      ],
      [['Resolved:', 'That the report be noted.'], '(Councillor Ince in the Chair)'],
      [['RESOLVED that the report be noted'], 'Councillor Ince in the Chair for the following items'],
    ];
    for (const [decision, change] of cases) {
      const record = ['4. Allotments', ...decision, change, '', '5. Verges', 'Agreed.'];
      const { items } = sliceItems(record);
      expect(items[0]?.lines).not.toContain(change);
      expect(items[1]?.lines.filter((line) => line !== '')).toEqual([change, 'Agreed.']);
    }
  });

  it('takes a break printed under it along, in order', () => {
    const record = [
      '4. Allotments',
      'Noted.',
      '',
      '(Cllr Pym in the Chair)',
      '',
      'The meeting adjourned at 8.05pm and reconvened at 8.15pm.',
      '',
      '5. Verges',
      'Agreed.',
    ];
    const { items } = sliceItems(record);
    expect(items[0]?.lines.filter((line) => line !== '')).toEqual(['Noted.']);
    expect(items[1]?.lines.filter((line) => line !== '')).toEqual([
      '(Cllr Pym in the Chair)',
      'The meeting adjourned at 8.05pm and reconvened at 8.15pm.',
      'Agreed.',
    ]);
  });

  it('opens the first item with one printed above it, under those present, as who chaired from there', () => {
    const record = [
      'Present: Cllrs Orr, Pym and Vale',
      '',
      'Mrs Dilys Vale in the Chair',
      '',
      'Business',
      '',
      '1. Allotments',
      'Noted.',
      '2. Verges',
      'Agreed.',
    ];
    const { items } = sliceItems(record);
    expect(items[0]?.lines.filter((line) => line !== '')).toEqual(['Mrs Dilys Vale in the Chair', 'Noted.']);
  });

  it('keeps one printed under the last item in its text, after its decision, set apart so the decision does not run on into it', () => {
    const record = [
      '1. Allotments',
      'Noted.',
      '2. Verges',
      'RESOLVED that the verge be cut twice a year',
      '(Cllr Pym in the Chair)',
      '',
      'The meeting closed at 9.05pm.',
    ];
    const lines = sliceItems(record).items[1]?.lines ?? [];
    expect(lines.slice(lines.findIndex((line) => line !== ''))).toEqual([
      'RESOLVED that the verge be cut twice a year',
      '',
      '(Cllr Pym in the Chair)',
      '',
      'The meeting closed at 9.05pm.',
    ]);
  });

  it('leaves a change of chair with the item’s own text under it, or run into a paragraph', () => {
    const within = ['4. Allotments', 'Noted.', '', '(Cllr Pym in the Chair)', '', 'Members asked about rents.', '', '5. Verges', 'Agreed.'];
    expect(sliceItems(within).items[0]?.lines).toContain('(Cllr Pym in the Chair)');
    const prose = ['4. Allotments', 'The Chair left and', 'the Vice-Chair took the Chair.', '', '5. Verges', 'Agreed.'];
    expect(sliceItems(prose).items[0]?.lines).toContain('the Vice-Chair took the Chair.');
    // A sentence wrapped onto a line that reads as a change of chair: the line above ends no sentence.
    const wrapped = [
      '4. Allotments',
      'The Chair declared an interest, left the room and',
      'Councillor Ince took the Chair.',
      '',
      '5. Verges',
    ];
    expect(sliceItems([...wrapped, 'Agreed.']).items[0]?.lines).toContain('Councillor Ince took the Chair.');
  });

  it('leaves a sentence whose subject took the chair after doing the item’s business in that item', () => {
    const line = 'Councillor Orme made the declaration of acceptance of office and took the Chair.';
    const record = ['1. Election of Mayor', 'RESOLVED that Councillor Orme be elected Mayor.', line, '', '2. Verges', 'Agreed.'];
    const { items } = sliceItems(record);
    expect(items[0]?.lines).toContain(line);
    expect(items[1]?.lines.filter((at) => at !== '')).toEqual(['Agreed.']);
  });
});

describe('sub-items with titles of their own under an item', () => {
  const lines = [
    '1.    Apologies',
    '',
    '      Apologies for absence were received from Councillor D Greer and',
    '      Councillor E Hume.',
    '',
    '2.    Minutes',
    '',
    '      The minutes of the meeting held on 4 February were taken as read',
    '      and signed as correct.',
    '',
    '3.    Report of the Head of Leisure',
    '',
    '      3.1   Swimming Pool Opening Hours',
    '',
    '            It was proposed by Councillor A Ross, seconded by Councillor B Lyle',
    '            and agreed that the summer hours be extended.',
    '',
    '      3.2   Playing Pitch Strategy',
    '',
    '            Members noted the strategy.',
    '',
    '4.    Any Other Business',
    '',
    '      4.1   Councillor C Moss asked that the lighting at the car park be',
    '            repaired before the winter.',
  ];
  it('are items of their own, numbered as printed, so a sub-item’s title never opens its text', () => {
    const { items } = sliceItems(lines);
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Minutes'],
      ['3', 'Report of the Head of Leisure'],
      ['3.1', 'Swimming Pool Opening Hours'],
      ['3.2', 'Playing Pitch Strategy'],
      ['4', 'Any Other Business'],
    ]);
    expect(items[3]?.lines.join(' ')).not.toContain('Swimming');
    expect(items[3]?.lines.join(' ')).toContain('the summer hours be extended.');
    expect(items[4]?.lines.join(' ')).not.toContain('Any Other Business');
  });
  it('leaves a numbered paragraph of prose under its item, in its text', () => {
    const { items } = sliceItems(lines);
    expect(items[5]?.lines.join(' ')).toContain('4.1   Councillor C Moss asked');
  });
});

describe('whole-numbered headings over numbered paragraphs that outnumber them', () => {
  // Own words: Northern Irish proceedings whose paragraphs are mostly too short to be sentences.
  const lines = [
    '1.    APOLOGIES',
    '',
    '1.1   None.',
    '',
    '2.    MINUTES',
    '',
    '2.1   It was',
    '',
    '      PROPOSED by Councillor Boyle',
    '      Seconded by Councillor Duffy, and',
    '',
    '      RESOLVED: that the minutes of 4 February 2025 be adopted.',
    '',
    '3.    LITTER ENFORCEMENT',
    '',
    '3.1   Quarterly figures.',
    '',
    '3.2   It was',
    '',
    '      AGREED: that the figures be published.',
    '',
    '4.    BIN COLLECTION CALENDAR',
    '',
    '4.1   Draft calendar.',
    '',
    '4.2   Noted.',
  ];
  it('are the items, however short the paragraphs, which stay in their text', () => {
    const { items } = sliceItems(lines);
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'APOLOGIES'],
      ['2', 'MINUTES'],
      ['3', 'LITTER ENFORCEMENT'],
      ['4', 'BIN COLLECTION CALENDAR'],
    ]);
    expect(items[1]?.lines.join(' ')).toContain('2.1   It was');
  });
  it('stay headings of sections over decimals that are titles', () => {
    const titled = [
      '1     Preliminary Matters',
      '',
      '1.1   Apologies',
      '',
      '      Apologies were received from Councillor Boyle.',
      '',
      '1.2   Declarations of Interest',
      '',
      '      There were none.',
      '',
      '2     Reports',
      '',
      '2.1   Street Lighting',
      '',
      '      Members noted the report.',
    ];
    const { items } = sliceItems(titled);
    expect(items.map((item) => item.number)).toEqual(['1.1', '1.2', '2.1']);
  });
});

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

describe('"Agenda Item n:" headings over paragraphs numbered through the whole minute', () => {
  const lines = [
    'Agenda Items 1 & 2: Welcome & Apologies',
    '',
    '1. The Chair welcomed everyone, including members of the public attending for',
    '   item 4.',
    '',
    'Agenda Item 3: Minutes of the Previous Meeting',
    '',
    '2. The minutes of the meeting held on 5 November at the Park Centre were',
    '   approved with no amendments after a short discussion of the',
    '   wording of the second item.',
    '3. There were no matters arising from the minutes of the meeting',
    '   held on 5 November, the Chair having written to the',
    '   landowner as agreed.',
    '4. Action: None.',
    '',
    'Agenda Item 4: Barn conversion at Moor End, Fellside (2024/0211/DET)',
    '',
    '5. The planning officer presented the paper recommending refusal on',
    '   landscape grounds, with photographs of the site taken from the',
    '   public footpath.',
    '6. The Committee agreed to approve the application subject to',
    '   conditions to be drafted by the Head of Planning and to be',
    '   circulated to Members.',
    '7. Action: Officer to draft conditions by the end of the month and',
    '   send them to the Convener.',
    '   The Convener thanked the officer.',
    '',
    'Agenda Item 5: Date of Next Meeting',
    '',
    '8. Friday 7 March 2025 at the Village Hall.',
  ];

  it('makes the headings the items and keeps the numbered paragraphs, "Action:" lines among them, in their text', () => {
    const { items } = sliceItems(lines);
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1 & 2', 'Welcome & Apologies'],
      ['3', 'Minutes of the Previous Meeting'],
      ['4', 'Barn conversion at Moor End, Fellside (2024/0211/DET)'],
      ['5', 'Date of Next Meeting'],
    ]);
    expect(items[1]?.lines.join('\n')).toContain('4. Action: None.');
  });

  it('keeps a numbered paragraph run as the items when no heading has paragraphs under it', () => {
    const plain = ['1. Apologies', 'None.', '', '2. Minutes', 'Approved. See Agenda Item 3: the report.', '', '3. Budget', 'Noted.'];
    expect(sliceItems(plain).items.map((item) => item.number)).toEqual(['1', '2', '3']);
  });
});

describe('a short heading closed by a stop over each numbered minute (a Scottish city council)', () => {
  const lines = [
    'Minutes approved.',
    '',
    '1     The minutes of 3rd March 2025 were submitted and approved.',
    '',
    '',
    'Declarations of interest.',
    '',
    '2     Councillor Brodie declared an interest in item 4 (Glenview Trust Grant',
    '      2025/26) as a trustee of the Trust.',
    '',
    '',
    'Bus lanes on Dunmore Road - Consultation outcome approved.',
    '',
    '3 C   There was submitted a report by the Executive Director of Roads advising of the',
    '      outcome of the consultation.',
    '',
    '',
    'Glenview Trust Grant 2025/26 - Award approved.',
    '',
    '4     There was submitted a report by the Executive Director of Finance recommending',
    '      an award of £12,000.',
  ];

  it('gives each item the heading above its number, "Minutes approved." the first, and leaves the mark "C" out of the text', () => {
    const { items } = sliceItems(lines);
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Minutes approved'],
      ['2', 'Declarations of interest'],
      ['3', 'Bus lanes on Dunmore Road - Consultation outcome approved'],
      ['4', 'Glenview Trust Grant 2025/26 - Award approved'],
    ]);
    expect(items[0]?.lines.join(' ')).not.toContain('Declarations');
    expect(items[2]?.lines.join(' ')).toMatch(/^\s*There was submitted/);
  });
});

describe('a schedule of conditions', () => {
  it('never makes the numbered conditions of a "SCHEDULE OF CONDITIONS" items, and keeps them in the text', () => {
    const lines = [
      'NOTICE OF DETERMINATION',
      '',
      'DETERMINATION',
      'The Sub-Committee determined to add the conditions in the schedule below.',
      '',
      'SCHEDULE OF ADDITIONAL CONDITIONS',
      '  1. Two door supervisors on Fridays and Saturdays.',
      '  2. CCTV to be kept for 31 days.',
      '  3. No entry after midnight.',
      '',
      'RIGHT OF APPEAL',
      'Any party may appeal within 21 days.',
    ];
    const { items, start } = sliceItems(lines);
    expect(items.map((item) => item.title)).not.toContain('CCTV to be kept for 31 days');
    // Nothing else numbered: the notice's sections from the schedule down, what stands above left to the header's reader.
    expect(start).toBe(5);
    expect(items.flatMap((item) => item.lines).join('\n')).toContain('2. CCTV to be kept for 31 days.');
  });
});

describe("an annex's numbered points", () => {
  /** Minutes numbered 1 to 3, then an annex or appendix whose list runs past the last item's number. */
  const minutes = (heading: string) => [
    '1. DECLARATIONS OF INTEREST',
    'None.',
    '',
    '2. THE HEARING',
    'The Panel heard from the applicant and the objectors.',
    '',
    '3. DECISION',
    'The Panel decided to grant the licence with the conditions in the annex.',
    '',
    heading,
    '1. Music to stop at 23.00.',
    '2. Windows closed after 21.00.',
    '3. A noise log to be kept.',
    '4. Deliveries only between 08.00 and 18.00.',
    '',
    'RIGHT OF APPEAL',
    'Any party may appeal within 21 days.',
  ];

  it('never makes a point of an annex an item, even one whose number would come next', () => {
    for (const heading of ['Annex A - Conditions attached to the licence', 'APPENDIX 1: CONDITIONS']) {
      const { items } = sliceItems(minutes(heading));
      expect(items.map((item) => item.number)).toEqual(['1', '2', '3']);
      expect(items[2]?.lines.join('\n')).toContain('4. Deliveries only between 08.00 and 18.00.');
    }
  });

  it('still reads an item after an appendix that has no numbered list of its own', () => {
    const lines = [
      '1. MINUTES',
      'Approved.',
      '',
      '2. BUDGET',
      'Noted.',
      'Appendix A - budget table',
      'Parks  1,200',
      '',
      '3. ANY OTHER BUSINESS',
      'None.',
    ];
    expect(sliceItems(lines).items.map((item) => item.number)).toEqual(['1', '2', '3']);
  });
});

describe("the closed part's heading over the item that excludes the public", () => {
  it('leaves the text of the item above when the exclusion item below closes the items after it', () => {
    const agenda = [
      '5. Forward Work Programme',
      '',
      'Part 2 - Items likely to be considered in private',
      '',
      '6. Exclusion of the Press and Public',
      '   To consider passing a resolution to exclude the press and public for the following item',
      '   under paragraph 14 of Part 4 of Schedule 12A.',
      '',
      '7. Depot Lease - Extension Options',
    ];
    const { slices, marks } = readExempt(sliceItems(agenda).items);
    expect(slices[0]?.lines.join(' ')).not.toContain('Part 2');
    expect(marks[1]).toBeNull();
    expect(marks[2]?.paragraphs).toEqual(['14']);
  });
});

describe("the record's availability at its foot", () => {
  it('takes "This agenda is available in Welsh." out of the last item, to be warned of as a line not read', () => {
    const { items, footer } = sliceItems([
      '1. Apologies',
      '',
      '2. Grit bins',
      '   Report attached.',
      '',
      'This agenda is available in Welsh.',
    ]);
    expect(items.at(-1)?.lines.join(' ')).not.toContain('Welsh');
    expect(footer).toEqual(['This agenda is available in Welsh.']);
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

describe('a minute number named in the text of the minute before it', () => {
  const numbered = (lines: string[]) => sliceItems(lines).items.map((item) => [item.number, item.title]);
  const around = (text: string[]) => [
    '26/84 Apologies',
    'None.',
    '',
    '26/85 Playing field lease',
    ...text,
    'RESOLVED: That the lease be signed.',
    '',
    '26/86 Finance report',
    'The payments were approved.',
    '',
    '26/87 Close',
    'The meeting closed at 8.30 pm',
  ];
  const expected = [
    ['26/84', 'Apologies'],
    ['26/85', 'Playing field lease'],
    ['26/86', 'Finance report'],
    ['26/87', 'Close'],
  ];

  it('starts no item at "see minute 26/86 below", however the sentence wraps', () => {
    expect(numbered(around(['The rent is dealt with under the finance report,', 'see minute 26/86 below.']))).toEqual(expected);
    expect(numbered(around(['The rent was left to the item on the accounts at minute', '26/86 below.']))).toEqual(expected);
    expect(numbered(around(['The rent is dealt with under', '26/86 Finance report below.']))).toEqual(expected);
  });
});
