import { describe, expect, it } from 'vitest';
import { candidateAt } from './numbering.ts';
import { chooseScheme } from './numbering-scheme.ts';

const numbers = (lines: string[]) => chooseScheme(lines).map((candidate) => [candidate.number, candidate.title]);

describe('numbering: an asterisk after the number', () => {
  it('reads "Item 7*" (an urgent decision) as item 7 in the run, so its decision is not filed under item 6', () => {
    const lines = ['Item 3  Bus Shelters', 'Decision: To agree.', '', 'Item 4*  Flood Grant', 'Decision: To accept.', '', 'Item 5  Parks'];
    expect(numbers(lines)).toEqual([
      ['3', 'Bus Shelters'],
      ['4', 'Flood Grant'],
      ['5', 'Parks'],
    ]);
    expect(candidateAt('Item 4*', 0)?.number).toBe('4');
  });
});

describe('numbering: Roman numerals in capitals', () => {
  it('reads "I APOLOGIES FOR ABSENCE", "II …" as items I, II, III when they run in sequence', () => {
    const lines = [
      'I APOLOGIES FOR ABSENCE',
      'Apologies were submitted on behalf of Morag Dunlop.',
      '',
      'II DECLARATION OF INTEREST',
      'There were no declarations of interest.',
      '',
      'III BUDGET MONITORING',
      'The Board agreed to note the report.',
      '',
      'IV. DATE OF NEXT MEETING',
    ];
    expect(numbers(lines).slice(0, 3)).toEqual([
      ['I', 'APOLOGIES FOR ABSENCE'],
      ['II', 'DECLARATION OF INTEREST'],
      ['III', 'BUDGET MONITORING'],
    ]);
    expect(candidateAt('IX Winter Plan', 0)?.key).toBe(9);
    expect(candidateAt('XIV Winter Plan', 0)?.key).toBe(14);
  });
  it('never makes the pronoun "I", lower-case numerals or a lone "I" an item', () => {
    expect(candidateAt('I declared an interest in the item.', 0)).toBeNull();
    expect(candidateAt('ii The Board agreed', 0)).toBeNull();
    expect(candidateAt('IIII Budget', 0)).toBeNull();
    expect(numbers(['I Agree With The Chair, said Mr Reid.', '', 'The Board noted the report.'])).toEqual([]);
  });
});

describe('numbering: a time stamp before the number', () => {
  it('reads "19:20 – 19:45   TC/25/44  TITLE" as item TC/25/44 with the stamp apart, as a timed agenda prints each slot', () => {
    const lines = [
      '18:30 – 18:35   TC/25/43  APOLOGIES',
      'None.',
      '',
      '18:35 – 19:10   TC/25/44  ALLOTMENT RENTS',
      'Agreed.',
      '',
      '19:10   TC/25/45  CLOSE',
    ];
    expect(chooseScheme(lines).map((candidate) => [candidate.number, candidate.title, candidate.stamp])).toEqual([
      ['TC/25/43', 'APOLOGIES', '18:30 – 18:35'],
      ['TC/25/44', 'ALLOTMENT RENTS', '18:35 – 19:10'],
      ['TC/25/45', 'CLOSE', '19:10'],
    ]);
  });

  it('reads no stamp from a decimal number ("19.20") nor from a time that no item number follows', () => {
    expect(candidateAt('19.20 Street lighting', 0)?.stamp).toBeUndefined();
    expect(candidateAt('19:20 The Chair welcomed everyone.', 0)).toBeNull();
    expect(candidateAt('4. Bus shelters', 0)?.stamp).toBeUndefined();
  });
});

