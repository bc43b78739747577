/**
 * Records that hold several meetings: an agenda pack followed by the previous meeting's minutes,
 * the notes of a joint session after the minutes. Each meeting opens with a title block (a line
 * naming a body, then a line that is its date, or both on one line); a title block that names a
 * different body or date from the meeting before starts a new meeting, and one that repeats it
 * is the running header of its pages.
 */
import { findDates } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';
import { carriesPageMark } from './furniture.ts';
import { BODY_WORD, isDateLine } from './header.ts';

/** One meeting's lines in the record. */
export interface Section {
  /** 0-based index of its first line. */
  start: number;
  /** Index after its last line. */
  end: number;
  /** Lines of title blocks that repeat this meeting's own (running headers): not text. */
  repeats: number[];
}

interface TitleBlock {
  line: number;
  lines: number[];
  body: string;
  date: string;
  /** The block's line carries its page's number: a running header or footer. */
  paged: boolean;
}

function bodyKey(text: string): string {
  return squash(
    text
      .toLowerCase()
      .replace(/&/g, 'and')
      .replace(/\b(?:minutes|agenda|notes|draft|of|the|meeting)\b|[^a-z0-9 ]/g, ' '),
  );
}

// "MINUTES OF THE MEETING DATED 7 FEBRUARY 2024": an item approving minutes, not a meeting's title.
const NOT_A_TITLE = /\b(?:held|dated|was|were|had|has|is|are|will|would|next|deadline|review|going|its)\b/i;

/** A line led by an item's number ("2. Minutes of the meeting on 1 May 2025", "23/045 …", "(b) …"): an agenda item, never a title. */
const NUMBERED = /^(?:\d{1,3}[.):]?|\d{1,4}[./]\d{1,4}[.):]?|\(?[a-z]\))\s+\S/;

function isBodyLine(line: string): boolean {
  const text = squash(line);
  if (NUMBERED.test(text)) return false;
  const plain = text.replace(/\bwill\s+be\s+held:?$/i, '');
  return text.length >= 4 && text.length <= 130 && BODY_WORD.test(text) && !/[.;]$/.test(text) && !NOT_A_TITLE.test(plain);
}

/** A meeting's record opens with its title and who was there, or calls itself minutes, notes or an agenda. */
function opensMeeting(lines: readonly string[], block: TitleBlock): boolean {
  const own = block.lines.map((index) => lines[index] ?? '').join(' ');
  if (/\b(?:minutes|notes|agenda)\b/i.test(own)) return true;
  const after = lines
    .slice((block.lines.at(-1) ?? block.line) + 1)
    .filter((line) => line.trim() !== '')
    .slice(0, 12);
  return after.some((line) => /^\s*(?:present|attendees|attendance|members\s+present|membership|in\s+attendance|apologies)\b/i.test(line));
}

/** Title blocks: a body line followed (within two lines) by a date line, or "Body - date" on one line. */
function titleBlocks(lines: readonly string[]): TitleBlock[] {
  const blocks: TitleBlock[] = [];
  lines.forEach((line, index) => {
    if (!isBodyLine(line)) return;
    const date = findDates(line).find((found) => found.yearStated);
    if (date && date.index > 3 && isDateLine(line.slice(date.index))) {
      blocks.push({ line: index, lines: [index], body: bodyKey(line.slice(0, date.index)), date: date.iso, paged: carriesPageMark(line) });
      return;
    }
    for (let next = index + 1; next <= index + 2 && next < lines.length; next += 1) {
      const text = lines[next] ?? '';
      if (text.trim() === '') continue;
      if (!isDateLine(text)) {
        if (!isBodyLine(text)) return;
        continue;
      }
      const iso = findDates(text).find((found) => found.yearStated)?.iso;
      if (iso)
        blocks.push({ line: index, lines: [index, next], body: bodyKey(line), date: iso, paged: [line, text].some(carriesPageMark) });
      return;
    }
  });
  return blocks;
}

/** "winterfold borough council ": a council's name, as a running header prints it before its committee's. */
const COUNCIL_BEFORE = /^(?:[a-z]+ ){1,5}council $/;

/**
 * Same date, and one body's words hold the other's with no further body named ("A meeting of the Audit
 * Committee will be held"), or only the council's name before it: a running header "WINTERFOLD BOROUGH
 * COUNCIL   Environment Committee" and a footer "Minutes – Environment Committee – <date>" name one meeting.
 */
function sameMeeting(a: TitleBlock, b: TitleBlock): boolean {
  if (a.date !== b.date) return false;
  const [short, long] = a.body.length <= b.body.length ? [a.body, b.body] : [b.body, a.body];
  if (!long.includes(short)) return false;
  const before = long.slice(0, long.indexOf(short));
  const after = long.slice(long.indexOf(short) + short.length);
  if (BODY_WORD.test(short) && COUNCIL_BEFORE.test(before) && !BODY_WORD.test(after)) return true;
  return !BODY_WORD.test(long.replace(short, ' '));
}

/**
 * A page's running header or footer for the meeting: it carries the page's number and the meeting's date,
 * whatever it names the body ("Minutes – Env. O&S Committee – 11 September 2025   4" under a head that
 * names the Environment Overview and Scrutiny Committee in full). A new meeting's title is no page's.
 */
const pageOf = (current: TitleBlock, block: TitleBlock): boolean => block.paged && block.date === current.date;

/** The meetings a record holds, in order; one section covering everything when it holds one. */
export function splitSections(lines: readonly string[]): Section[] {
  const sections: Section[] = [{ start: 0, end: lines.length, repeats: [] }];
  let current: TitleBlock | null = null;
  let reach = -1;
  for (const block of titleBlocks(lines)) {
    const section = sections.at(-1) as Section;
    // A block that overlaps the one before is the same title read twice.
    if (block.line <= reach) continue;
    reach = block.lines.at(-1) ?? block.line;
    if (current === null) current = block;
    else if (sameMeeting(current, block) || pageOf(current, block)) section.repeats.push(...block.lines);
    else if (opensMeeting(lines, block)) {
      section.end = block.line;
      sections.push({ start: block.line, end: lines.length, repeats: [] });
      current = block;
    }
  }
  return sections;
}
