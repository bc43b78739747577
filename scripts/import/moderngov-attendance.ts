/**
 * A ModernGov page's attendance: the lists its header lines print ("Present:", "Apologies:", "Substitutes:"), each entry
 * with its note in brackets as printed and a chair's or civic post ("(Chair)", "(Mayor)") taken off the name and kept as
 * the post its holder held, as the general reader keeps it (attendance-filing.ts); and the apologies and substitutes its
 * items name in sentences ("Apologies were received from …", "Councillor X attended as a substitute for Councillor Y",
 * read by findApologies and findSubstitutions, attendance-text.ts), joined with the header's, each person once, folded
 * as the general reader folds the lists it joins from its items (foldShorterNames). Apart from moderngov.ts, which reads
 * the page, so that a header line no longer stands in the place of what its items name.
 */
import { findSubstitutions, splitNameList } from './attendance-text.ts';
import { foldShorterNames } from './reader/attendance-names.ts';
import { emptyPerson, squash } from './reader/attendance-piece.ts';
import { readPiece } from './reader/attendance-person.ts';
import type { PostHolder } from './reader/chair-posts.ts';
import type { Attendance } from '../../src/model/schema.ts';
import { applyNote } from './reader/person-notes.ts';

/** A header line's list as read: its entries as written, the posts those present held, and who of them stood in for whom. */
export interface HeaderList {
  entries: string[];
  posts: PostHolder[];
  /** "Councillor Kitty Lamb (for Councillor Ann Dorr)" among those present: a substitute's entry, whom for in brackets. */
  standIns: string[];
}

/** What a note in brackets says, as the general reader reads it (applyNote): a post ("(Chair)", "(Mayor)"), whom a substitute sat for, or neither. */
function noteSays(note: string): { post: string | null; standIn: boolean } {
  const probe = emptyPerson('');
  applyNote(probe, note);
  return { post: probe.role === null ? (probe.chair ?? probe.post) : null, standIn: probe.forWhom !== null && probe.forWhom !== '' };
}

const NOTE = /\s*\(([^()]*)\)/g;

/**
 * One entry of a header line: "Councillor Tessa Pike (Chair)" is "Councillor Tessa Pike", who held the Chair; any other
 * note stays in its brackets ("(observer)", "(for Councillor Ed Fane)"). `present`: among those present, where a
 * substitute's "(for …)" leaves the name alone and makes the substitute's entry, as the general reader files them.
 */
function headerEntry(printed: string, present: boolean): { entry: string; post: PostHolder | null; standIn: string | null } {
  let post: string | null = null;
  let standIn = false;
  const without = (keepStandIn: boolean) =>
    squash(
      printed.replace(NOTE, (whole, note: string) => {
        const says = noteSays(note);
        post ??= says.post;
        standIn ||= says.standIn;
        return says.post !== null || (says.standIn && !keepStandIn) ? '' : whole;
      }),
    );
  const entry = without(!present);
  const holder = post === null ? null : readPiece(entry);
  return {
    entry,
    post: holder?.kind === 'person' && holder.name !== '' ? { post: post ?? '', name: holder.name } : null,
    standIn: present && standIn ? without(true) : null,
  };
}

/**
 * A header line's list of names: each entry with its notes in brackets, a post taken off the name. `list`: the list the
 * line's label names; the officers' entries are "Name, Role" as the record's officers are written (schema), the role no note.
 */
export function readHeaderList(value: string, list: keyof Attendance): HeaderList {
  if (list === 'officers') return { entries: splitNameList(value), posts: [], standIns: [] };
  const read = splitNameList(value, true).map((printed) => headerEntry(printed, list === 'present'));
  return {
    entries: read.map((one) => one.entry),
    posts: read.flatMap((one) => (one.post === null ? [] : [one.post])),
    standIns: read.flatMap((one) => (one.standIn === null ? [] : [one.standIn])),
  };
}

/** The lists of a page's attendance this step joins: the apologies and the substitutes, and those absent. */
interface Lists {
  substitutes?: readonly string[] | undefined;
  apologies?: readonly string[] | undefined;
  absent?: readonly string[] | undefined;
}

/**
 * The page's apologies and substitutes: those its header lines list (`listed`) joined with those its items name
 * (`named`), each person once, a shorter name folded into the fuller (a stand-in's "(for Ellery)" takes the full name
 * of the apologies or the absent); the header's first, in its order.
 */
export function pageAttendance(listed: Lists, named: { apologies: readonly string[]; substitutes: readonly string[] }) {
  const apologies = [...(listed.apologies ?? []), ...named.apologies];
  const substitutes = [...(listed.substitutes ?? []), ...named.substitutes];
  const folded = foldShorterNames({ apologies, absent: [...(listed.absent ?? [])], substitutes });
  return { apologies: folded.apologies, substitutes: folded.substitutes };
}

/** The stand-ins the item texts name in sentences of their own ("… attended as a substitute for …"), each "X (for Y)". */
export function substitutesNamedIn(texts: readonly string[]): string[] {
  return [...new Set(texts.flatMap(findSubstitutions))];
}
