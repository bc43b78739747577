import { describe, expect, it } from 'vitest';
import { sliceItems } from './items.ts';

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
