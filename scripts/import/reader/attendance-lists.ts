/**
 * The lists of a meeting's attendance and the shapes every part of the attendance reader reads with: the seven lists,
 * a heading's list as read (Block), whether a line reads as a list, a title that opens a new run, a numbered item.
 * Apart so that the reader's parts (headings, group labels, wrapped lines, filing, sentences) share them without
 * importing one another.
 */
import { isStandingHeading } from './standing-headings.ts';
import { COUNCILLORS_SOURCE, HONORIFIC_SOURCE } from '../../../src/model/honorifics.ts';
import { ORGANISATION_WORD } from './person-posts.ts';
import { PUBLIC, readPieces } from './attendance-person.ts';

/** The seven lists of a meeting's attendance, as the schema's `attendance` object holds them. */
export interface Attendance {
  present: string[];
  apologies: string[];
  absent: string[];
  substitutes: string[];
  alsoPresent: string[];
  officers: string[];
  presenters: string[];
}

/**
 * One listed as a member present or as sending apologies with what makes them a partner of the body, not one of its
 * members ("Healthwatch Dunmere", "Inspector": partnerNote), as the list's entry names them. Whether such an apology is
 * a member's is for the whole record to say (attendance-settle.ts): a member's where the members present are partners too.
 */
export interface PartnerListed {
  list: 'present' | 'apologies';
  name: string;
  note: string;
  /** Listed with a staff post and no councillor's title (officerNote): an officer, not a partner from another body. */
  officer?: true;
}

/** "There were no absences", "None received", "Nil": a list's heading over the words that it holds no one. */
export const NONE_SAID = /^(?:none|nil|n\/a\b|no\s+\w+|there\s+(?:were|was)\s+no(?:ne)?\b)/i;
/** Lists whose heading over no names read says something was missed ("Public" over nothing says nothing). */
export const NAMED_LISTS: readonly Role[] = ['present', 'apologies', 'absent', 'substitutes', 'alsoPresent', 'officers'];

/** One of the seven lists. */
export type ListName = keyof Attendance;
/** The list a heading heads: one of the seven, the public (whom no list holds), or a committee's membership. */
export type Role = ListName | 'public' | 'members';

/** How a heading says those under it are the body's members: of a kind whatever post they hold, or by name. */
export type MembersHeading = 'ofAKind' | 'named';

/** An item's number opening a line ("3.", "18.05.1", "(2)"). */
export const ITEM_NUMBER = /^\(?\d+(?:\.\d+)*[.)]?(?=\s|$)/;
/**
 * A numbered item ("3.", "18.05.1", "2643."), not a count ("2 members of the public"), or a standing item's unnumbered
 * heading in capitals ("DECLARATIONS OF INTEREST", standing-headings.ts): either ends the list above it.
 */
export function isItemLine(text: string): boolean {
  return (ITEM_NUMBER.test(text) && !PUBLIC.test(text)) || isStandingHeading(text);
}

/** True when a line reads as part of a list: names, roles after names, "none" or the public. */
export function isListLine(text: string): boolean {
  const pieces = readPieces(text);
  return pieces.length > 0 && pieces.every((piece) => piece.kind !== 'text') && pieces.some((piece) => piece.kind !== 'role');
}

/** A line that opens with a title of its own ("Councillor X", "Mr T Gray", "Councillors A and B", "Aldermen C and D") starts a new run. */
export const NEW_TITLE = new RegExp(`^(?:${HONORIFIC_SOURCE}|${COUNCILLORS_SOURCE})\\s`, 'i');

/** The list under one heading as read (attendance-block.ts): its paragraphs of names, and what the labels under the heading said of each. */
export interface Block {
  role: Role;
  members?: MembersHeading;
  /** Lines of the list, joined where a name or run wraps. */
  paragraphs: string[];
  /** The list of each paragraph, where a group's label under the heading gives it one of its own (GROUP_LABELS). */
  groups?: Role[];
  /** Paragraphs under a label of members of a kind (MEMBERS_KIND_LABEL): members whatever post or body follows each name. */
  ofAKind?: boolean[];
  /** An "In attendance" list beside the record's own officers' list (besideOfficers): those with a body's name noted are guests. */
  besideOfficers?: true;
  /** The body each paragraph's members represent, under its label (REPRESENTING, jointBodies): each name kept with it. */
  represent?: (string | null)[];
  /** The body named alone over each paragraph's people (attendance-bodies.ts): guests from it, each kept with it. */
  guestOf?: (string | null)[];
  /** Lines between the names that no list reads ("Ward 3 - seat vacant"), read past and warned of by their words. */
  skipped?: string[];
  indexes: number[];
  end: number;
}

/**
 * "Community and Enterprise Resources", "Carnock Development Trust": a department or a body alone on its
 * line over the people from it, as Scottish minutes group those attending by Resource.
 */
export const GROUP_LABEL = new RegExp(
  String.raw`^(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:and|&|of|for|the)\s+)*){0,5}(?:Resources|Services|Directorate|Department|Division|${ORGANISATION_WORD})$`,
  'u',
);

/** Lists whose people a members' group label (MEMBER_GROUP, a council's name) parts into groups, each in the same list. */
export const GROUPED_LISTS: readonly Role[] = ['present', 'apologies', 'absent'];
/** The lists of those attending who are no members: officers, and those also present. */
export function staffList(role: Role): boolean {
  return role === 'officers' || role === 'alsoPresent';
}

/** The seven lists, each empty. */
export function emptyAttendance(): Attendance {
  return { present: [], apologies: [], absent: [], substitutes: [], alsoPresent: [], officers: [], presenters: [] };
}

/** The lists as they are filed, with the partners filed among the members and the apologies (PartnerListed). */
export interface Filing extends Attendance {
  partners: PartnerListed[];
  /** Those present counted and no one named, whom a meeting of them is of ("41 electors of the town"): warned of. */
  counted: string[];
  /** Posts listed among the guests with no one named as holding them ("the Chief Constable"): no person, warned of. */
  unnamed: string[];
  /** Bodies listed among the members with no one named for them ("Country Land and Business Association"): warned of. */
  bodies: string[];
  /** Parts of a list of officers' posts read as no post and no one ("the Chief Planning 0fficer"): warned of. */
  unreadParts: string[];
  /**
   * True once a list of those present is a board of partners' (partnersListed): each member then keeps the body they come
   * from in every list of the members, an apology's as one present's.
   */
  partnership?: boolean;
}
