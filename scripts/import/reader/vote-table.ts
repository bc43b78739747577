/**
 * A recorded vote printed as a table, the cells separated by tabs (as the PDF and web page readers give
 * a table's rows): one member a row in a grid whose columns are the sides ("Councillor / For / Against /
 * Abstain", a mark in one of them), or with a column that words each member's vote ("Member / Vote", "For",
 * "Against", "Abstained"), or one side a row with its members in one cell ("Vote / Councillors / Count"),
 * or one side a column, its members listed down it ("For / Against / Abstain"), or the sides' counts alone in one row
 * under them ("For / Against / Abstain" over "3 / 1 / 1", read as count lines "For (3)"). The vote reader (votes.ts) reads each table as the side lines a recorded vote
 * prints in prose ("For (3): Cllr A Ash, Cllr B Elm, Cllr C Fir"), so the outcome beside it takes the names
 * as it takes those of a list; the names stay as the table prints them. A grid whose columns are the motion and the
 * amendment ("Name / Motion / Amendment / Abstain", tab- or gap-parted) is a division, read as its side lines
 * ("For the motion (4): …", "For the amendment (2): …"; vote-division.ts).
 */
import type { VoteSide } from '../../../src/model/schema.ts';
import { markColumns, markedIn } from './table-grid.ts';
import { sideWords } from './vote-names.ts';
import { placedCells } from './item-table.ts';
import { cellsUnder, filledCells } from './table-cells.ts';
import { squash } from '../text.ts';

/** The header cell over the members' names. */
const WHO = /^(?:councillors?|members?|names?|member\s+name|councillor\s+name)$/i;
/** The header cell over a column that words each member's vote. */
const HOW = /^(?:vote|voted|votes?\s+cast|how\s+voted|voting)$/i;
/** The sides as a header cell, or a vote cell, words them: a prose label's words (vote-names.ts), or a yes or no; the first that matches the whole cell wins. */
const SIDES: readonly (readonly [RegExp, VoteSide])[] = [
  [new RegExp(String.raw`^(?:${sideWords('votedFor')}|yes|aye)$`, 'i'), 'votedFor'],
  [new RegExp(String.raw`^(?:${sideWords('votedAgainst')}|no|nay)$`, 'i'), 'votedAgainst'],
  [new RegExp(String.raw`^(?:${sideWords('abstained')})$`, 'i'), 'abstained'],
];
/** A cell that names no one: "None", "Nil", "0", a dash. */
const NO_ONE = /^(?:none|nil|0|-|–|—)$/i;
/** A row that adds the columns up rather than naming a member. */
const TOTAL = /^(?:totals?|total\s+votes)$/i;
/** A column a grid's mark may stand in: a side, or in a division the motion's or the amendment's. */
type Column = VoteSide | 'motion' | 'amendment';
/** The words a prose side line opens with, for each side (vote-names.ts, and vote-division.ts for a division's, read them). */
const LABELS: Record<Column, string> = {
  votedFor: 'For',
  votedAgainst: 'Against',
  abstained: 'Abstained',
  motion: 'For the motion',
  amendment: 'For the amendment',
};

const sideOf = (cell: string): VoteSide | undefined => SIDES.find(([pattern]) => pattern.test(cell))?.[1];
/** Each column with no member yet, in the order its side line is printed: abstentions last. */
const noneNamed = (): Record<Column, string[]> => ({ votedFor: [], votedAgainst: [], motion: [], amendment: [], abstained: [] });
/** A grid's heading: a side, or in a division "Motion" or "Amendment". */
const columnOf = (cell: string): Column | undefined =>
  sideOf(cell) ?? (/^(?:motion|amendment)$/i.test(cell) ? (cell.toLowerCase() as Column) : undefined);

interface Columns {
  who: number;
  /** The column that words each vote; -1 in a grid of marks. */
  how: number;
  /** A grid's columns headed by a side, whose marked cell says the row's. */
  marks: Map<number, Column>;
}

