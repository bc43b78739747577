/**
 * Resolutions in minutes: the block after "RESOLVED:" (or AGREED, DECIDED, "Resolved:")
 * split into its numbered, lettered or bulleted entries, one string each.
 */
import { MEETING_CLOSED } from './meeting-close.ts';
import { squash } from './text.ts';

const UPPER_START = /^\s*(?:It\s+was\s+(?:therefore\s+)?)?(RESOLVED|AGREED|DECIDED)\b[\s:.,\-–—]*(.*)$/;
const TITLE_START = /^\s*(?:It\s+was\s+)?(Resolved|Agreed|Decided)\s*[:\-–—]\s*(.*)$/;
const ENTRY = /^\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|[·•▪\-–*])\s+(.*)$/;

/** True when a line opens a resolution block. */
export function isResolutionStart(line: string): boolean {
  return UPPER_START.test(line) || TITLE_START.test(line);
}

/** Trailing joiners that only link list entries: "; and", ";", ", and". */
function tidy(entry: string): string {
  return squash(entry)
    .replace(/\s*(?:;|,)\s*(?:and|or)?\s*$/i, '')
    .replace(/\s+and$/i, '')
    .trim();
}

interface Block {
  intro: string[];
  entries: string[][];
}

/** After a blank line, prose that is not a list entry ends the block unless the intro still waits for its list. */
function endsBlock(block: Block): boolean {
  if (block.entries.length > 0) return true;
  const intro = block.intro.join(' ').trim();
  return intro !== '' && !intro.endsWith(':');
}

function collectBlock(lines: string[], start: number, first: string): { block: Block; next: number } {
  const block: Block = { intro: first.trim() ? [first] : [], entries: [] };
  let index = start;
  let sawBlank = false;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      sawBlank = true;
      continue;
    }
    if (isResolutionStart(line) || MEETING_CLOSED.test(line)) break;
    const entry = ENTRY.exec(line);
    if (entry) block.entries.push([entry[1] ?? '']);
    else if (sawBlank && endsBlock(block)) break;
    else if (block.entries.length > 0) block.entries.at(-1)?.push(line);
    else block.intro.push(line);
    sawBlank = false;
  }
  return { block, next: index };
}

/**
 * An entry with its lead-in: "That the Committee: Note the report" keeps the colon; "that: the
 * report be noted" (an entry that carries on the sentence, or a bare "that:") reads without it;
 * "That the Committee" with no colon leads in as it stands.
 */
function withLeadIn(intro: string, entry: string): string {
  // "That the Committee:-" (the colon and dash some councils print) leads in as "That the Committee:" does.
  const carriesOn = /^[a-z]/.test(entry) || /^that\s*:-?$/i.test(intro);
  return carriesOn ? `${intro.replace(/\s*:-?$/, '')} ${entry}` : `${intro} ${entry}`;
}

function blockResolutions(block: Block): string[] {
  const intro = tidy(block.intro.join(' '));
  if (block.entries.length === 0) return intro ? [intro] : [];
  // "That the Committee:" or "That the Committee" (no stop): the intro leads into every entry.
  const leadIn = intro !== '' && !/[.;!?]$/.test(intro);
  const results = block.entries.map((lines) => tidy(leadIn ? withLeadIn(intro, lines.join(' ')) : lines.join(' ')));
  if (intro && !leadIn) results.unshift(intro);
  return results.filter((entry) => entry.length > 0);
}

/** Every resolution in a minutes text, in order. */
export function findResolutions(text: string): string[] {
  const lines = text.split('\n');
  const found: string[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const match = UPPER_START.exec(line) ?? TITLE_START.exec(line);
    if (!match) continue;
    const { block, next } = collectBlock(lines, index + 1, match[2] ?? '');
    found.push(...blockResolutions(block));
    index = next - 1;
  }
  return found;
}
