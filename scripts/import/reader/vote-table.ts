/**
 * A recorded vote printed as a table, one member a row, the cells separated by tabs (as the PDF and web
 * page readers give a table's rows): a grid whose columns are the sides ("Councillor / For / Against /
 * Abstain", a mark in one of them), or a column that words each member's vote ("Member / Vote", "For",
 * "Against", "Abstained"). The vote reader (votes.ts) reads each table as the side lines a recorded vote
 * prints in prose ("For (3): Cllr A Ash, Cllr B Elm, Cllr C Fir"), so the outcome beside it takes the names
 * as it takes those of a list; the names stay as the table prints them.
 */
import type { VoteSide } from '../../../src/model/schema.ts';
import { markColumns, markedIn } from './table-grid.ts';
import { sideWords } from './vote-names.ts';
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
/** A row that adds the columns up rather than naming a member. */
const TOTAL = /^(?:totals?|total\s+votes)$/i;
/** The words a prose side line opens with, for each side (vote-names.ts reads them). */
const LABELS: Record<VoteSide, string> = { votedFor: 'For', votedAgainst: 'Against', abstained: 'Abstained' };

const sideOf = (cell: string): VoteSide | undefined => SIDES.find(([pattern]) => pattern.test(cell))?.[1];

interface Columns {
  who: number;
  /** The column that words each vote; -1 in a grid of marks. */
  how: number;
  /** A grid's columns headed by a side, whose marked cell says the row's. */
  marks: Map<number, VoteSide>;
}

function headerColumns(line: string): Columns | null {
  if (!line.includes('\t')) return null;
  const cells = line.split('\t').map(squash);
  const who = cells.findIndex((cell) => WHO.test(cell));
  const how = cells.findIndex((cell) => HOW.test(cell));
  const marks = markColumns(cells, sideOf);
  if (who === -1 || (how === -1 && marks.size < 2)) return null;
  return { who, how: marks.size >= 2 ? -1 : how, marks };
}

/** The side a row gives its member; undefined when it marks none, or more than one. */
function rowSide(cells: string[], columns: Columns): VoteSide | undefined {
  return columns.how !== -1 ? sideOf(cells[columns.how] ?? '') : markedIn(cells, columns.marks);
}

/** The side lines of the table whose header is `lines[at]`, and the index of the line after its last row; null when there is no such table. */
function readTable(lines: string[], at: number): { sides: string[]; next: number } | null {
  const columns = headerColumns(lines[at] ?? '');
  if (columns === null) return null;
  const named: Record<VoteSide, string[]> = { votedFor: [], votedAgainst: [], abstained: [] };
  let next = at + 1;
  for (; next < lines.length; next += 1) {
    const line = lines[next] ?? '';
    if (!line.includes('\t')) break;
    const cells = line.split('\t').map(squash);
    const name = cells[columns.who] ?? '';
    const side = rowSide(cells, columns);
    if (name !== '' && !TOTAL.test(name) && side !== undefined) named[side].push(name);
  }
  const sides = (Object.keys(named) as VoteSide[])
    .filter((side) => named[side].length > 0)
    .map((side) => `${LABELS[side]} (${named[side].length}): ${named[side].join(', ')}`);
  return sides.length === 0 ? null : { sides, next };
}

/** The text with each recorded vote's table given as its side lines, one a line; other lines as they stand. */
export function voteTablesAsSideLines(text: string): string {
  if (!text.includes('\t')) return text;
  const lines = text.split('\n');
  const out: string[] = [];
  for (let at = 0; at < lines.length;) {
    const table = readTable(lines, at);
    if (table === null) {
      out.push(lines[at] ?? '');
      at += 1;
      continue;
    }
    out.push('', ...table.sides, '');
    at = table.next;
  }
  return out.join('\n');
}
