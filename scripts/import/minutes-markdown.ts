/**
 * Flattened minutes text to Markdown: paragraphs, bullet lists ("·", "•", "-"),
 * numbered and lettered lists kept readable, a table's tab-parted rows kept a table, nothing reworded.
 */
import { BULLET_LINE, LONE_GLYPH_BULLET } from './list-marks.ts';
import { cellTexts, tableRows } from './reader/table-cells.ts';
import { letterBulletEntry } from './list-entries.ts';
import { squash } from './text.ts';

const NUMBERED = /^\s*(\(?[0-9]{1,2}[.)]|\([a-z]\)|[a-z]\)|\([ivx]+\)|[A-Z][.)])\s+(.*)$/;

/** Escapes what would otherwise turn record text into markup (raw HTML, headings, quotes). */
export function escapeMarkdown(line: string): string {
  return line
    .replace(/</g, '\\<')
    .replace(/^(#{1,6})(\s)/, '\\$1$2')
    .replace(/^>/, '\\>')
    .replace(/^(\d+)\.(\s)/, '$1\\.$2')
    .replace(/^([+])(\s)/, '\\$1$2');
}

/** One source line (after `before`) to one Markdown line: bullets, Word's "o" too, become "- ", numbered items keep their label. */
function markdownLine(line: string, before: string | undefined): string {
  const bullet = BULLET_LINE.exec(line)?.[1] ?? letterBulletEntry(line, before);
  if (bullet !== null) return `- ${escapeMarkdown(squash(bullet))}`;
  const numbered = NUMBERED.exec(line);
  if (numbered) return `${escapeLabel(numbered[1] ?? '')} ${escapeMarkdown(squash(numbered[2] ?? ''))}`;
  return escapeMarkdown(squash(line));
}

/** "1)" and "1." would start ordered lists that renumber; escape so labels show as published. */
function escapeLabel(label: string): string {
  return label.replace(/^(\d+)([.)])$/, '$1\\$2');
}

/** A Markdown table's cell: its text on one line, a "|" in it escaped so it parts no cells. */
const tableCell = (cell: string): string => escapeMarkdown(squash(cell)).replace(/\|/g, '\\|');

/** "Minute No.", "Ref.": a heading's abbreviation, whose stop ends no sentence. */
const ABBREVIATED = /\b(?:no|nos|ref|min|cllr)\.$/i;
/** A header row's cell: filled, a few words, no sentence ("Date", "Net", "Against", "Description of works", "Minute No."). */
const isHeading = (cell: string): boolean => {
  const text = squash(cell);
  return text !== '' && text.split(' ').length <= 6 && (!/[.!?;,]$/.test(text) || ABBREVIATED.test(text));
};
/** "1.", "(b)", "iv)", "12": a list entry's label, so a line "1.<tab>That the budget …" opens a numbered list, no header. */
const LIST_LABEL = /^(?:\(?\d{1,3}[.)]?|\(?[a-z]{1,3}[.)]|\([ivx]+\))$/i;

/**
 * Whether a row's cells can head a table: two or more, each a heading and the first no list label. A text's table
 * parted by spaces (formats/text-tables.ts) is only parted where this holds, so that its header is taken here too.
 */
export const isHeaderRow = (cells: readonly string[]): boolean =>
  cells.length >= 2 && cells.every(isHeading) && !isListLabel(squash(cells[0] ?? ''));

/** A list entry's label ("1.", "(b)"), not a heading's abbreviation ("No.", "Ref.") that LIST_LABEL's letters would also match. */
const isListLabel = (text: string): boolean => LIST_LABEL.test(text) && !ABBREVIATED.test(text);

/** A line that can be a table's row with only its first cell filled: a few words, no sentence's stop. */
const isFirstCellOnly = (line: string): boolean =>
  !line.includes('\t') && squash(line).split(' ').length <= 8 && !/[.!?:;]$/.test(squash(line));

/**
 * Where a table's rows end, from `end`, its last row parted by tabs: a row with only its first cell filled has
 * no tab left to show it (a column of names longer than the others: "For" over more names than "Against"), so
 * the lines up to the next blank line are rows too when each can be one; else the table ends at `end`.
 */
function firstCellRows(lines: readonly string[], end: number): number {
  let stop = end;
  while (stop < lines.length && (lines[stop] ?? '').trim() !== '') stop += 1;
  return lines.slice(end, stop).every(isFirstCellOnly) ? stop : end;
}

/**
 * The table that starts at line `at`, as a PDF's or a web page's table reaches the text (formats/pdf-columns.ts,
 * formats/html-text.ts): a header row and two rows or more, each a line of cells parted by tabs, the header's
 * every cell a heading and the first no list label, no row wider than it (a row leaves its last cells blank: "Total" rows, wrapped cells),
 * then any rows with their first cell alone (firstCellRows); a rule of dashes under the header left out, and a cell's
 * wrapped lines joined to its row (table-cells.ts's tableRows).
 * Its lines as a Markdown table, header first, and how many lines it took; null when no such table starts
 * there. Only tabs part cells here: prose has none, so it never becomes a table.
 */
function tableAt(lines: readonly string[], at: number): { markdown: string[]; taken: number } | null {
  // Most lines have no tab: they are told apart before any line is split into cells.
  if (!(lines[at] ?? '').includes('\t')) return null;
  const header = cellTexts(lines[at] ?? '');
  if (!isHeaderRow(header)) return null;
  let end = at + 1;
  while (end < lines.length && (lines[end] ?? '').includes('\t') && cellTexts(lines[end] ?? '').length <= header.length) end += 1;
  if (end - at < 3) return null;
  end = firstCellRows(lines, end);
  const row = (cells: string[]): string => `| ${header.map((_heading, index) => tableCell(cells[index] ?? '')).join(' | ')} |`;
  const rule = `| ${header.map(() => '---').join(' | ')} |`;
  return { markdown: [row(header), rule, ...tableRows(lines.slice(at + 1, end).map(cellTexts)).map(row)], taken: end - at };
}

/** The hollow marks a word processor gives a list's second level: Word's "o", and "◦" or "○" as a PDF prints them. */
const SECOND_LEVEL_MARK = /^[o◦○]$/;

/** A bullet line's mark and how far it is set in, to tell a list's second level from its first. */
interface BulletMark {
  indent: number;
  mark: string;
}

const bulletMarkOf = (line: string): BulletMark => ({ indent: /^\s*/.exec(line)?.[0].length ?? 0, mark: line.trim().slice(0, 1) });

/**
 * True when a bullet is an entry of the list's second level under the one that opened the run (`opener`): a mark of its
 * own, set deeper or, as a text export that lost the indent prints it, a hollow second-level mark ("o" answers under "•"
 * questions). The same mark set deeper is no level of its own: an item's first line comes without its indent, so "- …"
 * over "   - …" may be one list.
 */
const isSecondLevel = (bullet: BulletMark, opener: BulletMark): boolean =>
  bullet.mark !== opener.mark && (bullet.indent > opener.indent || SECOND_LEVEL_MARK.test(bullet.mark));

/**
 * Converts a block of flattened text to Markdown. Blank-looking lines separate paragraphs; a table is a block of its own;
 * a bullet list keeps its second level (isSecondLevel), nested under the entry above.
 */
export function toMarkdown(text: string): string {
  const blocks: { lines: string[]; table: boolean }[] = [{ lines: [], table: false }];
  const lines = text.split('\n');
  let opener: BulletMark | null = null;
  for (let at = 0; at < lines.length; at += 1) {
    const raw = lines[at] ?? '';
    const table = tableAt(lines, at);
    if (table !== null) {
      blocks.push({ lines: table.markdown, table: true }, { lines: [], table: false });
      at += table.taken - 1;
      opener = null;
      continue;
    }
    if (raw.trim() === '' || LONE_GLYPH_BULLET.test(raw)) {
      if ((blocks.at(-1)?.lines ?? []).length > 0) blocks.push({ lines: [], table: false });
      opener = null;
      continue;
    }
    const line = markdownLine(raw, lines[at - 1]);
    if (line.startsWith('- ')) {
      const bullet = bulletMarkOf(raw);
      opener ??= bullet;
      blocks.at(-1)?.lines.push(isSecondLevel(bullet, opener) ? `  ${line}` : line);
      continue;
    }
    // A line in lower case goes on with the entry above (joinBlock); any other ends the list.
    if (!/^\p{Ll}/u.test(line)) opener = null;
    blocks.at(-1)?.lines.push(line);
  }
  return blocks
    .filter((block) => block.lines.length > 0)
    .map((block) => (block.table ? block.lines.join('\n') : joinBlock(block.lines)))
    .join('\n\n');
}

/**
 * Bullet runs become Markdown lists; other lines in one block keep their line breaks
 * (hard breaks), so "A. Supporting" and "B. Voice of the child" do not run together.
 * A line opening in lower case under a bullet is its entry wrapped, and stays in it.
 */
function joinBlock(lines: string[]): string {
  const groups: string[][] = [];
  for (const line of lines) {
    const isBullet = /^(?: {2})?- /.test(line);
    const last = groups.at(-1);
    const inBullets = last?.[0]?.startsWith('- ') === true;
    // A wrapped line is set under its entry's text: two spaces in, four under a second-level entry.
    const entry = last?.findLast((before) => /^(?: {2})?- /.test(before)) ?? '';
    if (inBullets && !isBullet && /^\p{Ll}/u.test(line)) last?.push(`${entry.startsWith(' ') ? '    ' : '  '}${line}`);
    else if (last && inBullets === isBullet) last.push(line);
    else groups.push([line]);
  }
  return groups.map((group) => (group[0]?.startsWith('- ') ? group.join('\n') : group.join('\\\n'))).join('\n\n');
}
