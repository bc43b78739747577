/**
 * A tie printed in its own sentence and settled by the chair's casting vote in the next ("On being put to the vote, 3 voted
 * for and 3 against. The Chair gave a casting vote against, and the proposal fell."): the tied counts are that vote's. Apart
 * so the vote reader (vote-outcomes.ts) asks it in one line; the casting vote stays in the vote's text, as no field holds it.
 */
import { isTally } from './vote-counts.ts';
import { CASTING_VOTE, OUTCOME } from './vote-words.ts';

/**
 * The tie a casting vote's sentence settles, as the vote's text opens with it: the sentence before when it is a tally
 * that states no outcome of its own and `sentence` says a casting vote; none otherwise.
 */
export function tieSettled(sentence: string, before: string): string[] {
  return CASTING_VOTE.test(sentence) && isTally(before) && !OUTCOME.test(before) ? [before] : [];
}
