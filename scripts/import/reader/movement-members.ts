/**
 * Who a movement's subject names: members only (by a councillor's or personal title, a chair's post, or a name the
 * attendance lists), each written as the attendance lists them. Apart because sentences, pronouns, list notes and
 * the folding of one movement stated twice (movements.ts) all ask whom a name means.
 */
import { COUNCILLORS_SOURCE, HONORIFIC_SOURCE } from '../../../src/model/honorifics.ts';
import { couldBeOnePerson, nameOf } from './attendance-names.ts';
import { readPieces } from './attendance-person.ts';
import { type Person, squash } from './attendance-piece.ts';
import type { Attendance } from './attendance-lists.ts';
import { type PostHolder, postKey } from './chair-posts.ts';

/** A subject that is a member by its title: a councillor's or a personal title first. */
const TITLED = new RegExp(String.raw`^(?:the\s+)?(?:${COUNCILLORS_SOURCE}|${HONORIFIC_SOURCE})\s`, 'iu');

/** What the meeting knows of its members, to tell a member's name from anyone else's. */
export interface Members {
  attendance: Attendance;
  posts: readonly PostHolder[];
  /**
   * Each member's initials, to the member, where the record names members by initials ("Proposed CW, seconded TP",
   * "Idris Howells IH"): "TP left the room" is that member. Absent where it does not: two capitals are no one then.
   */
  initials?: ReadonlyMap<string, string>;
}

/**
 * The names the attendance holds of those who could come and go: present, substitutes, also present (what an entry
 * adds after a name set aside: a note, a member's post).
 */
export function listedNames(attendance: Attendance): string[] {
  return [...attendance.present, ...attendance.substitutes, ...attendance.alsoPresent].map(nameOf);
}

/**
 * A member a sentence names ("Quarmby" of "Councillor Quarmby returned", "P Haigh"), as the attendance lists write them
 * ("W Quarmby"), so the record names one person one way: the one listed name that could be that member
 * (`couldBeOnePerson`: the same surname, any initial or forename the sentence gives agreeing). When no listed name
 * could be, or several could ("Smith" beside "A Smith" and "B Smith"), the sentence's own words: which one is never guessed.
 */
export function asListed(name: string, listed: readonly string[]): string {
  const fitting = [...new Set(listed.filter((entry) => couldBeOnePerson(name, entry)))];
  return fitting.length === 1 ? (fitting[0] ?? name) : name;
}

/**
 * Who a sentence's subject names, as the attendance lists write them; empty when it names anyone but
 * members (the public, officers by their post, a body). "The Chair" is the member the attendance
 * says held the chair, else the post as printed.
 */
export function membersNamed(subject: string, members: Members): string[] {
  const initialled = members.initials?.get(squash(subject));
  if (initialled !== undefined) return [initialled];
  const post = postKey(subject);
  if (post !== null) {
    const holder = members.posts.find((held) => postKey(held.post) === post);
    return [holder?.name ?? squash(subject)];
  }
  const pieces = readPieces(subject);
  const people = pieces.filter((piece): piece is Person => piece.kind === 'person' && piece.name !== '');
  if (people.length === 0 || people.length !== pieces.length || people.some((person) => person.officer || person.elsewhere)) return [];
  const listed = listedNames(members.attendance);
  if (!TITLED.test(subject) && !people.every((person) => listed.includes(person.name))) return [];
  return people.map((person) => asListed(person.name, listed));
}
