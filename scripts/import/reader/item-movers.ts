/**
 * The one step that names an item's movers from what its meeting knows of its members, for every reader that reads votes
 * and motions (the general reader, a ModernGov page, a call-in outcome notice): a post ("Proposed by the Mayor") given to
 * the member the attendance says held it, initials ("Proposed CW, seconded TP.") to the one member they stand for, and a
 * motion whose movers were initials naming no one left out with a warning naming its line. Apart so that no reader keeps
 * a motion naming no one, which the record's schema refuses.
 */
import type { PostHolder } from './chair-posts.ts';
import { attendanceInitials, motionsNamingMovers, moverInitials, unnamedInitialsWarnings } from './initial-movers.ts';
import { initialsDefined, votesOfHolders } from './vote-post-holders.ts';
import { nameOf } from './attendance-names.ts';

/** What a meeting knows of its members that names its movers: the posts' holders and the members' initials. */
export interface MoverRoster {
  /** Each post and its holder, as the attendance prints them ("Councillor Ann Holt (Mayor)"). */
  posts: readonly PostHolder[];
  /** Initials the record defines ("John Saxby (JS)"), each to its one member. */
  defined: ReadonlyMap<string, string>;
  /** Initials to the one member they name: those defined, else the one member of the attendance answering to them. */
  initials: ReadonlyMap<string, string>;
  /** Initials to every member of the attendance answering to them, for the warnings when they name no one. */
  byInitials: ReadonlyMap<string, string[]>;
}

/**
 * The roster a meeting's movers are named from: the members it lists as present or substituting, the posts they hold,
 * its lines (where initials may be defined, "Cllrs John Saxby (JS), …") and any initials its reader parted off names already.
 */
export function moverRoster(
  members: readonly string[],
  lines: readonly string[],
  posts: readonly PostHolder[] = [],
  parted: ReadonlyMap<string, string> = new Map(),
): MoverRoster {
  // "Kit Bramall (for Ruth Ellery)", "Tessa Pike (observer)", "Mr T Craik, Carers Representative": what an entry says after
  // the name is no part of the name its initials are of, nor of the mover they name (nameOf).
  const byInitials = attendanceInitials(members.map(nameOf));
  const defined = new Map([...initialsDefined(lines), ...parted]);
  return { posts, defined, initials: moverInitials(defined, byInitials), byInitials };
}

/** A vote or motion as this step reads it: its text, its movers and any sides it names (votesOfHolders). */
type Named = Parameters<typeof votesOfHolders>[0][number] & { text: string };

/**
 * An item's votes and motions with their movers named from the roster (posts to their holders, initials to their members),
 * a motion naming no one once so named left out, and a warning for each initials naming no one, with its line: each of
 * the two a key of `named` only when the item has any, to spread over the item in their place.
 */
export function itemMoversNamed<V extends Named, M extends Named>(
  item: { number: string | number | null; votes?: V[] | undefined; motions?: M[] | undefined },
  roster: MoverRoster,
): { named: { votes?: V[]; motions?: M[] }; warnings: string[] } {
  const votes = item.votes === undefined ? undefined : votesOfHolders(item.votes, roster.posts, roster.initials);
  const moved = item.motions === undefined ? undefined : votesOfHolders(item.motions, roster.posts, roster.initials);
  const warnings = unnamedInitialsWarnings(item.number, [...(votes ?? []), ...(moved ?? [])], roster.byInitials);
  // A motion whose movers were initials naming no one names no mover: left out, its line warned of just above.
  const motions = moved === undefined ? undefined : motionsNamingMovers(moved);
  return { named: { ...(votes === undefined ? {} : { votes }), ...(motions === undefined ? {} : { motions }) }, warnings };
}
