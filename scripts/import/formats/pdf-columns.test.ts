import { describe, expect, it } from 'vitest';
import { tableRows, type Segment } from './pdf-columns.ts';

/** Lines of cells made by hand (text, left edge, font size 10), as pdf-lines.ts hands them over; no PDF. */
const cell = (text: string, x0: number, x1 = x0 + 40): Segment => ({ text, x0, x1, size: 10 });
const noGaps = (count: number): boolean[] => Array<boolean>(count).fill(false);

describe('tableRows', () => {
  it('makes lines whose cells start in the same columns rows of one table, cells tab-separated', () => {
    const lines = [
      [cell('Scheme', 50), cell('Cost', 250)],
      [cell('Benches', 52), cell('1,200', 251)],
      [cell('Bins', 50), cell('800', 250)],
    ];
    expect([...tableRows(lines, noGaps(3))]).toEqual([
      [0, 'Scheme\tCost'],
      [1, 'Benches\t1,200'],
      [2, 'Bins\t800'],
    ]);
  });

  it('keeps an empty first cell for a one-cell line in a later column, among the rows and after them', () => {
    const lines = [
      [cell('A', 50), cell('B', 250)],
      [cell('b2', 250)],
      [cell('C', 50), cell('D', 250)],
      [cell('d2', 250)],
      [cell('After', 50)],
    ];
    expect([...tableRows(lines, noGaps(5))]).toEqual([
      [0, 'A\tB'],
      [1, '\tb2'],
      [2, 'C\tD'],
      [3, '\td2'],
    ]);
  });

  it('gives a one-cell line right of every column a column of its own', () => {
    const lines = [[cell('A', 50), cell('B', 250)], [cell('C', 50), cell('D', 250)], [cell('Z', 400)]];
    expect(tableRows(lines, noGaps(3)).get(2)).toBe('\t\tZ');
  });

  it('makes no table of one line of cells, nor of two lines whose cells do not line up', () => {
    expect(tableRows([[cell('A', 50), cell('B', 250)], [cell('Text', 50)]], noGaps(2)).size).toBe(0);
    expect(
      tableRows(
        [
          [cell('A', 50), cell('B', 250)],
          [cell('C', 120), cell('D', 400)],
        ],
        noGaps(2),
      ).size,
    ).toBe(0);
  });

  it('goes on past a blank line into a row, but not into a one-cell line', () => {
    const lines = [[cell('A', 50), cell('B', 250)], [cell('C', 50), cell('D', 250)], [cell('Note', 250)]];
    expect([...tableRows(lines, [false, true, false])]).toEqual([
      [0, 'A\tB'],
      [1, 'C\tD'],
      [2, '\tNote'],
    ]);
    expect(tableRows(lines, [false, false, true]).has(2)).toBe(false);
  });
});
