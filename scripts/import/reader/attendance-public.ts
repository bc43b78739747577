/**
 * The public and the counts in a list: "3 members of the public", "41 electors of the town", "four other parish
 * councillors", and members of the public named ("Mrs P Hart (member of the public)"), whom no list holds. Apart
 * because none of them is filed as a person: they are counted or warned of.
 */
import { type Person, type Piece } from './attendance-piece.ts';
import { readPieces } from './attendance-person.ts';

/**
 * "41 electors of the town": the electors counted, as a town's or a parish's meeting of its electors lists those it is
 * of; no one named, so none in a list, and the count warned of (the meeting is theirs, not the public's in the gallery).
 */
export const ELECTORS_COUNTED = /^\d+\s+(?:local\s+government\s+)?electors?\b/i;

/**
 * "four other parish councillors", "3 councillors": members counted and not named, as a parish meeting's minutes say who
 * came; no one to list, so the count warned of as the electors' is.
 */
export const MEMBERS_COUNTED =
  /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)\s+(?:other\s+)?(?:(?:parish|town|community)\s+)?councillors\b/i;

/** "One member of the public", "3 residents": the public counted, not a heading over their names. */
export const COUNTED = /^(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|several|no)\s/i;

/** "(members of the public)", "(residents)": a note in the plural after names, that says each of them is the public. */
const PUBLIC_PLURAL_NOTE = /\((?:[^()]*\s)?(?:members\s+of\s+(?:the\s+)?public|residents|parishioners)\)$/i;

/** A person a list names with nothing said of them: no note, councillor's title, post or items. */
function unnoted(piece: Piece | undefined): boolean {
  if (piece?.kind !== 'person') return false;
  const said = [piece.role, piece.items, piece.forWhom, piece.stoodInBy, piece.chair, piece.post];
  return piece.name !== '' && !piece.councillor && !piece.outside && said.every((note) => note === null);
}

/** "Members of the public - Mr Ned Willis", "Public: Mr F Lacey": the public's label, then whom it names (group 1). */
const PUBLIC_LABELLED = /^(?:members?\s+of\s+(?:the\s+)?public|public)(?:\s+present)?\s*[-–:]\s*(.+)$/i;

/** The names a piece that is the public gives: "Mrs P Hart" of "Mrs P Hart (member of the public)", "Mr Ned Willis" of "Members of the public - Mr Ned Willis"; none of "3 members of the public". */
function publicNames(text: string): string[] {
  const listed = PUBLIC_LABELLED.exec(text)?.[1] ?? text.replace(/\s*\([^()]*\)$/, '');
  return readPieces(listed).flatMap((piece) => (piece.kind === 'person' && piece.name !== '' ? [piece.name] : []));
}

/**
 * The members of the public a paragraph's pieces name, by the piece's index: a piece of the public that names someone
 * ("Mrs P Hart (member of the public)", "Members of the public - Mr Ned Willis"), and before a note in the plural ("Mr
 * D Olsen and Mrs P Hart (members of the public)") each person named with nothing said of them, back to one of whom
 * something is ("Mrs J Kell (Parish Clerk)"): the note speaks of them all. "3 members of the public" names no one.
 */
export function publicByNote(pieces: readonly Piece[]): Map<number, string[]> {
  const found = new Map<number, string[]>();
  for (const [at, piece] of pieces.entries()) {
    const names = piece.kind === 'public' ? publicNames(piece.text) : [];
    if (piece.kind !== 'public' || names.length === 0) continue;
    found.set(at, names);
    if (!PUBLIC_PLURAL_NOTE.test(piece.text)) continue;
    for (let before = at - 1; unnoted(pieces[before]); before -= 1) found.set(before, [(pieces[before] as Person).name]);
  }
  return found;
}
