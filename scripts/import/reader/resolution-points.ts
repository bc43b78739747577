/**
 * The numbered points of a resolution's list: "RESOLVED:" over "1. That the plan be adopted." … "3. That …", the numbers
 * starting again at 1 under the marker however the items are numbered. A point's wrapped lines go on with it whatever their
 * first letter ("… to the volunteers of" over "Brackley Common Wildlife Group, …"), until a line opens something of its
 * own: the next number, a heading, a paragraph after a blank line. Apart because the readers of where items start ask it
 * before any item is read: a point is never an item's heading (numbering.ts), nor its wrapped lines a heading's title
 * (title-wrap.ts), so a list numbered like the items stays whole in its item.
 */
import { endsWithListColon, labelOf } from '../list-marks.ts';
import { opensBlock } from './decision-markers.ts';
import { nextFilled } from './item-lines.ts';

/**
 * True when a marker leads into the list under it and decides nothing on its own line: "RESOLVED:", "RESOLVED that:-",
 * "The Committee AGREED –", "RESOLVED" alone. "RESOLVED that the minutes be signed." decides on its line.
 */
function leadsIntoList(line: string): boolean {
  const text = line.trim();
  return opensBlock(text) && (endsWithListColon(text) || /\s?[–—-]$/.test(text) || !/\p{Ll}/u.test(text));
}

/** Where a sentence or a point may end: a stop, a colon or semicolon, a comma, or the "and" / "or" that joins the last point. */
const POINT_END = /(?:[.;:,!?]["”’)]?|\b(?:and|or))$/;

/**
 * True when a line goes on with the point above it (`blank`: a blank line stands between): a lettered or decimal point
 * under it ("(a)", "ii)", "4.1"), a line indented under the point, one in lower case, or, with no blank line between, one
 * under a line that ends mid-sentence. A capital first letter alone ("Brackley Common …", "Section 93 …") opens nothing.
 */
function goesOn(lines: readonly string[], at: number, blank: boolean): boolean {
  const line = lines[at] ?? '';
  const label = labelOf(line);
  if (label !== undefined) return !/^\d+$/.test(label);
  if (/^\s/.test(line) || /^\p{Ll}/u.test(line)) return true;
  return !blank && !POINT_END.test((lines[at - 1] ?? '').trim());
}

/**
 * True when the numbered line at `at` reads as a resolution's point, not an item's heading: its words are not all capitals
 * ("2. MINUTES"), and the point, with the lines that go on with it, ends as a sentence or a list's point does (a stop, a
 * joiner, a colon over its own points); "2. Minutes of the last meeting" over a blank line is a heading.
 */
function readsAsPoint(lines: readonly string[], at: number): boolean {
  const words = (lines[at] ?? '').replace(/^\s*\S+\s*/, '');
  if (!/\p{Ll}/u.test(words)) return false;
  let last = at;
  while (last + 1 < lines.length && (lines[last + 1] ?? '').trim() !== '' && labelOf(lines[last + 1] ?? '') === undefined) {
    if (!goesOn(lines, last + 1, false)) break;
    last += 1;
  }
  return POINT_END.test((lines[last] ?? '').trim());
}

/** The lines of the numbered points of the list under the marker at `marker`, from its "1." on; none when no "1." point opens it. */
function pointsUnder(lines: readonly string[], marker: number): number[] {
  const first = nextFilled(lines, marker + 1, lines.length);
  if (first === -1 || labelOf(lines[first] ?? '') !== '1' || !readsAsPoint(lines, first)) return [];
  const points = [first];
  let blank = false;
  for (let at = first + 1; at < lines.length; at += 1) {
    if ((lines[at] ?? '').trim() === '') {
      blank = true;
      continue;
    }
    if (labelOf(lines[at] ?? '') === String(points.length + 1)) {
      if (!readsAsPoint(lines, at)) break;
      points.push(at);
    } else if (!goesOn(lines, at, blank)) break;
    blank = false;
  }
  return points;
}

/**
 * The lines (0-based) that open a numbered point of a resolution's list: under a marker that leads into a list
 * (leadsIntoList), the numbers rising from 1, each point reading as one (readsAsPoint), its wrapped lines going on with it
 * (goesOn). The numbering starting again under the marker is what makes them points, never items: "1. APOLOGIES" over
 * "RESOLVED:" over "2. MINUTES" is no list.
 */
export function resolutionPointLines(lines: readonly string[]): Set<number> {
  return new Set(lines.flatMap((line, at) => (leadsIntoList(line) ? pointsUnder(lines, at) : [])));
}
