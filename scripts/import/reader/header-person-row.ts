/**
 * "Councillor Joan Whitcombe   Cabinet Member for Growth, Northvale County Council": a roster's row above the first item,
 * a person's name and beside it, apart by a column's gap, the post they hold with their council. The council is the
 * member's, as a joint board lists its members from several councils, never the meeting's. Apart because the header
 * (header.ts) is long.
 */
import { TITLED_NAME } from '../../../src/model/honorifics.ts';
import { squash } from './attendance-piece.ts';
import { councilsIn, isCouncilName } from './council-name.ts';
import { bareName, isName } from './person-name.ts';
import { BODY_WORD } from './person-posts.ts';
import { filledCells } from './table-cells.ts';

/**
 * True for a line of two columns or more whose first names one person (titled, or two words of a name or more) and whose
 * others name a council: a member's row, whatever their post's words ("Cabinet", "Board"), never a council's title.
 */
export function personBesideCouncil(line: string): boolean {
  const [first = '', ...rest] = filledCells(line.trim()).map((cell) => squash(cell.text));
  if (rest.length === 0 || councilsIn(rest.join(' ')).length === 0) return false;
  const untitled = isName(bareName(first)) && first.split(' ').length >= 2 && !isCouncilName(first) && !BODY_WORD.test(first);
  return TITLED_NAME.test(first) || untitled;
}
