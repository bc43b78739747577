/**
 * Words of a post, never of a person's name: one rule for the importer's attendance readers
 * (scripts/import/reader/role-words.ts re-exports them) and the site, which makes no person page of an officer listed
 * by post alone ("Head of Housing", "Democratic Services Officer").
 */
import { honorificOf } from './honorifics.ts';

/**
 * A warden a parish or town council appoints ("Tree Warden", "Footpaths Warden", "Parish Paths Warden"):
 * two words or more, as "Warden" alone is a surname ("Philip Warden").
 */
export const WARDEN_POST = String.raw`(?:tree|(?:foot)?paths?)\s+warden`;
/**
 * A harbour's or a port's master ("Harbour Master", "Harbourmaster"), as an island or a coastal council employs one:
 * never "Master" alone, a surname and a school's title too.
 */
export const HARBOUR_POST = String.raw`(?:harbour|port|dock)\s*master`;
/**
 * The last word of a post that keeps a place or a work going, as a town council or a partnership employs one: its
 * supervisor ("Grounds and Facilities Supervisor"), co-ordinator ("PSB Coordinator"), caretaker ("Hall Caretaker"); and a
 * Scottish valuation board's assessor ("Depute Assessor", "Depute" Scots for "Deputy"). None is a surname, so after other
 * words it is never a name's last word (reader/person-name.ts).
 */
export const KEEPING_POST = String.raw`(?:supervisor|co-?ordinator|caretaker|assessor)`;
/**
 * The last word of a post on the council's staff ("Scrutiny Officer", "Housing Needs Manager", "Legal
 * Adviser"), in a note after a name or as the label of a line (attendance.ts), and a post's word in
 * ModernGov prose, never a name's (attendance-text.ts). Never "Secretary": a community council's
 * secretary is a member (a board's director of public health is told a member by the heading, attendance.ts).
 * A parish's own posts too: its surveyor, its lengthsman (who keeps the verges and ditches), its wardens; a harbour's master.
 * Those who keep a place or a work going (KEEPING_POST).
 */
export const STAFF_POST = String.raw`(?:clerk|rfo|pcso|officer|manager|advis[eo]r|solicitor|lawyer|planner|accountant|engineer|surveyor|lengthsman|${WARDEN_POST}|${HARBOUR_POST}|minute\s+taker|director|administrator|chief\s+executive|${KEEPING_POST})`;

/**
 * A post with no one's name: "Head of Housing", "Executive Director of Communities", "Democratic Services Officer",
 * "Clerk", as minutes list an officer by post alone. A head, director or chief "of" or "for" something, or words ending
 * in a staff post's word. Case-insensitive; the whole text must be the post.
 */
const POST_ONLY = new RegExp(
  String.raw`^(?:(?:[\p{L}'’&-]+\s+){0,5}?${STAFF_POST}|(?:[\p{L}'’-]+\s+){0,2}?(?:head|director|chief\s+\p{L}+)\s+(?:of|for)\s+.+)$`,
  'iu',
);

/** True when a name is a post and nobody's name ("Head of Housing"); never one with a title ("Mrs Clerk"). */
export function isPostOnly(name: string): boolean {
  const text = name.replace(/\s+/g, ' ').trim();
  return honorificOf(text.split(' ')[0] ?? '') === null && POST_ONLY.test(text);
}
