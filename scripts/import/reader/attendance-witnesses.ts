/**
 * An inquiry's witnesses: the heading over them ("Witnesses:", "The Committee heard evidence from:", "Presenting:"),
 * the sessions they were heard in ("Session 2 (3.20pm – 4.30pm): …"), and each line of them read whole as "Dr A Bell
 * (Witness, Director of Public Health)". Apart because witnesses are read whole or not at all, unlike the lists of
 * members and officers, and the meeting's item reader finds the sessions too.
 */
import { HONORIFIC_SOURCE, stripCouncillorTitles } from '../../../src/model/honorifics.ts';
import { BULLET_LINE } from '../list-marks.ts';
import { type Block, GROUP_LABEL } from './attendance-lists.ts';
import { squash } from './attendance-piece.ts';
import { isCouncilName } from './council-name.ts';

/**
 * "Presenting:", "Presenters:", as some minutes head the guests who presented an item: presenters as witnesses are,
 * only with the colon (a line that opens "Presenting the report, …" is a sentence).
 */
const PRESENTING_SOURCE = String.raw`(?:presenting|presenters)(?=\s*:)`;
/** A line headed "Presenting:" or "Presenters:" (PRESENTING_SOURCE). */
export const PRESENTING = new RegExp(`^${PRESENTING_SOURCE}`, 'i');
/**
 * "Witnesses", "Witnesses present", "The Panel heard evidence from:": the heading over those a scrutiny
 * inquiry's evidence session heard, one a line or parted by semicolons, each with what they are
 * ("Dr A Bell, Director of Public Health"): the meeting's presenters.
 */
// "Giving evidence:", as an evidence session heads those it heard.
export const WITNESSES_SOURCE = String.raw`witnesses(?:\s+(?:present|in\s+attendance))?|(?:those\s+)?giving\s+evidence|${PRESENTING_SOURCE}|(?:the\s+(?:committee|sub-committee|panel|board|commission)\s+)?(?:heard|received|took)\s+evidence\s+from(?:\s+the\s+following(?:\s+witnesses)?)?`;
/** A line headed by the witnesses' heading (WITNESSES_SOURCE). */
export const WITNESSES = new RegExp(`^(?:${WITNESSES_SOURCE})\\b`, 'i');
/**
 * "Session 2 (3.20pm – 4.30pm): Council services and parents", "Evidence Session 3 – Health partners", "Session A (7.05 pm
 * – 7.50 pm)": the heading of
 * one of the sessions an inquiry's evidence meeting is held in, over that session's witnesses and the questions put to them.
 */
export const SESSION_HEADING =
  /^(?:evidence\s+)?session\s+(?:\d{1,2}|[a-h]|one|two|three|four|five|six)\b(?:\s*\([^)]*\))?(?:\s*[:.–—-]\s*\S.*)?$/i;

/**
 * The list of witnesses under a session's heading (SESSION_HEADING, at `at`): "Witnesses" (or "Witnesses: …") as the
 * next line filled and the lines under it to the first blank line, [first, last]; null when no such list is under it.
 */
export function sessionWitnesses(lines: readonly string[], at: number): [number, number] | null {
  if (!SESSION_HEADING.test(squash(lines[at] ?? ''))) return null;
  let from = at + 1;
  while (from < lines.length && (lines[from] ?? '').trim() === '') from += 1;
  if (!WITNESSES.test(squash(lines[from] ?? '').split(':')[0] ?? '')) return null;
  let to = from;
  while (to + 1 < lines.length && (lines[to + 1] ?? '').trim() !== '') to += 1;
  return [from, to];
}

/** A witness's name: a title then a name or an initial ("Mrs S", as a parent is named), or a given name and a surname. */
const WITNESS_NAME = new RegExp(
  String.raw`^(?:${HONORIFIC_SOURCE}\s+(?:\p{Lu}[\p{L}'’.-]*\s*)+|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+)$`,
  'u',
);

/**
 * The witnesses of one line, each "Dr A Bell (Witness, Director of Public Health)" as a hearing's parties are written:
 * entries parted by semicolons, each a name then what the witness is; null when an entry opens with no name, or with a
 * body's ("Northvale Integrated Care Board", a post wrapped onto a line of its own).
 */
export function readWitnessLine(list: string, lead: string | null): string[] | null {
  // "- Dr A Bell, Director of Public Health": a witness a line, each bulleted.
  const entries = (BULLET_LINE.exec(list)?.[1] ?? list)
    .replace(/\.$/, '')
    .split(/;\s*(?:and\s+)?/)
    .map(squash)
    .filter((entry) => entry !== '');
  const people = entries.map((entry) => {
    const [name = '', ...what] = entry.split(/,\s*(?![^()]*\))/);
    const bracket = /^(.*?)\s*\(([^)]+)\)$/.exec(name);
    const bare = squash(bracket ? (bracket[1] ?? '') : name);
    const notes = [...(lead === null ? [] : [lead]), ...(bracket ? [bracket[2] ?? ''] : []), ...what.map(squash)].filter(
      (note) => note !== '',
    );
    const person = WITNESS_NAME.test(bare) && !GROUP_LABEL.test(bare) && !isCouncilName(bare);
    // A councillor is named without the title, as in the attendance's other lists.
    const named = stripCouncillorTitles(bare);
    return person ? (notes.length === 0 ? named : `${named} (${notes.join(', ')})`) : null;
  });
  return people.length > 0 && people.every((person) => person !== null) ? (people as string[]) : null;
}

/**
 * The lines of a list of witnesses as printed, one entry (or a line of them) each: a post that ends "… for Children
 * and Education" runs on into no name on the next line, as a list of names would.
 */
export function witnessLines(lines: readonly string[], block: Block, rest: string): string[] {
  const under = block.indexes.slice(1).map((index) => squash(lines[index] ?? ''));
  // "Session A (7.05 pm – 7.50 pm)": when those under it were heard, no witness.
  return [rest, ...under].filter((line) => line !== '' && !SESSION_HEADING.test(line));
}
