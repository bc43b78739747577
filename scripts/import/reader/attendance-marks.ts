/**
 * An attendance list marked letter by letter, as some councils' printed minutes set it out: each
 * member on a line of their own after a letter ("P  Peter Crewe (Chairman)", "A  Jan Barlow"), with a
 * key that says what each letter means ("P: Present", "A: Apologies for absence submitted"), or a
 * star and a letter under a key that names the list first ("(Present = *)", "(Remote = r)": a member who
 * joined remotely is present), or signs ("✓ = present   – = absent", as a register's key prints them, read by
 * attendance-register.ts). Read only where the key is printed: a letter alone says nothing (a tick, a cross, Y or N
 * alone say the same under any key: plainMark). A
 * member printed with no mark among the marked ones is the committee's member, whose attendance the
 * list does not state.
 */
import { squash } from '../text.ts';
import { filledCells } from './table-cells.ts';

/** The lists a key's letter may stand for. */
export type MarkRole = 'present' | 'apologies' | 'absent' | 'substitutes' | 'members';

/** The words a key or a roster gives a list by ("present", "apologies", "remote"), group 1 the word. */
export const KEY_ROLE = String.raw`(present|apolog\w*|absent|substitut\w*|remote(?:ly)?|virtual(?:ly)?|attended(?:\s+(?:remotely|virtually|online))?)`;
/** A sign a register marks with: a tick, a cross, a dash. */
const SIGN = '[✓✔☑✗✘☒–—-]';
/** "P: Present", "A: Apologies for absence submitted", "Ab - Absent", "S = Substitute", "✓ = present", "– = absent". */
const KEY = new RegExp(String.raw`^([A-Z][a-z]?|${SIGN})\s*[:=–-]\s*${KEY_ROLE}\b`, 'i');
/** "(Present = *)", "(Remote = r)": the list named first, its mark after an equals sign, in brackets or not. */
const KEY_NAMED_FIRST = new RegExp(String.raw`^\(?${KEY_ROLE}\s*=\s*([A-Za-z]|\*)\s*\)?$`, 'i');
/**
 * "* apologies", "* = apologies", "* denotes apologies": a key alone on its line, under a list whose names carry a star
 * after them ("Cllr L Hewitt *"), the star saying which list the name is in; the rest of the list are the heading's.
 */
const STAR_KEY = new RegExp(
  String.raw`^\*\s*(?:[:=–-]\s*|denotes\s+)?${KEY_ROLE}(?:\s+(?:for\s+absence|received|sent|given|tendered))*\.?$`,
  'iu',
);

/** The list a star after a name stands for, by a key alone on its line (STAR_KEY), and the key's line; null when none is printed. */
export function readStarKey(lines: readonly string[]): { role: MarkRole; line: number } | null {
  const at = lines.findIndex((line) => STAR_KEY.test(squash(line)));
  const key = STAR_KEY.exec(squash(lines[at] ?? ''));
  return key ? { role: roleOf(key[1] ?? ''), line: at } : null;
}

/** A name with a star after it ("Cllr L Hewitt *"), the name before the star. */
export const STARRED = /^(.*\S)\s+\*$/;

/** "P  Peter Crewe (Chairman)", "* Bernard Fulke", "r Helen Ashgrove": a mark, a space, the member. */
const MARKED = /^([A-Z][a-z]?|[a-z]|\*)\s+(\p{Lu}.*)$/u;
/**
 * "Cllr S Cobbold      Ap": the member, then a mark after a tab or a wide gap, as a list set in two columns prints it
 * with no header over them (under a header's row of cells it is a table's, read by attendance-table.ts).
 */
const MARKED_AFTER = /^(\p{Lu}.*?)(?:\t|\s{2,})([A-Z][a-z]?|[a-z]|\*)$/u;
/** A member's name alone on its line, no mark: "Kiran Doshi", "Cllr Ann Lee (Vice-Chair)". */
const UNMARKED = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]*(?:\s*\([^()]*\))?$/u;

/** A marked list: who is in each list, and the lines it read (the key's lines among them). */
export interface MarkedList {
  entries: { role: MarkRole; text: string }[];
  lines: number[];
}

/** The list a key's or a roster's word stands for: "Apologies" apologies, "Remote" present. */
export function roleOf(word: string): MarkRole {
  const lower = word.toLowerCase();
  if (lower.startsWith('apolog')) return 'apologies';
  if (lower.startsWith('absent')) return 'absent';
  // "Attended remotely", "Remote": a member who took part from elsewhere is present (no list holds how they took part).
  if (lower.startsWith('remote') || lower.startsWith('virtual') || lower.startsWith('attended')) return 'present';
  return lower.startsWith('substitut') ? 'substitutes' : 'present';
}

/** A printed key of marks: what each mark stands for, and the lines that print it. */
export interface MarkKey {
  key: Map<string, MarkRole>;
  lines: number[];
}

