import { describe, expect, it } from 'vitest';
import { cellTexts, cellsUnder, filledCells, isPipeRule, pipeCells, rowCells, tableRows, typedTables } from './table-cells.ts';

describe("a table row's cells, as text extraction parts them", () => {
  it('parts a row with tabs at each tab only, a blank cell kept, and says where each cell starts', () => {
    expect(rowCells('3\t\tNew benches  for the green\tK Lowe')).toEqual([
      { text: '3', start: 0 },
      { text: '', start: 2 },
      { text: 'New benches  for the green', start: 3 },
      { text: 'K Lowe', start: 30 },
    ]);
  });

  it('parts a row without tabs at gaps of two spaces or more; an indent is a blank first cell, trailing spaces nothing', () => {
    expect(rowCells('      Mill Lane     Lane need lifting.   ')).toEqual([
      { text: '', start: 0 },
      { text: 'Mill Lane', start: 6 },
      { text: 'Lane need lifting.', start: 20 },
    ]);
    expect(cellTexts('Item  Subject  Minutes')).toEqual(['Item', 'Subject', 'Minutes']);
    // Prose keeps single spaces between its words: one cell.
    expect(cellTexts('The hall was let twice.')).toEqual(['The hall was let twice.']);
  });

  it('leaves blank cells out of the filled ones', () => {
    expect(filledCells('\tParks\t\tJ Dunn').map((cell) => [cell.text, cell.start])).toEqual([
      ['Parks', 1],
      ['J Dunn', 8],
    ]);
  });

  it("parts a Markdown table's row at its pipes only when asked, the outer pipes left off and a blank cell kept", () => {
    expect(pipeCells('| Cllr Ida Quarles (Chair) | X |  | |')).toEqual(['Cllr Ida Quarles (Chair)', 'X', '', '']);
    // The closing pipe may be left off; an escaped pipe parts nothing.
    expect(pipeCells('| Fees a\\|b | £12')).toEqual(['Fees a|b', '£12']);
    expect(pipeCells('Cllr Ida Quarles | X')).toBeNull();
    expect(pipeCells('|---|:---:|')).toBeNull();
    expect(isPipeRule('|---|:---:|')).toBe(true);
    expect(isPipeRule('| --- | --- |')).toBe(true);
    expect(isPipeRule('| - | Cllr Ida Quarles |')).toBe(false);
    // rowCells parts no row at its pipes: other readers read a piped row as before.
    expect(cellTexts('| Ida | X |')).toEqual(['| Ida | X |']);
  });
});

describe("a table's rows with their wrapped lines joined", () => {
  it('joins a line whose first cell is blank to the row above, cell by cell, and leaves the dash rule out', () => {
    const rows = [
      ['-----------', '----', '--------'],
      ['24/00311/HOU', '3 Tanner Row, Little', 'Rear dormer and'],
      ['', 'Brockwell', 'roof lights'],
      ['24/00320/FUL', 'Yard at Kiln Lane', 'Two flats'],
    ];
    expect(tableRows(rows)).toEqual([
      ['24/00311/HOU', '3 Tanner Row, Little Brockwell', 'Rear dormer and roof lights'],
      ['24/00320/FUL', 'Yard at Kiln Lane', 'Two flats'],
    ]);
  });

  it("joins a wrapped first cell with the row's long cells, a word broken at its hyphen whole", () => {
    const rows = [
      ['Highways and Transport', '6', 'Cllr Dace', 'Ames, Birt,'],
      ['Panel', '', '', 'Cole'],
      ['', '', '', 'Dent'],
      ['REF-', '4', 'Cllr Ede', 'Fox'],
      ['26-01', '', '', 'Gale'],
    ];
    expect(tableRows(rows)).toEqual([
      ['Highways and Transport Panel', '6', 'Cllr Dace', 'Ames, Birt, Cole Dent'],
      ['REF-26-01', '4', 'Cllr Ede', 'Fox Gale'],
    ]);
  });

  it('keeps as rows a list in columns, a row with a cell left empty and a total under the sums', () => {
    const list = [
      ['Cllr Amos', 'Cllr Bell'],
      ['Cllr Cole', ''],
      ['', 'Cllr Dunn'],
    ];
    expect(tableRows(list)).toEqual(list);
    const sums = [
      ['Scouts', 'Tents', '£300', 'Approved'],
      ['Bowls Club', 'Mower', '', 'Deferred'],
      ['Total', '', '£300', ''],
    ];
    expect(tableRows(sums)).toEqual(sums);
  });

  it('joins a line whose every cell carries on the one above: a bracketed aside, or lower-case words under an open cell', () => {
    const rows = [
      ['Question', 'Response'],
      ['Why were the lights off in May?', 'A cable failed and the'],
      ['(Cllr Pryce)', 'repair took nine days.'],
      ['When will the pool reopen? (Cllr Orme)', 'In April, once the roof is'],
      ['', 'watertight.'],
      ['Who pays for the survey?', 'The trust, in full.'],
      ['(Cllr Lunt)', ''],
    ];
    expect(tableRows(rows)).toEqual([
      ['Question', 'Response'],
      ['Why were the lights off in May? (Cllr Pryce)', 'A cable failed and the repair took nine days.'],
      ['When will the pool reopen? (Cllr Orme)', 'In April, once the roof is watertight.'],
      ['Who pays for the survey? (Cllr Lunt)', 'The trust, in full.'],
    ]);
    // A list's label in brackets, and a capital under an open cell, open rows of their own.
    const list = [
      ['(a)', 'Roads and the'],
      ['(b)', 'Lighting'],
      ['Parks', 'mowing'],
    ];
    expect(tableRows(list)).toEqual(list);
  });
});

describe("a gap-parted row's cells under its header's headings", () => {
  const heads = filledCells('Member name       Present    Apologies');
  it('places a mark by the heading whose span holds it, and words by the heading they start nearest', () => {
    expect(cellsUnder('Cllr Ottery                      X', heads)).toEqual(['Cllr Ottery', '', 'X']);
    expect(cellsUnder('Cllr Penhallow Trelawny-Smith     X', heads)).toEqual(['Cllr Penhallow Trelawny-Smith', '', 'X']);
    expect(cellsUnder('Cllr Quick           X', heads)).toEqual(['Cllr Quick', 'X', '']);
  });
});

describe('typed tables: a header row of words in columns, then a dashed rule or rows in its columns', () => {
  it('spans the header to the blank line, and takes no two-word line or prose for a header', () => {
    const lines = [
      'Present:   Cllr Ash   Cllr Birch',
      '',
      'Ref  Matter          Decision',
      '---  --------------  ---------',
      '1    Benches         Agreed.',
      '     on the green',
      '',
      'Col  Subject         Outcome',
      '4    Bins            Noted.',
      'The Clerk reported on the grit bins and the salt.',
    ];
    expect(typedTables(lines)).toEqual([
      { header: 2, end: 6 },
      { header: 7, end: 9 },
    ]);
  });
});