describe('numbering: the year, then a serial not padded ("24/1")', () => {
  it('reads "24/1", "24/2" … "24/10" as one run, the year before the slash', () => {
    const lines = ['24/1 APOLOGIES', 'None were received.', '', '24/2 BUS SHELTERS', 'The panel noted the report.', ''];
    for (let serial = 3; serial <= 10; serial += 1) lines.push(`24/${serial} ITEM ${serial}`, 'Noted.', '');
    const read = chooseScheme(lines);
    expect(read.map((candidate) => candidate.number)).toEqual([
      '24/1',
      '24/2',
      '24/3',
      '24/4',
      '24/5',
      '24/6',
      '24/7',
      '24/8',
      '24/9',
      '24/10',
    ]);
    expect(read[0]?.title).toBe('APOLOGIES');
    expect(candidateAt('24/1 Apologies', 0)).toMatchObject({ key: 1, stem: '24' });
  });

  it('never reads a date or a fraction ("3/4", "12/3") in prose, nor a lone "24/7", as a minute number', () => {
    expect(candidateAt('3/4 of the budget was spent.', 0)).toBeNull();
    expect(candidateAt('1/2 Day Closure', 0)).toBeNull();
    const lines = [
      '1. Apologies',
      'None.',
      '',
      '2. Helpline',
      '24/7 Support is offered by the charity.',
      '',
      '3. Close',
      'Met on 12/3 and 19/3.',
    ];
    expect(numbers(lines).map(([number]) => number)).toEqual(['1', '2', '3']);
  });
});

describe('numbering: a code, then a municipal year in two parts, then the serial ("CPP/24/25/31")', () => {
  it('reads "CPP/24/25/31", "CPP/24/25/32" … as one run keyed by the serial, the years its stem', () => {
    const lines = [
      'Apologies: Councillor Ann Bright',
      '',
      'CPP/24/25/31  Welcome and introductions',
      'The young people introduced themselves.',
      '',
      'CPP/24/25/32  Care leavers survey',
      'The results were presented.',
      '',
      'CPP/24/25/33  Health of children in care',
      'RESOLVED: That the report be noted.',
    ];
    expect(numbers(lines)).toEqual([
      ['CPP/24/25/31', 'Welcome and introductions'],
      ['CPP/24/25/32', 'Care leavers survey'],
      ['CPP/24/25/33', 'Health of children in care'],
    ]);
    expect(candidateAt('CPP/24/25/131 Budget', 0)).toMatchObject({ number: 'CPP/24/25/131', key: 131, stem: '24/25' });
  });

  it('still reads "11457/04/25" (a running number, then month and year) by its running number', () => {
    expect(candidateAt('11457/04/25 Minutes', 0)).toMatchObject({ key: 11457 });
  });

  it('runs one numbering on through the parts a capital before the number names ("A12", "A13", then "B14")', () => {
    const lines = ['A12  BUDGET', 'Text.', '', 'A13  TREASURY', 'Text.', '', 'B14  DECLARATIONS', 'None.', '', 'B15  PARKS', 'Text.'];
    expect(numbers(lines).map(([number]) => number)).toEqual(['A12', 'A13', 'B14', 'B15']);
  });
});

describe("numbering: a typed table's numbered rows", () => {
  it('are never the items: the numbering is sought outside the table', () => {
    const lines = [
      'HR 11/27  Apologies',
      'None.',
      '',
      'HR 12/27  Fleet Report',
      '',
      'No.  Subject              Officer Recommendation     Decision',
      '---  -------------------  -------------------------  ------------',
      '1    Electric vans        That four vans be leased.  Agreed.',
      '     for the depot        For three years, from',
      '                          April.',
      '2    Tyre contract        That the contract be let   Deferred.',
      '                          to the lowest bidder',
      '                          on price alone.',
      '3    Road sweeper         That it be sold.           Agreed.',
      '',
      'HR 13/27  Any Other Business',
      'None.',
    ];
    expect(chooseScheme(lines).map((candidate) => candidate.number)).toEqual(['HR 11/27', 'HR 12/27', 'HR 13/27']);
  });
});

describe('numbering: a code that spells a word', () => {
  it('reads "AT 5", "AT 6" as the item numbers, as printed, when every item has the code', () => {
    const lines = ['AT 5 Apologies for absence', 'None.', '', 'AT 6 Minutes', 'Approved.', '', 'AT 7 Bus shelters', 'Agreed.'];
    expect(numbers(lines)).toEqual([
      ['AT 5', 'Apologies for absence'],
      ['AT 6', 'Minutes'],
      ['AT 7', 'Bus shelters'],
    ]);
    const joint = ['IN 12 Welcome', 'The Chair opened the meeting.', '', 'IN 13 Budget monitoring', 'Noted.'];
    expect(numbers(joint)).toEqual([
      ['IN 12', 'Welcome'],
      ['IN 13', 'Budget monitoring'],
    ]);
  });

  it('leaves such words to the sentence they open when the items are numbered otherwise', () => {
    const lines = [
      '1. Welcome',
      'The meeting began.',
      '',
      'AT 7 PM the Chair opened the hall.',
      'AT 8 PM it closed.',
      '',
      '2. Budget',
      'Noted.',
    ];
    expect(numbers(lines)).toEqual([
      ['1', 'Welcome'],
      ['2', 'Budget'],
    ]);
    expect(candidateAt('AT 7 PM the Chair opened the hall.', 0)).toBeNull();
  });
});

