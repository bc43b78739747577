/**
 * Work plans printed as lists: a meeting's date alone on its line ("Thursday 19 June 2025"), then
 * the topics planned for it as bullets, and perhaps a heading for topics not yet given a meeting
 * ("Items awaiting a date"). Each bullet is one planned item: its words up to a spaced dash are
 * the title, the rest (who reports, why) its text, so nothing printed is lost.
 */
import { BULLET_LINE } from '../list-marks.ts';
import { letterBulletEntry } from '../list-entries.ts';
import { squash } from '../text.ts';
import { cellDate, type PlanRow } from './forward-plan-rows.ts';

/** A bullet's text, by the marks the minutes' Markdown knows, or after Word's "o" where a list can open; null for any other line. */
function bulletText(line: string, before: string | undefined): string | null {
  return BULLET_LINE.exec(line)?.[1] ?? letterBulletEntry(line, before);
}
/** A heading for topics with no meeting yet: "Items awaiting a date", "Unscheduled items", "To be scheduled". */
const UNDATED_HEADING =
  /^(?:(?:items?|topics?|reports?)\s+(?:awaiting\s+(?:a\s+)?(?:date|scheduling)|to\s+be\s+(?:scheduled|programmed|confirmed)|not\s+yet\s+scheduled)|(?:unscheduled|unallocated|future|parked)\s+(?:items?|topics?)|to\s+be\s+scheduled|date\s+to\s+be\s+(?:confirmed|agreed))\s*:?$/i;
/** "Meeting on 19 June 2025", "19 June 2025 – 6.30pm": the date line's own words around the date. */
const DATE_LINE_WORDS = /^(?:(?:meeting|committee|panel)\s+(?:on|of|date:?)\s+)?(.+?)(?:\s*[-–,]\s*\d{1,2}(?:[.:]\d{2})?\s*[ap]\.?m\.?)?$/i;

/** The meeting date a line gives when the line is that date and nothing more; null otherwise. */
function listDate(line: string): string | null {
  const match = DATE_LINE_WORDS.exec(line);
  return match ? cellDate(match[1] ?? '') : null;
}

/** A bullet's title and text: parted at the first spaced dash, when there is a title before it. */
function bulletRow(text: string, date: string | null, dateText: string | null): PlanRow {
  const dash = /\s[-–—]\s/.exec(text);
  const title = dash && dash.index >= 3 ? squash(text.slice(0, dash.index)) : squash(text);
  const rest = dash && dash.index >= 3 ? squash(text.slice(dash.index + dash[0].length)) : '';
  return { title, summary: rest === '' ? null : rest, body: null, date, dateText, details: [] };
}

/**
 * The rows of a work plan printed as dated lists, and the line its first date heading is on; null
 * unless at least two date lines each head a list of bullets, and every bullet is under a heading.
 * A line run on under a bullet (wrapped) joins it; any other line ends the lists ("Contact: …").
 */
export function datedListRows(lines: string[]): { rows: PlanRow[]; unread: number; start: number } | null {
  const groups: { line: number; date: string | null; dateText: string | null; bullets: string[] }[] = [];
  let open: 'group' | 'bullet' | null = null;
  for (const [index, raw] of lines.entries()) {
    const line = squash(raw);
    const date = listDate(line);
    const bullet = bulletText(line, index > 0 ? squash(lines[index - 1] ?? '') : undefined);
    const group = groups.at(-1);
    if (date || UNDATED_HEADING.test(line)) {
      groups.push({ line: index, date, dateText: date ? null : line.replace(/:$/, ''), bullets: [] });
      open = 'group';
    } else if (bullet !== null) {
      // A bullet outside any dated heading is a layout this reader does not know: leave the file to the others.
      if (!open || !group) return null;
      group.bullets.push(bullet);
      open = 'bullet';
    } else if (line === '') {
      if (open === 'bullet') open = 'group';
    } else if (open === 'bullet' && group && squash(lines[index - 1] ?? '') !== '') {
      group.bullets[group.bullets.length - 1] += ` ${line}`;
    } else if (groups.length > 0) open = null;
  }
  const dated = groups.filter((group) => group.date && group.bullets.length > 0);
  if (dated.length < 2 || groups.some((group) => group.bullets.length === 0)) return null;
  const rows = groups.flatMap((group) => group.bullets.map((text) => bulletRow(text, group.date, group.dateText)));
  return { rows, unread: 0, start: groups[0]?.line ?? 0 };
}

/**
 * What follows a plan's table: the topics under a heading for those with no meeting yet ("Items to be
 * scheduled"), each bullet an undated row as in a dated list, and the other lines, which no row takes
 * (a task group's membership, notes), for a warning.
 */
export function undatedListRows(lines: string[]): { rows: PlanRow[]; unread: string[] } {
  const bullets: { heading: string; text: string }[] = [];
  const unread: string[] = [];
  let heading: string | null = null;
  let open = false;
  for (const [index, raw] of lines.entries()) {
    const line = squash(raw);
    const bullet = heading === null ? null : bulletText(line, index > 0 ? squash(lines[index - 1] ?? '') : undefined);
    const last = bullets.at(-1);
    if (UNDATED_HEADING.test(line)) {
      heading = line.replace(/:$/, '');
      open = false;
    } else if (heading !== null && bullet !== null) {
      bullets.push({ heading, text: bullet });
      open = true;
    } else if (line === '') open = false;
    else if (open && last) last.text += ` ${line}`;
    else {
      heading = null;
      unread.push(line);
    }
  }
  return { rows: bullets.map(({ heading: printed, text }) => bulletRow(text, null, printed)), unread };
}
