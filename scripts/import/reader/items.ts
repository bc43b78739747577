/**
 * Items of one meeting: where each starts (the numbering scheme, see numbering.ts, or headings
 * when nothing is numbered), its number and title as printed, and its text. A number that page
 * layout displaced into the previous item's text is put back: when the line after it cannot be a
 * title, the item starts at the next line that can, and what stands between goes to the item before.
 */
import { nextFilled } from './item-lines.ts';
import { numberedSlices } from './numbered-items.ts';
import { withRecordingStamps } from './recording-stamps.ts';
import { headingSlices, isListInSection, sentenceSlices } from './unnumbered-items.ts';
import { headedDecimals, headedParagraphs, wholeDecimals, withSubItems } from './numbered-paragraphs.ts';
import { conditionsSchedule } from './conditions-schedule.ts';
import { withRomanItems } from './roman-items.ts';
import { takeFooter } from './last-item-foot.ts';
import { withoutGroupHeadings } from './headings-between-items.ts';
import { withNextItemsHeads } from './next-item-heads.ts';
import { squash } from '../text.ts';
import { ITEM_NUMBER_LABEL } from './title-block-lines.ts';
import { actionColumn, opensItems, withActions } from './action-column.ts';
import { itemTable } from './item-table.ts';
import { marginItems } from './margin-headings.ts';
import type { ItemSlice } from './item-slice.ts';
import { type Candidate, candidateAt } from './numbering.ts';
import { chooseScheme } from './numbering-scheme.ts';

export type { ItemSlice } from './item-slice.ts';

/** "Item number: 5", "Item no.<tab>5a": a details row numbering the one item a page is about. */
const ITEM_NUMBER_ROW = new RegExp(String.raw`^${ITEM_NUMBER_LABEL.source}\s*(?:\t\s*|(?<=:)\s*|\s{2,})(\d{1,3}[a-z]?)$`, 'i');

/** The first line below the skipped lines (the title block, the attendance): where items may start. */
const firstBelow = (skip: ReadonlySet<number>): number => [...skip].reduce((top, line) => Math.max(top, line + 1), 0);

/**
 * A record of one item ("12. Budget 2025/26" under the attendance, the rest its minutes): the first numbered
 * line after the title block opens it when only the attendance stands above it (`onlyAttendance` says,
 * from the attendance reader) and its title is no sentence. For a record where `sliceItems` finds none,
 * since one number makes no run; null when there is no such item.
 */
export function loneItem(
  lines: readonly string[],
  skip: ReadonlySet<number>,
  onlyAttendance: (above: string[]) => boolean,
): SlicedItems | null {
  const from = firstBelow(skip);
  const row = numberRowItem(lines, from);
  const at = row?.line ?? lines.findIndex((line, index) => index >= from && candidateAt(line, index) !== null);
  const candidate = row ?? (at === -1 ? null : candidateAt(lines[at] ?? '', at));
  const title = candidate?.title ?? null;
  if (candidate === null || title === null || title.length > 120 || /[.;:,]$/.test(title)) return null;
  const above = lines.slice(from, at).map((line, index) => (from + index === row?.row ? '' : line));
  if (!onlyAttendance(above)) return null;
  const items = numberedSlices(lines, [candidate], lines.length, from);
  return { start: at, items, footer: takeFooter(items), ...(row === null ? {} : { numberRow: row.row }) };
}

/**
 * "Item number: 5" (or its cells, "Item number<tab>5") over "Library opening hours review": a page of one agenda item
 * (CMIS's) saved as text or printed, its details over its title, which carries no number. The row numbers the title,
 * as html-text.ts numbers the heading under the row on the page itself; null when no such row stands over a title.
 */
function numberRowItem(lines: readonly string[], from: number): (Candidate & { row: number }) | null {
  const row = lines.findIndex((line, index) => index >= from && ITEM_NUMBER_ROW.test(line.trim()));
  if (row === -1) return null;
  const at = nextFilled(lines, row + 1, lines.length);
  const title = squash(lines[at] ?? '');
  const number = ITEM_NUMBER_ROW.exec(lines[row]?.trim() ?? '')?.[1] ?? '';
  if (at === -1 || title === '' || /^\d/.test(title) || candidateAt(lines[at] ?? '', at) !== null) return null;
  return { line: at, number, form: 'inline|||integer|', key: Number.parseInt(number, 10), stem: '', title, row };
}

