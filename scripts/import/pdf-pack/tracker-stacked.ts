/**
 * A tracker's table (or an executive response's) copied out of a word processor as plain text, one cell a
 * line: the headings a block of short lines, then a block for each row, rows parted by blank lines ("1" /
 * "That the policy be rewritten." / "The policy will be rewritten for the" / "2026 round." / "Accepted" /
 * "Head of Admissions / September 2025"). The table is set out again with tabs between its cells, each block
 * on the line it starts on and its other lines left blank (so line numbers still point into the file), for
 * the tracker reader, which reads tab-parted tables (tracker-table.ts, its rows; tracker.ts, its cells).
 *
 * A row's lines are fitted to the columns in the headings' order, at the least cost (`fitRow`): a line that
 * carries on a sentence the line above left open stays in that cell; a reference, an answer ("Accepted",
 * "Not accepted", "Complete") and a date go to the column made for them; a short column (a reference, an
 * answer, a date, an officer) takes one line at most, any other column any number; a blank cell costs more
 * than a second paragraph. Where a row's lines are not one a cell, or two fits cost the same, each guess
 * is named in a warning on its row: a cell taken to be blank, a cell taken to hold more than one paragraph.
 * A table whose every cell stands in a block of its own (a web page flattened) is not this layout: its
 * blank cells cannot be told apart (kinds/tracker.ts warns of it).
 */
import { NO_DATE } from './tracker.ts';
import { trackerHeader, type TrackerColumn } from './tracker-columns.ts';
import { firstClause, statusWords } from './tracker-status.ts';
import { blank } from './tracker-table.ts';
import { squash } from '../text.ts';

/** What a column takes: its own kind of line (one at most), one short line, or any number of lines. */
type Fit = 'reference' | 'answer' | 'date' | 'short' | 'wordy';

const FITS: Partial<Record<TrackerColumn, Fit>> = {
  reference: 'reference',
  outcome: 'answer',
  status: 'answer',
  rag: 'answer',
  targetDate: 'date',
  reviewDate: 'date',
  meetingDates: 'date',
  leadOfficer: 'short',
  responsibleMember: 'short',
  committee: 'short',
};

/** A blank cell costs more than a second paragraph in a cell, less than a line out of place. */
const BLANK_COST = 1;
const PARAGRAPH_COST = 0.5;
const MISPLACED_COST = 2;
const SPLIT_COST = 3;
const MISFIT_COST = 4;

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/** A heading as a block of headings prints it: a few short words. */
function isHeadingLine(line: string): boolean {
  return line.length <= 40 && words(line) <= 5;
}

/** True when the line is of the kind the column is made for; a dash alone is any column's blank. */
function shaped(fit: Fit, line: string): boolean {
  if (blank(line)) return true;
  if (fit === 'reference') return line.length <= 20 && /\d/.test(line) && words(line) <= 3;
  if (fit === 'answer') {
    const said = statusWords(line);
    return (
      line.length <= 60 && words(firstClause(line)) <= 4 && (said.outcome !== null || said.status !== 'not-stated' || said.rag !== null)
    );
  }
  if (fit === 'date') return line.length <= 30 && (/\d/.test(line) || NO_DATE.test(line));
  return fit === 'wordy' || line.length <= 80;
}

/** A line that carries on the sentence of the one above: it opens in lower case, or the one above is long and stops short. */
function carriesOn(previous: string, line: string): boolean {
  return /^\p{Ll}/u.test(line) || (previous.length >= 40 && !/[.!?:;)\]"”’']$/.test(previous));
}

interface Fitted {
  /** How many lines each column takes, in order. */
  takes: number[];
  /** The columns where another take cost the same. */
  tied: number[];
}

/** A row's lines and its columns' fits, with what fitting them costs. */
class RowFit {
  private readonly memo = new Map<string, number>();
  private readonly lines: string[];
  private readonly fits: Fit[];
  private readonly anchors: Fit[];

  constructor(lines: string[], fits: Fit[]) {
    this.lines = lines;
    this.fits = fits;
    this.anchors = [...new Set(fits.filter((fit) => fit === 'answer' || fit === 'date'))];
  }

  /** Most lines the column may take from `at`: one for a short column, any for a wordy one or the last. */
  most(column: number, at: number): number {
    const rest = this.lines.length - at;
    return this.fits[column] === 'wordy' || column === this.fits.length - 1 ? rest : Math.min(1, rest);
  }

  /** What it costs for the column to take `take` lines from `at`. */
  cellCost(column: number, at: number, take: number): number {
    if (take === 0) return BLANK_COST;
    const fit = this.fits[column] ?? 'wordy';
    const line = (index: number): string => this.lines[index] ?? '';
    let cost = at > 0 && carriesOn(line(at - 1), line(at)) ? SPLIT_COST : 0;
    for (let index = at; index < at + take; index += 1) {
      if (index > at && !carriesOn(line(index - 1), line(index))) cost += PARAGRAPH_COST;
      if (take === 1 && fit !== 'wordy' && !shaped(fit, line(index))) cost += MISFIT_COST;
      // An answer or a date in another column than its own.
      if (this.anchors.some((anchor) => anchor !== fit && !blank(line(index)) && shaped(anchor, line(index)))) cost += MISPLACED_COST;
    }
    return cost;
  }

  /** The least cost of fitting the columns from `column` to the lines from `at`. */
  best(column: number, at: number): number {
    if (column === this.fits.length) return at === this.lines.length ? 0 : Infinity;
    const key = `${column}/${at}`;
    let least = this.memo.get(key);
    if (least !== undefined) return least;
    least = Infinity;
    for (let take = 0; take <= this.most(column, at); take += 1) least = Math.min(least, this.takeCost(column, at, take));
    this.memo.set(key, least);
    return least;
  }