function headerColumns(line: string): Columns | null {
  if (!line.includes('\t')) return null;
  return columnsOf(line.split('\t').map(squash));
}

function columnsOf(cells: string[]): Columns | null {
  const who = cells.findIndex((cell) => WHO.test(cell));
  const how = cells.findIndex((cell) => HOW.test(cell));
  const marks = markColumns(cells, columnOf);
  if (who === -1 || (how === -1 && marks.size < 2)) return null;
  return { who, how: marks.size >= 2 ? -1 : how, marks };
}

/** The side a row gives its member; undefined when it marks none, or more than one. */
function rowSide(cells: string[], columns: Columns): Column | undefined {
  return columns.how !== -1 ? sideOf(cells[columns.how] ?? '') : markedIn(cells, columns.marks);
}

/**
 * A cell that names members: "Councillor Akhtar", "Smith, J", or several in a run ("Cllr A Ash, Cllr B
 * Elm and Cllr C Fir", "Ash, Elm and Fir"): a run when it has "and" or two commas, or each part is a name
 * of two words.
 */
function membersIn(cell: string): string[] {
  if (cell === '' || TOTAL.test(cell) || sideOf(cell) !== undefined || /^\d+$/.test(cell) || NO_ONE.test(cell)) return [];
  const parts = cell
    .split(/\s*[,;]\s*|\s+and\s+/)
    .map(squash)
    .filter((name) => name !== '');
  const run = /\sand\s/.test(cell) || (cell.match(/[,;]/g) ?? []).length >= 2 || parts.every((part) => part.includes(' '));
  return run ? parts : [cell];
}

/**
 * A table whose columns are the sides, each listing its members down the column ("For / Against / Abstain"
 * over "Councillor Akhtar / Councillor Hartwell / Councillor Ghosh"); a row may stop after its first cells,
 * or hold its first column's name alone. It ends at a blank line.
 */
function readSideColumns(lines: string[], at: number, named: Record<VoteSide, string[]>): number | null {
  const sides = sideColumns(lines[at] ?? '');
  if (sides === null) return null;
  let next = at + 1;
  for (; next < lines.length && (lines[next] ?? '').trim() !== ''; next += 1) {
    (lines[next] ?? '').split('\t').forEach((cell, column) => {
      const side = sides[column];
      if (side !== undefined) named[side].push(...membersIn(squash(cell)));
    });
  }
  return next;
}

/** The side each cell of a tab-parted header words ("For / Against / Abstain"); null when a cell is no side or fewer than two sides. */
function sideColumns(header: string): VoteSide[] | null {
  if (!header.includes('\t')) return null;
  const sides = header.split('\t').map((cell) => sideOf(squash(cell)));
  return sides.some((side) => side === undefined) || new Set(sides).size < 2 ? null : (sides as VoteSide[]);
}

/**
 * "For | Against | Abstain" over one row "3 | 1 | 1": the sides' counts alone, as a web page's small vote table prints
 * them, given as count lines ("For (3)"), which the vote reader takes as it takes a prose count. Only one row, a count
 * in every cell: anything else is some other table, left as it stands.
 */
function readSideCounts(lines: string[], at: number): ReadTable | null {
  const sides = sideColumns(lines[at] ?? '');
  const row = (lines[at + 1] ?? '').split('\t').map(squash);
  const next = at + 2;
  if (sides === null || row.length !== sides.length || !row.every((cell) => /^\d{1,3}$/.test(cell))) return null;
  if ((lines[next] ?? '').trim() !== '' && next < lines.length) return null;
  return { sides: sides.map((side, column) => `${LABELS[side]} (${row[column] ?? ''})`), next, totalsOff: [] };
}

/** A vote table read: its side lines, the index of the line after its last row, and where its Total row disagrees with its marks. */
interface ReadTable {
  sides: string[];
  next: number;
  /** "Against: the Total row says 4, the marks 3": each column whose printed total is not the count of its marks. */
  totalsOff: string[];
}

