/**
 * A movement whose subject is a pronoun ("He left at 7.50 pm.", "They left the meeting."): the member or members it
 * means, named in the sentence or the one before, or a warning when that cannot be told. Apart because it reads two
 * sentences together, where movement-sentences.ts reads one.
 */
import { COUNCILLORS_SOURCE, HONORIFIC_SOURCE } from '../../../src/model/honorifics.ts';
import type { AttendanceMovement } from '../../../src/model/schema.ts';
import { couldBeOnePerson } from './attendance-names.ts';
import { readPiece } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';
import { asListed, listedNames, type Members, membersNamed } from './movement-members.ts';
import { LEAD, SENTENCE, sentenceMovements } from './movement-sentences.ts';

/**
 * "District Cllr Ivens reported … He left at 7.50 pm.": the movement of the one member named in the sentence or the
 * one before, whom the pronoun means; none, and a warning, when no member or more than one is named there.
 */
export function pronounMovements(
  sentence: string,
  pronoun: { index: number; length: number },
  before: string,
  here: string | null,
  slice: string,
  members: Members,
  warnings: string[],
): AttendanceMovement[] {
  const [head, word, tail] = [
    sentence.slice(0, pronoun.index),
    sentence.slice(pronoun.index, pronoun.index + pronoun.length),
    sentence.slice(pronoun.index + pronoun.length),
  ];
  const where = slice === 'header' ? 'above the first item' : `under item ${slice}`;
  if (PLURAL_PRONOUN.test(word)) {
    const opening = openingMembers(before, members);
    if (opening !== null)
      return sentenceMovements(`${head}${opening}${tail}`, here, members).map((movement) => ({ ...movement, text: sentence }));
    warnings.push(
      `"${sentence}" ${where} says "${word}" came or went, but the sentence before does not open on the members it means: add the movement by hand`,
    );
    return [];
  }
  const named = titledNamed(`${before} ${head} ${tail}`, members);
  const only = named.length === 1 ? named[0] : undefined;
  if (only !== undefined)
    return sentenceMovements(`${head}${only}${tail}`, here, members).map((movement) => ({ ...movement, text: sentence }));
  const whom = named.length === 0 ? 'no member' : 'more than one member';
  warnings.push(`"${sentence}" ${where} says "${word}" came or went, but ${whom} is named just before: add the movement by hand`);
  return [];
}

/** "He", "She", "They": a pronoun standing for whom a sentence says came or went. */
const PRONOUN = /^(?:he|she|they)$/i;
/** "They": the members the sentence before opens on, two or more. */
const PLURAL_PRONOUN = /^they$/i;

/** "Cllr Ash and Cllr Elm", "Councillors Moss, Quill and Ince": the run of capitalised words (and "and") a sentence opens on. */
const OPENING_NAMES = /^(?:\p{Lu}[\p{L}'’.-]*,?|and|&)(?:\s+(?:\p{Lu}[\p{L}'’.-]*,?|and|&))*/u;

/**
 * The members a sentence opens on as its subject ("Cllr Ash and Cllr Elm declared an interest."), as printed, when it
 * names two or more and nothing else: whom "They" in the next sentence means. Null for one member (a singular "they",
 * whom a reader should be told of), for none, and for a sentence that names members only after its verb
 * ("Councillor Ince thanked Councillor Carter."), whose "They" could mean either.
 */
function openingMembers(sentence: string, members: Members): string | null {
  const opening = (OPENING_NAMES.exec(squash(sentence))?.[0] ?? '').replace(/(?:,|\s+(?:and|&))+$/, '');
  return membersNamed(opening, members).length >= 2 ? opening : null;
}

/** Where a sentence's subject is a pronoun ("He left at 7.50 pm."): its place and length; null for any other subject. */
export function pronounSubject(sentence: string): { index: number; length: number } | null {
  const said = squash(sentence);
  for (const { pattern } of SENTENCE) {
    const found = pattern.exec(said);
    const subject = (found?.[1] ?? '').replace(LEAD, '');
    if (found && PRONOUN.test(subject))
      return { index: said.indexOf(subject, (LEAD.exec(said)?.[0] ?? '').length), length: subject.length };
  }
  return null;
}

/** A member named with a title in running text: "Cllr Ivens", "Councillor Mrs A Holt". */
const TITLED_IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}'’-])(?:${COUNCILLORS_SOURCE}|${HONORIFIC_SOURCE})\s+(?:\p{Lu}[\p{L}'’-]*\.?\s+){0,3}\p{Lu}[\p{L}'’-]+`,
  'gu',
);

/** The people some text names by a title, each once (two ways of naming one listed person are one): as printed first. */
function titledNamed(text: string, members: Members): string[] {
  const listed = listedNames(members.attendance);
  const seen = new Map<string, string>();
  for (const [printed] of squash(text).matchAll(TITLED_IN_TEXT)) {
    const person = readPiece(printed);
    if (person.kind !== 'person' || person.name === '') continue;
    const who = asListed(person.name, listed);
    if (![...seen.keys()].some((known) => couldBeOnePerson(known, who))) seen.set(who, printed);
  }
  return [...seen.values()];
}
