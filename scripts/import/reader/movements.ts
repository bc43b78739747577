/**
 * Arrivals and departures during a meeting, as minutes record them, with the sentence patterns in one
 * place: "Councillor Ward arrived at 7.12pm, during item 4.", "Cllr P Haigh left the meeting at
 * 8.40pm.", "Councillor Moss joined the meeting during consideration of item 6", "Cllr Ince left the
 * room for this item and took no part in the vote.", "… returned to the meeting", and in a list of
 * those present "Cllr Carter (arrived at 7.05pm)", "(from item 5)", "(left at 8.30pm)". The sentence
 * stays in the minutes' text and the name in its list: a movement is an index of them
 * (schema `attendanceMovement`). Only a member is read: a name with a councillor's or personal title,
 * a chair's post ("The Chair"), or a name the attendance lists; "the press and public left", "officers
 * left" and "The Head of Finance joined the meeting" are nobody's movement.
 *
 * This module gathers a meeting's movements and makes one of a movement stated twice; what it reads lies apart, one
 * job each: movement-sentences.ts a sentence's, movement-pronouns.ts a pronoun's, movement-notes.ts a list's notes,
 * movement-when.ts a movement's time and item, movement-members.ts the member named.
 */
import type { AttendanceMovement } from '../../../src/model/schema.ts';
import { squash } from './attendance-piece.ts';
import type { ItemSlice } from './item-slice.ts';
import { asListed, listedNames, type Members } from './movement-members.ts';
import { listMovements } from './movement-notes.ts';
import { declaredReference } from './movement-when.ts';
import { pronounMovements, pronounSubject } from './movement-pronouns.ts';
import { sentenceMovements, sentences } from './movement-sentences.ts';
import { DECLARATIONS_TITLE } from './standing-headings.ts';

/** A movement stated twice in the lists (the header's, and an item's that lists those present again) is one. */
function key(movement: AttendanceMovement): string {
  return [movement.person, movement.movement, movement.time, movement.item].join('|');
}

/** Two values that do not disagree: equal, or one of them not stated. */
const fits = (one: string | null, other: string | null): boolean => one === null || other === null || one === other;

/** True when two names are one member's: the same, or the one listed name each could be (`asListed`). */
function sameMember(one: string, other: string, listed: readonly string[]): boolean {
  return one === other || asListed(one, listed) === asListed(other, listed);
}

/** True when two movements could be one stated twice: the same member and movement, and no time or item that disagree. */
function agree(one: AttendanceMovement, other: AttendanceMovement, listed: readonly string[]): boolean {
  return (
    one.movement === other.movement &&
    fits(one.time, other.time) &&
    fits(one.item, other.item) &&
    sameMember(one.person, other.person, listed)
  );
}

/** How much of when and where a movement's words state: a time before an item. */
const stated = (movement: AttendanceMovement): number => 2 * Number(movement.time !== null) + Number(movement.item !== null);

/**
 * One movement stated twice, as one: the member by the fuller name, the time and item either states,
 * and the words that state the time (else the item; else the fuller words). Both stay in the minutes' text.
 */
function joined(one: AttendanceMovement, other: AttendanceMovement): AttendanceMovement {
  const more = stated(other) - stated(one);
  const text = more > 0 || (more === 0 && other.text.length > one.text.length) ? other.text : one.text;
  const person = other.person.length > one.person.length ? other.person : one.person;
  return { ...one, person, time: one.time ?? other.time, item: one.item ?? other.item, text };
}

/**
 * A movement its sentence ties to a matter declared in by reference and no item ("… an interest in grant application
 * G/25/06 … left the room while it was considered", said under the declarations), tied to the one item whose title or
 * text names that reference, or whose number it is ("a conflict of loyalty in T5 … withdrew for that item"); left untied when none does, or several (declaredReference, movement-when.ts).
 */
