/**
 * A vote's tally printed alone on its line under the lettered points of a decision's list ("Voting: 4 for, 2 against
 * (Councillors Okeke and Pryce).", "6 for, 1 against."), as advisory panels and parish councils print it: the vote that
 * carried the list, as a tally after the list's movers is (vote-outcomes.ts). Apart so the vote reader asks it in one line.
 */
import { COUNTS_ONLY, VOTING_FIELD } from '../decision-end-lines.ts';

/**
 * True when a sentence is a tally and nothing else: a vote's labelled field ("Voting: …", "Vote: For 5, Against 2 (Cllrs
 * Ede and Fox)"), the names in its brackets read by the vote reader, or counts alone. Prose with counts in it ("Survey
 * replies: 40 for, 12 against") is none.
 */
export function tallyAlone(sentence: string): boolean {
  return VOTING_FIELD.test(sentence) || COUNTS_ONLY.test(sentence);
}
