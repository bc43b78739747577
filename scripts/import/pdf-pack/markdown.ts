/**
 * Pack text (one report, one minute) to readable Markdown: page furniture dropped,
 * paragraphs broken by a page end joined again, tab tables rendered, HTML fragments
 * converted, list indentation made valid.
 */
import { escapeLeftoverHtml, htmlToMarkdown } from './html-fragments.ts';
import { isRuleRow, tableToMarkdown } from './tables.ts';

/** Running footers and page numbers a PDF converter leaves between paragraphs. */
const PAGE_FURNITURE = /^\s*(?:Page\s+\d+(?:\s+of\s+\d+)?|-\s*\d+\s*-|\d+\s*\/\s*\d+)\s*$/i;

export function isPageFurniture(line: string): boolean {
  return PAGE_FURNITURE.test(line);
}

type Block = { kind: 'table' | 'text'; lines: string[] };

function nextNonBlank(lines: string[], from: number): string | undefined {
  return lines.slice(from).find((line) => line.trim() !== '' && !isRuleRow(line));
}

const cellCount = (line: string): number => line.split('\t').length;

/**
 * A table goes on past a blank line when the next row has as many cells as the last
 * one, or the table is wide (a tracker, whose rows lose empty trailing cells).
 */
function tableContinues(table: Block, next: string | undefined): boolean {
  if (next === undefined || !next.includes('\t')) return false;
  const rows = table.lines.filter((line) => line.includes('\t'));
  const widest = Math.max(0, ...rows.map(cellCount));
  return widest >= 5 || cellCount(rows.at(-1) ?? '') === cellCount(next);
}

/** A row whose empty cells the converter dropped has no tab left: a short line inside a table. */
function isStrandedRow(lines: string[], index: number): boolean {
  const text = (lines[index] ?? '').trim();
  if (text.length > 80) return false;
  return (lines[index + 1] ?? '').includes('\t') || (text.length <= 60 && !/[.;]$/.test(text));
}

/** Groups lines into tables (tab rows, across blank lines and rules) and text paragraphs. */
function blocksOf(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((line, index) => {
    if (line.trim() === '' || isRuleRow(line)) {
      if (current?.kind === 'table' && tableContinues(current, nextNonBlank(lines, index + 1))) return;
      current = null;
      return;
    }
    const isRow = line.includes('\t');
    const inTable = current?.kind === 'table' && (lines[index - 1] ?? '').trim() !== '';
    const kind = isRow || (inTable && isStrandedRow(lines, index)) ? 'table' : 'text';
    if (current?.kind !== kind) {
      current = { kind, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  return blocks;
}

/** A paragraph a page break cut: no closing punctuation, and the next starts in lower case. */
function joinBrokenParagraphs(blocks: Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    const first = block.lines[0]?.trim() ?? '';
    const last = previous?.lines.at(-1)?.trim() ?? '';
    // "...ends in March" / "2017, and asks ..." is cut too, but "1. Purpose" / "1.1 This" is not.
    const continues = /^[a-z]/.test(first) || (last.length >= 40 && /^\d[\d,]*\s+[a-z]/.test(first));
    if (previous?.kind === 'text' && block.kind === 'text' && continues && !/[.:;!?]$/.test(last)) {
      previous.lines[previous.lines.length - 1] = `${previous.lines.at(-1) ?? ''} ${first}`;
      previous.lines.push(...block.lines.slice(1));
    } else {
      joined.push({ kind: block.kind, lines: [...block.lines] });
    }
  }
  return joined;
}

/** One text line: bullets normalised, nested items indented, HTML converted. */
function textLine(line: string): string {
  const nested = /^ {1,3}[-•■▪] +/.test(line);
  // Links to "#" (nowhere) are converter leftovers: keep their words.
  const text = line
    .trim()
    .replace(/^[•■▪] +/, '- ')
    .replace(/\[([^\]]+)\]\(#\)/g, '$1');
  const converted = text.includes('<') ? htmlToMarkdown(text) : escapeLeftoverHtml(text);
  return nested ? `  ${converted.replace(/^[-•■▪] +/, '- ')}` : converted;
}

/** Short lines set one under another (a list of dates, an address) keep their breaks. */
function isLineList(lines: string[]): boolean {
  return lines.length > 1 && lines.every((line) => line.trim().length <= 60 && !/^\s*[-•■▪]\s/.test(line));
}

function textBlock(lines: string[]): string {
  const texts = lines.map(textLine).filter((line) => line.trim() !== '');
  return isLineList(lines) ? texts.join('\\\n') : texts.join('\n');
}

/** A footnote printed at the foot of a page: "² The local authority was given ...". */
const FOOTNOTE = /^\s*[¹²³⁴⁵⁶⁷⁸⁹⁰]+\s+\S/;

/** Pack lines to Markdown; footnotes move to the end, so the text they interrupted joins up again. */
export function packTextToMarkdown(lines: string[]): string {
  const kept = lines.filter((line) => !isPageFurniture(line));
  const notes = kept.filter((line) => FOOTNOTE.test(line));
  const text = kept.filter((line) => !FOOTNOTE.test(line));
  const blocks = [...joinBrokenParagraphs(blocksOf(text)), ...notes.map((line): Block => ({ kind: 'text', lines: [line] }))];
  return blocks
    .map((block) => (block.kind === 'table' ? tableToMarkdown(block.lines) : textBlock(block.lines)))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