function tiedByReference(movement: AttendanceMovement, slices: readonly ItemSlice[]): AttendanceMovement {
  const reference = movement.item === null ? declaredReference(movement.text) : null;
  if (reference === null) return movement;
  const names = new RegExp(String.raw`(?<![\w/])${reference.replaceAll('/', '\\/')}(?![\w/])`);
  const naming = slices.filter(
    (slice) =>
      !DECLARATIONS_TITLE.test(slice.title) &&
      slice.number !== null &&
      (slice.number === reference || names.test([slice.title, ...slice.lines].join('\n'))),
  );
  return naming.length === 1 ? { ...movement, item: naming[0]?.number ?? null } : movement;
}

/** A sentence's movement and where in the record it stands: the item it is tied to, else the slice its sentence is in. */
interface Placed {
  movement: AttendanceMovement;
  place: string;
}

/**
 * The movements sentences state, in order, one departure stated in two sentences ("Councillor Pike
 * declared an interest and left the meeting. Councillor Pike left the meeting at 8.05pm.") as one: the
 * member's last movement before it is the same, with no time or item that disagree, at the same place
 * (the same slice, or the item the one is tied to and the other stands in); kept where the later one
 * stands. "left … returned … left" is three, as is "left" in one item and "left" again in another.
 */
function foldSaid(said: readonly Placed[], listed: readonly string[]): AttendanceMovement[] {
  const kept: Placed[] = [];
  for (const next of said) {
    const at = kept.findLastIndex((held) => sameMember(held.movement.person, next.movement.person, listed));
    const last = kept[at];
    if (last === undefined || last.place !== next.place || !agree(last.movement, next.movement, listed)) {
      kept.push(next);
      continue;
    }
    // Where the later sentence stands: a declaration's "left the room for that item" is told again where the member left.
    kept.splice(at, 1);
    kept.push({ movement: joined(last.movement, next.movement), place: last.place });
  }
  return kept.map((held) => held.movement);
}

/**
 * The movements of some sentences, each placed: tied to an item, at that item; else at the slice it
 * stands in (`slice`, its number or its place in the record when it has none).
 */
function placedSentences(lines: readonly string[], here: string | null, slice: string, members: Members, warnings: string[]): Placed[] {
  const said = sentences(lines).map(squash);
  return said
    .flatMap((sentence, at) => {
      const pronoun = pronounSubject(sentence);
      return pronoun === null
        ? sentenceMovements(sentence, here, members)
        : pronounMovements(sentence, pronoun, said[at - 1] ?? '', here, slice, members, warnings);
    })
    .map((movement) => ({ movement, place: movement.item ?? slice }));
}

/**
 * Every movement a meeting's record states: the notes in its lists of those present (the header's,
 * or an item's that lists them), and the header's and each item's sentences in order. A note and a
 * sentence that state one movement ("Cllr Pike (left at 8.05pm)" and "Councillor Pike left the
 * meeting.") are one, where the sentence stands, when the note fits that sentence only; a note that
 * fits no sentence, or several, comes first, as it was printed. Empty when the record states none.
 */
export function readMovements(
  header: readonly string[],
  slices: readonly ItemSlice[],
  members: Members,
  warnings: string[] = [],
): AttendanceMovement[] {
  const noted = [header, ...slices.map((slice) => slice.lines)]
    .flatMap((lines) => listMovements(lines, members))
    .filter((movement, at, all) => all.findIndex((other) => key(other) === key(movement)) === at);
  const listed = listedNames(members.attendance);
  const said = foldSaid(
    [
      ...placedSentences(header, null, 'header', members, warnings),
      ...slices.flatMap((slice, at) => {
        // "left the room for that item" in the declarations means the item declared in, never the declarations.
        const here = DECLARATIONS_TITLE.test(slice.title) ? null : slice.number;
        return placedSentences(slice.lines, here, slice.number ?? `slice ${at}`, members, warnings);
      }),
    ],
    listed,
  ).map((movement) => tiedByReference(movement, slices));
  const alone: AttendanceMovement[] = [];
  for (const note of noted) {
    const fitting = said.flatMap((movement, at) => (agree(movement, note, listed) ? [at] : []));
    const same = fitting.find((at) => key(said[at] as AttendanceMovement) === key(note));
    const at = fitting.length === 1 ? fitting[0] : same;
    if (at === undefined) alone.push(note);
    else said[at] = joined(said[at] as AttendanceMovement, note);
  }
  return [...alone, ...said];
}
