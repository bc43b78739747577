/**
 * A meeting that was not quorate, as an item says it ("the meeting was therefore inquorate"), not as a case talked of
 * ("if the meeting is inquorate"), and the warnings for such a meeting. Apart from the meeting's reader: no field holds
 * it, so it is read only to be warned of.
 */
import type { AgendaItemInput } from '../../../src/model/schema.ts';
import { squash } from '../text.ts';
import type { ItemSlice } from './items.ts';

/** A note of an inquorate meeting says so: what it records is not the business of a meeting that sat. */
export const INQUORATE_WARNING = 'the record says the meeting was not quorate: check what, if anything, it decided';

/** "the meeting was therefore inquorate", "This meeting is not quorate": an item's words that this meeting lacked a quorum, not another's. */
const SAYS_INQUORATE = /\b(?:this|the)\s+meeting\s+(?:was|is|became)\s+(?:\w+\s+)?(?:inquorate|not\s+quorate)\b/i;

/** "in the event that", "if", "whether": words before it in its sentence that make it a case talked of, not what happened. */
const SUPPOSED = /\b(?:if|whether|event|unless|when|where|should|would|could|might)\b/i;

/** True when the text says, as what happened, that this meeting was not quorate. */
function saysInquorate(text: string): boolean {
  const found = SAYS_INQUORATE.exec(text);
  if (found === null) return false;
  const sentence =
    text
      .slice(0, found.index)
      .split(/[.;!?]\s/)
      .at(-1) ?? '';
  return !SUPPOSED.test(sentence);
}

/**
 * The warning for an item that says the meeting was not quorate ("2. QUORUM … the meeting was therefore inquorate"):
 * no field holds it, and such a meeting takes no decisions, so any read from its items are to be checked. Null when
 * no item says so.
 */
export function inquorateItemWarning(slices: readonly ItemSlice[], items: readonly AgendaItemInput[]): string | null {
  const saying = slices.find((slice) => saysInquorate(squash(slice.lines.join(' '))));
  if (saying === undefined) return null;
  const decided = items.some((item) => (item.resolutions ?? []).length > 0);
  const check = decided ? 'check the decisions read from its items' : 'no decision is imported';
  return `item ${saying.number ?? saying.title} says the meeting was not quorate, which no field holds: it could take no decisions; ${check}`;
}
