import { describe, expect, it } from 'vitest';
import { cellTexts, filledCells, isPipeRule, pipeCells, rowCells } from './table-cells.ts';

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
