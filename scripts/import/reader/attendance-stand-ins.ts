/**
 * Stand-ins a partnership's list names by initials: "Insp K Yarrow (KY) - Kestleshire Police (GO attending)" under
 * "Apologies:", where "GO" is the initials the list prints after "Supt Graham Oyelaran (GO)". The stand-in is written
 * with the name those initials stand for, where exactly one person listed carries them; else as printed.
 */
import { nameOf } from './attendance-names.ts';
import { initialsOfName } from './initial-movers.ts';

/** "GO (for Kate Yarrow)": a substitute's entry whose stand-in is initials alone (group 1), and for whom (group 2). */
const BY_INITIALS = /^(\p{Lu}{2,4}) \(for (.+)\)$/u;

/** The lists a stand-in is looked for in, and the substitutes. */
type Lists = Record<'present' | 'alsoPresent' | 'officers' | 'substitutes', readonly string[]>;

/** The substitutes, each stand-in given by initials written with the one listed name those initials are of. */
export function standInsNamed(attendance: Lists): string[] {
  const listed = [...new Set([...attendance.present, ...attendance.alsoPresent, ...attendance.officers].map(nameOf))];
  return attendance.substitutes.map((entry) => {
    const [, initials = '', absent = ''] = BY_INITIALS.exec(entry) ?? [];
    const holders = initials === '' ? [] : listed.filter((name) => initialsOfName(name)[0] === initials);
    return holders.length === 1 ? `${holders[0] ?? ''} (for ${absent})` : entry;
  });
}
