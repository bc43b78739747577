/**
 * An attendance list marked letter by letter, as some councils' printed minutes set it out: each
 * member on a line of their own after a letter ("P  Peter Crewe (Chairman)", "A  Jan Barlow"), with a
 * key that says what each letter means ("P: Present", "A: Apologies for absence submitted"), or a
 * star and a letter under a key that names the list first ("(Present = *)", "(Remote = r)": a member who
 * joined remotely is present). Read only where the key is printed: a letter alone says nothing. A
 * member printed with no mark among the marked ones is the committee's member, whose attendance the
 * list does not state.
 */
import { squash } from '../text.ts';

/** The lists a key's letter may stand for. */
export type MarkRole = 'present' | 'apologies' | 'absent' | 'substitutes' | 'members';

const KEY_ROLE = String.raw`(present|apolog\w*|absent|substitut\w*|remote(?:ly)?|virtual(?:ly)?)`;
/** "P: Present", "A: Apologies for absence submitted", "Ab - Absent", "S = Substitute". */
const KEY = new RegExp(String.raw`^([A-Z][a-z]?)\s*[:=–-]\s*${KEY_ROLE}\b`, 'i');
/** "(Present = *)", "(Remote = r)": the list named first, its mark after an equals sign, in brackets or not. */
const KEY_NAMED_FIRST = new RegExp(String.raw`^\(?${KEY_ROLE}\s*=\s*([A-Za-z]|\*)\s*\)?$`, 'i');
/** "P  Peter Crewe (Chairman)", "* Bernard Fulke", "r Helen Ashgrove": a mark, a space, the member. */
const MARKED = /^([A-Z][a-z]?|[a-z]|\*)\s+(\p{Lu}.*)$/u;
/** A member's name alone on its line, no mark: "Kiran Doshi", "Cllr Ann Lee (Vice-Chair)". */
const UNMARKED = /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}\p{Lu}[\p{L}'’-]*(?:\s*\([^()]*\))?$/u;

/** A marked list: who is in each list, and the lines it read (the key's lines among them). */
export interface MarkedList {
  entries: { role: MarkRole; text: string }[];
  lines: number[];
}

function roleOf(word: string): MarkRole {
  const lower = word.toLowerCase();
  if (lower.startsWith('apolog')) return 'apologies';
  if (lower.startsWith('absent')) return 'absent';
  if (lower.startsWith('remote') || lower.startsWith('virtual')) return 'present';
  return lower.startsWith('substitut') ? 'substitutes' : 'present';
}

/** The marked list in `lines`, or null where no key is printed or fewer than two lines are marked with its letters. */
export function readMarkedList(lines: readonly string[]): MarkedList | null {
  const key = new Map<string, MarkRole>();
  const keyLines: number[] = [];
  lines.forEach((line, index) => {
    const found = KEY.exec(squash(line));
    const namedFirst = found ? null : KEY_NAMED_FIRST.exec(squash(line));
    if (found) key.set(found[1] ?? '', roleOf(found[2] ?? ''));
    if (namedFirst) key.set(namedFirst[2] ?? '', roleOf(namedFirst[1] ?? ''));
    if (found || namedFirst) keyLines.push(index);
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
  if (entries.length < 2) return null;
  const unmarked = unmarkedWithin(lines, read);
  for (const index of unmarked)
    entries.splice(read.filter((at) => at < index).length, 0, { role: 'members', text: squash(lines[index] ?? '') });
  return { entries, lines: [...read, ...unmarked, ...keyLines].sort((a, b) => a - b) };
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
