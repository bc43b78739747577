/**
 * Subheadings that part a list of those in attendance by whom they work for, as Northern Irish committees print it:
 * the council's own name alone over its officers' posts, then an outside body's name alone over the guests from it
 * ("Housing Executive for Northern Ireland" over "Mr D Mulholland, Area Manager (South)").
 */
import { honorificOf } from '../../../src/model/honorifics.ts';
import { readPieces } from './attendance-person.ts';
import { squash, type Person } from './attendance-piece.ts';
import { postAlone } from './person-name.ts';
import { isCouncilName } from './council-name.ts';
import { ROLE_WORDS } from './role-words.ts';

/** A council's name (its staff are officers) or another body's (those from it are guests, each kept with it). */
export type BodySubheading = { kind: 'council' } | { kind: 'body'; body: string };

/**
 * Words of a body's name: each capitalised, or a joining word ("Housing Executive for Northern Ireland"); the last
 * capitalised, as "Councillors Eve Platt and" over "Finn Quayle" is a run of names wrapped after its "and", no body.
 */
const BODY_NAME = /^\p{Lu}[\p{L}'’.-]*(?:(?:\s+(?:and|&|of|for|the|in|on))*\s+\p{Lu}[\p{L}'’.-]*)*$/u;

/** True when a line names someone: a person with a name, as a guest's line under a body does. */
function namesSomeone(line: string): boolean {
  return readPieces(line).some((piece) => piece.kind === 'person' && piece.name !== '');
}

/**
 * The subheading a line alone on its line is, in a list of those in attendance, or null: a council's name, or a body's
 * name that is no post ("Head of Housing" is one officer) and no person, over a line that names someone. A body's
 * name must stand after a blank line (or first under the heading), as a subheading does, not a wrapped entry's tail.
 */
export function bodySubheading(lines: readonly string[], at: number, afterBlank: boolean): BodySubheading | null {
  const text = squash(lines[at] ?? '').replace(/\s*:$/, '');
  if (isCouncilName(text)) return { kind: 'council' };
  const next = lines.slice(at + 1).find((line) => line.trim() !== '') ?? '';
  if (!afterBlank || !BODY_NAME.test(text) || text.split(' ').length < 2 || postAlone(text) !== null) return null;
  return namesSomeone(text) || !namesSomeone(next) ? null : { kind: 'body', body: text };
}

/**
 * One listed under an outside body's name (bodySubheading): a guest from that body, kept with it after their post
 * ("Mr D Mulholland, Area Manager (South), Housing Executive for Northern Ireland"). A councillor stays as titled.
 */
export function guestFrom(person: Person, body: string | null): Person {
  if (body === null || person.name === '' || person.councillor) return person;
  const role = [person.role, body].filter((part) => part !== null && part !== '').join(', ');
  return { ...person, role, officer: false, job: true, elsewhere: true };
}

/** "Ms G Toal, Place Shaper": a titled name, then after its comma words with no title (group 1 the name, 2 the rest). */
const TITLED_THEN_WORDS = /^(\S+\s+[^,()]+?),\s*([^()]+)$/;

/**
 * A guest's line under a body's name, one guest a line: a titled name, then their post after the comma, however the
 * post is worded ("Place Shaper" reads as no post's words), written as "Name (post)" so the post is never a second name.
 * `noteOnly`: only a note in lower case ("Mr P Lane, resident of Mill Lane"), as any list of those attending prints a
 * guest whom no body sent; the note, kept as printed, says why they came (isGuestNote).
 */
export function guestLine(text: string, noteOnly = false): string {
  const match = TITLED_THEN_WORDS.exec(text);
  const rest = match?.[2] ?? '';
  if (noteOnly && !/^\p{Ll}/u.test(rest)) return text;
  const titled = honorificOf(text.split(' ')[0] ?? '') !== null;
  const another = rest.split(/[\s,]+/).some((word) => honorificOf(word) !== null);
  return match && titled && !another ? `${match[1] ?? ''} (${rest})` : text;
}

/** True when a person's note is words in lower case, no post's ("resident of Mill Lane"): a guest, the note kept as printed. */
export function isGuestNote(person: Person): boolean {
  return /^\p{Ll}/u.test(person.role ?? '') && !person.officer && !person.councillor && !person.outside;
}

/** The last word of a council's department ("Democratic Services", "Planning Division"), no outside body's. */
const DEPARTMENT_END = /\b(?:Directorate|Department|Division|Unit|Section)$/;

/**
 * True when a note after a guest's name names the body they came from, though no word of a body's is in it ("Natural
 * Resources Wales", "Transport for Wales"): two words or more, each capitalised or a joining word, its last no post's,
 * department's or body's word (ROLE_WORDS: "Democratic Services", "Finance and Resources" are departments), no council
 * and no post ("Head of Planning"). One word alone ("Planning") says too little to tell.
 */
export function outsideBodyName(note: string): boolean {
  const words = note.split(/\s+/);
  const last = words.at(-1)?.toLowerCase() ?? '';
  if (words.length < 2 || !BODY_NAME.test(note) || ROLE_WORDS.has(last) || DEPARTMENT_END.test(note)) return false;
  return !isCouncilName(note) && postAlone(note) === null;
}
