/**
 * Dot leaders in a roster: "Cllr A Bell (Chair) ........ Ashvale District Council", "Ravi Sondhi .... National Farmers'
 * Union", as a joint advisory committee lists each member beside the body they sit for. The leaders part a person from
 * their body as a dash does ("Cllr A Bell – Ashvale District Council"), so the list reader reads the right side as the
 * person's body, never as a person of its own. Apart because the list reader (attendance-person.ts) is long.
 */
import { type Piece, squash } from './attendance-piece.ts';
import { isChairNote } from './chair-posts.ts';
import { isCouncilName } from './council-name.ts';
import { postAlone } from './person-name.ts';

/**
 * A run of leaders between two words: four dots or more (a space between each allowed, ". . . ."), two ellipsis
 * characters or more, or one set off by spaces; never a sentence's full stop or an ellipsis inside prose ("and so…").
 */
const LEADERS = /(?<=\S)\s*(?:(?:\.\s?){4,}|…{2,}|\s…\s)\s*(?=\S)/gu;

/** The line with each run of dot leaders between a person and their body written as a dash, as the list reader reads it. */
export function leadersToDash(line: string): string {
  return line.replace(LEADERS, ' – ');
}

/**
 * The pieces of a line with one run of leaders, the person on its left keeping the body on its right wherever they are
 * listed: a body that is no council ("Kelsey Farmers Union", "Historic England (observer)") is held outside the
 * council's members, as a body's word would say (`elsewhere`), though none of its words is a body's; a council is whom
 * a member represents, read as before, and a post or a chair's note on the right is a post. Other pieces unchanged.
 */
export function leaderBodies(line: string, pieces: Piece[]): Piece[] {
  const sides = line.split(LEADERS);
  const [person] = pieces;
  if (sides.length !== 2 || pieces.length !== 1 || person?.kind !== 'person' || person.name === '') return pieces;
  const body = squash((sides[1] ?? '').replace(/\([^()]*\)/g, ' '));
  const told = body === '' || isCouncilName(body) || isChairNote(body) || postAlone(body) !== null || person.officer;
  return told ? pieces : [{ ...person, elsewhere: true }];
}