describe('numbering: an item number before a planning application reference', () => {
  it('reads "DC/7 23/00981/FUL - site" as item DC/7, the reference opening its title', () => {
    const lines = [
      'DC/6 Minutes of the last meeting',
      'Approved.',
      '',
      'DC/7 23/00981/FUL - Land east of Brook Street, Yarlow',
      'Approved subject to conditions.',
      '',
      'DC/8 23/01140/HOU - 4 Kiln Row, Yarlow',
      'Refused.',
    ];
    expect(numbers(lines)).toEqual([
      ['DC/6', 'Minutes of the last meeting'],
      ['DC/7', '23/00981/FUL - Land east of Brook Street, Yarlow'],
      ['DC/8', '23/01140/HOU - 4 Kiln Row, Yarlow'],
    ]);
  });
  it('reads a plain number before a coded reference ("12 P/24/0311/OUT – …") the same way', () => {
    expect(candidateAt('12 P/24/0311/OUT – Field off Saxby Road', 0)?.title).toBe('P/24/0311/OUT – Field off Saxby Road');
    expect(candidateAt('Item 4 25/00217/LBC Old Forge, Tilby', 0)?.number).toBe('4');
    // A dotted code set two spaces from the reference, as a plain-text planning minute prints it.
    expect(candidateAt('DC.31  24/00877/FUL - Land west of Coppice Road, Hatley', 0)?.number).toBe('DC.31');
  });
  it('never reads a number before a date or a figure as an item', () => {
    expect(candidateAt('3 24/05/2024 site visit', 0)).toBeNull();
    expect(candidateAt('12 2024/25 budget lines', 0)).toBeNull();
  });
  it('reads a bare reference opening a title by the planning reference rule (application-reference.ts): a month and year is none', () => {
    expect(candidateAt('46. 24/01234 - Land north of Mill Lane', 0)?.title).toBe('24/01234 - Land north of Mill Lane');
    expect(candidateAt('7) 25/0198 – Old Mill, Cotby', 0)?.number).toBe('7');
    expect(candidateAt('5. 03/2025 figures for the quarter', 0)).toBeNull();
    expect(candidateAt('Item 9: 11/2024 accounts', 0)).toBeNull();
  });
});

describe('numbering: a dotted letter code before the minute number', () => {
  it('reads "J.W.C.14/24" as item numbers, the code no part of the title', () => {
    const lines = [
      'J.W.C.14/24  APOLOGIES',
      'None.',
      '',
      'J.W.C.15/24  BUDGET 2024/25',
      'Approved.',
      '',
      'J.W.C.16/24  ANY OTHER BUSINESS',
      'None.',
    ];
    expect(numbers(lines)).toEqual([
      ['J.W.C.14/24', 'APOLOGIES'],
      ['J.W.C.15/24', 'BUDGET 2024/25'],
      ['J.W.C.16/24', 'ANY OTHER BUSINESS'],
    ]);
  });
  it('reads a dotted code with a space before the number ("P.R. 31") the same way, and never lower-case initials', () => {
    const lines = ['P.R. 31 Welcome', 'Noted.', '', 'P.R. 32 Accounts', 'Agreed.'];
    expect(numbers(lines)).toEqual([
      ['P.R. 31', 'Welcome'],
      ['P.R. 32', 'Accounts'],
    ]);
    expect(candidateAt('e.g. 5 Things were said', 0)).toBeNull();
  });
  it('reads a code of capitals and a stop, a space before the number ("C. 41", "EX. 107"), as printed without the space', () => {
    const council = ['C. 41 Apologies', 'None.', '', 'C. 42 Precept 2025/26', 'Agreed.', '', 'C. 43 Allotments', 'Noted.'];
    expect(numbers(council)).toEqual([
      ['C.41', 'Apologies'],
      ['C.42', 'Precept 2025/26'],
      ['C.43', 'Allotments'],
    ]);
    const executive = ['EX. 107   Waste Strategy', 'Approved.', '', 'EX. 108   Housing Allocations Policy', 'Deferred.'];
    expect(numbers(executive)).toEqual([
      ['EX.107', 'Waste Strategy'],
      ['EX.108', 'Housing Allocations Policy'],
    ]);
    expect(candidateAt('P. 12 Cemetery Fees', 0)?.number).toBe('P.12');
  });
  it('takes no number from "No. 4", a page cited in a sentence, a person\'s initial or "Item 5" with a code', () => {
    expect(candidateAt('No. 4 Bus Shelter', 0)?.number).not.toBe('No.4');
    expect(candidateAt('NO. 4 Bus Shelter', 0)).toBeNull();
    expect(candidateAt('p. 12 of the report sets out the costs', 0)).toBeNull();
    expect(candidateAt('P. 12 of the report sets out the costs', 0)).toBeNull();
    expect(candidateAt('C. Smith asked about the hall', 0)).toBeNull();
    expect(candidateAt('Item 5 Budget', 0)?.number).toBe('5');
  });
});

