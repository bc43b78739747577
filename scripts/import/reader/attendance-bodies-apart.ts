/**
 * "Apologies: Cllr B Yapp (Pelbury Borough Council), Country Land and Business Association": a body listed of its own
 * after a member whose bracket already names their council or body, as a joint committee lists a partner that sent
 * apologies with no one named. No list holds a body (each entry is a person), so it is taken out of the list and warned
 * of by its name, never read as a note of the member before it. Apart from attendance-filing.ts, which files the rest.
 */
import { isCouncilName } from './council-name.ts';
import { BODY_WORD, ORGANISATION_WORD } from './person-posts.ts';

/**
 * ", Dale Valley Cycling Forum" after a closing bracket, up to the entry's end: capitalised words (with "and", "of",
 * "for", "the" between), the last a body's word (ORGANISATION_WORD). Group 1 the bracket's words, group 2 the body.
 */
const BODY_AFTER_BRACKET = new RegExp(
  String.raw`\(([^()]*)\)\s*,\s*((?:\p{Lu}[\p{L}'’-]*\s+(?:(?:and|&|of|for|the)\s+)*){1,6}${ORGANISATION_WORD})\s*(?=[,;.]|$)`,
  'gu',
);

/** A list's text with the bodies listed of their own taken out, and those bodies' names. */
export interface BodiesApart {
  rest: string;
  bodies: string[];
}

/**
 * Takes out of a list of members each body named after a member's bracket that names their own council or body
 * ("(Pelbury Borough Council)", "(Westby Ramblers Association)"): what follows is no more of that member.
 */
export function bodiesApart(paragraph: string): BodiesApart {
  const bodies: string[] = [];
  const rest = paragraph.replace(BODY_AFTER_BRACKET, (whole, bracket: string, body: string) => {
    if (!isCouncilName(bracket.trim()) && !BODY_WORD.test(bracket)) return whole;
    bodies.push(body);
    // The member's council after a comma, as the list would print it without the body: kept as a joint body's members keep theirs.
    return isCouncilName(bracket.trim()) ? `, ${bracket.trim()}` : `(${bracket})`;
  });
  return { rest, bodies };
}

/** The warning for a body listed with no one named for it (bodiesApart). */
export const bodyListedWarning = (heading: string, body: string): string =>
  `"${heading}" lists "${body}", a body with no one named for it: no list holds a body, so it is not recorded; add who came or sent apologies for it to the meeting file by hand if known`;
