import { describe, expect, it } from 'vitest';
import { spannedRows } from './html-table-spans.ts';

const cell = (value: string, rows = 1, cols = 1) => ({ value, rows, cols });

describe('spannedRows', () => {
  it('keeps a spanning cell in the first row it spans, the rows under it holding a blank in its column', () => {
    // A minute's number over two rows (its title and text, then its resolution and who acts).
    const grid = spannedRows(
      [
        [cell('No.'), cell('Item'), cell('Action')],
        [cell('7/25', 2), cell('Hall roof'), cell('')],
        [cell('Quote accepted'), cell('Clerk')],
        [cell('8/25'), cell('Grants'), cell('RFO')],
      ],
      '',
    );
    expect(grid).toEqual([
      ['No.', 'Item', 'Action'],
      ['7/25', 'Hall roof', ''],
      ['', 'Quote accepted', 'Clerk'],
      ['8/25', 'Grants', 'RFO'],
    ]);
  });

  it('places a span in any column, and a cell wide over several columns blanks the columns after it', () => {
    const grid = spannedRows(
      [[cell('1'), cell('Bins'), cell('JW', 3)], [cell('2'), cell('Benches')], [cell('Part B', 1, 2)], [cell('3'), cell('Staffing', 1, 2)]],
      '',
    );
    expect(grid).toEqual([
      ['1', 'Bins', 'JW'],
      ['2', 'Benches', ''],
      ['Part B', '', ''],
      ['3', 'Staffing', ''],
    ]);
  });

  it('reads a rowspan of 0 as the rest of the table and a span past the last row as ending there; no row is added', () => {
    expect(spannedRows([[cell('a', 0), cell('b')], [cell('c')], [cell('d')]], '-')).toEqual([
      ['a', 'b'],
      ['-', 'c'],
      ['-', 'd'],
    ]);
    expect(spannedRows([[cell('x', 9), cell('y')], [cell('z')]], '-')).toEqual([
      ['x', 'y'],
      ['-', 'z'],
    ]);
  });
});
