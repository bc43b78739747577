/**
 * Records that hold several meetings: an agenda pack followed by the previous meeting's minutes,
 * the notes of a joint session after the minutes. Each meeting opens with a title block (a line
 * naming a body, then a line that is its date, or both on one line); a title block that names a
 * different body or date from the meeting before starts a new meeting, and one that repeats it
 * is the running header of its pages. A meeting may instead open with its title as a sentence ("Minutes of the Meeting
 * of X held … on <date> at <time>"); one that follows another's close and names a different body, date or time starts a
 * new meeting, as when a council closes its meeting and sits at once as a charity's trustee.
 */
import { CLOCK_TIME, findDates, parseClockTime } from '../../../src/model/dates.ts';
import { MEETING_CLOSED } from '../meeting-close.ts';
import { squash } from '../text.ts';
import { carriesPageMark } from './running-heads.ts';
import { emailHeaderLines } from './email-header.ts';
import { BODY_WORD, bodyFromOpening, isDateLine, isOpeningLine } from './title-block-lines.ts';

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

/** Who was there, within the dozen lines after a title's last line. */
function attendanceFollows(lines: readonly string[], last: number): boolean {
  const after = lines
    .slice(last + 1)
    .filter((line) => line.trim() !== '')
    .slice(0, 12);
  return after.some((line) => /^\s*(?:present|attendees|attendance|members\s+present|membership|in\s+attendance|apologies)\b/i.test(line));
}

/** A meeting's record opens with its title and who was there, or calls itself minutes, notes or an agenda. */
function opensMeeting(lines: readonly string[], block: TitleBlock): boolean {
  const own = block.lines.map((index) => lines[index] ?? '').join(' ');
  return /\b(?:minutes|notes|agenda)\b/i.test(own) || attendanceFollows(lines, block.lines.at(-1) ?? block.line);
}

/**
 * Title blocks: a body line followed (within two lines) by a date line, or "Body - date" on one line. An e-mail's
 * "Subject: Draft minutes - Parish Council meeting 7 April 2025" is none: it is the e-mail's, over the record's own
 * title, which would else be read as its running header and blanked.
 */
function titleBlocks(lines: readonly string[]): TitleBlock[] {
  const blocks: TitleBlock[] = [];
  const mailed = emailHeaderLines(lines);
  lines.forEach((line, index) => {
    if (mailed.has(index) || !isBodyLine(line)) return;
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

/** "Minutes of the Meeting of X held in <place> on <date> at <time>": a meeting's title as one sentence. */
interface TitleSentence {
  line: number;
  body: string;
  date: string;
  time: string | null;
}

/** The time the sentence gives after its date: "on Thursday 19 November 2026 at 7.50 pm". */
const TIME_AFTER = new RegExp(String.raw`^\s*(?:,\s*)?(?:at|from|commencing(?:\s+at)?)?\s*(${CLOCK_TIME})`, 'i');

/** The title sentence opening at a line, read with the lines under it up to a blank one (three at most); null if it is none. */
function titleSentence(lines: readonly string[], index: number): TitleSentence | null {
  if (!isOpeningLine(lines[index] ?? '')) return null;
  const run: string[] = [];
  for (let next = index; next < Math.min(lines.length, index + 3) && (lines[next] ?? '').trim() !== ''; next += 1)
    run.push(lines[next] ?? '');
  const text = squash(run.join(' '));
  const body = bodyFromOpening(text);
  const date = findDates(text).find((found) => found.yearStated);
  // "held … on <date>": the meeting's own date, not one the sentence cites.
  if (body === null || date === undefined || !/\bheld\b/i.test(text.slice(0, date.index))) return null;
  const time = TIME_AFTER.exec(text.slice(date.index + date.text.length))?.[1];
  return { line: index, body: bodyKey(body), date: date.iso, time: time === undefined ? null : parseClockTime(time) };
}

const differs = (a: TitleSentence, b: TitleSentence): boolean =>
  a.body !== b.body || a.date !== b.date || (a.time !== null && b.time !== null && a.time !== b.time);

/** A heading over a title sentence: a line in capitals ("MARSHFORD RECREATION GROUND CHARITY") or in brackets. */
const isHeadingLine = (text: string): boolean => (/[A-Z]/.test(text) && !/[a-z]/.test(text)) || /^\(.*\)$/.test(text);

/** Where a meeting opened by a title sentence starts: at the headings above the sentence, below the close before it. */
function headedFrom(lines: readonly string[], sentence: number, close: number): number {
  let start = sentence;
  for (let above = sentence - 1; above > close; above -= 1) {
    const text = squash(lines[above] ?? '');
    if (isHeadingLine(text)) start = above;
    // A blank line or a rule ("-----") between the close and the next meeting's head.
    else if (!/^[-=_*~ ]*$/.test(text)) break;
  }
  return start;
}

/**
 * Where the meetings opened by title sentences start within a section: a sentence after a close ("The meeting closed at
 * 7.48 pm") that names another body, date or time than the sentence before it, with who attended under it.
 */
function sentenceStarts(lines: readonly string[], section: Section): number[] {
  const starts: number[] = [];
  let before: TitleSentence | null = null;
  let close = -1;
  for (let index = section.start; index < section.end; index += 1) {
    if (MEETING_CLOSED.test(lines[index] ?? '')) close = index;
    const sentence = close === index ? null : titleSentence(lines, index);
    if (sentence === null) continue;
    if (before !== null && close > before.line && differs(before, sentence) && attendanceFollows(lines, index))
      starts.push(headedFrom(lines, index, close));
    before = sentence;
  }
  return starts;
}

/** A section cut at the given lines, each part keeping the running headers that fall in it. */
function cutAt(section: Section, starts: number[]): Section[] {
  const bounds = [section.start, ...starts, section.end];
  return bounds.slice(0, -1).map((start, at) => {
    const end = bounds[at + 1] ?? section.end;
    return { start, end, repeats: section.repeats.filter((line) => line >= start && line < end) };
  });
}

/** The meetings a record holds, in order; one section covering everything when it holds one. */
export function splitSections(lines: readonly string[]): Section[] {
  return titledSections(lines).flatMap((section) => cutAt(section, sentenceStarts(lines, section)));
}

/** The meetings a record's title blocks open. */
function titledSections(lines: readonly string[]): Section[] {
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