/**
 * "Key: P = Present, Ap = Apologies, A = Absent", "Key: ✓ = present   A = apologies": a key line may say several marks,
 * parted by commas, semicolons, tabs or wide gaps (as a register prints its key in one row).
 */
function keyParts(line: string): string[] {
  return line
    .trim()
    .replace(/^key(?:\s+to\s+(?:the\s+)?(?:marks|symbols|codes))?\s*[:–-]?\s*/i, '')
    .split(/\s*[,;]\s*|\t+|\s{2,}/)
    .map(squash);
}

/** Marks that say the same under any key or none: a tick or a yes present, a cross or a no absent. */
const PLAIN_MARKS: readonly (readonly [RegExp, MarkRole])[] = [
  [/^(?:yes|y|✓|✔|☑)$/i, 'present'],
  [/^(?:no|n|✗|✘|☒)$/i, 'absent'],
];

/**
 * The list a mark says with no key to read it by: a tick ("✓") or "Y" present, a cross ("✗") or "N" absent; undefined
 * for any other mark ("A" may be apologies or absent, "–" absent or no meeting), which only a printed key says.
 */
export function plainMark(mark: string): MarkRole | undefined {
  return PLAIN_MARKS.find(([pattern]) => pattern.test(mark.trim()))?.[1];
}

/**
 * The key printed in `lines` ("P: Present" on a line of its own, or "Key: P = Present, Ap = Apologies, A = Absent"),
 * the one place a mark's meaning is read: a marked list (readMarkedList) and a table's column of codes
 * (attendance-table.ts) read their marks by it. A mark no key states says nothing.
 */
export function readMarkKey(lines: readonly string[]): MarkKey {
  const key = new Map<string, MarkRole>();
  const keyLines: number[] = [];
  lines.forEach((line, index) => {
    const said = keyParts(line).map((part) => {
      const found = KEY.exec(part);
      const namedFirst = found ? null : KEY_NAMED_FIRST.exec(part);
      if (found) return [found[1] ?? '', roleOf(found[2] ?? '')] as const;
      return namedFirst ? ([namedFirst[2] ?? '', roleOf(namedFirst[1] ?? '')] as const) : null;
    });
    // Every part a mark's meaning, or the first alone ("P: Present" is a key however the line goes on).
    const marks = said.every((part) => part !== null) ? said : said.slice(0, 1);
    if (marks[0] === null || marks[0] === undefined) return;
    for (const mark of marks) if (mark) key.set(mark[0], mark[1]);
    keyLines.push(index);
  });
  return { key, lines: keyLines };
}

/** The marked list in `lines`, or null where no key is printed or fewer than two lines are marked with its letters. */
export function readMarkedList(lines: readonly string[]): MarkedList | null {
  const { key, lines: keyLines } = readMarkKey(lines);
  if (key.size === 0) return null;
  const entries: MarkedList['entries'] = [];
  const read: number[] = [];
  lines.forEach((_line, index) => {
    const marked = markOf(lines, index, key);
    if (marked && !keyLines.includes(index)) {
      entries.push(marked);
      read.push(index);
    }
  });
  if (entries.length < 2) return null;
  const unmarked = unmarkedWithin(lines, read);
  for (const index of unmarked)
    entries.splice(read.filter((at) => at < index).length, 0, { role: 'members', text: squash(lines[index] ?? '') });
  return { entries, lines: [...read, ...unmarked, ...keyLines].sort((a, b) => a - b) };
}

/** The line's member and the list its mark stands for, the mark before the name or after it; null when the key states no mark of it. */
function markOf(lines: readonly string[], index: number, key: ReadonlyMap<string, MarkRole>): { role: MarkRole; text: string } | null {
  const line = lines[index] ?? '';
  const before = MARKED.exec(squash(line));
  const role = key.get(before?.[1] ?? '');
  if (before && role !== undefined) return { role, text: before[2] ?? '' };
  const after = MARKED_AFTER.exec(line.trim());
  const afterRole = key.get(after?.[2] ?? '');
  return after && afterRole !== undefined && !underHeader(lines, index) ? { role: afterRole, text: squash(after[1] ?? '') } : null;
}

/** Whether the run of two-column lines holding `index` stands under a header's row of cells: a table, not a marked list. */
function underHeader(lines: readonly string[], index: number): boolean {
  let at = index - 1;
  while (at >= 0 && ((lines[at] ?? '').trim() === '' || MARKED_AFTER.test((lines[at] ?? '').trim()))) at -= 1;
  return at >= 0 && filledCells(lines[at] ?? '').length >= 2;
}

/** Lines between the first and last marked ones that are a name with no mark: members whose attendance is not marked. */
function unmarkedWithin(lines: readonly string[], read: number[]): number[] {
  const first = Math.min(...read);
  const last = Math.max(...read);
  const found: number[] = [];
  for (let at = first + 1; at < last; at += 1) {
    if (!read.includes(at) && UNMARKED.test(squash(lines[at] ?? ''))) found.push(at);
  }
  return found;
}
