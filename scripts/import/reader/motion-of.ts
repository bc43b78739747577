/**
 * "On the motion of Councillor Ash", "On a motion from Councillor Ash", "On a motion by Councillor Ash", "On the proposal
 * of …": the lead-in that names who moved a decision before the decision itself. One pattern for the mover reader
 * (mover-names.ts), which reads the name after it, and the decision reader (decision-markers.ts HOW_DECIDED), which
 * leaves it out of what was decided.
 */

/**
 * The lead-in's words up to the mover's name, a regex source: "On" (or "Upon"), "the" or "a", the proposal's noun and
 * "of", "from" or "by". Never "On a motion to adjourn": only those three words say a mover follows.
 */
export const MOTION_OF = String.raw`\b(?:[Oo]n|[Uu]pon)\s+(?:the|a)\s+(?:motion|proposition|proposal)\s+(?:of|from|by)\s+`;
