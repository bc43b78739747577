/**
 * "Councillors Duncan Drummond, Fiona Elder and Graeme Forbes – Glenmore Council": members under one plural title with
 * the council they sit for after a dash at the line's end, as a joint board lists its members (or a written procedure
 * its respondents) by council. The council is each one's, never the last name's alone. Apart because the list reader
 * (attendance-person.ts) is long.
 */
import { COUNCILLORS_SOURCE } from '../../../src/model/honorifics.ts';
import { type Piece } from './attendance-piece.ts';
import { isCouncilName } from './council-name.ts';

/** A line opening with a plural councillors' title and ending with a dash and what follows it (group 1). */
const GROUP_THEN_BODY = new RegExp(String.raw`^\s*(?:${COUNCILLORS_SOURCE})\s.*\s[–—-]\s+([^–—()]+?)\s*$`, 'iu');

/**
 * The pieces of such a line, each person given the council the last one was read with; other lines' pieces unchanged,
 * and so where any other person of the line has a note of their own, or what follows the dash is no council.
 */
export function groupCouncil(line: string, pieces: Piece[]): Piece[] {
  const council = GROUP_THEN_BODY.exec(line)?.[1]?.trim() ?? '';
  const people = pieces.filter((piece) => piece.kind === 'person');
  const last = people.at(-1);
  if (council === '' || !isCouncilName(council) || people.length < 2 || last?.role !== council) return pieces;
  if (people.slice(0, -1).some((person) => person.role !== null || person.name === '')) return pieces;
  return pieces.map((piece) => (piece.kind === 'person' ? { ...piece, role: council } : piece));
}
