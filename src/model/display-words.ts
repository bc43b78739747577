/**
 * The words the archive shows for what records do not say, and for closed sets, in one place:
 * the site's pages, the search filters and the importer's messages all read them from here.
 */
import type { Recommendation, RecordedVote, VoteRole } from './schema.ts';

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
