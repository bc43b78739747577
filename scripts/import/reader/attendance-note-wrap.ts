/**
 * "Mrs Judith Sayer (Objector)" over "(10 Orchard Rise)": a note in brackets wrapped alone onto the line under a
 * person's, as a narrow column or a hard wrap leaves it. The note is that person's, joined to the line above, never an
 * item's number ("(10 …" reads as one) nor a line left unread. Apart so the list reader asks it in one line.
 */
import { readPieces } from './attendance-person.ts';
import { squash } from './attendance-piece.ts';

/** A line that is only a note in brackets, none inside it ("(10 Orchard Rise)"); group 1 the note. */
const NOTE_ALONE = /^\(([^()]{2,60})\)[.,;]?$/;
/** "(for item 5)", "(items 4 and 5)": the items one came for, read by the list's own rules after the name. */
const ITEMS_NOTE = /^(?:for\s+)?(?:agenda\s+)?items?\b/i;

/**
 * The line above with the note joined to its last person's entry ("Mrs Judith Sayer (Objector, 10 Orchard Rise)",
 * or "Ms Rana Bell (Mill Lane Residents)" where no note was printed), or null when `line` is no note alone or the
 * line above ends on no one named.
 */
export function noteJoined(previous: string, line: string): string | null {
  const note = NOTE_ALONE.exec(squash(line))?.[1];
  const last = previous === '' ? undefined : readPieces(previous).at(-1);
  if (note === undefined || ITEMS_NOTE.test(note) || last?.kind !== 'person' || last.name === '') return null;
  const above = previous.replace(/[.,;]$/, '');
  return above.endsWith(')') ? `${above.slice(0, -1)}, ${squash(note)})` : `${above} (${squash(note)})`;
}
