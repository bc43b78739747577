import { describe, expect, it } from 'vitest';
import { groupLines, renderLines, type Line, type Piece } from './pdf-lines.ts';

/** Pieces and lines made by hand (a character 5 units wide, font size 10 unless given), as pdf-text.ts makes them; no PDF. */
const piece = (str: string, x0: number, y: number, size = 10): Piece => ({ str, x0, x1: x0 + 5 * str.length, y, size });
const line = (...pieces: Piece[]): Line => ({ y: pieces[0]!.y, size: pieces[0]!.size, pieces });
/** One line a row of [text, left edge] pairs, 14 units apart from y 700 down. */
const page = (...rows: [string, number][][]): Line[] => rows.map((row, i) => line(...row.map(([str, x0]) => piece(str, x0, 700 - 14 * i))));

describe('groupLines', () => {
  it('puts pieces within half a font size of one baseline on one line, top to bottom, each left to right', () => {
    const lines = groupLines([piece('world', 100, 700), piece('next', 50, 686), piece('Hello', 50, 700.3, 12), piece('low', 50, 694)]);
    expect(lines.map((l) => l.pieces.map((p) => p.str))).toEqual([['Hello', 'world'], ['low'], ['next']]);
    expect(lines[0]!.size).toBe(12);
  });
});

describe('renderLines', () => {
  it('joins near pieces, with a space at a word gap, and starts a new line at a wide gap', () => {
    const lines = page(
      [
        ['Hel', 50],
        ['lo', 65.5],
        ['world', 78],
      ],
      [
        ['Scheme', 50],
        ['Cost', 250],
      ],
    );
    expect(renderLines(lines, 'flat')).toEqual(['Hello world', 'Scheme', 'Cost']);
  });

  it('keeps a bullet and a label with the text beside them, but puts an item number on a line of its own', () => {
    const lines = page(
      [
        ['•', 50],
        ['Text', 70],
      ],
      [
        ['Date:', 50],
        ['3 March', 100],
      ],
      [
        ['12', 50],
        ['Title', 80],
      ],
    );
    expect(renderLines(lines, 'flat')).toEqual(['• Text', 'Date: 3 March', '12', 'Title']);
  });

  it('reads a wide gap that the lines around run across as a word space (justified text)', () => {
    const lines = page(
      [['aaaaaaaaaaaaaaaaaaaaaaaa', 50]],
      [
        ['wide', 50],
        ['gap', 82],
      ],
      [['bbbbbbbbbbbbbbbbbbbbbbbb', 50]],
    );
    expect(renderLines(lines, 'flat')[1]).toBe('wide gap');
  });

  it('keeps text drawn twice a little offset (fake bold) once', () => {
    expect(renderLines([line(piece('Bold', 50, 700), piece('Bold', 50.4, 700))], 'flat')).toEqual(['Bold']);
  });

  it('puts a blank line at a clearly wider vertical gap', () => {
    const lines = [...page([['One', 50]], [['Two', 50]], [['Three', 50]]), line(piece('Four', 50, 630))];
    expect(renderLines(lines, 'flat')).toEqual(['One', 'Two', 'Three', '', 'Four']);
  });

  it('joins a word hyphenated at a line end only before a lower-case letter', () => {
    expect(renderLines(page([['the commit-', 50]], [['tee met', 50]]), 'flat')).toEqual(['the committee met']);
    expect(renderLines(page([['North-', 50]], [['East ward', 50]]), 'flat')).toEqual(['North-', 'East ward']);
  });

  it("keeps the hyphen of a word that has one, as a text's lines do (line-end-hyphens.ts)", () => {
    expect(renderLines(page([['in non-', 50]], [['domestic rates', 50]]), 'flat')).toEqual(['in non-domestic rates']);
    expect(renderLines(page([['at Newcastle-', 50]], [['under-Lyme today', 50]]), 'flat')).toEqual(['at Newcastle-under-Lyme today']);
  });

  it('with the rows layout, keeps a table row on one line and an indent as spaces', () => {
    const lines = page(
      [
        ['Name', 50],
        ['Ward', 250],
      ],
      [
        ['Robin', 50],
        ['North', 250],
      ],
      [['Some text', 50]],
      [['indented', 60]],
      [['More', 50]],
    );
    expect(renderLines(lines, 'rows')).toEqual(['Name\tWard', 'Robin\tNorth', 'Some text', '    indented', 'More']);
    expect(renderLines(lines, 'flat')).toEqual(['Name', 'Ward', 'Robin', 'North', 'Some text', 'indented', 'More']);
  });
});
