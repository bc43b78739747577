/**
 * Tables in a plain-text record whose columns are lined up with spaces, as `pdftotext -layout` leaves them or a clerk
 * types them: a header line of short headings, then rows whose cells start in the header's columns; or typed with pipes
 * between the cells (pipeTableFrom). Each such row is
 * given tabs between its cells, as a PDF's table (pdf-columns.ts) and a web page's (html-text.ts) reach the readers,
 * so toMarkdown (minutes-markdown.ts) keeps it a table; without them its columns run together in one line.
 *
 * Only a block plainly laid out so is parted (see tableAt): its header's cells headings (the rule that heads a tab-parted
 * table) that name no person, are no value and are not like the entries below them (a list of names in columns has no
 * header); every line of it, to the blank line that ends it, in the header's columns (text-table-columns.ts). Prose, a signature line, a list
 * of names in columns and a bilingual Welsh page left unsplit (text-columns.ts) stay as they are. Each line stays one
 * line, so line numbers in messages still point into the file.
 */
import { TITLED_NAME } from '../../../src/model/honorifics.ts';
import { isHeaderRow } from '../minutes-markdown.ts';
import { filledCells, isPipeRule, pipeParted, typedTables, type Cell } from '../reader/table-cells.ts';
import { cellsAt, columnStarts, endOf } from './text-table-columns.ts';
import { languageOf } from './text-columns.ts';

/** "J Smith", "A. Byrne": a person named by an initial, which (as one named with a title) is a list's entry, no heading. */
const INITIAL_NAME = /^\p{Lu}\.?\s+\p{Lu}\p{Ll}/u;
const isPerson = (text: string): boolean => TITLED_NAME.test(text) || INITIAL_NAME.test(text);

/**
 * What no heading holds: a figure (a date, an amount, a time: a value, so the line is a row), a colon at its end (a
 * label before its value: "Date:"), a run of dots or rules (a line to sign on: "Chairman ........"), or an equals sign
 * between a mark and its meaning (a key of marks set out with gaps: "✓ = present   A = apologies", no table's header).
 */
const NO_HEADING = /\d|:$|[._…]{3,}|-{3,}|\s=\s/;

/**
 * "Q2", "H1", "2024/25", "2025-26", "2025": a period a scorecard's or a budget's column is headed by, the one figure a
 * heading after the first may hold (a count, a date or a sum in a line makes it a row).
 */
const PERIOD = /\b(?:\p{Lu}{1,2}\d{1,2}|(?:19|20)\d\d(?:[/-]\d{2,4})?)\b/gu;

/** Fewest rows with two cells filled or more: a header and one row are a labelled line, not a table. */
const MIN_ROWS = 2;

/** Fewest Welsh words that mark a column as Welsh prose: a page printed Welsh beside English that was not split. */
const WELSH_WORDS = 3;

/**
 * The kind of each word of a cell ("Rowan Cottage, Main Street" → "AAAA", "£512.30" → "9"): a heading and the
 * entries under it differ in kind ("Reference" over "25/0911/FUL"), a list's first entry and the next do not.
 */
function shape(text: string): string {
  return text
    .trim()
    .split(/\s+/)
    .map((word) =>
      /\d/.test(word)
        ? '9'
        : /^\p{Lu}{2,}$/u.test(word)
          ? 'C'
          : // A letter alone is a band's, a zone's or an initial: no word a heading is made of ("Band" over "A").
            /^\p{Lu}$/u.test(word)
            ? 'L'
            : /^\p{Lu}/u.test(word)
              ? 'A'
              : /^\p{Ll}/u.test(word)
                ? 'a'
                : '.',
    )
    .join('');
}

/** "Priority 1", "Year 2": a heading's word and its number, which may be one of a series of headings. */
const NUMBERED = /^(\p{L}[\p{L}\s]*?)\s+\d{1,2}$/u;

/**
 * Each heading with its number left off when it is one of a numbered series ("Priority 1  Priority 2", "Year 1  Year 2"):
 * headings counting the same word, where a row's cells would hold values of different kinds; a word and a number alone
 * ("Band 2") is a row's cell.
 */
