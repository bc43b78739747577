/**
 * An item's outcome printed as a paragraph of its own, with no marker or body before it, as planning committees and
 * partnerships close an item: "DEFERRED - pending the highways authority's response.", "Deferred to the next meeting.",
 * "NOTED.". The paragraph is the decision as printed, its reason with it.
 */
import { DEFERRING_WORDS, NOTING_WORDS, oneOf, oneOfTitled } from './decision-words.ts';

/**
 * The whole paragraph: a deferring word (in capitals or as a label's title case) or NOTED in capitals, then a full stop,
 * or its reason after a dash or colon or after "for", "pending", "until", "to" ("Deferred for a site visit."), ending
 * with a full stop. A line with no stop may be a heading or a status printed in a table ("NOTED" under "WORK
 * PROGRAMME"), which the corpus labels count as no decision; "Deferred payments were discussed" is a sentence of its own.
 */
const OUTCOME_ALONE = new RegExp(
  String.raw`^(?:${oneOf(DEFERRING_WORDS)}|${oneOfTitled(DEFERRING_WORDS)}|${oneOf(NOTING_WORDS)})(?:\.|\s*[-–—:]\s+\S.*\.|\s+(?:for|pending|until|to)\s+\S.*\.)$`,
  'u',
);

/** The outcomes an item's text prints as paragraphs of their own (OUTCOME_ALONE), each with its lines joined, in order. */
export function outcomeParagraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim().replace(/\s+/g, ' '))
    .filter((paragraph) => OUTCOME_ALONE.test(paragraph));
}
