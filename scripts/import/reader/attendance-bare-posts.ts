/**
 * "The Chief Executive, the Borough Treasurer, the Director of Housing (Mr K Pollard) and the Borough Solicitor": the
 * officers attending listed by post, only one with its holder named in brackets, as older district minutes print them.
 * Each post is one officer who attended; a post with no holder named is kept as an officer given by post alone (no
 * name, as attendance-filing.ts keeps a list of posts alone), never a second post of the one named before it. Apart
 * from attendance-filing.ts, whose lists of posts alone name no holder at all.
 */
import { emptyPerson, type Person, type Piece, squash } from './attendance-piece.ts';
import { readPiece } from './attendance-person.ts';
import { splitList } from './list-split.ts';
import { isHeadOfStaff, isPost, POST_WORD_SOURCE, post } from './person-posts.ts';

/** A post's word ending the text ("Borough Treasurer", "Committee Secretary"), as a post alone ends. */
const POST_ENDING = new RegExp(String.raw`\b${POST_WORD_SOURCE}$`, 'i');

/** The post a part names and no holder of it ("the Borough Treasurer": "Borough Treasurer"), or null. */
export function barePost(part: string): Person | null {
  const text = squash(part).replace(/^the\s+/i, '');
  const postLike = isPost(text) || isHeadOfStaff(text) || POST_ENDING.test(text);
  return postLike && readPiece(text).kind === 'role' ? { ...emptyPerson(''), ...post(text) } : null;
}

/** The officer a part names with their post, the holder in brackets ("the Director of Housing (Mr K Pollard)"), or null. */
export function heldPost(part: string): Person | null {
  const piece = readPiece(part);
  return part.includes('(') && piece.kind === 'person' && piece.name !== '' && piece.role !== null ? piece : null;
}

/**
 * The entries of a list of posts: a part that is no post of its own is the tail of the one before it ("Head of Legal"
 * and "Democratic Services (Ms F Orme)"), as is one after "and" that opens with no "the" where the part before it names
 * no holder. `theApart`: a part that opens with "the" is an entry of its own whatever it reads as, as such lists print
 * each post ("the Chief Planning 0fficer", a post the reader cannot read, never the tail of the one before).
 */
export function postEntries(paragraph: string, theApart = false): string[] {
  const entries: string[] = [];
  for (const { text, before } of splitList(squash(paragraph).replace(/[.;]$/, ''))) {
    const last = entries.length - 1;
    const own = barePost(text) !== null || heldPost(text) !== null || (theApart && /^the\s/i.test(text));
    const andTail = /^\s*(?:and|&)\s*$/i.test(before) && !/^the\s/i.test(text) && !(entries[last] ?? '').endsWith(')');
    if (last >= 0 && (!own || andTail)) entries[last] = `${entries[last] ?? ''}${before}${text}`;
    else entries.push(text);
  }
  return entries;
}

/**
 * The officers of a list of posts, one with a holder in brackets and one or more with none, each read alone
 * (postEntries). Null for any other list.
 */
export function postsBesideHolders(paragraph: string): Piece[] | null {
  const entries = postEntries(paragraph);
  const held = entries.map(heldPost);
  const bare = entries.map(barePost);
  const all = entries.map((_entry, at) => held[at] ?? bare[at] ?? null);
  // Two holders or more are postsBeforeHolders' to read (attendance-person.ts), each post before its holder's bracket.
  if (held.filter(Boolean).length !== 1 || !bare.some(Boolean) || all.some((person) => person === null)) return null;
  return all as Person[];
}
