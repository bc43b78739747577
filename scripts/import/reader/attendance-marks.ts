/**
 * An attendance list marked letter by letter, as some councils' printed minutes set it out: each
 * member on a line of their own after a letter ("P  Peter Crewe (Chairman)", "A  Jan Barlow"), with a
 * key that says what each letter means ("P: Present", "A: Apologies for absence submitted"). Read
 * only where the key is printed: a letter alone says nothing.
 */
import { squash } from '../text.ts';

/** The lists a key's letter may stand for. */
export type MarkRole = 'present' | 'apologies' | 'absent' | 'substitutes';

/** "P: Present", "A: Apologies for absence submitted", "Ab - Absent", "S = Substitute". */
const KEY = /^([A-Z][a-z]?)\s*[:=–-]\s*(present|apolog\w*|absent|substitut\w*)\b/i;
/** "P  Peter Crewe (Chairman)": a letter, a space, the member. */
const MARKED = /^([A-Z][a-z]?)\s+(\p{Lu}.*)$/u;

/** A marked list: who is in each list, and the lines it read (the key's lines among them). */
export interface MarkedList {
  entries: { role: MarkRole; text: string }[];
  lines: number[];
}

function roleOf(word: string): MarkRole {
  const lower = word.toLowerCase();
  if (lower.startsWith('apolog')) return 'apologies';
  if (lower.startsWith('absent')) return 'absent';
  return lower.startsWith('substitut') ? 'substitutes' : 'present';
}

/** The marked list in `lines`, or null where no key is printed or fewer than two lines are marked with its letters. */
export function readMarkedList(lines: readonly string[]): MarkedList | null {
  const key = new Map<string, MarkRole>();
  const keyLines: number[] = [];
  lines.forEach((line, index) => {
    const found = KEY.exec(squash(line));
    if (found) {
      key.set(found[1] ?? '', roleOf(found[2] ?? ''));
      keyLines.push(index);
    }
  });
  if (key.size === 0) return null;
  const entries: MarkedList['entries'] = [];
  const read: number[] = [];
  lines.forEach((line, index) => {
    const marked = MARKED.exec(squash(line));
    const role = key.get(marked?.[1] ?? '');
    if (marked && role !== undefined && !keyLines.includes(index)) {
      entries.push({ role, text: marked[2] ?? '' });
      read.push(index);
    }
  });
  return entries.length >= 2 ? { entries, lines: [...read, ...keyLines].sort((a, b) => a - b) } : null;
}
