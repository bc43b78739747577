/**
 * Who sat, as a decision notice or a hearing's minutes say it in a sentence of an item rather than a list: "The LRB
 * comprised Councillors M Dunbar (Chair), R Kinnear and E Tosh.", "The Panel consisted of …", "The Sub-Committee was
 * Councillors Ede, Fox and Gull." Read only where the record lists no one present above its items.
 */
import { squash } from '../text.ts';
import { readAttendance, type AttendanceFound } from './attendance.ts';
import { readPieces } from './attendance-person.ts';
import type { ItemSlice } from './item-slice.ts';

/**
 * "The LRB comprised …", "The Panel consisted of …", "The Sub-Committee was made up of …": the body that sat, then the
 * list of its members (group 1) up to the sentence's full stop; "was" alone only before a councillor's title.
 */
const COMPRISED = new RegExp(
  String.raw`(?:^|[.;]\s+)The\s+(?:[\p{L}'’-]+\s+){0,4}?(?:comprised|consisted\s+of|was\s+(?:made\s+up|composed)\s+of|was(?=\s+(?:Councillors?|Cllrs?)\b))\s+(.+?)\.(?=\s|$)`,
  'u',
);

/**
 * Those present as the first such sentence of the items names them, each a titled or listed person (read as a list of
 * those present is, the chair's note a post); null when no item has one, or its list names something that is no person.
 */
export function comprisedPanel(slices: readonly Pick<ItemSlice, 'lines'>[]): AttendanceFound | null {
  for (const slice of slices) {
    const list = COMPRISED.exec(squash(slice.lines.join(' ')))?.[1];
    if (list === undefined) continue;
    const pieces = readPieces(list);
    if (pieces.length === 0 || !pieces.every((piece) => piece.kind === 'person' && piece.name !== '')) continue;
    return readAttendance([`Present: ${list}`]);
  }
  return null;
}
