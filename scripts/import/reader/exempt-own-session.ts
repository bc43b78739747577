/**
 * An item whose own text says the meeting stayed in private for it: "The Committee remained in closed session for this
 * item.", "The Sub-Committee continued in private session during consideration of this matter." The item it is printed in
 * was taken in private, though no resolution to exclude the public is printed there (the exclusion normally opens private
 * business: exempt.ts); the session ends with that item unless a resolution or closed part still holds the items after it.
 * Such a sentence cites no paragraph of the schedule of exempt information, so the item's reason is not stated: warned of.
 */
import type { AgendaItemInput } from '../../../src/model/schema.ts';
import { REMAINED, THIS_ITEM } from './exempt-text.ts';

/**
 * True when a sentence says the private session went on for the item it is printed in ("remained in closed session for
 * this item"), never past it: "remained in private for the next item" or "for items 8 and 9" says the items after it.
 */
export function remainedForItself(sentence: string): boolean {
  return REMAINED.test(sentence) && THIS_ITEM.test(sentence);
}

/**
 * A warning for each item taken in private by such a sentence alone, whose reason (the paragraph of exempt information)
 * the record does not state: the mark keeps no paragraph, none is guessed.
 */
export function ownSessionWarnings(items: readonly Pick<AgendaItemInput, 'number' | 'title' | 'exempt'>[]): string[] {
  return items.flatMap(({ number, title, exempt }) =>
    exempt !== undefined && (exempt.paragraphs ?? []).length === 0 && remainedForItself(exempt.text)
      ? [
          `${number === null ? `"${title}"` : `Item ${number}`} was taken in private ("${exempt.text}"), but the record cites no paragraph of exempt information: no reason recorded`,
        ]
      : [],
  );
}
