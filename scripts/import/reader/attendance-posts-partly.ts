/**
 * "The Chief Executive, the Director of Housing (Mr K Pollard) and the Chief Planning 0fficer": officers listed by
 * post, one with its holder named, and a part the reader cannot read as a post (an OCR slip, "0fficer"; a word cut by a
 * hyphen, "Treas- urer"). The posts it reads are kept, as a list of posts beside one holder is (attendance-bare-posts.ts),
 * and the parts it cannot are given back to be warned of by their words, never dropped unsaid nor made a person's name.
 */
import { barePost, heldPost, postEntries } from './attendance-bare-posts.ts';
import { type Person } from './attendance-piece.ts';
import { readPieces } from './attendance-person.ts';

/** The officers read, and the parts left unread as printed; null when the list is no list of posts with a part unread. */
export function postsPartlyRead(paragraph: string): { pieces: Person[]; unread: string[] } | null {
  const entries = postEntries(paragraph, true);
  const read = entries.map((entry) => heldPost(entry) ?? barePost(entry));
  const unread = entries.filter((_entry, at) => read[at] === null);
  // Each part unread one post by its "the" (no comma, no bracket: no entries run together), or naming no one: a name
  // among them makes the list one of people, for the list's other rules.
  const postLike = (part: string): boolean =>
    /^the\s[^,()]+$/i.test(part) || readPieces(part).every((piece) => piece.kind !== 'person' || piece.name === '');
  const held = entries.filter((entry) => heldPost(entry) !== null).length;
  if (unread.length === 0 || held > 1 || !entries.some((entry) => barePost(entry) !== null) || !unread.every(postLike)) return null;
  return { pieces: read.filter((person): person is Person => person !== null), unread };
}
