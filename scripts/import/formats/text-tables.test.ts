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
