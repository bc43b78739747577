import { describe, expect, it } from 'vitest';
import { toMarkdown } from '../minutes-markdown.ts';
import { spaceTables } from './text-tables.ts';

/** Lines set in columns: each row's cells padded to the widths given, the last cell as it is. */
const laid = (widths: number[], rows: string[][]): string =>
  rows
    .map((cells) =>
      cells
        .map((cell, index) => (index < widths.length ? cell.padEnd(widths[index]!) : cell))
        .join('')
        .trimEnd(),
    )
    .join('\n');

const PLANNING = laid(
  [13, 24, 30],
  [
    ['Ref', 'Site', 'Proposal', 'Comment'],
    ['HH/24/0310', 'Holly Barn, Tarn Lane', 'Rear conservatory', 'No objection'],
    ['FUL/24/0322', 'Yew Tree Farm', 'Two holiday lodges', 'Objection – traffic'],
  ],
);

describe('spaceTables', () => {
  it('parts a table lined up with spaces into tab-parted rows that toMarkdown keeps a table', () => {
    const text = spaceTables(PLANNING);
    expect(text.split('\n')).toEqual([
      'Ref\tSite\tProposal\tComment',
      'HH/24/0310\tHolly Barn, Tarn Lane\tRear conservatory\tNo objection',
      'FUL/24/0322\tYew Tree Farm\tTwo holiday lodges\tObjection – traffic',
    ]);
    expect(toMarkdown(text).split('\n')[0]).toBe('| Ref | Site | Proposal | Comment |');
  });

  it('parts figures set right one space apart into their columns, as a payments schedule under "Net £ | VAT £" prints them', () => {
    const text = [
      'No  Payee             Net £    VAT £   Gross £  Method',
      '--  ----------------  -------  ------  -------  ------',
      '1   Brackley Mowers   840.00 168.00  1,008.00  BACS',
      '2   Ostler Print       75.00  15.00     90.00  Card',
      '                    2,915.00 183.00  3,098.00',
    ].join('\n');
    expect(spaceTables(text).split('\n')).toEqual([
      'No\tPayee\tNet £\tVAT £\tGross £\tMethod',
      '--\t----------------\t-------\t------\t-------\t------',
      '1\tBrackley Mowers\t840.00\t168.00\t1,008.00\tBACS',
      '2\tOstler Print\t75.00\t15.00\t90.00\tCard',
      '\t\t2,915.00\t183.00\t3,098.00',
    ]);
  });

  it('parts a grid of marks whose names are surnames alone under a one-word heading, no list of names', () => {
    const text = [
      'Councillor     For    Against    Abstain',
      '-------------  -----  ---------  -------',
      'Amberley         X',
      'Brigstock                X',
      'Cawthorne                           X',
      'Total            1       1          1',
    ].join('\n');
    expect(spaceTables(text).split('\n')).toEqual([
      'Councillor\tFor\tAgainst\tAbstain',
      '-------------\t-----\t---------\t-------',
      'Amberley\tX',
      'Brigstock\t\tX',
      'Cawthorne\t\t\tX',
      'Total\t1\t1\t1',
    ]);
  });

  it('keeps blank cells and a cell wrapped onto a line whose first cell is blank, line for line', () => {
    const text = laid(
      [13, 22],
      [
        ['Payee', 'Details', 'Amount'],
        ['A Brindle', 'Clerk’s salary and', '£410.00'],
        ['', 'mileage (March)'],
        ['Marsh Signs', 'New notice board', '£215.40'],
        ['', '', '£12.00'],
      ],
    );
    expect(spaceTables(text).split('\n')).toEqual([
      'Payee\tDetails\tAmount',
      'A Brindle\tClerk’s salary and\t£410.00',
      '\tmileage (March)',
      'Marsh Signs\tNew notice board\t£215.40',
      '\t\t£12.00',
    ]);
  });

  it('reads a column whose figures are set right, starting a little before their heading', () => {
    const text = ['Supplier          Amount', 'Parish Lamps      £96.00', 'Dale Hire      £1,250.00'].join('\n');
    expect(spaceTables(text).split('\n')).toEqual(['Supplier\tAmount', 'Parish Lamps\t£96.00', 'Dale Hire\t£1,250.00']);
  });

  it('leaves a table among other lines with the lines around it as they were, as many lines as before', () => {
    const text = ['RESOLVED to comment as below.', '', PLANNING, '', 'The Clerk will  send the comments.'].join('\n');
    const lines = spaceTables(text).split('\n');
    expect(lines).toHaveLength(text.split('\n').length);
    expect([lines[0], lines[1], lines[5], lines[6]]).toEqual([
      'RESOLVED to comment as below.',
      '',
      '',
      'The Clerk will  send the comments.',
    ]);
  });

  it('leaves a list of names in columns with no heading row as it is', () => {
    const names = [
      'Councillor P Ashdown (Chair)      Councillor R Bright',
      'Councillor E Coombe               Councillor F Dunmore',
      'Councillor L Eddison              Councillor N Farrant',
    ].join('\n');
    expect(spaceTables(names)).toBe(names);
    const bare = ['Joan Ashdown        Ruth Bright', 'Edna Coombe         Fay Dunmore', 'Lena Eddison        Nora Farrant'].join('\n');
    expect(spaceTables(bare)).toBe(bare);
  });

  it('leaves labels with their values as they are: no heading holds a value, a colon at its end or a line to sign on', () => {
    const labels = ['Date          9 June 2025', 'Start time    7.00 pm', 'Venue         Church Rooms'].join('\n');
    expect(spaceTables(labels)).toBe(labels);
    const colons = ['Clerk:          Dora Hale', 'Meeting room:   Church Rooms', 'Parish:         Fenwick Marsh'].join('\n');
    expect(spaceTables(colons)).toBe(colons);
    const signing = [
      'Signed ____________     Date ______',
      'Name (print) ______     Role ______',
      'Witness ___________     Date ______',
    ].join('\n');
    expect(spaceTables(signing)).toBe(signing);
  });

  it('ends a table only with lines whose first cell is alone; such a line among its rows leaves the block as it is', () => {
    const votes = [
      'For                  Against',
      'Cllr A Hume          Cllr C Ince',
      'Cllr B Jory          Cllr D Kerr',
      'Cllr E Lusk',
    ].join('\n');
    expect(spaceTables(votes).split('\n')).toEqual(['For\tAgainst', 'Cllr A Hume\tCllr C Ince', 'Cllr B Jory\tCllr D Kerr', 'Cllr E Lusk']);
    const wrapped = [
      'Ref            Site            Comment',
      'DC/25/0001/    Mill House      None',
      'FUL',
      'DC/25/0002     Wharf Lane      None',
    ].join('\n');
    expect(spaceTables(wrapped)).toBe(wrapped);
  });

  it('leaves prose, an indented paragraph and a signature line as they are', () => {
    const prose = [
      'The Chairman thanked the volunteers.  The litter pick raised',
      'a good deal of interest and will be held  again in spring.',
      '    An indented paragraph goes on here and',
      '    runs onto a second line.',
      '',
      'Chairman ........................   Date ..............',
      'Signed                              Dated',
    ].join('\n');
    expect(spaceTables(prose)).toBe(prose);
  });

  it('parts the rows above a sentence that runs across the columns, and leaves the sentence as it is', () => {
    const note = 'A note on the applications that runs on across every column of the table.';
    expect(spaceTables([...PLANNING.split('\n'), note].join('\n'))).toBe([...spaceTables(PLANNING).split('\n'), note].join('\n'));
  });

  it('leaves a block whose rows run across the columns as it is', () => {
    const text = [...PLANNING.split('\n'), 'HH/24/0331   Ash House, on the village green by the church   New porch'].join('\n');
    expect(spaceTables(text)).toBe(text);
  });

  it('leaves a page printed in Welsh beside English that was not split as it is', () => {
    const text = [
      'Cofnodion                          Minutes',
      'Penderfynwyd y byddai’r cyngor     It was resolved that the council',
      'yn ysgrifennu at y cyngor sir      would write to the county council',
    ].join('\n');
    expect(spaceTables(text)).toBe(text);
  });

  it('reads a short code set under the middle of a long heading, the names running on under its first letters', () => {
    const text = [
      'Councillor              Attendance',
      'Cllr A Whitlow (Chair)       P',
      'Cllr B Yeo (Vice-Chairman)   Ap',
      'Cllr C Zorn                  A',
    ];
    expect(spaceTables(text.join('\n')).split('\n')).toEqual([
      'Councillor\tAttendance',
      'Cllr A Whitlow (Chair)\tP',
      'Cllr B Yeo (Vice-Chairman)\tAp',
      'Cllr C Zorn\tA',
    ]);
  });
});

