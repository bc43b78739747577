/**
 * Movers printed as initials the record never defines ("Proposed: DR  Seconded: EA"), as parish minutes and resolution
 * registers print them: the one member the attendance lists whose initials they are. Initials two or more members share,
 * or no member has, name no one; the meeting's warnings name them and their line, never a guess.
 */
import { stripCouncillorTitles } from '../../../src/model/honorifics.ts';
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
