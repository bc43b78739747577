/**
 * "Mrs Celia Ash - estates and shooting", "Dr K Moss – canoeing, climbing & caving": a member listed with the interest
 * they sit for after a dash, as a local access forum lists its members by the users or owners they speak for. Apart
 * from the list's split (list-split.ts) because it is read before it: the interest's "and" and commas join no two people.
 */
import { squash } from './attendance-piece.ts';
import { bareName, isName } from './person-name.ts';

/** A name, a dash, then words in lower case only (none could be a name) that a comma, "and" or "&" joins. */
const DASH_INTEREST =
  /^([^,;()–—]+?)\s[–—-]\s((?:\p{Ll}[\p{Ll}'’-]*)(?:(?:\s*,\s*|\s+(?:and|&)\s+|\s*&\s*|\s+)\p{Ll}[\p{Ll}'’-]*)*)(\.?)$/u;

/**
 * The entry with its interest in brackets ("Mrs Celia Ash (estates and shooting)"), as a note after a name is read, when
 * the interest's words are a list of their own; the line as it was otherwise (a single word after the dash is read as a
 * role already, and a capital after it may be a person's or a council's name).
 */
export function interestToBrackets(text: string): string {
  const found = DASH_INTEREST.exec(squash(text));
  if (found === null) return text;
  const [, who = '', interest = '', stop = ''] = found;
  const joined = /,|\s(?:and|&)\s|&/.test(interest);
  return joined && isName(bareName(who)) ? `${who} (${interest})${stop}` : text;
}
