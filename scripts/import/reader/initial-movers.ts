/**
 * Movers printed as initials the record never defines ("Proposed: DR  Seconded: EA"), as parish minutes and resolution
 * registers print them: the one member the attendance lists whose initials they are. Initials two or more members share,
 * or no member has, name no one; the meeting's warnings name them and their line, never a guess, and a motion left
 * naming neither mover nor seconder so is left out. Initials a roster prints after a name ("Idris Howells IH") are
 * parted off it and define them.
 */
import { stripCouncillorTitles } from '../../../src/model/honorifics.ts';
import type { Attendance } from './attendance-lists.ts';
import type { PostHolder } from './chair-posts.ts';
import { initialsIn } from './mover-names.ts';

/**
 * The initials a member's name answers to, the one rule for matching them: the first letters of all its words ("Ann P
 * Holt": APH), and of its first and last ("AH"). A surname alone answers to none: "Holt" could be any H.
 */
export function initialsOfName(name: string): string[] {
  const words = stripCouncillorTitles(name)
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word));
  if (words.length < 2) return [];
  const letters = words.map((word) => word.charAt(0));
  return [...new Set([letters.join(''), `${letters[0] ?? ''}${letters.at(-1) ?? ''}`])];
}

/** True when the record names a mover or seconder by initials somewhere ("Proposed CW, seconded TP", "Prop: AB Sec: CD"). */
function usesInitialMovers(lines: readonly string[]): boolean {
  return lines.some((line) => {
    const { moved, seconded } = initialsIn(line);
    return moved !== null || seconded !== null;
  });
}

/** A name of mixed case then a group of two or three capitals, alone after it: group 1 the name, group 2 the capitals. */
const NAME_THEN_CAPITALS = /^(.*\p{Ll}.*?)\s+(\p{Lu}{2,3})$/u;

/**
 * A member's entry with the initials the record prints after the name parted off ("Idris Howells IH": "Idris Howells",
 * IH), as community and parish councils list their members so as to name movers by them: when the capitals are the
 * name's own initials (initialsOfName), or, whatever their letters, when the record names its movers by initials
 * ("William Orme BO" over "Prop: BO"). Null otherwise: "Ann Holt MBE", "Jo Lamb MP" keep what follows the name, and a
 * roster in capitals ("JOHN DAY ROE") none of whose words is lower case is never parted, its surnames short capitals too.
 */
function initialsAfterName(entry: string, moversByInitials: boolean): { name: string; initials: string } | null {
  const found = NAME_THEN_CAPITALS.exec(entry);
  if (found === null) return null;
  const [, name = '', initials = ''] = found;
  const own = initialsOfName(name);
  // A name of two capitalised words at least (initialsOfName gives none else): "Cllr Holt TP" is no member's name and initials.
  if (own.length === 0 || (!own.includes(initials) && !moversByInitials)) return null;
  return { name, initials };
}

/** The members' lists, whose entries may carry initials after the name; never officers or guests, whom movers never are. */
const MEMBERS_LISTS = ['present', 'substitutes', 'apologies', 'absent'] as const;

/**
 * The attendance and the posts' holders with each member's initials printed after the name parted off (initialsAfterName),
 * the initials so defined, each to its one member (initials printed after two names stand for neither), and whether the
 * record names its members by initials at all: movers so named, or initials so defined.
 */
export function initialsParted(
  found: { attendance: Attendance; posts: readonly PostHolder[] },
  lines: readonly string[],
): { attendance: Attendance; posts: PostHolder[]; defined: Map<string, string>; inUse: boolean } {
  const moversByInitials = usesInitialMovers(lines);
  const renamed = new Map<string, string>();
  const byInitials = new Map<string, Set<string>>();
  for (const entry of MEMBERS_LISTS.flatMap((list) => found.attendance[list])) {
    const parted = initialsAfterName(entry, moversByInitials);
    if (parted === null) continue;
    renamed.set(entry, parted.name);
    byInitials.set(parted.initials, (byInitials.get(parted.initials) ?? new Set()).add(parted.name));
  }
  const rename = (name: string) => renamed.get(name) ?? name;
  const lists = Object.fromEntries(MEMBERS_LISTS.map((list) => [list, found.attendance[list].map(rename)]));
  const defined = new Map([...byInitials].flatMap(([initials, names]) => (names.size === 1 ? [[initials, [...names][0] ?? '']] : [])));
  return {
    attendance: { ...found.attendance, ...lists },
    posts: found.posts.map((held) => ({ ...held, name: rename(held.name) })),
    defined,
    inUse: moversByInitials || renamed.size > 0,
  };
}

/** Each set of initials, to the members of the attendance (present, substitutes) whose names answer to them. */
export function attendanceInitials(members: readonly string[]): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const member of new Set(members.map((name) => stripCouncillorTitles(name)))) {
    for (const initials of initialsOfName(member)) found.set(initials, [...(found.get(initials) ?? []), member]);
  }
  return found;
}

/**
 * The initials the record defines ("John Saxby (JS)"), with those only one member of the attendance answers to; a
 * definition printed in the record wins over the attendance's names.
 */
export function moverInitials(defined: ReadonlyMap<string, string>, members: ReadonlyMap<string, string[]>): Map<string, string> {
  const sole = [...members].flatMap(([initials, names]) => (names.length === 1 ? [[initials, names[0] ?? ''] as const] : []));
  return new Map([...sole, ...defined]);
}

/**
 * The motions that name who moved or seconded them; none where none does. A motion whose movers were printed as initials
 * that name no one (unnamedInitialsWarnings warns of them, naming the line) says nothing the record's motions can hold: the
 * decision stays among the resolutions, and the motion is left out rather than kept naming neither.
 */
export function motionsNamingMovers<M extends Omit<Moved, 'text'>>(motions: readonly M[]): M[] | undefined {
  const named = motions.filter((motion) => motion.movedBy !== undefined || motion.secondedBy !== undefined);
  return named.length === 0 ? undefined : named;
}

/** A vote or proposal as the warnings read it: its text and the movers it was given. */
interface Moved {
  text: string;
  movedBy?: string | undefined;
  secondedBy?: string | undefined;
}

/**
 * A warning for each mover or seconder a vote's or proposal's text names by initials that name no one (several members
 * of the attendance answer to them, or none), naming the initials, those members and the text: the mover stays not stated.
 */
export function unnamedInitialsWarnings(
  item: string | number | null,
  moved: readonly Moved[],
  members: ReadonlyMap<string, string[]>,
): string[] {
  return moved.flatMap((each) => {
    const initials = initialsIn(each.text);
    const unnamed = [
      { role: 'mover', initials: initials.moved, given: each.movedBy },
      { role: 'seconder', initials: initials.seconded, given: each.secondedBy },
    ].filter((side) => side.initials !== null && side.given === undefined);
    return unnamed.map(({ role, initials: letters }) => {
      const names = members.get(letters ?? '') ?? [];
      const who = names.length === 0 ? 'no member of the attendance' : `several members of the attendance (${names.join(', ')})`;
      return `${item === null ? 'an item' : `item ${item}`}: the ${role}'s initials "${letters ?? ''}" in "${each.text}" match ${who}: the ${role} is not stated; add them to the item by hand`;
    });
  });
}
