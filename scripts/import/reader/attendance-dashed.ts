/**
 * An attendance list a person a line, each line the name, then the council a member comes from or an officer's post,
 * then the initials of that body, parted by dashes: "Cllr Wendy Hale - Ashby Borough Council - ABC", "Sam Tait -
 * Monitoring Officer - NMCA", as eGenda pages print a combined authority's meetings under "Attendance Details". A
 * councillor keeps their council (a combined authority's members come from several); an officer their post. The
 * initials repeat the body and are left off. Read only where every such line under a heading is one of these.
 */
import { COUNCILLOR_SOURCE } from '../../../src/model/honorifics.ts';
import { squash } from '../text.ts';
import { postAlone } from './person-name.ts';
import { isCouncilName } from './council-name.ts';

/** "Name - Body - ABBR": three fields parted by a spaced dash, the last a body's initials in capitals. */
const DASHED = /^(\S.*?)\s+[-–—]\s+(\S.*?)\s+[-–—]\s+(\p{Lu}{2,8})$/u;
const COUNCILLOR_FIRST = new RegExp(`^${COUNCILLOR_SOURCE}\\s`, 'i');

/** The lists a heading over such lines may be. */
export type DashedRole = 'present' | 'apologies' | 'absent';

/** One person read: the list, the name as printed (title and all), and their council (a member) or post (an officer). */
export interface DashedEntry {
  role: DashedRole | 'officers';
  name: string;
  /** A member's council, kept with the name as a represented body is. */
  council: string | null;
  /** An officer's post. */
  post: string | null;
}

/** The person a dashed line names, in the list a heading of `role` gives them; null when the line is no such line. */
export function dashedEntry(line: string, role: DashedRole): DashedEntry | null {
  const found = DASHED.exec(squash(line));
  if (!found) return null;
  const name = found[1] ?? '';
  const body = found[2] ?? '';
  if (COUNCILLOR_FIRST.test(name) && isCouncilName(body)) return { role, name, council: body, post: null };
  // An officer is read among those present only: an officer's apology is not a member's.
  if (role === 'present' && !COUNCILLOR_FIRST.test(name) && postAlone(body) !== null)
    return { role: 'officers', name, council: null, post: body };
  return null;
}

/** The dashed lists found: each person, and the lines read (their headings among them). */
export interface DashedLists {
  entries: DashedEntry[];
  lines: number[];
}

/**
 * The dashed lists in `lines`, each under the heading `headingRole` names the list of (null for any other line). A
 * heading's run of lines is read whole or not at all: a dashed line this reader does not know (a party's name for a
 * council) leaves the run to the rest of the reader, which warns of what it does not read.
 */
export function readDashedLists(lines: readonly string[], headingRole: (text: string) => DashedRole | null): DashedLists {
  const found: DashedLists = { entries: [], lines: [] };
  let at = 0;
  while (at < lines.length) {
    const role = headingRole(squash(lines[at] ?? ''));
    if (role === null) {
      at += 1;
      continue;
    }
    const run = dashedRun(lines, at + 1);
    const entries = run.map((index) => dashedEntry(lines[index] ?? '', role));
    if (run.length > 0 && entries.every((entry) => entry !== null)) {
      found.entries.push(...(entries as DashedEntry[]));
      found.lines.push(at, ...run);
    }
    at = Math.max(at + 1, (run.at(-1) ?? at) + 1);
  }
  return found;
}

/** The indexes of the dashed lines from `start` on, blank lines among them, up to the first other line. */
function dashedRun(lines: readonly string[], start: number): number[] {
  const run: number[] = [];
  for (let index = start; index < lines.length; index += 1) {
    const text = squash(lines[index] ?? '');
    if (text === '') continue;
    if (!DASHED.test(text)) break;
    run.push(index);
  }
  return run;
}
