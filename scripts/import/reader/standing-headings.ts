/**
 * A standing item's heading printed in capitals, unnumbered, between the attendance and the first numbered item, as
 * Scottish minutes set "DECLARATIONS OF INTEREST" or "SITE INSPECTION" over what was declared or who went on the site
 * visit. Such a heading ends the attendance list above it (attendance-lists.ts `isItemLine`), so it is never read as a
 * person, and opens an item of its own with no number (meeting.ts), so its text is kept.
 */
import { squash } from '../text.ts';
import type { ItemSlice } from './item-slice.ts';

/** "DECLARATIONS", "DISCLOSURE": the word a declarations item's title opens with, in capitals. Regex source, no group. */
const DECLARATION_WORD = String.raw`(?:DECLARATIONS?|DISCLOSURES?)`;
/** "INTEREST", "INTERESTS": what is declared. Regex source. */
const INTEREST_WORD = String.raw`INTERESTS?`;

/**
 * The titles of standing items a record may print with no number above its numbered ones: declarations (or
 * disclosures) of interest, of members' interests, and site inspections or visits.
 */
const STANDING_TITLE = new RegExp(
  String.raw`^(?:${DECLARATION_WORD}\s+OF\s+(?:(?:MEMBERS?['’]?|PECUNIARY|PERSONAL)\s+(?:AND\s+\S+\s+)?)?${INTEREST_WORD}|SITE\s+(?:INSPECTIONS?|VISITS?))$`,
);

/**
 * An item that takes members' declarations of interest, whose "that item" is another item (movements.ts): "Declarations
 * of Interest", "Disclosures of interests", the standing heading's words in any case anywhere in a title.
 */
export const DECLARATIONS_TITLE = new RegExp(String.raw`\b${DECLARATION_WORD}\b|\b${INTEREST_WORD}\b`, 'i');

/** True when the line is a standing item's title in capitals alone on its line ("DECLARATIONS OF INTEREST", "SITE VISITS"). */
export const isStandingHeading = (line: string): boolean => STANDING_TITLE.test(squash(line));

/**
 * The unnumbered items above the first numbered one (at `start`): each standing heading (isStandingHeading) below the
 * title block (`skip`) that follows a blank line, with the lines under it to the next such heading or to `start`.
 * None when no such heading stands there.
 */
export function standingItemsAbove(lines: readonly string[], start: number, skip: ReadonlySet<number>): ItemSlice[] {
  const items: ItemSlice[] = [];
  for (let at = 0; at < start; at += 1) {
    const line = lines[at] ?? '';
    const apart = at === 0 || (lines[at - 1] ?? '').trim() === '';
    if (!skip.has(at) && apart && isStandingHeading(line)) items.push({ number: null, title: squash(line), lines: [], line: at });
    else items.at(-1)?.lines.push(line);
  }
  return items;
}
