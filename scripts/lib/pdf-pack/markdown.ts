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

/** Groups lines into tables (tab rows, across blank lines and rules) and text paragraphs. */
function blocksOf(lines: string[]): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  lines.forEach((line, index) => {
    const isRow = line.includes('\t') && !isRuleRow(line);
    if (line.trim() === '' || isRuleRow(line)) {
      if (current?.kind === 'table' && nextNonBlank(lines, index + 1)?.includes('\t')) return;
      current = null;
      return;
    }
    const kind = isRow ? 'table' : 'text';
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
    if (previous?.kind === 'text' && block.kind === 'text' && /^[a-z]/.test(first) && !/[.:;!?]$/.test(last)) {
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
  const text = line.trim().replace(/^[•■▪] +/, '- ');
  const converted = text.includes('<') ? htmlToMarkdown(text) : escapeLeftoverHtml(text);
  return nested ? `  ${converted.replace(/^[-•■▪] +/, '- ')}` : converted;
}

function textBlock(lines: string[]): string {
  return lines.map(textLine).filter((line) => line.trim() !== '').join('\n');
}

/** Pack lines to Markdown. */
export function packTextToMarkdown(lines: string[]): string {
  const kept = lines.filter((line) => !isPageFurniture(line));
  return joinBrokenParagraphs(blocksOf(kept))
    .map((block) => (block.kind === 'table' ? tableToMarkdown(block.lines) : textBlock(block.lines)))
    .filter((text) => text.trim() !== '')
    .join('\n\n');
}