/** A grid's Total row's sums, by the column each stands in ("Total | 8 | 3 | 1"); a blank or unreadable sum is none. */
function totalsIn(cells: string[], marks: Map<number, Column>): Map<Column, number> {
  const totals = new Map<Column, number>();
  for (const [index, column] of marks) if (/^\d{1,3}$/.test(cells[index] ?? '')) totals.set(column, Number(cells[index]));
  return totals;
}

/**
 * Each column whose Total row's sum is not the count of the marks in it: the marks name who voted which way, so they are
 * read and the disagreement is said, never the printed sum taken over them.
 */
function totalsDisagree(named: Record<Column, string[]>, totals: Map<Column, number>): string[] {
  return [...totals].flatMap(([column, total]) =>
    total === named[column].length ? [] : [`${LABELS[column]}: the Total row says ${total}, the marks ${named[column].length}`],
  );
}

/** The side lines of the table whose header is `lines[at]`, and the index of the line after its last row; null when there is no such table. */
function readTable(lines: string[], at: number): ReadTable | null {
  const named = noneNamed();
  /** The sides whose row says no one voted that way ("Abstain | None | 0"). */
  const noOne = new Set<Column>();
  const columns = headerColumns(lines[at] ?? '');
  let totals = new Map<Column, number>();
  let next = at + 1;
  if (columns === null) {
    const end = readSideColumns(lines, at, named);
    if (end === null) return null;
    next = end;
  }
  for (; columns !== null && next < lines.length; next += 1) {
    const line = lines[next] ?? '';
    if (!line.includes('\t')) break;
    const cells = line.split('\t').map(squash);
    if (columns.how === -1 && TOTAL.test(cells[columns.who] ?? '')) totals = totalsIn(cells, columns.marks);
    const side = rowSide(cells, columns);
    // "For | Cllr A Ash, Cllr B Elm | 2": a row may name a side's members in one cell.
    if (side !== undefined) named[side].push(...membersIn(cells[columns.who] ?? ''));
    if (side !== undefined && NO_ONE.test(cells[columns.who] ?? '')) noOne.add(side);
  }
  const sides = sideLines(named, noOne);
  return sides === null ? null : { sides, next, totalsOff: totalsDisagree(named, totals) };
}

/** Each column's members as a prose side line ("For (2): A, B"); a side no one voted on ("Abstained (0)") a count of 0; null when none names anyone. */
function sideLines(named: Record<Column, string[]>, noOne: ReadonlySet<Column> = new Set()): string[] | null {
  const sides = (Object.keys(named) as Column[]).flatMap((side) => {
    if (named[side].length > 0) return [`${LABELS[side]} (${named[side].length}): ${named[side].join(', ')}`];
    return noOne.has(side) ? [`${LABELS[side]} (0)`] : [];
  });
  return sides.every((line) => !line.includes(':')) ? null : sides;
}

/**
 * A grid of marks parted by gaps in a plain-text layout ("Name   Motion   Amendment   Abstain" over "Ada Lune   X"):
 * each row's cells placed under the heading nearest them, to the blank line; the totals row marks every column, so
 * it names no one.
 */
function readGapGrid(lines: string[], at: number): ReadTable | null {
  const header = lines[at] ?? '';
  if (header.includes('\t') || !/\S\s{2,}\S/.test(header)) return null;
  const heads = filledCells(header);
  const columns = columnsOf(heads.map(({ text }) => squash(text)));
  if (columns === null || columns.how !== -1) return null;
  const named = noneNamed();
  let totals = new Map<Column, number>();
  let next = at + 1;
  for (; next < lines.length && (lines[next] ?? '').trim() !== ''; next += 1) {
    const cells = cellsUnder(lines[next] ?? '', heads).map(squash);
    if (TOTAL.test(cells[columns.who] ?? '')) totals = totalsIn(cells, columns.marks);
    const side = markedIn(cells, columns.marks);
    if (side !== undefined) named[side].push(...membersIn(cells[columns.who] ?? ''));
  }
  const sides = sideLines(named);
  return sides === null ? null : { sides, next, totalsOff: totalsDisagree(named, totals) };
}

