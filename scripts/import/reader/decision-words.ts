/**
 * The capitals words minutes mark what a meeting did with an item by ("RESOLVED that …", "The Board ACCEPTED both
 * recommendations", "NOTED the report"), one list for every pattern that reads them: the decision reader
 * (decisions.ts), the resolution block's marker (resolution-markers.ts), the item reader (items.ts), the vote and motion readers
 * (votes.ts, motions.ts). Welsh words ("PENDERFYNWYD") stay beside English ones in each pattern, as the Welsh reader
 * keeps them. Each list in three groups by what the word means:
 * - deciding words, which open a resolution wherever minutes print one;
 * - approving words, which decide by approving what was put;
 * - noting words, which only note: a decision only where the body's name or a marked list says it is one.
 */

/**
 * The deciding words that open a sentence with no subject before them ("RESOLVED that …", "AGREED: …"): where a name
 * or a side's list run on into the decision with no stop ends (mover-names.ts, vote-names.ts). The other deciding words
 * are printed after their subject ("It was DECIDED –", "the Sub-Committee DETERMINED to"), never straight after a name.
 */
export const OPENING_DECIDING_WORDS = ['RESOLVED', 'AGREED'] as const;
/**
 * Confirming words: Scots "homologated" (approved, confirmed what was done before the meeting): "The minute of the meeting of
 * 24 June was homologated.", "The Board homologated the responses …". An approving word (APPROVING_WORDS holds it, so a
 * decision read from it keeps it), which a minute prints in lower case after the body or in the passive as it prints
 * "approved" (decision-clerk-forms.ts reads it so).
 */
export const CONFIRMING_WORDS = ['HOMOLOGATED'] as const;
/**
 * Deciding words: those that open a resolution's block in every form minutes print one ("RESOLVED:", "AGREED that …",
 * "It was DECIDED –"); the same words in lower case where a pattern takes the "i" flag ("The Committee resolved:-",
 * "it was agreed that"), and in title case as a label (oneOfTitled: "Resolved:"). DETERMINED is how a licensing or
 * regulatory hearing records what it decided ("the Sub-Committee DETERMINED to: (a) …"), in the same forms.
 */
export const DECIDING_WORDS = [...OPENING_DECIDING_WORDS, 'DECIDED', 'DETERMINED'] as const;
/**
 * Approving words: what was put decided by approving it ("APPROVED for signature by the Chair", "The Board ACCEPTED both
 * recommendations", as trust ports minute it), and the confirming words. The word is the decision, so a decision read from
 * one keeps it.
 */
export const APPROVING_WORDS = ['APPROVED', 'ACCEPTED', ...CONFIRMING_WORDS] as const;
/**
 * Ruling words: how an appeal or complaint panel records its ruling on what was brought to it, after the thing ruled on
 * ("The appeal was therefore DISMISSED.", "The complaint was UPHELD in part.", a SACRE's "The determination was GRANTED for
 * three years", "The request was REFUSED."): the whole sentence is the decision. Read in capitals only: "residents were
 * allowed to speak" or "permission was granted by the district council" in prose rules nothing.
 */
export const RULING_WORDS = ['DISMISSED', 'UPHELD', 'ALLOWED', 'GRANTED', 'REFUSED'] as const;
/**
 * The outcomes a decision listed as an entry prints after a dash ("- Skate park lighting (£400) - agreed", "• Carnival float
 * hire – refused"), read in any case (decisions-listed.ts): the deciding word AGREED, the approving word APPROVED, the
 * ruling word REFUSED, and DECLINED and REJECTED, which a panel lists a bid it turns down with and no marker is. A set of
 * its own, not the markers': only the outcomes such lists are printed with, so a line ending "- resolved" stays text.
 */
export const LISTED_OUTCOME_WORDS = ['AGREED', 'APPROVED', 'REFUSED', 'DECLINED', 'REJECTED'] as const;
/** Noting words: "The Committee NOTED the report.", "i. NOTED the uptake …": a record of what was noted, which decides nothing alone. */
export const NOTING_WORDS = ['NOTED'] as const;
/**
 * Deferring words: "DEFERRED - pending the highways authority's reply.", "Deferred.": the item put off to a later meeting,
 * which is what the meeting decided about it, printed as the item's outcome alone (decision-outcome-lines.ts).
 */
export const DEFERRING_WORDS = ['DEFERRED'] as const;

/**
 * The words that open a list entry as a decision ("ii. AGREED that …", "c) Precept 2026/27: RESOLVED that …"): the deciding
 * words and APPROVED. ACCEPTED is read only after the body's name ("The Board ACCEPTED …"), the one form it has been
 * printed in, so an entry opening with it stays the list's text.
 */
export const ENTRY_DECIDING_WORDS = [...DECIDING_WORDS, 'APPROVED'] as const;
/** Every word that opens a decision block: the deciding words and the approving words. */
export const BLOCK_WORDS = [...DECIDING_WORDS, ...APPROVING_WORDS] as const;
/**
 * Every word that records what the meeting did with an item (BLOCK_WORDS and the noting words), so a line that opens
 * with one is no title.
 */
export const OUTCOME_WORDS = [...BLOCK_WORDS, ...NOTING_WORDS] as const;

/**
 * "Decision:", "Decisions", "Resolved –": the words a decision's label or heading is, in any case (the patterns that
 * read them take the "i" flag). Regex source.
 */
export const DECISION_LABEL = String.raw`(?:Decisions?|Resolved)`;

/** Regex source for one of the words, as a group that captures nothing: `(?:RESOLVED|AGREED|DECIDED)`. */
export const oneOf = (words: readonly string[]): string => `(?:${words.join('|')})`;

/** Regex source for one of the words in title case ("Resolved", "Agreed"), as a clerk prints a marker as a label. */
export const oneOfTitled = (words: readonly string[]): string =>
  oneOf(words.map((word) => `${word.slice(0, 1)}${word.slice(1).toLowerCase()}`));

/**
 * A body's name as minutes print it after "to": capitalised words, which "and", "&", "of" or "for" may join ("the" after
 * one): "Audit and Governance Committee", "Cabinet Member for Homes & Neighbourhoods", "Leader of the Council", "COUNCIL".
 * Never a lower-case word else, so the name stops before what is recommended. The recommendation marker's body
 * (decision-markers.ts) and whom a recommendation addresses (recommendations/addressed.ts) are read by it alike. Regex
 * source, no group, case kept under the "i" flag, lazy: the caller says what ends it.
 */
export const PRINTED_BODY_NAME = String.raw`(?-i:[A-Z][\w’'&-]*(?:\s+(?:(?:and|&|of|for)\s+(?:the\s+)?)?[A-Z][\w’'&-]*){0,10}?)`;