describe("a typed table's wrapped rows", () => {
  it('are joined to their rows once the table under "No." is parted', () => {
    const text = [
      "No.  Subject                     Officer Recommendation            Members' Decision",
      '---  --------------------------  --------------------------------  ---------------------------------',
      '1    Street light repairs        That the night switch-offs of     Agreed.',
      '     night switch-offs           lights on side roads run',
      '                                 from 1 January to 31 March.',
      '2    Litter patrols              That the contract with a warden   Proposed by Councillor Orrin,',
      '     scheme                      service be extended for another   seconded by Councillor Pymmes,',
      '                                 12 months.                        and agreed that patrols end on',
      '                                                                   30 June 2027 and not be extended.',
      '3    Bottle bank at Mill Road    That the bottle bank be moved.    Deferred to the December meeting',
      '                                                                   for a site meeting.',
      '4    Village hall grants         That grants of £300 each be       Agreed (Councillor Ellis left the',
      '                                 paid to the four halls listed     room and took no part).',
      '                                 at Appendix 2.',
    ].join('\n');
    const table = toMarkdown(spaceTables(text)).split('\n');
    expect(table).toHaveLength(6);
    expect(table[2]).toBe(
      '| 1 | Street light repairs night switch-offs | That the night switch-offs of lights on side roads run from 1 January to 31 March. | Agreed. |',
    );
  });
});

