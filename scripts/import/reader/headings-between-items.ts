/**
 * Headings printed between items that head the items below them, no part of the item above: a group's ("REPORTS FOR
 * DECISION"), a part's or a session's ("PART B – DECISIONS"), and the closed part's over items held in private. Apart
 * from items.ts because each is blanked out of the item above and warned of on its own.
 */
import type { HeadingBetweenItems } from '../records.ts';
import { squash } from '../text.ts';
import type { ItemSlice } from './item-slice.ts';
import { accessMark, type ExemptMark } from './exempt-marks.ts';
import { isClosedHeading, isPartNote, namesOpenPartOnly, PART_HEADING } from './exempt-headings.ts';

/**
 * "REPORTS FOR DECISION", "Matters for noting", "Items for information": a heading over the group of items below
 * it, as minutes and agendas sort their business. The plural says it heads a group: "For decision" alone under an
 * item's text is that item's own label.
 */
const GROUP_HEADING =
  /^(?:reports|items|matters|papers|business)\s+for\s+(?:decision|noting|note|information|approval|discussion|consideration)$/i;

/**
 * Each item's text without a group heading printed as its last line, apart from the text above it: the
 * heading is the next items', no part of this one's minutes. The line is blanked, so line counts hold.
 */
export function withoutGroupHeadings(items: ItemSlice[]): ItemSlice[] {
  for (const item of items.slice(0, -1)) {
    const at = item.lines.findLastIndex((line) => line.trim() !== '');
    if (at > 0 && item.lines[at - 1]?.trim() !== '') continue;
    if (at !== -1 && GROUP_HEADING.test(squash(item.lines[at] ?? ''))) item.lines[at] = '';
  }
  return items;
}

/** A part's heading between items as the reader finds it: the number of the item it heads is null when that item has none. */
export interface PartHeading {
  heading: string;
  item: string | null;
}

/**
 * "PART 2 – THURSDAY 12 MARCH 2026", "PART B – DECISIONS": a part's heading printed as an item's last line, apart from
 * its text, that closes nothing (exempt.ts): it heads the items below it (a day's session, a group of business), no
 * part of this item's minutes. It is blanked and given back with the item it heads, unless it only names the open part.
 */
export function withoutSessionHeadings(slices: ItemSlice[]): PartHeading[] {
  return slices.slice(0, -1).flatMap((slice, index) => {
    const at = slice.lines.findLastIndex((line) => line.trim() !== '');
    const text = squash(slice.lines[at] ?? '');
    if (at < 1 || slice.lines[at - 1]?.trim() !== '' || !isPartHeading(text)) return [];
    slice.lines[at] = '';
    // "PART I – PUBLIC" after the private part says only what its items' lack of a mark says.
    return namesOpenPartOnly(text) ? [] : [{ heading: text, item: slices[index + 1]?.number ?? null }];
  });
}

/** "PART A – ITEMS FOR DECISION", "PART I": a part's heading of one short line that closes nothing (exempt.ts). */
function isPartHeading(text: string): boolean {
  return PART_HEADING.test(text) && !isClosedHeading(text) && text.length <= 70 && !/[.,;]$/.test(text);
}

/**
 * What the warning says of a part's heading, with the item it heads: no field of the record holds it (the record only
 * carries it beside its fields for the passes after the reader, HeadingBetweenItems), so the reader of the record is told.
 */
export function sessionWarning({ heading, item }: PartHeading): string {
  return `the heading "${heading}" over item ${item ?? 'the next item'} heads the items below it (a session or group of business), which no field holds`;
}

/** The headings that head a numbered item, as the meeting's record carries them beside its fields for the passes after the reader. */
export function headingsOverNumbered(headings: readonly PartHeading[]): HeadingBetweenItems[] {
  return headings.flatMap(({ heading, item }) => (item === null ? [] : [{ heading, item }]));
}

/**
 * "PART A – ITEMS FOR DECISION" as the last line above the first item: it heads the items below it as a later part's
 * heading does (withoutSessionHeadings), and is given back the same way, since no reader of the text above takes it;
 * "PART I – PUBLIC" there says only that the items are open, as their lack of a mark does.
 */
export function sessionHeadingAbove(headerLines: readonly string[], first: ItemSlice | undefined): PartHeading[] {
  const text = squash(headerLines.findLast((line) => line.trim() !== '') ?? '');
  return first !== undefined && isPartHeading(text) && !namesOpenPartOnly(text) ? [{ heading: text, item: first.number }] : [];
}

/**
 * Each item's text without the closed part's headings printed as its last lines ("PART II – ITEMS CONSIDERED IN
 * PRIVATE", then "CONFIDENTIAL"), apart from the text above them, when the item below is marked as held in private
 * (`marks`, from exempt.ts, read before with the headings in place): they head the private part, no part of this
 * item's minutes, and the mark of the items under them says what they said. The lines are blanked, so line counts hold.
 */
export function withoutPartHeadings(slices: ItemSlice[], marks: readonly (ExemptMark | null)[]): ItemSlice[] {
  slices.slice(0, -1).forEach((slice, index) => {
    if (!marks[index + 1]) return;
    const heads: number[] = [];
    for (let at = slice.lines.length - 1; at >= 0; at -= 1) {
      const line = slice.lines[at] ?? '';
      if (line.trim() === '') continue;
      // "(Press and public excluded … paragraph 3)" under the heading: the heading's note, which the mark below holds
      // (exempt.ts took it with the heading); a note no mark holds is the item's own words.
      const noted = isPartNote(line) && (marks[index + 1]?.text ?? '').endsWith(squash(line));
      if (!isClosedHeading(line) && accessMark(line) === null && !noted) break;
      heads.push(at);
    }
    const top = heads.at(-1);
    if (top === undefined || (slice.lines[top - 1] ?? '').trim() !== '') return;
    for (const at of heads) slice.lines[at] = '';
  });
  return slices;
}