  takeCost(column: number, at: number, take: number): number {
    return this.cellCost(column, at, take) + this.best(column + 1, at + take);
  }
}

/**
 * The lines each column takes, at the least cost; where takes tie, a column takes a line rather than
 * none, and as few as it can (a blank cell is taken to be a later one, a further paragraph the later
 * cell's). The last column takes any lines left over.
 */
function fitRow(lines: string[], fits: Fit[]): Fitted {
  const row = new RowFit(lines, fits);
  const takes: number[] = [];
  const tied: number[] = [];
  let at = 0;
  for (let column = 0; column < fits.length; column += 1) {
    const target = row.best(column, at);
    const options: number[] = [];
    for (let take = 0; take <= row.most(column, at); take += 1) {
      if (Math.abs(row.takeCost(column, at, take) - target) < 1e-9) options.push(take);
    }
    // A take of none goes last: a cell with a line is likelier than a blank one.
    const take = [...options].sort((a, b) => (a === 0 ? Infinity : a) - (b === 0 ? Infinity : b))[0] ?? 0;
    if (options.length > 1) tied.push(column);
    takes.push(take);
    at += take;
  }
  return { takes, tied };
}

/** How many paragraphs the lines hold: a line that carries on the one above is no new one. */
function paragraphCount(lines: string[]): number {
  return lines.filter((line, index) => index === 0 || !carriesOn(lines[index - 1] ?? '', line)).length;
}

/** A cell's lines as one cell: a wrapped line joined with a space, a further paragraph after a break. */
function cellText(lines: string[]): string {
  return lines.map((line, index) => (index === 0 ? line : `${carriesOn(lines[index - 1] ?? '', line) ? ' ' : '<br>'}${line}`)).join('');
}

/** Why a row's cells are a guess, for its warnings. */
const ROW_GUESS = (lines: number, columns: number): string =>
  `the table's cells are one a line and this row's ${lines} line(s) are not one for each of its ${columns} columns, so where each cell ends is a guess`;

/** A row's cells, and a warning for each guess its lines called for. */
function rowCells(lines: string[], fits: Fit[], headings: string[]): { cells: string[]; notes: string[] } {
  const { takes, tied } = fitRow(lines, fits);
  const cells: string[] = [];
  const notes: string[] = [];
  const guessed = paragraphCount(lines) !== fits.length || tied.length > 0;
  let at = 0;
  takes.forEach((take, column) => {
    const own = lines.slice(at, at + take);
    at += take;
    cells.push(cellText(own));
    const held = paragraphCount(own);
    const heading = headings[column] ?? '';
    if (guessed && take === 0) notes.push(`"${heading}" is taken to be blank: ${ROW_GUESS(lines.length, fits.length)}`);
    if (guessed && held > 1) notes.push(`"${heading}" is taken to hold ${held} paragraphs: ${ROW_GUESS(lines.length, fits.length)}`);
  });
  return { cells, notes };
}

interface Block {
  at: number;
  lines: string[];
}

function blocksOf(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  lines.forEach((raw, at) => {
    const line = squash(raw);
    if (line === '') open = null;
    else if (open) open.lines.push(line);
    else {
      open = { at, lines: [line] };
      blocks.push(open);
    }
  });
  return blocks;
}

export interface TableLines {
  /** The lines, with a table of one cell a line set out with tabs. */
  lines: string[];
  /** Warnings for the row that starts on a line. */
  notes: Map<number, string[]>;
}

/**
 * The lines with a tracker's table of one cell a line set out with tabs, and a warning for each guess at a
 * row's cells; null when the lines hold no such table (a block of three headings or more that a tracker's
 * header reads, then at least one row of two lines or more, opening with its reference when the first
 * column is one).
 */
export function unstackTracker(lines: string[]): TableLines | null {
  const blocks = blocksOf(lines);
  const at = blocks.findIndex(
    (block) => block.lines.length >= 3 && block.lines.every(isHeadingLine) && trackerHeader([block.lines.join('\t')]) !== null,
  );
  const header = blocks[at];
  const columns = header ? trackerHeader([header.lines.join('\t')])?.columns : undefined;
  if (!header || !columns) return null;
  const byIndex = new Map([...columns].map(([column, index]) => [index, column]));
  const fits = header.lines.map((_, index): Fit => {
    const column = byIndex.get(index);
    return (column && FITS[column]) ?? 'wordy';
  });
  const isRow = (block: Block): boolean =>
    block.lines.length >= 2 && (fits[0] !== 'reference' || shaped('reference', block.lines[0] ?? ''));
  const rows: Block[] = [];
  for (const block of blocks.slice(at + 1)) {
    if (!isRow(block)) break;
    rows.push(block);
  }
  if (rows.length === 0) return null;
  const out = [...lines];
  const notes = new Map<number, string[]>();
  const setOut = (block: Block, cells: string[]): void => {
    block.lines.forEach((_, index) => (out[block.at + index] = index === 0 ? cells.join('\t') : ''));
  };
  setOut(header, header.lines);
  for (const row of rows) {
    const { cells, notes: guesses } = rowCells(row.lines, fits, header.lines);
    setOut(row, cells);
    if (guesses.length > 0) notes.set(row.at, guesses);
  }
  return { lines: out, notes };
}

/** The lines as the tracker reader takes them: a table of one cell a line set out with tabs, else as they are. */
export function trackerLines(lines: string[]): TableLines {
  return unstackTracker(lines) ?? { lines, notes: new Map() };
}
