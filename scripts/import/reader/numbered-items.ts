/**
 * Items of a numbered record: each from its number (or the heading printed over it, where every paragraph is numbered)
 * to the next, its title from the number's line or the line under it, a number displaced into the item above put back,
 * and the time stamped before the number or after the title. Apart from items.ts as the slicing of a chosen numbering.
 */
import { capitalsLine, isHeadingAbove, LIST_MARK, nextFilled, opensMinute, readsAsProse } from './item-lines.ts';
import { dashedLayout, isTitleLine, splitTitle, titleFrom, titleLineBetween } from './item-title.ts';
import { CLOCK_TIME } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';
import { OUTCOME_MARK } from './decision-markers.ts';
import type { ItemSlice } from './item-slice.ts';
import type { Candidate } from './numbering.ts';
import { withRecordingStamps } from './recording-stamps.ts';

/**
 * "Low emission zone – Annual report." alone over "1 There was submitted a report …": a heading in
 * sentence case, its subject and what is before the committee parted by a dash, closed by a stop, as Scottish city councils print an item's title over its numbered minute.
 */
function isStoppedHeading(lines: readonly string[], at: number, undashed = false): boolean {
  const text = squash(lines[at] ?? '');
  const apart = squash(lines[at - 1] ?? '') === '' && squash(lines[at + 1] ?? '') === '';
  // "Subject – what is before the committee": the dash that parts them is what a one-line sentence of the minutes lacks.
  // Once two such headings show the layout, "Minutes approved." (a few words, no dash) heads its minute the same way.
  const dashed = /\S\s[-–—]\s\S/.test(text) || (undashed && text.split(/\s+/).length <= UNDASHED_WORDS && setApartAbove(lines, at));
  const short = text.split(/\s+/).length <= 16 && text.length <= 120 && !/,/.test(text) && dashed;
  return apart && short && /^\p{Lu}/u.test(text) && /\p{L}{2}\.$/u.test(text) && !OUTCOME_MARK.test(text) && !LIST_MARK.test(text);
}

/**
 * More blank lines above the line than below it: a heading set closer to the minute it heads than to the text above,
 * as a Scottish minute prints it, where a last short sentence of the item above ("Members thanked the staff.") is not;
 * or the record's first line.
 */
function setApartAbove(lines: readonly string[], at: number): boolean {
  const blanks = (step: number) => {
    let count = 0;
    while ((lines[at + step * (count + 1)] ?? 'x').trim() === '') count += 1;
    return count;
  };
  const above = blanks(-1);
  // The record's first line has nothing above it to be apart from.
  return at - above === 0 || above > blanks(1);
}

/** The most words a stopped heading with no dash may hold: "Declarations of interest.", "Minutes approved.". */
const UNDASHED_WORDS = 6;

/**
 * Where each item starts. Some councils print every paragraph of the minutes numbered, and the
 * item's title as a heading in capitals above them ("APOLOGIES" over "2. Apologies were submitted
 * …"): when at least half the numbers open prose under such a heading, those items start at their
 * heading and take it as their title. Elsewhere an item starts at its number.
 */
function itemTops(lines: readonly string[], run: Candidate[], from: number): (number | null)[] {
  const dashed = run.map((_candidate, index) => headingAt(lines, run, index, from, false));
  const undashed = dashed.filter((at) => at !== null).length >= 2;
  const headings = undashed ? run.map((_candidate, index) => headingAt(lines, run, index, from, true)) : dashed;
  const found = headings.filter((at) => at !== null).length;
  return found * 2 >= run.length && found >= 2 ? headings : run.map(() => null);
}

/** "2     Councillor Rafferty declared an interest in item 5 (Community Halls" over its next line: six words or more, wrapped on. */
function runsOnAsProse(lines: readonly string[], candidate: Candidate): boolean {
  const words = squash(candidate.title ?? '').split(/\s+/).length;
  return words >= 6 && squash(lines[candidate.line + 1] ?? '') !== '';
}

/** The line of the heading over the run's `index`th number (see itemTops), or null; `undashed` as isStoppedHeading takes it. */
function headingAt(lines: readonly string[], run: Candidate[], index: number, from: number, undashed: boolean): number | null {
  const candidate = run[index] as Candidate;
  const floor = index === 0 ? from : (run[index - 1]?.line ?? from) + 1;
  if (candidate.title === null) return headingOverReference(lines, candidate.line, floor);
  if (!readsAsProse(candidate.title) && !(undashed && runsOnAsProse(lines, candidate))) return null;
  const above = lines.slice(floor, candidate.line).findLastIndex((line) => line.trim() !== '') + floor;
  const minute = opensMinute(candidate.title) || undashed;
  if (above >= floor && minute && isStoppedHeading(lines, above, undashed)) return above;
  for (let at = candidate.line - 1; at >= floor; at -= 1) if (isHeadingAbove(lines[at] ?? '')) return at;
  return null;
}

