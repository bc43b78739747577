/**
 * Tab-separated rows (how PDF converters keep table cells) to readable Markdown:
 * small tables become GFM tables; wide or wordy ones become lists, since a GFM cell
 * cannot hold paragraphs and a nine-column table of essays is unreadable.
 */
import { hasBlockHtml, htmlToInline, htmlToMarkdown } from './html-fragments.ts';

const SHORT_CELL = 150;
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
  const line = (row: string[]): string =>
    `| ${Array.from({ length: width }, (_, column) => gfmCell(row[column] ?? '')).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), `|${' --- |'.repeat(width)}`, ...body.map(line)].join('\n');
}

/** "A2 | long answer": the short first cell as a bold label, the rest as blocks. */
function labelledBlocks(rows: string[][]): string {
  return rows
    .map((row) => {
      const [label = '', ...rest] = row.filter((cell) => cell !== '');
      const content = rest.map(htmlToMarkdown).filter((text) => text !== '');
      return [`**${htmlToInline(label)}**`, ...content].join('\n\n');
    })
    .join('\n\n');
}

/** Picks the header row: the fullest of the first rows whose cells are all short. */
function headerIndex(rows: string[][]): number {
  let best = -1;
  let bestCount = 1;
  rows.slice(0, 3).forEach((row, index) => {
    const filled = row.filter((cell) => cell !== '');
    if (filled.every((cell) => cell.length <= HEADER_CELL) && filled.length > bestCount) {
      best = index;
      bestCount = filled.length;
    }
  });
  return best;
}

/** Each row as a list item, each cell as a nested item named by its column header. */
function rowList(rows: string[][], header: string[]): string {
  return rows
    .map((row) => {
      const fields = row
        .map((cell, column) => ({ name: htmlToInline(header[column] ?? ''), value: htmlToInline(cell) }))
        .filter((field) => field.value !== '');
      const lines = fields.map((field) => (field.name ? `**${field.name}:** ${field.value}` : field.value));
      const [first = '', ...rest] = lines;
      return [`- ${first}`, ...rest.map((text) => `  - ${text}`)].join('\n');
    })
    .join('\n');
}

/** Markdown for one block of tab-separated lines. */
export function tableToMarkdown(lines: string[]): string {
  const rows = dropEmptyColumns(lines.filter((line) => !isRuleRow(line)).map(cellsOf));
  if (rows.length === 0) return '';
  const width = Math.max(...rows.map((row) => row.length));
  if (width <= 1) return rows.map((row) => htmlToMarkdown(row[0] ?? '')).filter(Boolean).join('\n\n');
  const cells = rows.flat();
  const small = width <= 6 && cells.every((cell) => cell.length <= SHORT_CELL && !hasBlockHtml(cell));
  if (small) return gfmTable(rows);
  const header = headerIndex(rows);
  if (header >= 0 && width >= 3) {
    const before = rows.slice(0, header).map((row) => row.filter(Boolean).map(htmlToInline).join(' '));
    const list = rowList(rows.slice(header + 1), rows[header] ?? []);
    return [...before.filter(Boolean), list].join('\n\n');
  }
  return labelledBlocks(rows);
}
