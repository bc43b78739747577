import { describe, expect, it } from 'vitest';
import { voteTablesAsSideLines, voteTotalsOff } from './vote-table.ts';
import { DIVISION_PUT } from './vote-division.ts';
import { findVotes } from './votes.ts';

const rows = (...lines: string[][]) => lines.map((cells) => cells.join('\t')).join('\n');

describe("a recorded vote's table", () => {
  it('reads a grid of marks as side lines, passing over unmarked cells and the totals row', () => {
    const table = rows(
      ['Councillor', 'For', 'Against', 'Abstain'],
      ['Cllr A Abbott', '✓', '', ''],
      ['Cllr B Barlow', '', 'X', ''],
      ['Cllr C Cross', '✓', '-', ''],
      ['Cllr D Dunne', '', '', 'X'],
      ['Total', '2', '1', '1'],
    );
    expect(voteTablesAsSideLines(`The amendment was put.\n${table}\nThe amendment was CARRIED.`).split('\n')).toEqual([
      'The amendment was put.',
      '',
      'For (2): Cllr A Abbott, Cllr C Cross',
      'Against (1): Cllr B Barlow',
      'Abstained (1): Cllr D Dunne',
      '',
      'The amendment was CARRIED.',
    ]);
  });

  it("checks a grid's Total row against its marks, reading the marks and saying where the sum differs", () => {
    const grid = (total: string[]) =>
      rows(
        ['Councillor', 'For', 'Against', 'Abstain'],
        ['Ashworth', 'X', '', ''],
        ['Birtle', '', 'X', ''],
        ['Crompton', '', 'X', ''],
        total,
      );
    expect(voteTotalsOff(grid(['Total', '1', '2', '0']))).toEqual([]);
    const off = grid(['Total', '1', '3', '0']);
    expect(voteTotalsOff(off)).toEqual(['Against: the Total row says 3, the marks 2']);
    expect(voteTablesAsSideLines(off).split('\n').filter(Boolean)).toEqual(['For (1): Ashworth', 'Against (2): Birtle, Crompton']);
    const gap = [
      'Councillor      For    Against    Abstain',
      'Ashworth         X',
      'Birtle                    X',
      'Total            2        1          0',
    ].join('\n');
    expect(voteTotalsOff(gap)).toEqual(['For: the Total row says 2, the marks 1']);
  });

  it("places a gap-parted grid's mark under the heading whose span holds it, set at its end as in its middle", () => {
    const gap = [
      'Councillor      For    Against    Abstained',
      'Ashworth          X',
      'Birtle                       X',
      'Crompton                                 X',
      'Dearden         X',
    ].join('\n');
    expect(voteTablesAsSideLines(gap).split('\n').filter(Boolean)).toEqual([
      'For (2): Ashworth, Dearden',
      'Against (1): Birtle',
      'Abstained (1): Crompton',
    ]);
  });

  it('reads one side a column, its members listed down it, rows stopping short, to the blank line', () => {
    const text = [
      'A recorded vote was taken.',
      rows(
        ['For', 'Against', 'Abstain'],
        ['Councillor Akhtar', 'Councillor Hartwell', 'Councillor Ghosh'],
        ['Councillor Barrie', 'Councillor Fenn'],
      ),
      'Councillor Bracken',
      '',
      'Resolved: That the budget be approved.',
    ].join('\n');
    expect(voteTablesAsSideLines(text).split('\n').filter(Boolean)).toEqual([
      'A recorded vote was taken.',
      'For (3): Councillor Akhtar, Councillor Barrie, Councillor Bracken',
      'Against (2): Councillor Hartwell, Councillor Fenn',
      'Abstained (1): Councillor Ghosh',
      'Resolved: That the budget be approved.',
    ]);
    expect(findVotes(text)).toMatchObject([{ for: 3, against: 2, abstentions: 1, votedAgainst: ['Hartwell', 'Fenn'] }]);
  });

  it('reads one side a row with its members in one cell, as ModernGov\'s recorded vote prints it, and keeps "Smith, J" whole', () => {
    const table = rows(
      ['Vote', 'Councillors', 'Count'],
      ['For', 'Cllr A Ash, Cllr B Elm and Cllr C Fir', '3'],
      ['Against', 'Smith, J', '1'],
    );
    expect(voteTablesAsSideLines(table).split('\n').filter(Boolean)).toEqual([
      'For (3): Cllr A Ash, Cllr B Elm, Cllr C Fir',
      'Against (1): Smith, J',
    ]);
  });

  it('reads a side\'s row that names no one ("Abstain | None | 0") as a count of 0, and a table of such rows alone as none', () => {
    const table = rows(
      ['Vote', 'Councillors', 'Count'],
      ['For', 'Cllr K Kemble and Cllr L Lusk', '2'],
      ['Against', 'None', '0'],
      ['Abstain', '-', '0'],
    );
    expect(voteTablesAsSideLines(table).split('\n').filter(Boolean)).toEqual([
      'For (2): Cllr K Kemble, Cllr L Lusk',
      'Against (0)',
      'Abstained (0)',
    ]);
    expect(findVotes(`${table}\n\nThe motion was CARRIED.`)).toMatchObject([
      { for: 2, against: 0, abstentions: 0, votedFor: ['K Kemble', 'L Lusk'] },
    ]);
    const empty = rows(['Vote', 'Councillors', 'Count'], ['Against', 'None', '0']);
    expect(voteTablesAsSideLines(empty)).toBe(empty);
  });

  it('reads a small table of counts under the sides ("For | Against | Abstain" over "3 | 1 | 1") as the counts', () => {
    const table = rows(['For', 'Against', 'Abstain'], ['3', '1', '1']);
    expect(voteTablesAsSideLines(table).split('\n').filter(Boolean)).toEqual(['For (3)', 'Against (1)', 'Abstained (1)']);
    expect(findVotes(`It was moved that the application be approved.\n\n${table}\n\nRESOLVED: That permission be granted.`)).toMatchObject([
      { for: 3, against: 1, abstentions: 1, outcome: 'carried' },
    ]);
    const two = rows(['In favour', 'Against'], ['9', '0']);
    expect(findVotes(`${two}\n\nThe motion was CARRIED.`)).toMatchObject([{ for: 9, against: 0 }]);
  });

  it('leaves a table of counts alone where a side has no count or there are several rows', () => {
    const text = rows(['For', 'Against', 'Abstain'], ['3', '1', '']);
    expect(voteTablesAsSideLines(text)).toBe(text);
    const rowsOfCounts = rows(['For', 'Against'], ['3', '1'], ['4', '0']);
    expect(voteTablesAsSideLines(rowsOfCounts)).toBe(rowsOfCounts);
  });

  it('reads a column that words each vote, leaving out members who did not vote and rows that mark two sides', () => {
    const table = rows(['Member', 'Vote'], ['E Eaves', 'For'], ['F Foyle', 'Against'], ['G Garnett', 'Absent'], ['H Hurst', 'In favour']);
    expect(voteTablesAsSideLines(table).split('\n').filter(Boolean)).toEqual(['For (2): E Eaves, H Hurst', 'Against (1): F Foyle']);
    const twice = rows(['Councillor', 'For', 'Against'], ['A Ash', 'X', 'X'], ['B Elm', 'X', '']);
    expect(voteTablesAsSideLines(twice).split('\n').filter(Boolean)).toEqual(['For (1): B Elm']);
  });

  it('leaves other tables as they stand: an attendance grid, a table of figures', () => {
    const attendance = rows(['Councillor', 'Present', 'Apologies'], ['A Ash', '✓', '']);
    const figures = rows(['Scheme', 'Budget', 'Spent'], ['Footpaths', '£10,000', '£8,000']);
    expect(voteTablesAsSideLines(attendance)).toBe(attendance);
    expect(voteTablesAsSideLines(figures)).toBe(figures);
  });

  it("gives the outcome beside it the table's names and counts", () => {
    const text = [
      'A recorded vote was taken on the motion.',
      rows(
        ['Councillor', 'For', 'Against', 'Abstained'],
        ['Cllr A Ash', 'X', '', ''],
        ['Cllr B Elm', 'X', '', ''],
        ['Cllr C Fir', '', 'X', ''],
      ),
      'The motion was CARRIED.',
    ].join('\n');
    const [vote] = findVotes(text);
    expect([vote?.outcome, vote?.for, vote?.against, vote?.abstentions, vote?.votedFor, vote?.votedAgainst]).toEqual([
      'carried',
      2,
      1,
      null,
      ['A Ash', 'B Elm'],
      ['C Fir'],
    ]);
  });

  it('parts two sides printed side by side at the gap, each a column of prose under "For n" and "Against n"', () => {
    const text = [
      '    On a recorded vote, three Members voted for the amendment and four against and it was declared lost.',
      '',
      '    For 3                              Against 4',
      '    Aldermen Quarrie and Belton;       The Mayor (Councillor Farrow);',
      '    and Councillor Hurst.              and Councillors Pask, Dunmore and',
      '                                       Ogle.',
      '',
      '    The original motion was then put to the meeting and passed.',
    ].join('\n');
    const [vote] = findVotes(text);
    expect([vote?.outcome, vote?.for, vote?.against, vote?.votedFor, vote?.votedAgainst]).toEqual([
      'lost',
      3,
      4,
      ['Quarrie', 'Belton', 'Hurst'],
      ['Farrow', 'Pask', 'Dunmore', 'Ogle'],
    ]);
  });

  it('reads a gap-parted grid of marks under "Name / Motion / Amendment / Abstain" as a division, the totals row no one', () => {
    const text = [
      'Ruth Kendal moved to approve, seconded by Owen Pike. Ada Lune moved an amendment to refuse.',
      'The vote was as follows:',
      '',
      '      Name                  Motion     Amendment     Abstain',
      '      Ada Lune                            X',
      '      Ruth Kendal             X',
      '      Owen Pike               X',
      '      Brian Esk                                        X',
      '      Carol Wray              X',
      '      TOTAL                   3           1             1',
      '',
    ].join('\n');
    expect(voteTablesAsSideLines(text).split('\n').filter(Boolean).slice(2)).toEqual([
      'For the motion (3): Ruth Kendal, Owen Pike, Carol Wray',
      'For the amendment (1): Ada Lune',
      'Abstained (1): Brian Esk',
    ]);
    expect(findVotes(text)).toContainEqual(
      expect.objectContaining({
        motion: DIVISION_PUT,
        outcome: 'carried',
        for: 3,
        against: 1,
        abstentions: 1,
        votedFor: ['Ruth Kendal', 'Owen Pike', 'Carol Wray'],
        votedAgainst: ['Ada Lune'],
        abstained: ['Brian Esk'],
      }),
    );
    // Tab-parted, the same grid reads the same.
    const tabbed = rows(['Member', 'Motion', 'Amendment'], ['Ada Lune', '', 'X'], ['Ruth Kendal', 'X', '']);
    expect(voteTablesAsSideLines(tabbed).split('\n').filter(Boolean)).toEqual([
      'For the motion (1): Ruth Kendal',
      'For the amendment (1): Ada Lune',
    ]);
  });

  it('leaves gap-parted lines that are no sides as they stand', () => {
    const text = 'For 3      Budget 4\nAsh        Elm';
    expect(voteTablesAsSideLines(text)).toBe(text);
  });
});