function unnumbered(texts: readonly string[]): string[] {
  const words = texts.map((text) => NUMBERED.exec(text)?.[1]?.toLowerCase() ?? null);
  return texts.map((text, index) => {
    const word = words[index];
    return word != null && words.filter((other) => other === word).length >= 2 ? word : text;
  });
}

/** Whether a header line's cells can head a table parted by spaces: headings, no person, no value. */
function isSpaceHeader(cells: Cell[]): boolean {
  const texts = cells.map((cell) => cell.text.trim());
  const unnamed = unnumbered(texts).map((text, index) => (index === 0 ? text : text.replace(PERIOD, 'period')));
  return isHeaderRow(texts) && unnamed.every((text) => !NO_HEADING.test(text) && !isPerson(text));
}

/** A row's line with tabs between its cells, blank cells kept between filled ones, none after the last. */
function tabbed(cells: string[]): string {
  const last = cells.findLastIndex((cell) => cell !== '');
  return cells.slice(0, last + 1).join('\t');
}

/** Fewest words of a line of prose under a table's rows: "Agreed." alone may be a row's first cell. */
const PROSE_WORDS = 5;

/**
 * A sentence under a table's rows with no blank line between, as minutes go on under a table set in an item's text ("The
 * Board asked for an improvement plan …"): one cell of words from the first column on, past where the second heading
 * starts. It ends the table; it and the lines after it stay as they are.
 */
function runsAcross(line: string, header: Cell[]): boolean {
  const cells = filledCells(line);
  const second = header[1]?.start ?? Infinity;
  const only = cells.length === 1 ? cells[0]! : null;
  return only !== null && only.start < second && endOf(only) > second && only.text.trim().split(/\s+/).length >= PROSE_WORDS;
}

/**
 * The table whose header is `lines[at]`, its lines up to the next blank line (or a page break, a line a PDF or a
 * web page already parted with tabs, or a sentence running across the columns: runsAcross) each with tabs between its cells; null when those lines are not plainly a table.
 * A line with its first cell alone may only close the table (a longer first column: see firstCellRows), for a table
 * goes on only through lines with a tab.
 */
function tableFrom(lines: string[], at: number): string[] | null {
  const header = filledCells(lines[at]!);
  if (!isSpaceHeader(header)) return null;
  let end = at + 1;
  while (end < lines.length && lines[end]!.trim() !== '' && !/[\t\f]/.test(lines[end]!) && !runsAcross(lines[end]!, header)) end += 1;
  const body = lines.slice(at + 1, end);
  const starts = columnStarts(header, body);
  if (starts === null) return null;
  const rows = body.map((line) => cellsAt(line, starts, header));
  const firstAlone = (cells: string[]): boolean => cells.slice(1).every((cell) => cell === '');
  const closing = rows.findIndex(firstAlone);
  if (closing >= 0 && !rows.slice(closing).every(firstAlone)) return null;
  if (rows.filter((cells) => cells.filter((cell) => cell !== '').length >= 2).length < MIN_ROWS) return null;
  if (listed(header, rows) || welsh(rows, header.length)) return null;
  return [tabbed(header.map((cell) => cell.text.trim())), ...rows.map(tabbed)];
}

/**
 * Whether a "header" is only a list's first line: its first cell of the same kind of words as most entries under it
 * ("Councillor A Bell" over "Councillor D Carr", "Venue" over "Chair" and "Clerk").
 */
function listed(header: Cell[], rows: string[][]): boolean {
  const entries = rows.map((cells) => cells[0]!).filter((cell) => cell !== '');
  const kind = shape(header[0]!.text);
  return entries.filter((entry) => shape(entry) === kind).length * 2 > entries.length && !markGrid(rows) && !valuesUnder(header, rows);
}

/**
 * Whether a column after the first holds values under a heading of words, every filled cell a figure ("46.2%", "£1,204"
 * under "Recycling rate"): a table's, whose first column may be one word a row as its heading is ("Depot" over "Ashworth"),
 * where a list of names in columns has names in every column.
 */