/** A side's heading over a column of prose, with the count printed beside it or none: "For 7", "Against (14)", "Abstained". */
const COUNTED_SIDE = /^(.+?)(?:\s*\(?(\d{1,3})\)?)?$/;

/** A gap-parted heading's sides ("For 7      Against 14"), each with its column and count; null when a cell is no side or fewer than two sides. */
function gapHeading(line: string): { side: VoteSide; count: string | undefined; start: number }[] | null {
  if (line.includes('\t') || !/\S\s{2,}\S/.test(line)) return null;
  const heads = filledCells(line).map(({ text, start }) => {
    const [, words = '', count] = COUNTED_SIDE.exec(squash(text)) ?? [];
    return { side: sideOf(words), count, start };
  });
  const sides = heads.flatMap(({ side, count, start }) => (side === undefined ? [] : [{ side, count, start }]));
  return sides.length === heads.length && new Set(sides.map(({ side }) => side)).size >= 2 ? sides : null;
}

/**
 * Sides printed side by side in a plain-text layout, each a column of prose under its heading ("For 7" and
 * "Against 14" over "Aldermen Ash and Elm;" and "the Lord Mayor (Councillor Oak);", each side's names
 * wrapping down its column), to the blank line: each column is parted at the gap and read as one side's line
 * ("For (7): Aldermen Ash and Elm; …"), which the side lines' reader (vote-names.ts) names.
 */
function readGapColumns(lines: string[], at: number): ReadTable | null {
  const heads = gapHeading(lines[at] ?? '');
  if (heads === null) return null;
  const texts = heads.map((): string[] => []);
  let next = at + 1;
  const starts = heads.map(({ start }) => start);
  for (; next < lines.length && (lines[next] ?? '').trim() !== ''; next += 1) {
    placedCells(lines[next] ?? '', starts).forEach((cell, column) => cell !== '' && texts[column]?.push(cell));
  }
  if (texts.every((column) => column.length === 0)) return null;
  const sides = heads.map(
    ({ side, count }, column) => `${LABELS[side]}${count === undefined ? '' : ` (${count})`}: ${texts[column]?.join(' ') ?? ''}`,
  );
  return { sides, next, totalsOff: [] };
}

/** Each recorded vote's table in the text, read; null where the table is none. */
function readVoteTables(text: string): { lines: string[]; tables: (ReadTable | null)[] } {
  const lines = text.split('\n');
  const tables: (ReadTable | null)[] = [];
  // A table's cells are parted by tabs, or in a plain-text layout by wide gaps.
  if (!/\t|\S {2}/.test(text)) return { lines, tables: lines.map(() => null) };
  for (let at = 0; at < lines.length;) {
    const table = readTable(lines, at) ?? readSideCounts(lines, at) ?? readGapColumns(lines, at) ?? readGapGrid(lines, at);
    tables.push(table);
    at = table?.next ?? at + 1;
  }
  return { lines, tables };
}

/** The text with each recorded vote's table given as its side lines, one a line; other lines as they stand. */
export function voteTablesAsSideLines(text: string): string {
  const { lines, tables } = readVoteTables(text);
  let at = 0;
  return tables
    .flatMap((table) => {
      const out = table === null ? [lines[at] ?? ''] : ['', ...table.sides, ''];
      at = table?.next ?? at + 1;
      return out;
    })
    .join('\n');
}

/** Where a recorded vote's table's Total row disagrees with its marks ("Against: the Total row says 4, the marks 3"), each table's in order. */
export const voteTotalsOff = (text: string): string[] => readVoteTables(text).tables.flatMap((table) => table?.totalsOff ?? []);
