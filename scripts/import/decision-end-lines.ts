/**
 * The lines printed under a decision that end it: a vote's labelled field or its counts alone, an "Action:" label, the
 * meeting's close. Apart from the resolution block (resolution-block-lines.ts) as the vote readers and the decision
 * reader's pieces read the same lines.
 */
import { MEETING_CLOSED } from './meeting-close.ts';
import { SIDE_WORD, UNANIMITY, WELSH_SIDE_WORD } from './reader/vote-words.ts';

/**
 * A vote's label as a block of fields prints it: "Voting:", "Vote:", "Vote result:", or named for the body that voted,
 * "Panel vote:", "Committee vote:" (that word capitalised). Regex source, for case-blind patterns.
 */
export const VOTE_LABEL = String.raw`(?:(?-i:[A-Z][a-z'’-]+)\s+)?(?:Voting|Votes?|Vote\s+result)\s*:`;
/**
 * "Voting: For 7, Against 0, Abstain 1", "Vote: 4 for, 3 against", "Panel vote: 2 in favour, 1 against", "Vote: Unanimous":
 * the vote on a decision as a labelled block prints it on the line before or after, which ends the decision (votes.ts
 * reads the vote).
 */
export const VOTING_FIELD = new RegExp(String.raw`^\s*${VOTE_LABEL}\s*(?=.*\d|(?:${UNANIMITY})\b)`, 'i');

/** One side of a vote with its count, label first or count first: "For 5", "Against: 1", "Abstentions – 0", "6 for", "1 abstention", "4 o blaid". */
/** The members of a side named by their initials in brackets after its count, as town councils print them: "2 against (RC, YL)". */
const SIDE_INITIALS = String.raw`(?:\s*\((?:[A-Z]{2,3}(?:\s*,\s*|\s+and\s+|\s*&\s*))*[A-Z]{2,3}\))?`;
const SIDE_COUNT = String.raw`(?:(?:${SIDE_WORD}|${WELSH_SIDE_WORD})\s*[:–-]?\s*\d{1,3}|\d{1,3}\s+(?:${SIDE_WORD}|${WELSH_SIDE_WORD}))${SIDE_INITIALS}`;
/**
 * A vote's counts and nothing else: "For 5, Against 1.", "(6 for, 2 against and 1 abstention)", "Voting: For 3;
 * Against 1". Parish and community council minutes print it after the decision it carried; the vote reader
 * (votes.ts) reads it from the minutes, and it is no part of what was decided.
 */
export const COUNTS_ONLY = new RegExp(
  String.raw`^\s*\(?\s*(?:(?:Voting|Votes?|Vote\s+result)\s*:\s*)?${SIDE_COUNT}(?:\s*(?:[,;]|and|with)\s*${SIDE_COUNT})+[\s.)]*$`,
  'i',
);

/**
 * "Action: Clerk", "ACTION: Briefing to be sent to members", "Action by: SH": who is to act on what was
 * decided, or what they are to do, printed after a decision or between a report's points; "Lead officer: Director
 * of Operations", "Contact officer: …", "Wards affected: All", "Key decision: Yes", as a decision bulletin prints
 * under each decision. It is the minutes' text, no part of a decision (action-column.ts puts an Action column's
 * cells back in this form). Capitalised as a label is: "action: none" in a sentence is no label.
 */
export const ACTION_LABEL =
  /^\s*(?=[A-Z])(?:action(?:\s+by)?|(?:lead|contact|responsible|report(?:ing)?)\s+officers?|officer\s+responsible|wards?\s+affected|key\s+decision)\s*:\s*\S/i;

/** Whether a line ends a decision: the meeting's close, a vote's counts or field, or an "Action:" label under it. */
export const endsDecision = (line: string): boolean =>
  [MEETING_CLOSED, VOTING_FIELD, COUNTS_ONLY, ACTION_LABEL].some((pattern) => pattern.test(line));
