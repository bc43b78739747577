/**
 * The words the archive shows for what records do not say, and for closed sets, in one place:
 * the site's pages, the search filters and the importer's messages all read them from here.
 */
import type { AttendanceMovement, MeetingKind, Recommendation, RecordedVote, VoteRole } from './schema.ts';

/** What the archive shows for anything a record does not say. */
export const NOT_STATED = 'Not stated';

/** A date a record does not state, where it stands alone (a heading, a list entry). */
export const DATE_NOT_STATED = 'Date not stated';

/** Recommendation statuses (the schema's recommendationStatus) in a reader's words. */
export const RECOMMENDATION_STATUS_WORDS: Record<Recommendation['status'], string> = {
  open: 'Open',
  'in-progress': 'In progress',
  completed: 'Completed',
  rejected: 'Rejected',
  'not-stated': NOT_STATED,
};

/** The kind of meeting a record states (the schema's meetingKind) in a reader's words, as the meeting page shows it. */
export const MEETING_KIND_WORDS: Record<MeetingKind, string> = {
  ordinary: 'Ordinary meeting',
  extraordinary: 'Extraordinary meeting',
  special: 'Special meeting',
  annual: 'Annual meeting',
  budget: 'Budget meeting',
  adjourned: 'Adjourned meeting',
  reconvened: 'Reconvened meeting',
  inaugural: 'Inaugural meeting',
  statutory: 'Statutory meeting',
  electors: "Meeting of the parish's or town's electors",
};

/** A recorded vote's outcome in a reader's words. */
export const VOTE_OUTCOME_WORDS: Record<RecordedVote['outcome'], string> = { carried: 'Carried', lost: 'Lost' };
/** What became of a proposal moved and then decided with no vote recorded (schema `movedMotion`). */
export const MOTION_OUTCOME = 'Resolved, no vote recorded';

/** A member's part in a vote (the schema's voteRoles) in a reader's words. */
export const VOTE_ROLE_WORDS: Record<VoteRole, string> = {
  movedBy: 'Moved',
  secondedBy: 'Seconded',
  votedFor: 'For',
  votedAgainst: 'Against',
  abstained: 'Abstained',
};

/**
 * What the archive says of an item the record marks as taken in private (schema `exemptMark`), with
 * the paragraphs of the schedule of exempt information it cites: "Held in private (exempt information,
 * paragraph 3)"; an agenda's item is still to be taken.
 */
export function heldInPrivate(paragraphs: readonly string[], agenda: boolean): string {
  const cited =
    paragraphs.length === 0
      ? ''
      : ` (exempt information, ${paragraphs.length === 1 ? 'paragraph' : 'paragraphs'} ${paragraphs.slice(0, -1).join(', ')}${paragraphs.length > 1 ? ' and ' : ''}${paragraphs.at(-1)})`;
  return `${agenda ? 'To be held in private' : 'Held in private'}${cited}`;
}

/** Why an item held in private shows less: its closed papers are not published. */
export const PRIVATE_NOTE = 'Papers taken in private are not published, so this archive holds only what the council made public.';

/** Headings over an item's reasons for its decision and the options it rejected (schema `agendaItem` `reasons`, `alternatives`). */
export const REASON_HEADINGS = { reasons: 'Reasons for the decision', alternatives: 'Other options considered' } as const;

/** The heading over a meeting's arrivals and departures (schema `attendanceMovement`), under its attendance lists. */
export const MOVEMENTS_HEADING = 'Arrivals and departures';

/**
 * One arrival or departure in a reader's words, after the member's name: "arrived at 19:12", "left",
 * "returned at 20:45". The item it is tied to is shown beside it (the record says whether during,
 * before or after it, in its own words, which stay in the minutes).
 */
export function movementWords(movement: Pick<AttendanceMovement, 'movement' | 'time'>): string {
  return movement.time === null ? movement.movement : `${movement.movement} at ${movement.time}`;
}

/** Words that open a sentence or a line of their own, capitalised: "Arrived at 19:12" on a person's page. */
export const sentenceStart = (words: string): string => words.charAt(0).toUpperCase() + words.slice(1);

/** The item a movement is tied to, after its words: "item 4". */
export const movementItem = (number: string): string => `item ${number}`;

/**
 * An agenda item as its heading, contents line, feed entry and calendar line read: "4. Budget". A number printed
 * with its own stop or bracket ("4.", "(a)", "3)") is shown as printed, never "4.. Budget"; an item without a
 * number is its title alone.
 */
export function itemHeading(item: { number: string | null; title: string }): string {
  if (item.number === null) return item.title;
  return /[.)]$/.test(item.number) ? `${item.number} ${item.title}` : `${item.number}. ${item.title}`;
}
