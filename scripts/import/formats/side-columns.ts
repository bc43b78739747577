/**
 * Records printed in two columns of English side by side (parish minutes exported with `pdftotext -layout`, a
 * newsletter): each line holds a line of the left column, a gutter of spaces, then a line of the right column. Read as
 * they stand, the two columns alternate line by line, so titles and resolutions of both are glued and the right
 * column's items are lost. A page plainly laid out so is read its left column top to bottom, then its right, with a
 * warning naming its lines; a page that only may be (too few lines, short ones) is read as it stands, with a warning
 * naming its lines, so nothing is glued silently. The gutter and each line's cells are text-columns.ts's (the Welsh
 * beside English test goes first; what it leaves in two columns comes here); a PDF's pages are read the same way from
 * where their text stands (pdf-side-columns.ts), with the same page test (sideBySideVerdict).
 *
 * Many signals must agree, as many layouts part a line with a gap and are not two columns: a payments list ("Name",
 * a gap, "£120.00"), a roster of names in two columns, a table of three columns or more, dotted leaders, a running
 * header with its date on the right. Both columns must be prose (lower-case words), one cell each (no further gap),
 * wrapped to the column (most lines near the column's width, lines carrying on a sentence), over several lines.
 */
import { type Cells, type ColumnText, type PageColumns, type Side, textPageColumns } from './text-columns.ts';

/** How a page in two columns is read: `columns`, its left column then its right; `suspected`, as it stands, warned. */
export type SideBySide = 'columns' | 'suspected' | null;

/** Fewest lines of both columns on a page read in two; fewer (but MIN_SUSPECTED) only warn. */
const MIN_PAIRED = 6;
const MIN_SUSPECTED = 4;
/** Share of a column's words in lower case at least: prose, not a list of names, headings or figures. */
const PROSE_SHARE = 0.35;
/** A line this share of its column's longest line or longer is wrapped at the column's width. */
const FILLED = 0.65;
/** Fewest lines in each column whose sentence carries on to its next line (ending in a lower-case word or a comma). */
const MIN_WRAPS = 2;
/** A further gap in a column's line: a table's next cell. */
const INNER_GAP = /\S {3,}\S/;

/** What a column's lines show of being a column of prose. */
interface ColumnSignals {
  prose: boolean;
  single: boolean;
  filled: boolean;
  wraps: boolean;
}

/** A column's signals, from its lines of text between the page's first and last line of both columns. */
function signalsOf(text: string): ColumnSignals {
  const all = text.split('\n').map((line) => line.trim());
  const lines = all.filter((line) => line !== '');
  const words = lines.flatMap((line) => line.split(/\s+/));
  const lower = words.filter((word) => /^\p{Ll}/u.test(word)).length;
  const longest = Math.max(0, ...lines.map((line) => line.length));
  return {
    prose: lower >= PROSE_SHARE * words.length,
    single: lines.filter((line) => INNER_GAP.test(line)).length * 10 <= lines.length,
    filled: lines.filter((line) => line.length >= FILLED * longest).length * 2 >= lines.length,
    wraps: all.filter((line, at) => /[\p{Ll},]$/u.test(line) && (all[at + 1] ?? '') !== '').length >= MIN_WRAPS,
  };
}

/**
 * Whether a page's two columns (text-columns.ts's columnsOf) are two columns of English prose side by side: `columns`
 * when both columns are prose in one cell a line, wrapped to their width with sentences carried on, over MIN_PAIRED
 * lines of both; `suspected` when prose in one cell a line over MIN_SUSPECTED lines shows one of those last signs;
 * null otherwise (a table, a list, a roster).
 */
export function sideBySideVerdict(page: PageColumns): SideBySide {
  if (page.paired < MIN_SUSPECTED) return null;
  const [left, right] = [signalsOf(page.left), signalsOf(page.right)];
  if (!left.prose || !right.prose || !left.single || !right.single) return null;
  if (page.paired >= MIN_PAIRED && left.filled && right.filled && left.wraps && right.wraps) return 'columns';
  return (left.filled && right.filled) || (left.wraps && right.wraps) ? 'suspected' : null;
}

/**
 * The last line of a page's two columns: its last line of both, then on over lines of the right column alone (the
 * right column runs longer, blank lines between) and lines of the left column alone straight after a line of text
 * (the left column's last lines), so a page's foot after a gap stays where it is. `gapAbove`: whether a line has a
 * blank line (a text's) or a wide space (a PDF's) above it.
 */
