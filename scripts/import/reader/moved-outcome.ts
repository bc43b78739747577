/**
 * What came of a motion moved in a member's own sentence, said right after its words: joined to that sentence ("Cllr Ash
 * moved that Quote B be accepted and the motion was put and carried.", "…, which was carried unanimously", "…; the motion
 * was put and lost") or as the next sentence ("This was agreed."); and a motion nothing is said of. Apart because the
 * decision reader (decisions-moved.ts) takes a carried motion's words as its decision, and the item reader (item-text.ts)
 * warns of a motion that has no outcome.
 */
import { squash } from '../text.ts';
import { MEMBER_MOVES, MOVER_TO_THAT, PROPOSED_THAT, sentences } from './decision-clerk-forms.ts';
import { SHORT_WORD } from './list-split.ts';
import { PUT_AND } from './vote-words.ts';

/** "on being put to the vote": how the motion came to its outcome, between the joiner and the outcome. */
const ON_BEING_PUT = String.raw`(?:on|upon)\s+being\s+put(?:\s+to\s+(?:the\s+|a\s+)?(?:vote|meeting))?,?`;
/** What an outcome is said of: the motion, or a pronoun pointing back to it. */
const SAID_OF = String.raw`(?:(?:the\s+)?(?:motion|proposal)|this|it)`;
/**
 * The outcome said right after a motion's words, its word in the last group: " and the motion was put and carried", ", and
 * on being put to the vote the proposal was carried", ", which was carried unanimously", "; the motion was put and lost",
 * ". This was agreed." Only an outcome that ends its clause: "It was agreed that the Clerk …" is a decision of its own.
 */
const OUTCOME_SAID = String.raw`(?:\s*[,;]?\s+and\s+(?:${ON_BEING_PUT}\s+)?${SAID_OF}|\s*,\s*which(?:\s+${ON_BEING_PUT})?|\s*;\s*${SAID_OF}|\.\s+${SAID_OF})\s+(?:was|were)\s+(?:(?:then|duly|unanimously|accordingly|subsequently)\s+)*(?:${PUT_AND}\s+)?(?:(?:duly|unanimously)\s+)?(carried|agreed|approved|adopted|lost|defeated|not\s+carried)\b(?=\s*(?:unanimously\b|\(|[.;,]|$)|\s+(?:by|with|on|nem)\b)`;
/**
 * A motion's words from its "that" (never a quoted motion's, which decisions-moved.ts reads to its closing quote), to the
 * outcome said of it (OUTCOME_SAID): group 1 the words, group 2 the outcome's word. The words run to no sentence's end
 * (a short word's stop, "Cllr.", or a sum's, "£12.50", is none).
 */
const MOVED_THEN_SAID = new RegExp(
  String.raw`${MOVER_TO_THAT}(that\s+(?!["“])(?:[^.;]|(?<=${SHORT_WORD})\.|\.(?=\d)){1,400}?)${OUTCOME_SAID}`,
  'giu',
);

/** A motion moved and what the text says came of it: carried (or agreed), else lost. */
export interface MotionOutcome {
  /** The motion's words as moved, from "that" ("that Quote B be accepted"). */
  words: string;
  carried: boolean;
}

/** True when the sentence a match stands in moves an amendment ("As an amendment, Cllr Pow moved that …"). */
function ofAmendment(flat: string, at: number, length: number): boolean {
  const start = flat.lastIndexOf('. ', at) + 1;
  return /\bamendment\b/i.test(flat.slice(start, at + length));
}

/** Each motion moved in a member's sentence whose outcome is said right after its words, in order; amendments left out. */
export function movedWithOutcome(text: string): MotionOutcome[] {
  const flat = squash(text.replace(/\s*\n\s*/g, ' '));
  return [...flat.matchAll(MOVED_THEN_SAID)]
    .filter((match) => !ofAmendment(flat, match.index, match[0].length))
    .map((match) => ({ words: squash(match[1] ?? ''), carried: !/^(?:lost|defeated|not\s+carried)$/i.test(match[2] ?? '') }));
}

/**
 * What the item reader says of an item whose minutes move a proposal in words and record nothing of it (no resolution, vote
 * or decided motion): "Councillor A, seconded by Councillor B, moved that the plan be approved." and no more, or the clerk's
 * "Proposed by A that …" the reader could not take as decided. A warning names each such sentence, as no record holds a
 * motion whose outcome the minutes do not state. `name` names the item, `recorded` counts what it records.
 */
export function motionsWithoutOutcome(name: string, recorded: number, text: string): string[] {
  if (recorded > 0) return [];
  return sentences(text)
    .filter((sentence) => (MEMBER_MOVES.test(sentence) || PROPOSED_THAT.test(sentence)) && !/\bamendment\b/i.test(sentence))
    .map((sentence) => `${name}: "${sentence}" moves a motion the minutes say no outcome of: no resolution or vote recorded for it`);
}
