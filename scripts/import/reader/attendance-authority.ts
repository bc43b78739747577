/**
 * The authority each member of a joint body sits for, as its roster table prints it in a column of its own ("Partner
 * authority | Member | Attendance", "Constituent council | Member | Attendance"): kept after the member's name, as a
 * joint meeting's list keeps a member's council ("Rhian Toller, Ashwold County Council"), the member still one of the
 * body's, never a councillor visiting from elsewhere. Apart because a table's header (attendance-table-columns.ts) finds the
 * column and its rows (attendance-table-row.ts) read the cell.
 */
import { type Person, squash } from './attendance-piece.ts';

/**
 * A column's heading naming the authority each row's member sits for: "Partner authority", "Constituent council",
 * "Member authority", "Local authority", "Authority", "Council". Never "Organisation" or "Body" (attendance-table-columns.ts),
 * under which a council is the one the member belongs to and is left out as before.
 */
export const AUTHORITY_COLUMN = /^(?:(?:partner|constituent|member|local|appointing|nominating)\s+)?(?:authority|council)$/i;

/** An authority's cell: the authority's name, and the notes in brackets after it ("(sub)"), read as the person's. */
export interface AuthorityCell {
  authority: string;
  notes: string[];
}

/** "Pinley District Council (sub)" → the authority "Pinley District Council" and the note "sub"; null for an empty cell. */
export function authorityCell(cell: string): AuthorityCell | null {
  const notes = [...cell.matchAll(/\(([^()]*)\)/g)].map((note) => squash(note[1] ?? '')).filter((note) => note !== '');
  const authority = squash(cell.replace(/\([^()]*\)/g, ' '));
  return authority === '' ? null : { authority, notes };
}

/**
 * The member with the authority they sit for kept after the name, before any post the row gives them: one of the body's
 * members, not a visitor (`outside`), whatever council the authority is.
 */
export function sittingFor(person: Person, cell: AuthorityCell): Person {
  const role = [cell.authority, person.role].filter((part) => part !== null && part !== '').join(', ');
  const { council: _council, ...member } = person;
  return { ...member, role, outside: false };
}
