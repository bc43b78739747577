/**
 * A vote taken by group, as a SACRE votes (each of its groups, or a Welsh SACRE's committees, one vote): "Votes by
 * group:" over "Group A - in favour" / "Group B - against", or "Committee C: abstained". A recorded vote counts members
 * for and against, so it holds no side per group: the decision reader keeps the lines out of the decision under them
 * (decision-pieces.ts) and the item's text keeps them, said in a warning (item-text.ts).
 */

/** "Group A - in favour", "Committee B: against", "Group D – abstained": one group's vote, the whole line. */
const GROUP_VOTE = /^\s*(?:Group|Committee)\s+[A-Z]\s*[-–—:]\s*(?:in\s+favou?r|for|against|abstain(?:ed|s)?|abstention)\.?\s*$/i;

/** True when a line is one group's vote alone ("Group A - in favour"): no sentence runs on across it. */
export const isGroupVoteLine = (line: string): boolean => GROUP_VOTE.test(line);

/** The lines of an item's text that give a group's vote, as printed (spaces squashed). */
export function groupVoteLines(text: string): string[] {
  return text
    .split('\n')
    .filter(isGroupVoteLine)
    .map((line) => line.trim().replace(/\s+/g, ' '));
}