export function columnsEnd(cells: Cells[], last: number, gapAbove = (at: number): boolean => cells[at - 1]!.kind === 'blank'): number {
  let end = last;
  for (let at = last + 1; at < cells.length; at++) {
    const cell = cells[at]!;
    if (cell.kind === 'across') break;
    if (cell.kind === 'blank') continue;
    if (cell.left.trim() !== '' && gapAbove(at)) break;
    end = at;
  }
  return end;
}

/**
 * The reading order of a page's lines from `first` to `end`: each run of lines between lines across the gutter (a
 * heading over both columns), its lines' left column, then their right; a line across the gutter where it stands.
 */
export function readingOrder(cells: Cells[], first: number, end: number): { at: number; side: Side | null }[][] {
  const blocks: { at: number; side: Side | null }[][] = [];
  let run: number[] = [];
  const close = (): void => {
    if (run.length > 0) for (const side of ['left', 'right'] as const) blocks.push(run.map((at) => ({ at, side })));
    run = [];
  };
  for (let at = first; at <= end; at++) {
    if (cells[at]!.kind === 'across') {
      close();
      blocks.push([{ at, side: null }]);
    } else run.push(at);
  }
  close();
  return blocks;
}

/** The lines of a page read in two columns: each column's lines, blank lines at its paragraphs and between columns. */
function columnLines(lines: string[], cells: Cells[], first: number, end: number): string[] {
  const out = lines.slice(0, first);
  for (const block of readingOrder(cells, first, end)) {
    const text = block.map(({ at, side }) => {
      const cell = cells[at]!;
      return side === null ? lines[at]! : cell.kind === 'columns' ? cell[side].trimEnd() : '';
    });
    while (text[0] === '') text.shift();
    while (text.at(-1) === '') text.pop();
    if (text.length === 0) continue;
    if (out.length > 0 && out.at(-1)!.trim() !== '' && block[0]!.side !== null) out.push('');
    for (const line of text) if (line.trim() !== '' || out.at(-1)?.trim() !== '') out.push(line);
    if (block[0]!.side !== null) out.push('');
  }
  const rest = lines.slice(end + 1);
  if (out.at(-1) === '' && rest[0]?.trim() === '') out.pop();
  return [...out, ...rest];
}

/** The warning for pages read in two columns, or suspected of it, naming where (lines of a text, pages of a PDF). */
export function sideBySideWarning(read: string[], suspected: string[]): string | null {
  const parts: string[] = [];
  if (read.length > 0) {
    parts.push(`the record is printed in two columns side by side (${read.join(', ')}): they are read as the left column, then the right`);
  }
  if (suspected.length > 0) {
    parts.push(
      `the record may be printed in two columns side by side (${suspected.join(', ')}: a gutter of spaces on most lines): they are read as they stand, a line of both columns at a time, so check them against the source`,
    );
  }
  return parts.length === 0 ? null : parts.join('; ');
}

/**
 * A record's text with each page printed in two columns of English read as its left column, then its right (pages
 * split at form feeds, each with its own gutter), and a warning naming the lines of each page read so or only
 * suspected of it; the text unchanged otherwise.
 */
export function readSideBySide(text: string): ColumnText {
  const read: string[] = [];
  const suspected: string[] = [];
  let line = 1;
  const pages = text.split('\f').map((page) => {
    const lines = page.split('\n');
    const start = line;
    line += lines.length - 1;
    const columns = textPageColumns(lines);
    const verdict = columns === null ? null : sideBySideVerdict(columns);
    if (columns === null || verdict === null) return page;
    const end = columnsEnd(columns.cells, columns.last);
    const span = `${start + columns.first}–${start + end}`;
    if (verdict === 'suspected') {
      suspected.push(span);
      return page;
    }
    read.push(span);
    return columnLines(lines, columns.cells, columns.first, end).join('\n');
  });
  const warning = sideBySideWarning(
    read.length > 0 ? [`lines ${read.join(', ')}`] : [],
    suspected.length > 0 ? [`lines ${suspected.join(', ')}`] : [],
  );
  return warning === null ? { text, warning: null } : { text: pages.join('\f'), warning };
}
