/**
 * "Chris Bellamy        Chief Executive, Ashmoor District Council (Lead Officer)" under "Officers:": the officers
 * attending set out in two columns, a name and beside it the post, whose comma (a post held with a council or a body)
 * would otherwise stop the list reader from parting the columns (attendance-wraps.ts `columns`). Apart because the
 * block reader (attendance-block.ts) is long.
 */
import { readPiece } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';
import { postAlone } from './person-name.ts';
import { filledCells } from './table-cells.ts';

/** Notes in brackets closing a post's cell ("(Lead Officer)", "(minutes)"): said of the person, read after the name. */
const NOTES_AFTER = /^(.*?\S)((?:\s*\([^()]*\))+)$/;

/**
 * The row as the list reader reads one officer, "Name (notes) - Post", when its two cells are one person's name and a
 * post (postAlone: "Board Secretary", "Chief Executive, Ashmoor District Council"); null for any other row, so two
 * columns of names, or a name beside a body, are left to the rules that read them.
 */
export function namePostRow(raw: string): string | null {
  const cells = filledCells(raw.trim()).map((cell) => squash(cell.text));
  if (cells.length !== 2) return null;
  const [name = '', beside = ''] = cells;
  const person = readPiece(name);
  if (person.kind !== 'person' || person.name === '' || person.role !== null || person.councillor) return null;
  const notes = NOTES_AFTER.exec(beside);
  const post = notes?.[1] ?? beside;
  const alone = postAlone(post);
  if (alone === null || alone.name !== '') return null;
  return `${name}${notes?.[2] ?? ''} - ${post}`;
}
