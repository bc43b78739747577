/**
 * "Landowners and occupiers", "Users of local rights of way:", "Other interests": sub-headings that part the members
 * present by the interest each sits for, as a local access forum (or any body of appointed interests) prints them under
 * "Members present". Apart from the group labels of attendance-groups.ts, which are known words ("Observers:",
 * "Co-opted Members:"): these are the body's own words, told by their shape and the name under them.
 */
import { NEW_TITLE } from './attendance-lists.ts';
import { readPieces } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';
import { STAFF_POST } from './role-words.ts';

/** Short words in lower case that a name may hold ("de", "van der", "ap") and that join a label's words. */
const SMALL_WORD = /^(?:and|or|of|the|for|in|on|to|with|de|da|di|du|del|der|den|van|von|la|le|ap|bin|al)$/;

/** Words of those no member: staff (a post's word) and guests, whom other lists hold. */
const STAFF_WORD = new RegExp(String.raw`\b(?:${STAFF_POST}s?|staff|secretariat|guests?|visitors?|observers?)\b`, 'i');

/**
 * Words of a kind of member or of an interest: a capital first, at least one word in lower case that no name holds
 * ("interests", "occupiers"), no digit, bracket, dash or title; never those of staff or guests, whom other lists hold.
 */
function interestWords(text: string): boolean {
  const words = text.split(/[\s,&]+/).filter((word) => word !== '');
  if (words.length === 0 || words.length > 9 || text.length > 70) return false;
  if (!/^\p{Lu}/u.test(text) || /[\d()[\]–—:;]|\s-\s/.test(text) || NEW_TITLE.test(text)) return false;
  // "Landowners and land managers": one kind at least no staff's, so the label is no staff post's ("Clerk and managers").
  if (text.split(/\s*,\s*|\s+(?:and|&)\s+/).every((kind) => STAFF_WORD.test(kind))) return false;
  return words.some((word) => /^\p{Ll}{4,}$/u.test(word) && !SMALL_WORD.test(word));
}

const indent = (line: string): number => /^\s*/.exec(line.replace(/\t/g, '    '))?.[0].length ?? 0;

/**
 * True when the line at `at` is a sub-heading of the members present: interest's words alone on the line (a colon may end
 * it), over a line that names a person and is no such sub-heading itself, printed no further in than the names under it
 * (a wrapped entry's tail is printed further in, or runs on from the line above).
 */
export function isInterestGroup(lines: readonly string[], at: number): boolean {
  const raw = lines[at] ?? '';
  const text = squash(raw).replace(/\s*:$/, '');
  if (!interestWords(text)) return false;
  const next = lines.slice(at + 1).find((line) => line.trim() !== '');
  if (next === undefined || interestWords(squash(next).replace(/\s*:$/, '')) || indent(raw) > indent(next)) return false;
  const [first] = readPieces(squash(next));
  return first?.kind === 'person' && first.name !== '';
}
