/**
 * A joint consultative committee's staff side, each member with the union they come from in brackets ("Hollis Brand
 * (UNISON) (Vice-Chair)") under "STAFF SIDE" or "Trade Union Side:", or marked "(Staff Side)" in another list
 * ("Ola Penrose (GMB) (Staff Side)" among the apologies). The union is the body the member represents, kept after the
 * name as a board's member keeps theirs (attendance-filing.ts); the side itself is no one's and not kept.
 */
import { TITLED_NAME } from '../../../src/model/honorifics.ts';
import { UNION_SIDE_SOURCE } from './attendance-headings.ts';
import { type Block } from './attendance-lists.ts';
import { squash } from './attendance-piece.ts';
import { isChairNote, isChairPost } from './chair-posts.ts';

/** The heading of a union side, alone on its line or before its names. */
const UNION_SIDE = new RegExp(String.raw`^${UNION_SIDE_SOURCE}\b`, 'i');
/** "(Staff Side)", "(Trade Union Side)" after a name in another list: the side the person sits on. */
const UNION_SIDE_NOTE = new RegExp(String.raw`\s*\(${UNION_SIDE_SOURCE}\)`, 'i');
/** "Hollis Brand (UNISON) (Vice-Chair)": a name, the bracket after it, any notes after that. */
const BRACKETED = /^([^()]+?)\s*\(([^()]+)\)((?:\s*\([^()]*\))*)\.?$/;
/** A union's name: capitalised words, four at most ("UNISON", "Unite", "GMB", "Royal College of Nursing"). */
const UNION_NAME = /^\p{Lu}[\p{L}&'’.-]*(?:\s+[\p{L}&'’.-]+){0,3}$/u;
/** Where a line of names parts: a comma or "and", outside brackets. */
const ENTRY_JOIN = /,\s*(?![^()]*\))|\s+and\s+(?![^()]*\))/;

/** One member of a union side: the name with its other notes, and the union. */
interface UnionEntry {
  text: string;
  union: string;
}

/** The member of one entry with the union in the first bracket after the name; null when that bracket names none. */
function unionEntry(entry: string): UnionEntry | null {
  const found = BRACKETED.exec(squash(entry));
  const union = squash(found?.[2] ?? '');
  if (!found || !UNION_NAME.test(union) || isChairNote(union) || isChairPost(union) || TITLED_NAME.test(union)) return null;
  return { text: `${found[1] ?? ''}${found[3] ?? ''}`, union };
}

/** Each member of a line of a union side with their union apart; null when some entry prints no union. */
function unionEntries(paragraph: string, side: boolean): UnionEntry[] | null {
  if (!side && !UNION_SIDE_NOTE.test(paragraph)) return null;
  const entries = squash(paragraph.replace(UNION_SIDE_NOTE, '')).split(ENTRY_JOIN).map(unionEntry);
  return entries.every((entry) => entry !== null) ? (entries as UnionEntry[]) : null;
}

/**
 * The block read under `heading` (its line as printed) with each union side member's union taken out of the name and
 * kept as the body they represent, one paragraph a member; the block unchanged where no line prints a union so.
 */
export function unionsApart(heading: string, block: Block): Block {
  const side = UNION_SIDE.test(squash(heading));
  const split = block.paragraphs.map((paragraph) => unionEntries(paragraph, side));
  if (split.every((entries) => entries === null)) return block;
  const paragraphs: string[] = [];
  const groups: Block['groups'] = [];
  const ofAKind: boolean[] = [];
  const represent: (string | null)[] = [];
  const guestOf: (string | null)[] = [];
  for (const [at, paragraph] of block.paragraphs.entries()) {
    const entries = split[at] ?? null;
    for (const entry of entries ?? [{ text: paragraph, union: null }]) {
      paragraphs.push(entry.text);
      groups.push(block.groups?.[at] ?? block.role);
      ofAKind.push(entries !== null || block.ofAKind?.[at] === true);
      represent.push(entry.union ?? block.represent?.[at] ?? null);
      guestOf.push(block.guestOf?.[at] ?? null);
    }
  }
  return { ...block, paragraphs, groups, ofAKind, represent, guestOf };
}
