/**
 * Flattened minutes text to Markdown: paragraphs, bullet lists ("·", "•", "-"),
 * numbered and lettered lists kept readable, nothing reworded.
 */
import { BULLET_LINE, LONE_GLYPH_BULLET } from './list-marks.ts';
import { letterBulletEntry } from './resolutions.ts';
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

/** Converts a block of flattened text to Markdown. Blank-looking lines separate paragraphs. */
export function toMarkdown(text: string): string {
  const blocks: string[][] = [[]];
  const lines = text.split('\n');
  for (const [at, raw] of lines.entries()) {
    if (raw.trim() === '' || LONE_GLYPH_BULLET.test(raw)) {
      if ((blocks.at(-1) ?? []).length > 0) blocks.push([]);
      continue;
    }
    blocks.at(-1)?.push(markdownLine(raw, lines[at - 1]));
  }
  return blocks
    .filter((block) => block.length > 0)
    .map((block) => joinBlock(block))
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
    const isBullet = line.startsWith('- ');
    const last = groups.at(-1);
    const inBullets = last?.[0]?.startsWith('- ') === true;
    if (inBullets && !isBullet && /^\p{Ll}/u.test(line)) last?.push(`  ${line}`);
    else if (last && inBullets === isBullet) last.push(line);
    else groups.push([line]);
  }
  return groups.map((group) => (group[0]?.startsWith('- ') ? group.join('\n') : group.join('\\\n'))).join('\n\n');
}