/** Where a record's items start, what they hold, and the lines at its foot that are no item's (`takeFooter`). */
export interface SlicedItems {
  start: number;
  items: ItemSlice[];
  /** The details row that gave the one item its number ("Item number: 5", `numberRowItem`), read with it. */
  numberRow?: number;
  footer?: string[];
}

/**
 * Where the items start and what they hold; `skip` lines (attendance, title block) are never headings. `wholeRows`:
 * each line of a table is a whole row, as a web page's are (item-table.ts).
 */
export function sliceItems(all: readonly string[], skip: ReadonlySet<number> = new Set(), wholeRows = false): SlicedItems {
  const table = itemTable(all, firstBelow(skip), wholeRows);
  // Items printed as a table's rows ("Item | Subject | Discussion / Decision | Action by") are read by their columns.
  if (table !== null) return { ...table, footer: takeFooter(table.items) };
  // Items headed in a left margin beside their text ("APOLOGIES   Apologies were received …") are read by their columns.
  const margin = marginItems(all, firstBelow(skip));
  if (margin !== null) return { ...margin, footer: takeFooter(margin.items) };
  const column = actionColumn(all);
  const lines = column.lines;
  const { start, items } = itemsOf(lines, skip);
  withActions(items, column, lines.length);
  return { start: opensItems(all, column, start) ? column.heading : start, items, footer: takeFooter(items) };
}

/**
 * "Decisions marked * are urgent and not subject to call-in.", "* denotes a key decision.": a decision list's key to
 * the asterisk after an item's number ("Item 7*"), which numbering.ts reads as a mark, no part of the number, or after
 * a decision's reference (kinds/decision-blocks.ts). A key standing last with no stop ("* denotes a key decision") runs
 * to the text's end.
 */
export const ASTERISK_KEY =
  /(?<![^\s.:;])(?:(?:decisions|items|reports|matters)\s+marked\s+(?:with\s+an?\s+)?(?:asterisk\s*)?\(?\*\)?|\*\s*(?:denotes|indicates|means))\s[^.]*(?:\.|$)/i;
/** "Item 7*", "7*.": the item's number line with the asterisk after the number. */
const starred = (line: string, number: string): boolean => ` ${squash(line)}`.includes(` ${number}*`);

/**
 * The key to the asterisk, put first in the text of each item marked with it: the schema has no field for what the
 * mark says (urgent, not subject to call-in), and without the key the item's text would not say it was marked.
 */
function withAsteriskKey(lines: readonly string[], items: ItemSlice[]): ItemSlice[] {
  const above = squash(lines.slice(0, items[0]?.line ?? 0).join(' '));
  const key = ASTERISK_KEY.exec(above)?.[0];
  if (key === undefined) return items;
  for (const item of items) if (item.number !== null && starred(lines[item.line] ?? '', item.number)) item.lines.unshift(key);
  return items;
}

function itemsOf(lines: readonly string[], skip: ReadonlySet<number>): { start: number; items: ItemSlice[] } {
  const schedule = conditionsSchedule(lines);
  const numbered = lines.map((line, at) => (schedule.has(at) ? '' : line));
  const chosen = withRomanItems(numbered, chooseScheme(numbered)).filter((candidate) => !skip.has(candidate.line));
  const run = headedParagraphs(headedDecimals(wholeDecimals(chosen), lines), lines);
  // A notice whose only numbered list is its schedule of conditions: its sections from the schedule's heading down.
  const from = Math.max(firstBelow(skip), run.length < 2 && schedule.size > 0 ? Math.min(...schedule) - 1 : 0);
  const capitals = headingSlices(lines, from, lines.length, skip);
  // "1. Letter from …", "2. Email from …" under "Correspondence" over its dashes: a list in one section, not the items.
  if (run.length >= 2 && !isListInSection(lines, run, capitals)) {
    const slices = withSubItems(lines, numberedSlices(lines, run, lines.length, from));
    const items = withAsteriskKey(lines, withNextItemsHeads(lines, withoutGroupHeadings(slices)));
    return { start: items[0]?.line ?? 0, items };
  }
  const items = withRecordingStamps(lines, capitals.length >= 2 ? capitals : sentenceSlices(lines, from, lines.length, skip), from);
  return { start: items[0]?.line ?? capitals[0]?.line ?? lines.length, items: items.length > 0 ? items : capitals };
}