describe('a key of marks set out with wide gaps', () => {
  it("is no table's header: its lines and the register under it stay as typed", () => {
    const text = [
      'Key: P = present   Ap = apologies   Ab = absent',
      'Name            Attendance',
      'Cllr R Ames     P',
      'Cllr S Bryce    Ap',
      'Cllr T Colley   Ab',
    ].join('\n');
    expect(spaceTables(text).split('\n')[0]).toBe('Key: P = present   Ap = apologies   Ab = absent');
    const signs = ['✓ = present     X = apologies     – = absent', 'Cllr U Dent      ✓      X', 'Cllr V Eyre      –      ✓'].join('\n');
    expect(spaceTables(signs)).toBe(signs);
  });
  it('parts an indented table whose paragraph goes on in prose below it, the prose left as it is', () => {
    const kpis = [
      '    Measure                                 Target   Actual',
      '    Pension estimates sent within 10 days   95%      91%',
      '    Refunds paid within 15 days             90%      94%',
      '    The Board asked for a plan to speed up the estimates before the next',
      '    meeting.',
      '    Action: Head of Pensions, January meeting.',
    ];
    expect(spaceTables(kpis.join('\n')).split('\n')).toEqual([
      'Measure\tTarget\tActual',
      'Pension estimates sent within 10 days\t95%\t91%',
      'Refunds paid within 15 days\t90%\t94%',
      ...kpis.slice(3),
    ]);
    const budget = [
      'Service area          Budget      Spend',
      'Parks and open spaces  £42,000     £39,850',
      'Public toilets         £18,500     £19,200',
      'Members noted that the overspend on the toilets followed the vandalism in August.',
    ];
    const parted = spaceTables(budget.join('\n')).split('\n');
    expect(parted.slice(0, 3).map((line) => line.split('\t').length)).toEqual([3, 3, 3]);
    expect(parted[3]).toBe(budget[3]);
  });

  it('leaves indented prose as it is, though its first line looks like headings in columns', () => {
    const prose = [
      '    Members present       Officers present',
      '    The Board thanked the officers for the report and asked that the',
      '    figures be circulated to all members before the next meeting.',
    ].join('\n');
    expect(spaceTables(prose)).toBe(prose);
    const oneRow = [
      '  Scheme       Cost',
      '  Play area    £12,000',
      '  The Council agreed to seek a grant towards the cost of the play area.',
    ].join('\n');
    expect(spaceTables(oneRow)).toBe(oneRow);
  });

  it('parts a table headed by an abbreviation ("No.", "Ref.") in its first column, which is no list label', () => {
    const log = laid(
      [7, 13, 36, 7],
      [
        ['No.', 'Date raised', 'Action', 'Owner', 'Status'],
        ['24/01', '11/01/24', 'Share patrol rota with wardens', 'TA', 'Open'],
        ['24/02', '14/03/24', 'Draft leaflet on doorstep scams', 'JM', 'Open'],
      ],
    );
    expect(spaceTables(log).split('\n')[0]).toBe('No.\tDate raised\tAction\tOwner\tStatus');
    const refs = laid(
      [8, 30],
      [
        ['Ref.', 'Matter', 'Officer'],
        ['P/114', 'Hedge on Crook Lane', 'Estates'],
        ['P/115', 'Bus shelter glazing', 'Highways'],
      ],
    );
    expect(toMarkdown(spaceTables(refs)).split('\n')[0]).toBe('| Ref. | Matter | Officer |');
  });
});

