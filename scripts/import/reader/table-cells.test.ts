import { describe, expect, it } from 'vitest';
import { cellTexts, filledCells, rowCells } from './table-cells.ts';

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
});