describe('numbering: a minute number in a civic year written with four digits ("45/2025-26")', () => {
  it('reads "TC.12/2025-26", "TC.13/2025-26" … as one run keyed by the number, the civic year its stem', () => {
    const lines = [
      'TC.12/2025-26     To receive apologies for absence',
      'None.',
      '',
      'TC.13/2025-26     Bus shelter on Mill Road',
      'Noted.',
      '',
      'TC.14/2025-26     Date of next meeting',
      'Agreed.',
    ];
    expect(numbers(lines)).toEqual([
      ['TC.12/2025-26', 'To receive apologies for absence'],
      ['TC.13/2025-26', 'Bus shelter on Mill Road'],
      ['TC.14/2025-26', 'Date of next meeting'],
    ]);
    expect(chooseScheme(lines).map((candidate) => [candidate.key, candidate.stem])).toEqual([
      [12, '2025-26'],
      [13, '2025-26'],
      [14, '2025-26'],
    ]);
  });
  it('reads a code before a slash ("PL/7/2024-25") the same way, and never a date range in prose', () => {
    const lines = ['PL/7/2024-25 Apologies', 'None.', '', 'PL/8/2024-25 Planning applications', 'Noted.'];
    expect(numbers(lines)).toEqual([
      ['PL/7/2024-25', 'Apologies'],
      ['PL/8/2024-25', 'Planning applications'],
    ]);
    expect(candidateAt('3/2024-25 was a good year', 0)).toBeNull();
  });
});

describe('numbering: a committee code with an ampersand ("F&GP 84/24-25")', () => {
  it('reads "R&A 31/24-25", "R&A 32/24-25" as the items, not the payment rows with amounts between them', () => {
    const lines = [
      'R&A 31/24-25  Apologies for absence',
      'None.',
      '',
      'R&A 32/24-25  Schedule of payments',
      'The schedule below was presented.',
      'BACS 207  Millbrook Plumbing Ltd     Boiler repair        310.00    62.00    372.00',
      'BACS 208  Coldharbour Water          Cemetery water        54.10     0.00     54.10',
      'RESOLVED: that the payments be approved.',
      '',
      'R&A 33/24-25  Grant applications',
      'Agreed.',
    ];
    expect(numbers(lines)).toEqual([
      ['R&A 31/24-25', 'Apologies for absence'],
      ['R&A 32/24-25', 'Schedule of payments'],
      ['R&A 33/24-25', 'Grant applications'],
    ]);
  });
  it('reads a two-letter code ("H&S 3/25") the same way, and never "&" between words', () => {
    const lines = ['H&S 3/25 Welcome', 'Noted.', '', 'H&S 4/25 Fire risk assessment', 'Agreed.'];
    expect(numbers(lines)).toEqual([
      ['H&S 3/25', 'Welcome'],
      ['H&S 4/25', 'Fire risk assessment'],
    ]);
    expect(candidateAt('Smith & 5 Others attended', 0)).toBeNull();
  });
});