function valuesUnder(header: Cell[], rows: string[][]): boolean {
  return header.slice(1).some((heading, index) => {
    const cells = rows.map((cells) => cells[index + 1] ?? '').filter((cell) => cell !== '');
    return !/\d/.test(heading.text) && cells.length >= MIN_ROWS && cells.every((cell) => /\d/.test(cell));
  });
}

/** "X", "✓", "Ap": a mark a grid sets in a column, one or two signs, no figure. */
const MARK = /^[^\s\d]{1,2}$/u;

/**
 * Whether the rows are a grid of marks: every cell after the first a mark, a figure (a total row's sum) or blank, some a
 * mark ("Barraclough | | X |" under "Councillor | For | Against"). A list of names in columns has names there, so its
 * surnames alone under a one-word heading ("Councillor") are still a grid's rows.
 */
function markGrid(rows: string[][]): boolean {
  const cells = rows.flatMap((row) => row.slice(1)).filter((cell) => cell !== '');
  return (
    cells.some((cell) => MARK.test(cell)) && cells.every((cell) => MARK.test(cell) || /^[\d,.]+$/.test(cell) || /^[-–—=_]+$/.test(cell))
  );
}

/** Whether a column reads as Welsh: a bilingual page that text-columns.ts did not split, which is no table. */
function welsh(rows: string[][], columns: number): boolean {
  for (let column = 0; column < columns; column++) {
    if (languageOf(rows.map((cells) => cells[column] ?? '').join(' '), WELSH_WORDS) === 'welsh') return true;
  }
  return false;
}

/**
 * The table typed with pipes between its cells whose header is `lines[at]` ("Meeting date | Item | Lead officer", pipes
 * at its ends or none), to the next blank line or line with no pipe, each line's cells parted by tabs instead and its
 * rule ("----|----") a rule of tabs, so no pipe stays in a cell's text; null when the header is no row of headings, or
 * there are fewer rows than MIN_ROWS with no rule under the header (a line of prose with a pipe: "Page | 3").
 */
function pipeTableFrom(lines: string[], at: number): string[] | null {
  // A table drawn with pipes at its ends has them on every row; one without has a pipe first only after a blank cell.
  const edged = /^\s*\|/.test(lines[at]!);
  const cellsOf = (line: string): string[] => pipeParted(line, edged) ?? [];
  const header = cellsOf(lines[at]!);
  if (header.length === 0 || isPipeRule(lines[at]!) || !isHeaderRow(header)) return null;
  const isRow = (line: string): boolean => isPipeRule(line) || (cellsOf(line).length >= 2 && cellsOf(line).length <= header.length);
  let end = at + 1;
  while (end < lines.length && lines[end]!.trim() !== '' && !/[\t\f]/.test(lines[end]!) && isRow(lines[end]!)) end += 1;
  const body = lines.slice(at + 1, end);
  const ruled = body.length > 0 && isPipeRule(body[0]!);
  const rows = body.filter((line) => !isPipeRule(line)).map(cellsOf);
  if (rows.filter((cells) => cells.filter((cell) => cell !== '').length >= 2).length < (ruled ? 1 : MIN_ROWS)) return null;
  const rule = header.map(() => '---').join('\t');
  return [tabbed(header), ...body.map((line) => (isPipeRule(line) ? rule : tabbed(cellsOf(line))))];
}

/**
 * A plain text's tables lined up with spaces or typed with pipes, each row's cells parted by tabs instead (see tableFrom,
 * pipeTableFrom); every other line as it is, and as many lines as before.
 */
export function spaceTables(text: string): string {
  const lines = text.split('\n');
  // A row of a typed table this does not part (its wrapped cells run across the columns) heads no table of its own.
  const rows = new Set(
    typedTables(lines).flatMap(({ header, end }) => Array.from({ length: end - header - 1 }, (_row, at) => header + 1 + at)),
  );
  const out: string[] = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at]!;
    const table = /[\t\f]/.test(line) || rows.has(at) ? null : (pipeTableFrom(lines, at) ?? tableFrom(lines, at));
    if (table === null) {
      out.push(line);
      continue;
    }
    out.push(...table);
    at += table.length - 1;
  }
  return out.join('\n');
}