/**
 * "APOLOGIES" over "PLA101/23" alone on its line, then the minute's text: a heading in capitals just
 * above a number with no title of its own, prose after it, is the item's title; a heading wrapped over
 * lines starts at its first. Where a title in capitals follows the number instead, the number leads.
 */
function headingOverReference(lines: readonly string[], line: number, floor: number): number | null {
  const above = line - 1;
  const after = squash(lines[nextFilled(lines, line + 1, lines.length)] ?? '');
  if (above < floor || !isHeadingAbove(lines[above] ?? '') || after === '' || capitalsLine(after) !== null) return null;
  let top = above;
  while (top - 1 >= floor && top > above - 2 && wrapsHeading(lines[top - 1] ?? '')) top -= 1;
  return top;
}

/** A heading's first line wrapped over the next: in capitals, its end open or on a comma ("FORMER DEPOT, STATION ROAD,"). */
function wrapsHeading(line: string): boolean {
  return isHeadingAbove(line.replace(/,\s*$/, ''));
}

/** Slices for the chosen numbering; text displaced before a title goes back to the previous item. */
export function numberedSlices(lines: readonly string[], run: Candidate[], end: number, from: number): ItemSlice[] {
  const slices: ItemSlice[] = [];
  const tops = itemTops(lines, run, from);
  const dashed = dashedLayout(run.flatMap((candidate) => (candidate.title === null ? [] : [candidate.title])));
  run.forEach((candidate, index) => {
    const stop = tops[index + 1] ?? run[index + 1]?.line ?? end;
    const top = tops[index];
    if (top !== null && top !== undefined && candidate.title === null) {
      // The heading's lines down to the number are the title; the text starts under the number.
      const title = squash(lines.slice(top, candidate.line).join(' '));
      slices.push({ number: candidate.number, title, lines: lines.slice(candidate.line + 1, stop), line: top });
      return;
    }
    if (top !== null && top !== undefined && candidate.title !== null) {
      const text = [...lines.slice(top + 1, candidate.line), candidate.title, ...lines.slice(candidate.line + 1, stop)];
      // "Bus partnership – Update.": the stop that closes a heading in sentence case is no part of the title.
      slices.push({ number: candidate.number, title: squash(lines[top] ?? '').replace(/(?<=\p{L}{2})\.$/u, ''), lines: text, line: top });
      return;
    }
    if (candidate.title !== null) {
      const { title, rest } = splitTitle(candidate.title, candidate.number, dashed);
      slices.push({ number: candidate.number, title, lines: [rest, ...lines.slice(candidate.line + 1, stop)], line: candidate.line });
      return;
    }
    const first = nextFilled(lines, candidate.line + 1, stop);
    const at = first !== -1 && isTitleLine(lines, first) ? first : titleLineBetween(lines, first + 1, stop);
    if (at === -1) {
      slices.push({ number: candidate.number, title: '', lines: lines.slice(candidate.line + 1, stop), line: candidate.line });
      return;
    }
    if (at > first && first !== -1) slices.at(-1)?.lines.push(...lines.slice(first, at));
    const { title: joined, next } = titleFrom(lines, at);
    const { title, rest } = splitTitle(joined, candidate.number);
    slices.push({ number: candidate.number, title, lines: [rest, ...lines.slice(next, stop)], line: candidate.line });
  });
  return withRecordingStamps(lines, withStamps(slices, run), from);
}

/**
 * "GP Access (7.05 pm – 7.40 pm)", "Minutes (7.03pm)": the time the item was taken, in brackets at the title's end, as
 * minutes that time each item print it. No part of the title: the item's stamp, as a timed agenda's before the number.
 */
const TIME_AFTER_TITLE = new RegExp(
  String.raw`\s*\(\s*((?:(?:${CLOCK_TIME}|\d{1,2}\.\d{2})\s*(?:[-–—]|to|until)\s*)?(?:${CLOCK_TIME}))\s*\)$`,
  'i',
);

/**
 * The time stamp printed before each item's number ("19:20 – 19:45", numbering.ts), or after its title in brackets
 * (TIME_AFTER_TITLE), on its slice. Each candidate made one slice.
 */
function withStamps(slices: ItemSlice[], run: Candidate[]): ItemSlice[] {
  return slices.map((slice, index) => {
    const before = run[index]?.stamp;
    if (before !== undefined) return { ...slice, stamp: before };
    const after = TIME_AFTER_TITLE.exec(slice.title);
    if (after === null || after.index === 0) return slice;
    return { ...slice, title: slice.title.slice(0, after.index), stamp: squash(after[1] ?? '') };
  });
}
