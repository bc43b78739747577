/**
 * Tab-separated rows (how PDF converters keep table cells) to readable Markdown:
 * small tables become GFM tables; wide or wordy ones become lists, since a GFM cell
 * cannot hold paragraphs and a nine-column table of essays is unreadable.
 */
import { hasBlockHtml, htmlToInline, htmlToMarkdown } from './html-fragments.ts';

const SHORT_CELL = 250;
const HEADER_CELL = 60;

/** A row that only draws a rule: dashes in every cell. */
export function isRuleRow(line: string): boolean {
  return /^[\s\-–—=_|]*$/.test(line) && /[-–—=_]/.test(line);
}

/** Cells of a tab-separated line, trimmed. */
export function cellsOf(line: string): string[] {
  return line.split('\t').map((cell) => cell.trim());
}

/** Drops columns empty in every row, so layout gaps do not become empty columns. */
function dropEmptyColumns(rows: string[][]): string[][] {
  const width = Math.max(...rows.map((row) => row.length));
  const used = Array.from({ length: width }, (_, column) => rows.some((row) => (row[column] ?? '') !== ''));
  return rows.map((row) => used.flatMap((keep, column) => (keep ? [row[column] ?? ''] : [])));
}

function gfmCell(cell: string): string {
  return htmlToInline(cell).replace(/\|/g, '\\|');
}

function gfmTable(rows: string[][]): string {
  const width = Math.max(...rows.map((row) => row.length));
  const line = (row: string[]): string => `| ${Array.from({ length: width }, (_, column) => gfmCell(row[column] ?? '')).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

/** Cells to paragraphs; runs of short cells ("Yes?", "[x]") share one line. */
function cellBlocks(cells: string[]): string[] {
  const blocks: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) blocks.push(run.join(' '));
    run = [];
  };
  for (const cell of cells) {
    const text = htmlToMarkdown(cell);
    if (text === '') continue;
    if (text.length <= 30 && !text.includes('\n')) {
      run.push(text);
    } else {
      flush();
      blocks.push(text);
    }
  }
  flush();
  return blocks;
}

/** "A2 | long answer": the first cell as a bold label, the rest as blocks; a row with an empty first cell continues the row above. */
function labelledBlocks(rows: string[][]): string {
  const sections: string[][] = [];
  for (const row of rows) {
    const previous = sections.at(-1);
    if ((row[0] ?? '') === '' && previous) {
      previous.push(...cellBlocks(row));
      continue;
    }
    const [label = '', ...rest] = row.filter((cell) => cell !== '');
    sections.push([`**${htmlToInline(label)}**`, ...cellBlocks(rest)]);
  }
  return sections.map((blocks) => blocks.join('\n\n')).join('\n\n');
}

/** Picks the header row: among the first rows, the fullest whose cells are all short and nearly all filled. */
function headerIndex(rows: string[][], width: number): number {
  let best = -1;
  let bestCount = Math.max(2, width - 2);
  rows.slice(0, 3).forEach((row, index) => {
    const filled = row.filter((cell) => cell !== '');
    if (filled.every((cell) => cell.length <= HEADER_CELL) && filled.length > bestCount) {
      best = index;
      bestCount = filled.length;
    }
  });
  return best;
}

/** The column that names a row: the first whose cells are not all the same ("People & Families" in every row names nothing). */
function leadColumn(rows: string[][]): number {
  const width = Math.max(...rows.map((row) => row.length));
  for (let column = 0; column < width; column += 1) {
    if (new Set(rows.map((row) => row[column] ?? '')).size > 1) return column;
  }
  return 0;
}

/** Each row as a list item led by its naming cell, the other cells as nested items named by their column header. */
function rowList(rows: string[][], header: string[]): string {
  const lead = leadColumn(rows);
  return rows
    .map((row) => {
      const field = (column: number): string => {
        const name = htmlToInline(header[column] ?? '');
        const value = htmlToInline(row[column] ?? '');
        return name ? `**${name}:** ${value}` : value;
      };
      const others = row.map((_, column) => column).filter((column) => column !== lead && (row[column] ?? '') !== '');
      return [`- ${field(lead)}`, ...others.map((column) => `  - ${field(column)}`)].join('\n');
    })
    .join('\n');
}

/** Markdown for one block of tab-separated lines. */
export function tableToMarkdown(lines: string[]): string {
  const rows = dropEmptyColumns(lines.filter((line) => !isRuleRow(line)).map(cellsOf));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.length));
  if (width <= 1)
    return rows
      .map((row) => htmlToMarkdown(row[0] ?? ''))
      .filter(Boolean)
      .join('\n\n');
  const cells = rows.flat();
  const small = width <= 6 && cells.every((cell) => cell.length <= SHORT_CELL && !hasBlockHtml(cell));
  if (small) return gfmTable(rows);
  const header = headerIndex(rows, width);
  if (header >= 0 && width >= 3) {
    const before = rows.slice(0, header).map((row) => row.filter(Boolean).map(htmlToInline).join(' '));
    const list = rowList(rows.slice(header + 1), rows[header] ?? []);
    return [...before.filter(Boolean), list].join('\n\n');
  }
  return labelledBlocks(rows);
}