describe('a table of figures typed with spaces', () => {
  it('parts a table whose first column holds a band or zone letter alone under a heading word, no list of names', () => {
    const bands = [
      '    Band    Town        County      Total',
      '    A       120.10      980.55      1,100.65',
      '    B       140.12      1,143.98    1,284.10',
      '    C       160.13      1,307.41    1,467.54',
    ].join('\n');
    expect(spaceTables(bands).split('\n')).toEqual([
      'Band\tTown\tCounty\tTotal',
      'A\t120.10\t980.55\t1,100.65',
      'B\t140.12\t1,143.98\t1,284.10',
      'C\t160.13\t1,307.41\t1,467.54',
    ]);
    const zones = ['Zone    Resident permit    Visitor permit', 'A       £60                £25', 'B       £45                £20'].join(
      '\n',
    );
    expect(toMarkdown(spaceTables(zones)).split('\n')).toEqual([
      '| Zone | Resident permit | Visitor permit |',
      '| --- | --- | --- |',
      '| A | £60 | £25 |',
      '| B | £45 | £20 |',
    ]);
  });

  it('parts a scorecard headed by periods ("Q2", "2024/25"), its long measure one space before its first figure', () => {
    const quarters = [
      'Measure                                    Q1      Q2      Target',
      'Looked-after children (number)             212     208     -',
      'Reviews held on time (%)                   91      94      95',
      'Young people in work, training or college 61      64      70',
    ].join('\n');
    expect(spaceTables(quarters).split('\n')).toEqual([
      'Measure\tQ1\tQ2\tTarget',
      'Looked-after children (number)\t212\t208\t-',
      'Reviews held on time (%)\t91\t94\t95',
      'Young people in work, training or college\t61\t64\t70',
    ]);
    const years = [
      'Indicator                      2023/24    2024/25',
      'Homes built                    312        287',
      'Affordable homes completed     98         104',
    ].join('\n');
    expect(spaceTables(years).split('\n')[0]).toBe('Indicator\t2023/24\t2024/25');
  });

  it('leaves a line with a figure above rows as it is: a heading names a period, no count or date', () => {
    const text = ['Minute        Item 4        Item 5', 'Report        Noted         Agreed', 'Budget        Agreed        Deferred'].join(
      '\n',
    );
    expect(spaceTables(text)).toBe(text);
  });
});

describe('a table typed with pipes between its cells', () => {
  it('parts a Markdown table on its pipes, with or without pipes at its ends, its rule row kept as a rule', () => {
    const plain = [
      'Meeting date    | Item                          | Lead officer',
      '----------------|-------------------------------|-------------',
      '12 Mar 2025     | Leisure centre repairs        | Head of Leisure',
      '9 Apr 2025      | Flood task group: final report | Scrutiny Officer',
    ].join('\n');
    expect(spaceTables(plain).split('\n')).toEqual([
      'Meeting date\tItem\tLead officer',
      '---\t---\t---',
      '12 Mar 2025\tLeisure centre repairs\tHead of Leisure',
      '9 Apr 2025\tFlood task group: final report\tScrutiny Officer',
    ]);
    expect(toMarkdown(spaceTables(plain)).split('\n')).toEqual([
      '| Meeting date | Item | Lead officer |',
      '| --- | --- | --- |',
      '| 12 Mar 2025 | Leisure centre repairs | Head of Leisure |',
      '| 9 Apr 2025 | Flood task group: final report | Scrutiny Officer |',
    ]);
    const outer = ['| Fund | Bid | Award |', '|---|---|---|', '| Arts | £900 | £750 |'].join('\n');
    expect(toMarkdown(spaceTables(outer)).split('\n')).toEqual(['| Fund | Bid | Award |', '| --- | --- | --- |', '| Arts | £900 | £750 |']);
  });

  it('reads "|" as the column parting in rows with no rule, a wrapped cell joined to its row and no pipe left in a cell', () => {
    const text = [
      'Application   | Address                 | Comments',
      '25/0311/HH    | 7 Weavers Lane          | No objection',
      '25/0318/FUL   | Land off Quarry Road    | OBJECT - loss of',
      '              |                         | hedgerow',
    ].join('\n');
    expect(toMarkdown(spaceTables(text)).split('\n')).toEqual([
      '| Application | Address | Comments |',
      '| --- | --- | --- |',
      '| 25/0311/HH | 7 Weavers Lane | No objection |',
      '| 25/0318/FUL | Land off Quarry Road | OBJECT - loss of hedgerow |',
    ]);
    const escaped = ['Code  | Meaning', 'A \\| B | Either', 'C     | Closed'].join('\n');
    expect(spaceTables(escaped).split('\n')).toEqual(['Code\tMeaning', 'A | B\tEither', 'C\tClosed']);
  });

  it('leaves a lone line with a pipe, and prose under a piped line, as they are', () => {
    const text = ['Page | 3', '', 'Leisure Minutes | Tuesday 4 March 2025', 'The Committee noted the report of the Head of Leisure.'].join(
      '\n',
    );
    expect(spaceTables(text)).toBe(text);
  });
});
