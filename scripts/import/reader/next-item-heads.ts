/**
 * What opens the next item though printed at the foot of the one above: an evidence session's heading and its
 * witnesses, and a change of chair ("(Councillor Abney, Vice-Chair, in the Chair)"), moved to the top of the next
 * item's text; one above the first item or under the last kept where it tells who chaired. Apart from items.ts as the
 * one place these lines are moved.
 */
import { BREAK_BETWEEN } from './procedure.ts';
import { MEETING_CLOSED } from '../meeting-close.ts';
import { squash } from '../text.ts';
import { opensBlock } from './decision-markers.ts';
import type { ItemSlice } from './item-slice.ts';
import { SESSION_HEADING, sessionWitnesses } from './attendance-witnesses.ts';

/**
 * What opens the next item, printed as an item's last lines apart from the text above them: an evidence session's
 * heading and its witnesses ("Session 2 (3.20pm – 4.30pm): Council services and parents" over "Witnesses" and their
 * names), whose first question is the next item (attendance-settle.ts reads the witnesses as presenters), or a change
 * of chair ("(Councillor Abney, Vice-Chair, in the Chair)"), which says who chaired what follows. They go to the top of
 * the next item's text, a paragraph of their own, as the schema has no field for a session or for who chaired an item,
 * and are blanked where printed. The first session's, above the first item, is read with the header too and stays there.
 */
export function withNextItemsHeads(lines: readonly string[], items: ItemSlice[]): ItemSlice[] {
  const first = items[0];
  if (first !== undefined) {
    const above = lines.slice(0, first.line);
    const tail = sessionTail(above);
    if (tail !== null) first.lines.unshift(...above.slice(tail[0], tail[1] + 1), '');
    // "Dr A Lyle in the Chair" above the first item: who chaired from the first item on, as between items.
    const chairs = chairLinesAbove(above).map((at) => above[at] ?? '');
    if (chairs.length > 0) first.lines.unshift(...chairs.flatMap((line) => [line, '']));
  }
  const last = items.at(-1);
  if (last !== undefined) setApartLastChair(last.lines);
  items.slice(0, -1).forEach((item, index) => {
    const tail = sessionTail(item.lines) ?? chairTail(item.lines);
    if (tail === null) return;
    const moved = item.lines.slice(tail[0], tail[1] + 1);
    item.lines.fill('', tail[0], tail[1] + 1);
    items[index + 1]?.lines.unshift(...moved, '');
  });
  return items;
}

/** The last lines of `lines`, a blank line above them, when they are a session's heading and its witnesses: [first, last]. */
function sessionTail(lines: readonly string[]): [number, number] | null {
  const at = lines.findLastIndex((line) => SESSION_HEADING.test(squash(line)));
  if (at === -1 || (lines[at - 1] ?? '').trim() !== '') return null;
  const end = sessionWitnesses(lines, at)?.[1] ?? at;
  return lines.slice(end + 1).every((line) => line.trim() === '') ? [at, end] : null;
}

/**
 * A line that says who takes the chair from here: "(Councillor Abney, Vice-Chair, in the Chair)", "Councillor Abney in
 * the Chair for the following items", "The Vice-Chair took the Chair.", "(Vice-Chair (Cllr Abney) in the Chair)". Who,
 * then "in", "took", "takes", "assumed" or "resumed" "the Chair", and only "for …" after it: a sentence that goes on
 * ("… took the Chair and moved the report") is prose of the item it stands in, and so is one whose taking of the chair
 * is the second thing its subject did ("Councillor Gaskin made the declaration of acceptance of office and took the
 * Chair"): what it tells first is the item's business. A second subject after "and" ("Councillor Hale left the Chair
 * and Councillor Ince took the Chair") is a change of chair.
 */
