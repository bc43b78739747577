/**
 * Words the vote reader (votes.ts) and the motion reader (motions.ts) both read: how a vote's outcome is
 * said, and how what was put or moved is named.
 */
import { squash } from '../text.ts';

/**
 * The outcome: a word in capitals ("CARRIED"), or in lower case after what was put ("The proposal was
 * carried") or "declared" ("put to the vote and declared carried"), or a capital's word opening a
 * sentence or a bracket ("(Carried by 6 votes to 2)", "Lost."), never a lower-case "carried" alone, which is
 * prose ("carried out"), nor "Carried forward".
 */
export const OUTCOME =
  /\b(?:(?:was|were)\s+)?(CARRIED|LOST|FELL|DEFEATED|REJECTED)\b|\b(?:[Mm]otion|[Pp]roposal|[Aa]mendment|[Rr]ecommendations?)\s+(?:was|were)\s+(?:therefore\s+|duly\s+)?(carried|lost|defeated|rejected)\b|\bdeclared\s+(?:to\s+(?:be|have\s+been)\s+)?(carried|lost|defeated|rejected)\b|(?<=^|[.;:]\s*|\(\s*)(Carried|Lost|Defeated)\b(?=\s+(?:by|unanimously|with|on)\b|\s*[.;)]|\s*$)/;
/** What was put or moved, as a vote's or a motion's sentence names it: never "the motion of" a mover. */
export const MOTION =
  /\b(?:the\s+)?((?:substantive\s+|amended\s+|original\s+)?(?:recommendations?(?:\s+\d+[a-z]?)?|amendments?|(?:motion|proposal)(?!\s+of\b)|report))\b/i;

/** A sentence on one line, its line breaks and runs of spaces one space. */
export const flat = (sentence: string) => squash(sentence.replace(/\n+/g, ' '));
