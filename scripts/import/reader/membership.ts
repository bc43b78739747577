/**
 * A committee's membership as agendas print it under "Membership": who sits on the committee, not
 * who attended. Written as the PDF pack reader writes members, "Councillor A Ash (Chair)": each name
 * with the title of its run ("Councillors A, B and C", "Councillors:" over one name a line), and its
 * part's note ("Substitutes: …" gives "(substitute member)"). attendance.ts finds the block.
 */
import { COUNCILLORS_SOURCE } from '../../../src/model/honorifics.ts';
import { LIST_TITLE_ALONE, readPieces, type Person } from './attendance-person.ts';

/** "Councillors A, B and C", "Aldermen D and E": a plural title over every name of the run it opens. */
const PLURAL_TITLE = new RegExp(`^(?:${COUNCILLORS_SOURCE})(?=\\s|:|$)`, 'i');
const BEFORE_PLURAL_TITLE = new RegExp(`(?<=^|[\\s,;])(?=(?:${COUNCILLORS_SOURCE})\\s)`, 'i');
/** The label of a part of a membership: "Other Members:", "Co-opted Members", "Substitutes: Councillors A and B". */
const PART_LABEL =
  /^(?:(?:other|co-?opted|independent|non-?elected|lay|voting|non-?voting)\s+members?|(?:named\s+)?(?:substitutes?|reserves?)(?:\s+members?)?)\s*(?::\s*|$)/i;
const SUBSTITUTES = /^(?:named\s+)?(?:substitute|reserve)/i;

/** A line that parts a membership: a title alone over the names, or a part's label. */
export function isMembershipPart(text: string): boolean {
  return LIST_TITLE_ALONE.test(text) || PART_LABEL.test(text);
}

/** The singular of a plural title: "Cllrs" -> "Councillor", "Aldermen" -> "Alderman". */
function singular(plural: string): string {
  return /aldermen/i.test(plural) ? 'Alderman' : 'Councillor';
}

interface Part {
  /** The title a title alone gave the names under it; null when none did. */
  title: string | null;
  note: string | null;
}

function entry(person: Person, title: string | null, note: string | null): string {
  const notes = [person.chair, person.role, note].filter((part) => part !== null).map((part) => ` (${part})`);
  return `${title ? `${title} ` : ''}${person.name}${notes.join('')}`;
}

/** A member as written in a committee's `members`: "Councillor A Ash (Chair)", the title a councillor's. */
export function memberEntry(person: Person): string {
  return entry(person, person.councillor ? 'Councillor' : null, null);
}

/** The members one line lists: each name under a plural title gets its singular. */
function readLine(line: string, part: Part): string[] {
  return line.split(BEFORE_PLURAL_TITLE).flatMap((run) => {
    const plural = PLURAL_TITLE.exec(run)?.[0];
    const runTitle = plural === undefined ? part.title : singular(plural);
    return readPieces(run)
      .filter((piece): piece is Person => piece.kind === 'person')
      .map((person) => entry(person, runTitle ?? (person.councillor ? 'Councillor' : null), part.note));
  });
}

/** The members of a membership block's lines, in order, each once. */
export function readMembership(lines: readonly string[]): string[] {
  let part: Part = { title: null, note: null };
  const members: string[] = [];
  for (const line of lines) {
    if (LIST_TITLE_ALONE.test(line)) {
      part = { title: singular(line), note: part.note };
      continue;
    }
    const label = PART_LABEL.exec(line);
    if (label) part = { title: null, note: SUBSTITUTES.test(line) ? 'substitute member' : null };
    members.push(...readLine(label ? line.slice(label[0].length) : line, part));
  }
  return [...new Set(members)];
}