const CHAIR_CHANGE =
  /^\(?\p{Lu}(?:[^().;]|\([^()]*\)){1,80}?,?(?<!\band)\s+(?:was\s+)?(?:in|took|takes|assumed|resumed)\s+the\s+[Cc]hair(?:\s+for\s+[^().;]{1,60})?\.?\)?\.?$/u;
/**
 * True when the line above a change of chair ends what it says, so the change is no sentence's last line wrapped ("The
 * Chair left the room and" over "Councillor Ince took the Chair."): a blank line, a stop, or a decision's own line,
 * which the change may stand straight under with no stop ("RESOLVED that the report be noted" over "(Councillor
 * Ince in the Chair)"), as under the last item (setApartLastChair).
 */
function endsAbove(above: string): boolean {
  return above.trim() === '' || /[.!?:;)]["”’]?\s*$/.test(above) || opensBlock(above);
}

/**
 * The last lines of `lines` from a change of chair (CHAIR_CHANGE) printed as a paragraph of its own or straight under
 * the item's last sentence or decision (endsAbove): [first, last]. Only a break between items (BREAK_BETWEEN) may follow
 * it; under anything else it changed the chair within the item.
 */
function chairTail(lines: readonly string[]): [number, number] | null {
  const at = lines.findLastIndex((line) => CHAIR_CHANGE.test(squash(line)));
  if (at <= 0 || !endsAbove(lines[at - 1] ?? '') || (lines[at + 1] ?? '').trim() !== '') return null;
  const after = lines.slice(at + 1).filter((line) => line.trim() !== '');
  if (!after.every((line) => BREAK_BETWEEN.test(squash(line)))) return null;
  return [at, lines.findLastIndex((line) => line.trim() !== '')];
}

/**
 * The changes of chair above a record's first item, each a paragraph of its own ("Dr A Lyle in the Chair" under those
 * present): who chaired from the first item on. The first item's text opens with it (withNextItemsHeads), and
 * reader/leftovers.ts does not warn of it as unread, unless the attendance read it as who chaired (withoutChairsRead). A
 * labelled line ("Present: Councillor Fenn in the Chair") is the attendance's.
 */
export function chairLinesAbove(lines: readonly string[]): number[] {
  const apart = (at: number) => (lines[at] ?? '').trim() === '';
  return lines.flatMap((line, at) =>
    CHAIR_CHANGE.test(squash(line)) && !line.includes(':') && apart(at - 1) && apart(at + 1) ? [at] : [],
  );
}

/**
 * Takes out of the first item's text the chair lines above it (chairLinesAbove) that the attendance read as who chaired
 * ("The Provost in the Chair." under those present, `read` the header's lines it read): the attendance's, no item's
 * minutes. One the attendance could not read (no one listed holds the post) stays the first item's, as before.
 */
export function withoutChairsRead(headerLines: readonly string[], read: ReadonlySet<number>, first: ItemSlice | undefined): void {
  if (first === undefined) return;
  for (const at of chairLinesAbove(headerLines).filter((index) => read.has(index))) {
    const moved = first.lines.indexOf(headerLines[at] ?? '');
    if (moved === -1) continue;
    first.lines.splice(moved, (first.lines[moved + 1] ?? '').trim() === '' ? 2 : 1);
  }
}

/**
 * A change of chair under the last item's text ("The Vice-Chair took the Chair." after its decision, with at most a
 * break or the meeting's close below it): no next item opens with it, so it stays the last item's text, after its
 * decisions; a blank line sets it apart, so a decision with no stop is not read on into it ("… be granted (Councillor
 * Pennock in the Chair)").
 */
function setApartLastChair(lines: string[]): void {
  const at = lines.findLastIndex((line) => CHAIR_CHANGE.test(squash(line)));
  if (at <= 0 || (lines[at - 1] ?? '').trim() === '') return;
  const after = lines.slice(at + 1).filter((line) => line.trim() !== '');
  if (after.every((line) => BREAK_BETWEEN.test(squash(line)) || MEETING_CLOSED.test(line))) lines.splice(at, 0, '');
}
