/**
 * A vote taken by group, as a SACRE votes (each of its groups, or a Welsh SACRE's committees, one vote): "Votes by
 * group:" over "Group A - in favour" / "Group B - against", or "Committee C: abstained". A recorded vote counts members
 * for and against, so it holds no side per group: the decision reader keeps the lines out of the decision under them
 * (decision-pieces.ts) and the item's text keeps them, said in a warning (item-text.ts).
 */
import { SIDE_WORD } from './vote-words.ts';

/**
 * "Group A - in favour", "Committee B: against", "Group D – abstained", "Group C: opposed": one group's vote, the whole
 * line, its side in any of the vote reader's side words (SIDE_WORDS), so a group's vote is read in the words a tally is.
 */
const GROUP_VOTE = new RegExp(String.raw`^\s*(?:Group|Committee)\s+[A-Z]\s*[-–—:]\s*${SIDE_WORD}\.?\s*$`, 'i');

/** True when a line is one group's vote alone ("Group A - in favour"): no sentence runs on across it. */
export const isGroupVoteLine = (line: string): boolean => GROUP_VOTE.test(line);

/** The lines of an item's text that give a group's vote, as printed (spaces squashed). */
export function groupVoteLines(text: string): string[] {
  return text
    .split('\n')
    .filter(isGroupVoteLine)
    .map((line) => line.trim().replace(/\s+/g, ' '));
}
