/**
 * Items of one meeting: where each starts (the numbering scheme, see numbering.ts, or headings
 * when nothing is numbered), its number and title as printed, and its text. A number that page
 * layout displaced into the previous item's text is put back: when the line after it cannot be a
 * title, the item starts at the next line that can, and what stands between goes to the item before.
 */
import { namesPaper } from './document-title.ts';
import { BREAK_BETWEEN } from './procedure.ts';
import { PUBLICATION_LABEL } from '../contact.ts';
import { MEETING_CLOSED } from '../meeting-close.ts';
import { CLOCK_TIME } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';
import { CIRCULATED, DECISION_LEAD, opensBlock, OUTCOME_MARK } from './decisions.ts';
import { DECIDING_WORDS, oneOf } from './decision-words.ts';
import { joinsOn, proseRunsOn, SMALL_WORDS } from './runs-on.ts';
import { isDateLine, isOpeningLine, ITEM_NUMBER_LABEL } from './header.ts';
import { actionColumn, opensItems, withActions } from './action-column.ts';
import { itemTable, namesSubject } from './item-table.ts';
import { marginItems } from './margin-headings.ts';
import type { ItemSlice } from './item-slice.ts';
import { candidateAt, candidates, chooseScheme, isNextSubItem, schemeOfForm, type Candidate } from './numbering.ts';
import { BULLET_MARK } from '../list-marks.ts';
import { carriesPageMark, isClosingFurniture, isSigningRule } from './furniture.ts';
import { SESSION_HEADING, sessionWitnesses } from './attendance-witnesses.ts';
import { isUnderline, isUnderlined } from './underline.ts';
import { accessMark, isClosedHeading, namesOpenPartOnly, PART_HEADING, type ExemptMark } from './exempt.ts';

export type { ItemSlice } from './item-slice.ts';

/** A list entry's mark at a line's start: "3.", "(b)", "iv)", or a bullet (list-marks.ts). */
const LIST_MARK = new RegExp(String.raw`^(?:\(?[0-9]{1,2}[a-z]?[.)]|\(?[a-z]{1,3}[.)]|\([ivx]+\)|${BULLET_MARK})(?:\s|$)`, 'i');
const MAX_TITLE = 160;

/** A line that can be an item's title: it starts like one, is not a list point, and is not a wrapped line of prose. */
export function isTitleLine(lines: readonly string[], index: number): boolean {
  const text = squash(lines[index] ?? '');
  if (text === '' || LIST_MARK.test(text) || !/^[A-Z0-9"'‘“(£]/.test(text)) return false;
  const next = squash(lines[index + 1] ?? '');
  if (text.length <= 90 && !/[,;]$/.test(text)) return true;
  return next === '' && text.length <= MAX_TITLE && !/[.,;]$/.test(text);
}

/** True for text printed in capitals: no lower-case letter, and three capitals in a row. */
function inCapitals(text: string): boolean {
  return text === text.toUpperCase() && /[A-Z]{3}/.test(text);
}

/** The title joined with the lines that continue it (a lower-case start, or capitals after capitals). */
function titleFrom(lines: readonly string[], index: number): { title: string; next: number } {
  let title = squash(lines[index] ?? '');
  let next = index + 1;
  for (; next < lines.length && title.length < MAX_TITLE; next += 1) {
    const line = squash(lines[next] ?? '');
    const capitals = inCapitals(title) && inCapitals(line);
    const decision = OUTCOME_MARK.test(line);
    if (line === '' || decision || !(/^[a-z(&]/.test(line) || capitals) || LIST_MARK.test(line)) break;
    title = `${title} ${line}`;
  }
  return { title, next };
}

/** "NOTICE OF MOTION: TOWN CENTRE PARKING": a heading in capitals with its subject in capitals after a colon, one title. */
function subtitled(title: string, rest: string): boolean {
  return inCapitals(title) && inCapitals(rest) && /\p{L}{2,}\s+\p{L}{2,}/u.test(rest) && !/[.:]$/.test(rest.trim());
}

/** "APOLOGIES FOR ABSENCE. There were none.", "APOLOGIES – None given": a title in capitals, then the text in lower case. */
const CAPITALS_THEN_TEXT = /^([^a-z]{3,150}?[A-Z0-9)])(?:\.\s+|\s+[-–—]\s+)(?=[A-Z][a-z]|[a-z])(.*\b[a-z]{2,}\b.*)$/;
/** "Appointment of Chairman RESOLVED that …", "Confirmation of the Minutes – RESOLVED that …": the decision run onto the title's line. */
const DECISION_RUN_ON = new RegExp(String.raw`^(.{3,150}?)\s+(?:[-–—]\s+)?((?:${oneOf(DECIDING_WORDS)}|PENDERFYNWYD)\b.*)$`);

/**
 * What follows a title in capitals reads as its text: after a full stop, anything; after a dash, a
 * sentence, or words in lower case after the first ("None given"), never a title's second half in
 * capitals or title case ("CRSTS - Southern Gateway and Friary").
 */
function readsAsText(line: string, rest: string): boolean {
  if (!/\s[-–—]\s/.test(line.slice(0, line.length - rest.length))) return true;
  return (
    /[.!?]$/.test(rest.trim()) ||
    rest
      .trim()
      .split(/\s+/)
      .slice(1)
      .every((word) => !/^\p{Lu}/u.test(word))
  );
}

/** What an item's text says in a word or two after its title and a colon: "Apologies: none", "Police report: attached". */
const STATUS_WORD = /^(?:none|nil|no|not|noted|agreed|approved|attached|received|deferred|withdrawn|n\/a)\b/i;
/** A title whose text after a colon names people or says who came: "Apologies: Malcolm Laird". */
const ATTENDANCE_HEAD = /\b(?:apolog|absen|present|attend|declar|interest)/i;
const HONORIFIC = /\b(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lady|Lord)\b/;
/** Small words a title in title case leaves in lower case. */
export const MINOR_WORD = new RegExp(String.raw`^(?:${SMALL_WORDS.join('|')}|&|[-–—])$`);

/**
 * "Petition", "Notice of Motion", "Deputation": a heading that says what kind of business the item is, whose subject
 * follows its colon ("Petition: 20mph limit on Hemsby Cross High Street", "Notice of Motion: Keep the crossing patrol"),
 * in whatever case; both are the item's title, where a person named after it is not ("Deputation: Mr Lyle").
 */
const SUBJECT_HEAD = /^(?:(?:notice\s+of\s+)?motion|e-?petition|petition|deputation|call-in)$/i;

/**
 * "Workforce: health and care careers pathway", "Budget 2025/26: Council Tax Setting": what follows the
 * colon carries the title on, when it is short and no sentence; in lower case (not a word of status,
 * "none", "attached"), or in title case over three words or more that name no one.
 */
function continuesTitle(head: string, rest: string): boolean {
  const words = rest.trim().split(/\s+/);
  // "Reports from outside bodies: Lower Wye Valley Trust –": a dash or colon at the end leads into the text below.
  if (words.length > 10 || /[.!?;]/.test(rest) || /[:\-–—]$/.test(rest.trim())) return false;
  if (/^\p{Ll}/u.test(rest) && !STATUS_WORD.test(rest)) return true;
  if (SUBJECT_HEAD.test(squash(head)) && !STATUS_WORD.test(rest) && !HONORIFIC.test(rest)) return true;
  const titleCase = words.every((word) => /^[\p{Lu}\d'‘"(]/u.test(word) || MINOR_WORD.test(word));
  return titleCase && words.length >= 3 && !/,/.test(rest) && !HONORIFIC.test(rest) && !ATTENDANCE_HEAD.test(head);
}

/**
 * "WORKFORCE STRATEGY [Item 5]", "Minutes (Item 3)": the agenda's number for the item that minutes
 * print after its title (their own number leads it); a pointer, no part of the title where it repeats
 * the item's own number. Where it differs (minute 2 was agenda item 3) it says something, and is kept.
 */
const AGENDA_ITEM_MARK = /\s*[[(](?:agenda\s+)?item\s+(\d{1,3}[a-z]?)[\])]\s*$/i;

/**
 * The title and text of an item's heading line (`splitHeading`), with the agenda's number for it taken
 * off when it is the item's own `number`, and put back where it was printed when not.
 */
export function splitTitle(printed: string, number: string | null = null, dashed = false): { title: string; rest: string } {
  const mark = AGENDA_ITEM_MARK.exec(printed);
  const line = mark ? printed.slice(0, mark.index) : printed;
  const split = (dashed ? layoutDash(line) : null) ?? splitHeading(line);
  if (!mark || (number !== null && (mark[1] ?? '').toLowerCase() === number.replace(/[.)]$/, '').toLowerCase())) return split;
  return split.rest.trim() === '' ? { ...split, title: `${split.title} ${mark[0].trim()}` } : { ...split, rest: `${split.rest}${mark[0]}` };
}

/**
 * "Apologies: Malcolm Laird" and "Police Report: Attached." hold a title and text; so do "Title.   Text",
 * a title in capitals and its text after a full stop or dash, and a title with its decision run on.
 */
function splitHeading(line: string): { title: string; rest: string } {
  const colon = /^(.{2,150}?)\s*:-?\s+(\S.*)$/.exec(line);
  // "CONDOLENCE (REF: M/66)": a colon inside brackets parts nothing.
  const bracketed = (colon?.[1]?.split('(').length ?? 0) > (colon?.[1]?.split(')').length ?? 0);
  const whole = subtitled(colon?.[1] ?? '', colon?.[2] ?? '') || continuesTitle(colon?.[1] ?? '', colon?.[2] ?? '');
  if (colon && !bracketed && !/[.]\s/.test(colon[1] ?? '') && !whole) return { title: squash(colon[1] ?? ''), rest: colon[2] ?? '' };
  const dashed = dashedHeading(line);
  if (dashed) return dashed;
  const stop = /^(.{2,200}?[.?])\s{2,}(\S.*)$/.exec(line);
  if (stop) return { title: squash(stop[1] ?? '').replace(/\.$/, ''), rest: stop[2] ?? '' };
  const capitals = CAPITALS_THEN_TEXT.exec(line);
  if (capitals && inCapitals(capitals[1] ?? '') && readsAsText(line, capitals[2] ?? ''))
    return { title: squash(capitals[1] ?? ''), rest: capitals[2] ?? '' };
  const runIn = runInHeading(line);
  if (runIn) return runIn;
  // "The Committee RESOLVED that …" is a decision with its lead-in, not a title and its decision.
  const decided = DECISION_RUN_ON.exec(line);
  const before = squash(decided?.[1] ?? '');
  if (decided && !DECISION_LEAD.test(before) && !/[.;,]$/.test(before)) return { title: before, rest: decided[2] ?? '' };
  // "APOLOGIES FOR ABSENCE -": the dash, like a colon, only leads into the text; so does a full stop after a word ("PUBLIC QUESTIONS."), not an initial's ("A.G.M.").
  return { title: squash(line).replace(/\s*:-?$|\s+[-–—]$|(?<=\p{L}{2})\.$/u, ''), rest: '' };
}

/** A title, a dash with a space either side, and what follows: the first such dash on the line. */
const DASH_PARTS = /^(.{2,150}?)\s+[-–—]\s+(\S.*)$/;
/** The most words a title may hold before its dash: "Minutes of the meeting held on 10 November 2025". */
const DASHED_WORDS = 16;

/**
 * "Apologies for absence – Cllr Hale (work). Accepted.", "Minutes of the meeting held on 3 March – approved and signed.":
 * a title and then its minute after a dash on the item's line, as parish clerks write an item settled in a line. A
 * dash parts them only where a colon would (`continuesTitle`) and what follows it reads as a minute
 * (`readsAsMinute`), since a title often holds a dash ("Land north of Mill Lane – outline application").
 */
function dashedHeading(line: string): { title: string; rest: string } | null {
  const parts = dashParts(line);
  if (parts === null || /:$/.test(parts.title)) return null;
  const { title, rest } = parts;
  if (subtitled(title, rest) || continuesTitle(title, rest) || !readsAsMinute(title, rest)) return null;
  return { title, rest };
}

/** A line's title and what follows its first dash, when the title names a subject and holds no sentence's stop; null otherwise. */
function dashParts(line: string): { title: string; rest: string } | null {
  const dash = DASH_PARTS.exec(line);
  const title = squash(dash?.[1] ?? '');
  if (dash === null || /[.]\s|[.,;]$/.test(title) || !namesSubject(title, DASHED_WORDS)) return null;
  return { title, rest: dash[2] ?? '' };
}

/** The fewest words after a title's dash that make its text in a dashed layout: "hedge cutting, bench repairs.", not "Annual report.". */
const LAYOUT_REST_WORDS = 3;

/**
 * "3) Open forum - two parishioners asked about the ford,": in a record whose numbered lines are each a title, a dash and
 * the item's minute (two of them or more part so by `dashedHeading`, see `dashedLayout`), the first dash parts every
 * such line the same way, whatever its text says, when the title before it names a subject and the text after it holds
 * a few words: a wrapped sentence whose end is on the next line reads so only by the layout.
 */
function layoutDash(line: string): { title: string; rest: string } | null {
  const parts = dashParts(line);
  // "Apologies: Cllr Rowe - work": a colon before the dash parts the title there (splitHeading), not at the dash.
  if (parts === null || parts.title.includes(':')) return null;
  return parts.rest.trim().split(/\s+/).length >= LAYOUT_REST_WORDS ? parts : null;
}

/**
 * True when two or more of the numbered lines' titles (`titles`, as printed after the number) part from their minute at
 * a dash by `dashedHeading` alone: the record settles items so, and `layoutDash` parts its other such lines too.
 */
export function dashedLayout(titles: readonly string[]): boolean {
  return titles.filter((title) => dashedHeading(title.replace(AGENDA_ITEM_MARK, '')) !== null).length >= 2;
}

/**
 * What follows a title's dash reads as the item's minute: a decision or a word of status in lower case ("approved
 * and signed", "noted", "RESOLVED that …", or "None"), the people an attendance title names ("Cllr Hale (work)",
 * "A Bell, C Dunn"), or a sentence closed by its stop that opens like one or holds a verb. Not a subtitle: "second
 * review", "14 dwellings", "Annual report." name a subject; "No Mow May" is a title, its "No" in capitals.
 */
/** "Date of next meeting", "Next meeting", "Date of the next meeting": a title whose minute is a date. */
export const NEXT_MEETING_HEAD = /^(?:date\s+of\s+(?:the\s+)?)?next\s+meeting$/i;

function readsAsMinute(title: string, rest: string): boolean {
  const text = rest.trim();
  if (DECISION_PARAGRAPH.test(text) || /^(?:None|Nil)\b/.test(text)) return true;
  if (STATUS_WORD.test(text) && /^\p{Ll}/u.test(text)) return true;
  if (ATTENDANCE_HEAD.test(title) && (HONORIFIC.test(text) || text.includes(','))) return true;
  // "Date of next meeting – Monday 9 March 2026 at 7.30 pm.": the date the title asks for, as after its colon.
  if (NEXT_MEETING_HEAD.test(title) && isDateLine(text.replace(/\.$/, ''))) return true;
  return /[.!?]$/.test(text) && !namesSubject(text, Infinity);
}

/**
 * "Apologies for absence. Cllr Dunn sent apologies.", "Public forum. A parishioner reported …": a heading in
 * sentence case run in to its text, one space after its stop, as parish minutes number their paragraphs (a
 * website's `<p>`s, a clerk's document). The first stop after a word (so not an initial's or "St.") ends the
 * title when a sentence starts after it and what stands before it names a subject, no sentence (item-table.ts).
 */
const RUN_IN_STOP = /^(.{2,120}?\p{Ll}{2})\.\s+(?=[\p{Lu}\d£"'‘“])(\S.*)$/u;
/** The words a title may hold before its stop: a run-in heading is short, "Minutes of the meeting held on 6th October". */
const RUN_IN_WORDS = 10;

function runInHeading(line: string): { title: string; rest: string } | null {
  const stop = RUN_IN_STOP.exec(line);
  const title = squash(stop?.[1] ?? '');
  // "Report of Cllr. Ash": a stop after a person's title is no heading's end.
  if (stop === null || !namesSubject(title, RUN_IN_WORDS) || new RegExp(`${HONORIFIC.source}$`).test(title)) return null;
  return { title, rest: stop[2] ?? '' };
}

/** The first line at or after `from` (before `to`) that can be a title; -1 when none. */
function titleLineBetween(lines: readonly string[], from: number, to: number): number {
  for (let index = from; index < to; index += 1) {
    if (isTitleLine(lines, index) && !/\.$/.test(squash(lines[index] ?? ''))) return index;
  }
  return -1;
}

function nextFilled(lines: readonly string[], from: number, to: number): number {
  for (let index = from; index < to; index += 1) if ((lines[index] ?? '').trim() !== '') return index;
  return -1;
}

/** "There were presented …", "With reference to the minutes of …": the openings of a Scottish minute that name no paper circulated. */
const OTHER_OPENING = /^(?:There\s+(?:was|were)\s+(?:presented|considered)|With\s+reference\s+to)\b/;

/**
 * How a Scottish minute opens under its heading: the paper before the meeting, "There was submitted a report by …",
 * "There had been circulated …" (decisions.ts's pattern, which reads the decision after it), or another opening.
 */
const opensMinute = (text: string): boolean => CIRCULATED.test(text) || OTHER_OPENING.test(text);

/** "2. Apologies were submitted on behalf of …", "5. RESOLVED:-": a number whose line is a sentence or a decision, not a title. */
function readsAsProse(text: string): boolean {
  // "There was submitted a report by the Executive Director … advising": a Scottish minute's sentence, wrapped before its stop.
  return OUTCOME_MARK.test(text) || (/\.$/.test(text) && text.split(/\s+/).length >= 6) || opensMinute(text);
}

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

/** A line in capitals, short, with no stop or colon at its end: what either kind of heading below starts from. */
function capitalsLine(line: string): string | null {
  const text = squash(line);
  return text.length <= 120 && text === text.toUpperCase() && !/[.:;,]$/.test(text) ? text : null;
}

/** A heading in capitals over a numbered paragraph: "APOLOGIES", "HOUSING STRATEGY 2022-2027". */
function isHeadingAbove(line: string): boolean {
  const text = capitalsLine(line);
  return (
    text !== null &&
    /[A-Z]{4}/.test(text) &&
    !/[*\-–—]$/.test(text) &&
    !OUTCOME_MARK.test(text) &&
    !PART_HEADING.test(text) &&
    !LIST_MARK.test(text)
  );
}

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
function numberedSlices(lines: readonly string[], run: Candidate[], end: number, from: number): ItemSlice[] {
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
  return withStamps(slices, run);
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

/** A heading in capitals standing on its own line: "ANNUAL GOVERNANCE REPORT 2008/09". */
function isCapitalHeading(line: string): boolean {
  const text = capitalsLine(line);
  return text !== null && text.length >= 6 && /[A-Z]{3}/.test(text) && text.split(' ').length >= 2;
}

/** Items of a record with no numbers: its headings in capitals, each to the next. */
function headingSlices(lines: readonly string[], from: number, end: number, skip: ReadonlySet<number>): ItemSlice[] {
  const slices: ItemSlice[] = [];
  const title = openingParagraph(lines);
  for (let index = from; index < end; index += 1) {
    const line = lines[index] ?? '';
    if (!skip.has(index) && !title.has(index) && isUnnumberedHeading(lines, index, slices.length > 0)) {
      slices.push({ number: null, title: squash(line), lines: [], line: index });
    } else {
      // A heading's underline is no text of its item: blanked, so line counts hold.
      const underline = slices.at(-1)?.line === index - 1 && isUnderline(lines, index);
      slices.at(-1)?.lines.push(underline ? '' : line);
    }
  }
  return slices;
}

/**
 * A heading in capitals of a record with no numbers. One underlined ("STAFFING" over "--------") is a heading however
 * short and whatever it says ("APOLOGIES FOR ABSENCE"; "MINUTES OF THE PREVIOUS MEETING" below the first heading, `after`).
 */
function isUnnumberedHeading(lines: readonly string[], index: number, after: boolean): boolean {
  const line = lines[index] ?? '';
  // A table's row in capitals ("COUNCILLOR A ASH<tab>PRESENT") is a row, not a heading.
  if (line.includes('\t') || OUTCOME_MARK.test(squash(line))) return false;
  if (isUnderlined(lines, index) && capitalsLine(line) !== null && /[A-Z]{3}/.test(line)) return after || !isOpeningLine(line);
  // "SITE INSPECTION NOTES" over the date: the paper's own title, no item's heading.
  return isCapitalHeading(line) && !/^(?:PRESENT|APOLOGIES)\b/.test(squash(line)) && !isOpeningLine(line) && !namesPaper(line);
}

/**
 * The lines under the record's opening line ("MINUTES OF THE ORDINARY MEETING OF THE TOWN COUNCIL" over "HELD IN THE
 * ASSEMBLY ROOMS" and "ON THURSDAY 12 FEBRUARY 2026 AT 7.15 PM") down to the blank line that ends its paragraph: the
 * title's place and date, which the header reads, never headings of items, in capitals as they are.
 */
function openingParagraph(lines: readonly string[]): Set<number> {
  const at = lines.findIndex((line) => isOpeningLine(line));
  const found = new Set<number>();
  for (let index = at + 1; at !== -1 && index < lines.length && squash(lines[index] ?? '') !== ''; index += 1) found.add(index);
  return found;
}

/** "Agenda Items", "Items": the list's own heading over its first item. */
const LIST_HEADING = /^(?:agenda\s+)?items?$|^agenda$|^business$/i;
/** A sentence's end, or a quotation's that ends one: `… centres."`, `… report.)`. */
const SENTENCE_END = /[.?!:;]["'”’)]*$/;

/**
 * A short line with no stop that starts like a title and is not the first part of a sentence:
 * "Apologies for Absence", "Budget Strategy 2016/17", not "The Committee considered the report of the".
 */
function isPlainHeading(line: string, next: string): boolean {
  const text = squash(line);
  const title = /^[A-Z"'‘“]/.test(text) && !SENTENCE_END.test(text) && !proseRunsOn(text) && !LIST_MARK.test(text);
  return title && text.split(' ').length <= 12 && !/^\p{Ll}/u.test(next);
}

/** Filled lines, squashed; `row` for a table's row (cells parted by tabs), which is never a heading. */
type Filled = { text: string; index: number; row: boolean }[];
const ends = (text: string) => SENTENCE_END.test(text) || joinsOn(text);

/** Headings where every other line ends a sentence or carries a list on ("Aldermen A and B; and"); null where one does not. */
function lineHeadings(filled: Filled): Set<number> | null {
  const headings = new Set(
    filled.filter(({ text, row }, at) => !row && isPlainHeading(text, filled[at + 1]?.text ?? '')).map(({ index }) => index),
  );
  const prose = filled.filter(({ index }) => !headings.has(index));
  return headings.size >= 2 && prose.every(({ text }) => ends(text)) ? headings : null;
}

/**
 * Headings as paragraphs of one line between paragraphs of prose wrapped over lines (a PDF's text):
 * where every other paragraph ends a sentence, its one-line paragraphs that could be titles; null
 * where one does not.
 */
function paragraphHeadings(filled: Filled): Set<number> | null {
  const paragraphs: Filled[] = [];
  filled.forEach((line, at) => {
    // Lines next to each other are one paragraph; a blank line (or a line left out) parts them.
    if (filled[at - 1]?.index === line.index - 1) paragraphs.at(-1)?.push(line);
    else paragraphs.push([line]);
  });
  const headings = new Set<number>();
  for (const [at, paragraph] of paragraphs.entries()) {
    const only = paragraph.length === 1 ? paragraph[0] : undefined;
    if (only && !only.row && isPlainHeading(only.text, paragraphs[at + 1]?.[0]?.text ?? '')) headings.add(only.index);
    else if (!ends(paragraph.at(-1)?.text ?? '')) return null;
  }
  return headings.size >= 2 ? headings : null;
}

/** How far in a line starts: its spaces before the text. */
const indentOf = (line: string): number => /^ */.exec(line)?.[0].length ?? 0;

/**
 * The headings that stand at the text's margin, where some do and others are indented as its paragraphs open ("Amendment"
 * set in like the sentences under "Leisure Centre Charges", whose wrapped lines run back to the margin): one set in is a
 * heading within an item's text, not an item. All of them where none or all stand at the margin (headings centred alone).
 */
function atMargin(lines: readonly string[], headings: Set<number>, filled: Filled): Set<number> {
  const margin = Math.min(...filled.filter(({ index }) => !headings.has(index)).map(({ index }) => indentOf(lines[index] ?? '')));
  const kept = [...headings].filter((index) => indentOf(lines[index] ?? '') <= margin);
  return kept.length >= 2 && kept.length < headings.size ? new Set(kept) : headings;
}

/**
 * Items of a record with no numbers and no headings in capitals, whose headings are the lines that
 * are no sentences: on a page flattened with no blank lines (a CMIS meeting page) where every other
 * line ends a sentence, or between paragraphs of wrapped prose (a PDF's text) where every other
 * paragraph does. Only there, so wrapped prose never yields headings.
 */
function sentenceSlices(lines: readonly string[], from: number, end: number, skip: ReadonlySet<number>): ItemSlice[] {
  const all = lines.map((line, index) => ({ text: squash(line), index, row: line.includes('\t') }));
  // Items start under the list's own heading ("Agenda Items") when the page prints one.
  const listed = all.find(({ text, index }) => index >= from && index < end && LIST_HEADING.test(text))?.index ?? from - 1;
  const inRange = all.filter(({ text, index }) => index > listed && index < end && text !== '' && !skip.has(index));
  // "Minutes of …" opens a record as its title only above its text: under a sentence it is an item's heading ("Minutes of the Council").
  const prose = inRange.find(({ text }) => SENTENCE_END.test(text))?.index ?? end;
  const filled = inRange.filter(({ text, index }) => index > prose || !isOpeningLine(text));
  const found = lineHeadings(filled) ?? paragraphHeadings(filled);
  if (found === null) return [];
  const headings = atMargin(lines, found, filled);
  const slices: ItemSlice[] = [];
  for (const { text, index } of filled) {
    if (headings.has(index)) slices.push({ number: null, title: text, lines: [], line: index });
    else slices.at(-1)?.lines.push(lines[index] ?? '');
  }
  return slices;
}

/**
 * "1.0 APOLOGIES" over "1.1 Apologies were received …": when whole numbers written "N.0" rise one
 * by one among the decimals, they are the items and the other decimals their paragraphs.
 */
function wholeDecimals(run: Candidate[]): Candidate[] {
  const whole = run.filter((candidate) => /^\d{1,3}\.0$/.test(candidate.number));
  const rising = whole.every((candidate, at) => at === 0 || Number(candidate.number) === Number(whole[at - 1]?.number) + 1);
  return whole.length >= 2 && whole.length < run.length && rising ? whole : run;
}

/** "Resolved:", "Agreed", in any case: a paragraph that is a decision. */
const DECISION_PARAGRAPH = new RegExp(OUTCOME_MARK.source, 'i');

/**
 * "2.1   The Clerk reported that a reply had come from the" over "department …": a numbered paragraph of six words or
 * more whose sentence runs on to the next line, wrapped after a comma or a small word, or before one in lower case.
 */
function wrapsProse(lines: readonly string[], candidate: Candidate): boolean {
  const text = squash(candidate.title ?? '');
  const next = squash(lines[candidate.line + 1] ?? '');
  if (next === '' || SENTENCE_END.test(text) || text.split(/\s+/).length < 6) return false;
  return /,$/.test(text) || proseRunsOn(text) || /^\p{Ll}/u.test(next);
}

/**
 * "1   Apologies for Absence (Item 1)" over "1.1 Apologies for absence were received …", "1.2 …": minutes
 * that number every paragraph under its item's number (the London Assembly's, a city council's
 * "Procedural Business" over "1.1"). When most of the decimals are paragraphs, not titles (however short: "1.1 None.") and a whole
 * number with a title stands over the first paragraph of its stem, for two stems or more, the whole
 * numbers are the items and the decimals stay in their text. Decimals that are titles ("1.1 Apologies"
 * under "1 Preliminary Matters") are the items, under headings of sections.
 */
function headedDecimals(run: Candidate[], lines: readonly string[]): Candidate[] {
  if (run.length < 2 || !run[0]?.form.includes('|decimal|')) return run;
  // Paragraphs too short to be sentences ("1.1 None.", "2.1 It was" over "PROPOSED by …") are no titles either.
  const prose = run.filter((candidate) => !isNumberedTitle(lines, candidate));
  if (prose.length * 2 < run.length) return run;
  const whole = candidates(lines).filter((candidate) => candidate.form.includes('|integer|') && candidate.title !== null);
  const heads = [...new Set(run.map((candidate) => candidate.stem))].flatMap((stem) => {
    const first = run.find((candidate) => candidate.stem === stem) as Candidate;
    const before = run.filter((candidate) => candidate.line < first.line).at(-1)?.line ?? -1;
    const head = whole.filter((candidate) => candidate.number === stem && candidate.line > before && candidate.line < first.line).at(-1);
    return head === undefined || readsAsProse(head.title ?? '') ? [] : [head];
  });
  const form = heads[0]?.form;
  if (heads.length < 2 || heads.some((head) => head.form !== form) || form === undefined) return run;
  const items = schemeOfForm(lines, form);
  return heads.every((head) => items.some((item) => item.line === head.line)) ? items : run;
}

/**
 * "Agenda Item 3: Minutes" over "2. The minutes … were approved.", "3. There were no matters arising.": minutes whose
 * paragraphs are numbered through the whole record under headings that name the agenda's items (a national park
 * authority's). When the run chosen is of bare numbers and a run of "Agenda Item n" / "Item n" headings has paragraphs
 * of that run under every heading, the headings are the items and the paragraphs ("4. Action: None.") their text.
 */
function headedParagraphs(run: Candidate[], lines: readonly string[]): Candidate[] {
  if (run.length < 2 || wordOf(run[0]) !== '') return run;
  const forms = new Set(candidates(lines).flatMap((candidate) => (ITEM_WORDS.has(wordOf(candidate)) ? [candidate.form] : [])));
  for (const form of forms) {
    const headings = schemeOfForm(lines, form);
    const under = (at: number) =>
      run.some((member) => member.line > (headings[at]?.line ?? 0) && member.line < (headings[at + 1]?.line ?? lines.length));
    if (headings.length >= 2 && headings.every((_heading, at) => under(at))) return headings;
  }
  return run;
}

/** The word a number's form has before it ("agenda", "item", "minute"), or "" for a bare number. */
const wordOf = (candidate: Candidate | undefined): string => candidate?.form.split('|')[1] ?? '';
const ITEM_WORDS = new Set(['agenda', 'item']);

/** "SCHEDULE OF CONDITIONS", "Schedule of Additional Conditions": the heading over a licence's or a permission's conditions. */
const SCHEDULE_HEADING = /^schedule\s+of\s+(?:\p{L}+\s+)?conditions:?$/iu;

/** "Annex A - Additional conditions", "APPENDIX 1: CONDITIONS", "Annex B": the heading of a paper annexed to the record. */
const ANNEX_HEADING = /^(?:annex|appendix)\s+(?:[A-Z]|\d{1,2})\b(?:\s*[-–—:]\s*[^.]{0,80})?$/i;

/**
 * The lines of the numbered list right under an annex's heading, when its first point is "1.": the list's points and
 * their wrapped lines, to the first blank line not followed by the next point. Empty when no such list stands there.
 */
function annexList(lines: readonly string[], heading: number): number[] {
  const first = nextFilled(lines, heading + 1, lines.length);
  if (first === -1 || !/^\s*1[.)]\s/.test(lines[first] ?? '')) return [];
  const inside: number[] = [];
  let key = 1;
  for (let at = first; at < lines.length; at += 1) {
    const line = lines[at] ?? '';
    if (new RegExp(String.raw`^\s*${key}[.)]\s`).test(line)) key += 1;
    else if (line.trim() === '' && !new RegExp(String.raw`^\s*${key}[.)]\s`).test(lines[nextFilled(lines, at, lines.length)] ?? '')) break;
    inside.push(at);
  }
  return inside;
}

/**
 * The lines of a schedule of conditions (a licensing notice's "1. CCTV to be retained for 31 days."), from its heading
 * to the next heading in capitals, and of an annex's numbered list ("Annex A - Additional conditions" over "1. …"):
 * lists of what the decision imposes, never items, which the numbering must not see, though a point's number would
 * follow the last item's.
 */
function conditionsSchedule(lines: readonly string[]): Set<number> {
  // The heading's own line is not in the set; the set's first line is the one under it.
  const inside = new Set<number>();
  for (let at = 0; at < lines.length; at += 1) {
    const heading = squash(lines[at] ?? '');
    if (ANNEX_HEADING.test(heading)) for (const line of annexList(lines, at)) inside.add(line);
    if (!SCHEDULE_HEADING.test(heading)) continue;
    for (let next = at + 1; next < lines.length && !isHeadingAbove(lines[next] ?? ''); next += 1) inside.add(next);
  }
  return inside;
}

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
 * The day an agenda's papers were put out, printed at the record's foot under the last item: the label
 * (contact.ts's, read at the foot under a contact too), then a date alone.
 */
const isPublicationLine = (line: string): boolean => {
  const label = PUBLICATION_LABEL.exec(line);
  return label !== null && isDateLine(line.slice(label[0].length));
};

/**
 * The publication line at the record's foot taken out of the last item's text, where it ran on: it is the
 * record's, no part of the item. The meeting has no field for it: it is warned of as a line not read.
 */
function takeFooter(items: ItemSlice[]): string[] {
  const last = items.at(-1);
  if (last === undefined) return [];
  const trailer = takeTrailer(last);
  if (trailer !== null) return trailer;
  const at = last.lines.findLastIndex((line) => line.trim() !== '');
  const line = squash(last.lines[at] ?? '');
  if (at === -1 || !(isPublicationLine(line) || AVAILABLE_IN.test(line))) return [];
  last.lines = last.lines.slice(0, at);
  return [line];
}

/** "This agenda is available in Welsh.", "This document is also available in large print": the record's note of its other forms. */
const AVAILABLE_IN =
  /^(?:this|these|the)\s+(?:agenda|document|minutes|papers?|notice|report)\s+(?:is|are)\s+(?:also\s+)?available\s+(?:on\s+request\s+)?in\b[^.]{1,60}\.?$/i;

/** "<TRAILER_SECTION>", "</TRAILER_SECTION>": the marks around the block ModernGov's printed minutes end on (the clerk's name and address). */
const TRAILER_OPEN = /^<TRAILER_SECTION>$/i;
const TRAILER_CLOSE = /^<\/TRAILER_SECTION>$/i;

/**
 * ModernGov's trailer section, from its opening mark to the end, taken out of the last item's text: the record's
 * signature block, no part of the item (the marks are its family of furniture.ts's "<AI1>"). Its filled lines are
 * returned to be warned of as lines not read; null when the item holds no such section, closed.
 */
function takeTrailer(last: ItemSlice): string[] | null {
  const open = last.lines.findIndex((line) => TRAILER_OPEN.test(squash(line)));
  if (open === -1 || !last.lines.slice(open).some((line) => TRAILER_CLOSE.test(squash(line)))) return null;
  const inside = last.lines.slice(open + 1).map(squash);
  last.lines = last.lines.slice(0, open);
  return inside.filter((line) => line !== '' && !TRAILER_CLOSE.test(line));
}

/**
 * The line that closes the meeting ("The meeting closed at 3.40pm.", "Meeting closed: 20:10"), whole: the sentence
 * ends with the line, so what follows is no wrapped end of it.
 */
function closesMeeting(line: string): boolean {
  const text = squash(line);
  const closed = MEETING_CLOSED.exec(text);
  return closed !== null && (/[.!)]$/.test(text) || closed.index + closed[0].length === text.length);
}

/**
 * The lines below the meeting's close at the end of the last item ("ACTIONS ARISING" and its table, a note
 * added after the meeting) taken out of its text: they are the record's, not what was said or decided under
 * that item. The meeting has no field for them, so they are returned to be warned of (`afterCloseWarning`);
 * a page's footer among them ("Minutes – 8 September 2025 – Page 2 of 2", printed once so not blanked as a
 * running one) is furniture, no part of any item, and is not, nor a rule to sign on left alone (its signer's
 * words beside it are blanked before with it, furniture.ts), nor a signer's words alone ("Chairman/Mayor") or the
 * last page's number (`isClosingFurniture`): they hold no text. Run after the foot's contact and
 * membership are taken (meeting.ts), read where they stand.
 */
export function takeAfterClose(items: ItemSlice[]): string[] {
  const last = items.at(-1);
  const at = last?.lines.findLastIndex(closesMeeting) ?? -1;
  if (last === undefined || at === -1) return [];
  const after = last.lines.slice(at + 1);
  last.lines = last.lines.slice(0, at + 1);
  const filled = after.filter((line) => line.trim() !== '' && !carriesPageMark(line) && !isSigningRule(line));
  return filled.filter((line, at) => !isClosingFurniture(line, at === filled.length - 1));
}

/** The most lines below the close a warning quotes: an actions table is kept whole in it, an appendix is counted. */
const QUOTED_AFTER_CLOSE = 8;

/** Lines a warning quotes, up to `most` of them, the rest counted: `"ACTIONS" / "| 2 | … |" and 3 more lines`. */
export function quotedLines(lines: readonly string[], most: number): string {
  const quoted = lines.slice(0, most).map((line) => `"${squash(line)}"`);
  const left = lines.length - quoted.length;
  return `${quoted.join(' / ')}${left > 0 ? ` and ${left} more line${left > 1 ? 's' : ''}` : ''}`;
}

/** The warning for the lines below the meeting's close (`takeAfterClose`): each quoted, up to a few, the rest counted. */
export function afterCloseWarning(lines: string[]): string[] {
  if (lines.length === 0) return [];
  return [
    `text below the meeting's close is no item's and was not read: ${quotedLines(lines, QUOTED_AFTER_CLOSE)}; nothing of it is imported, so add what it records (actions, notes) by hand`,
  ];
}

/** The warning for a line at the record's foot that no reader took. */
export const footerWarning = (line: string): string => `a line below the last item was not read: "${line}"; nothing of it is imported`;

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
function withoutGroupHeadings(items: ItemSlice[]): ItemSlice[] {
  for (const item of items.slice(0, -1)) {
    const at = item.lines.findLastIndex((line) => line.trim() !== '');
    if (at > 0 && item.lines[at - 1]?.trim() !== '') continue;
    if (at !== -1 && GROUP_HEADING.test(squash(item.lines[at] ?? ''))) item.lines[at] = '';
  }
  return items;
}

/**
 * "PART 2 – THURSDAY 12 MARCH 2026", "PART B – DECISIONS": a part's heading printed as an item's last line, apart from
 * its text, that closes nothing (exempt.ts): it heads the items below it (a day's session, a group of business), no
 * part of this item's minutes. No field holds it, so it is blanked and named in a warning with the item it heads, unless
 * it only names the open part.
 */
export function withoutSessionHeadings(slices: ItemSlice[]): string[] {
  return slices.slice(0, -1).flatMap((slice, index) => {
    const at = slice.lines.findLastIndex((line) => line.trim() !== '');
    const text = squash(slice.lines[at] ?? '');
    if (at < 1 || slice.lines[at - 1]?.trim() !== '' || !isPartHeading(text)) return [];
    slice.lines[at] = '';
    // "PART I – PUBLIC" after the private part says only what its items' lack of a mark says.
    return namesOpenPartOnly(text) ? [] : [sessionWarning(text, slices[index + 1])];
  });
}

/** "PART A – ITEMS FOR DECISION", "PART I": a part's heading of one short line that closes nothing (exempt.ts). */
function isPartHeading(text: string): boolean {
  return PART_HEADING.test(text) && !isClosedHeading(text) && text.length <= 70 && !/[.,;]$/.test(text);
}

/** What the warning says of a part's heading that no field holds, with the item it heads. */
function sessionWarning(text: string, below: ItemSlice | undefined): string {
  return `the heading "${text}" over item ${below?.number ?? 'the next item'} heads the items below it (a session or group of business), which no field holds`;
}

/**
 * "PART A – ITEMS FOR DECISION" as the last line above the first item: it heads the items below it as a later part's
 * heading does (withoutSessionHeadings), and is warned of the same way, since no reader of the text above takes it;
 * "PART I – PUBLIC" there says only that the items are open, as their lack of a mark does.
 */
export function sessionHeadingAbove(headerLines: readonly string[], first: ItemSlice | undefined): string[] {
  const text = squash(headerLines.findLast((line) => line.trim() !== '') ?? '');
  return first !== undefined && isPartHeading(text) && !namesOpenPartOnly(text) ? [sessionWarning(text, first)] : [];
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
      if (!isClosedHeading(line) && accessMark(line) === null) break;
      heads.push(at);
    }
    const top = heads.at(-1);
    if (top === undefined || (slice.lines[top - 1] ?? '').trim() !== '') return;
    for (const at of heads) slice.lines[at] = '';
  });
  return slices;
}

/**
 * "Decisions marked * are urgent and not subject to call-in.", "* denotes a key decision.": a decision list's key to
 * the asterisk after an item's number ("Item 7*"), which numbering.ts reads as a mark, no part of the number.
 */
const ASTERISK_KEY =
  /(?<![^\s.:;])(?:(?:decisions|items|reports|matters)\s+marked\s+(?:with\s+an?\s+)?(?:asterisk\s*)?\(?\*\)?|\*\s*(?:denotes|indicates|means))\s[^.]*\./i;
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

/**
 * What opens the next item, printed as an item's last lines apart from the text above them: an evidence session's
 * heading and its witnesses ("Session 2 (3.20pm – 4.30pm): Council services and parents" over "Witnesses" and their
 * names), whose first question is the next item (attendance-settle.ts reads the witnesses as presenters), or a change
 * of chair ("(Councillor Abney, Vice-Chair, in the Chair)"), which says who chaired what follows. They go to the top of
 * the next item's text, a paragraph of their own, as the schema has no field for a session or for who chaired an item,
 * and are blanked where printed. The first session's, above the first item, is read with the header too and stays there.
 */
function withNextItemsHeads(lines: readonly string[], items: ItemSlice[]): ItemSlice[] {
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
 * present): who chaired from the first item on. No field holds it and the attendance does not read it, so the first
 * item's text opens with it (withNextItemsHeads), and reader/leftovers.ts does not warn of it as unread. A labelled
 * line ("Present: Councillor Fenn in the Chair") is the attendance's.
 */
export function chairLinesAbove(lines: readonly string[]): number[] {
  const apart = (at: number) => (lines[at] ?? '').trim() === '';
  return lines.flatMap((line, at) =>
    CHAIR_CHANGE.test(squash(line)) && !line.includes(':') && apart(at - 1) && apart(at + 1) ? [at] : [],
  );
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

/**
 * "4.1   Good Relations Action Plan" under "4.    Report from Head of Community Development", its text below: a
 * sub-item with a title of its own, as the record numbers it, is an item of its own (the schema's number is as
 * printed), so its title never runs into its text or its decision. It is one when its line holds a short title with no
 * stop that names a subject ("It was" over "PROPOSED by …" opens a sentence), not a paragraph of prose (`readsAsProse`,
 * `wrapsProse`), with a blank line under it and text below that.
 */
function isSubItem(lines: readonly string[], at: number, stem: string, count: number): Candidate | null {
  const candidate = candidateAt(lines[at] ?? '', at);
  if (!isNextSubItem(candidate, stem, count) || !isNumberedTitle(lines, candidate)) return null;
  if ((lines[at + 1] ?? '').trim() !== '' || nextFilled(lines, at + 1, lines.length) === -1) return null;
  return candidate;
}

/**
 * A number's line that is a title ("4.1 Good Relations Action Plan"): short, with no stop, naming a subject, not a
 * paragraph's opening ("It was" over "PROPOSED by …"), a sentence (`readsAsProse`) or prose wrapped on (`wrapsProse`).
 */
function isNumberedTitle(lines: readonly string[], candidate: Candidate): boolean {
  const title = squash(candidate.title ?? '');
  if (title === '' || title.length > 90 || /[.,;:]$/.test(title)) return false;
  return namesSubject(title, 12) && !readsAsProse(title) && !wrapsProse(lines, candidate);
}

/**
 * Each whole-numbered item split at its sub-items with titles (`isSubItem`), "N.1" first and rising one by one: the
 * text above the first stays the item's, each sub-item takes the text down to the next. Numbered paragraphs of
 * prose ("5.1 Councillor Nugent asked that …") stay in their item's text.
 */
function withSubItems(lines: readonly string[], items: ItemSlice[]): ItemSlice[] {
  return items.flatMap((item, index) => {
    const end = items[index + 1]?.line ?? lines.length;
    if (item.number === null || !/^\d{1,3}$/.test(item.number)) return [item];
    const subs: Candidate[] = [];
    for (let at = item.line + 1; at < end; at += 1) {
      const sub = isSubItem(lines, at, item.number, subs.length);
      if (sub !== null) subs.push(sub);
    }
    if (subs.length === 0) return [item];
    const cut = item.lines.indexOf(lines[subs[0]?.line ?? end] ?? '');
    if (cut === -1) return [item];
    const parent = { ...item, lines: item.lines.slice(0, cut) };
    return [parent, ...subs.map((sub, at) => subSlice(lines, sub, subs[at + 1]?.line ?? end))];
  });
}

const subSlice = (lines: readonly string[], sub: Candidate, stop: number): ItemSlice => ({
  number: sub.number,
  title: squash(sub.title ?? ''),
  lines: lines.slice(sub.line + 1, stop),
  line: sub.line,
});

function itemsOf(lines: readonly string[], skip: ReadonlySet<number>): { start: number; items: ItemSlice[] } {
  const schedule = conditionsSchedule(lines);
  const chosen = chooseScheme(lines.map((line, at) => (schedule.has(at) ? '' : line))).filter((candidate) => !skip.has(candidate.line));
  const run = headedParagraphs(headedDecimals(wholeDecimals(chosen), lines), lines);
  // A notice whose only numbered list is its schedule of conditions: its sections from the schedule's heading down.
  const from = Math.max(firstBelow(skip), run.length < 2 && schedule.size > 0 ? Math.min(...schedule) - 1 : 0);
  if (run.length >= 2) {
    const slices = withSubItems(lines, numberedSlices(lines, run, lines.length, from));
    const items = withAsteriskKey(lines, withNextItemsHeads(lines, withoutGroupHeadings(slices)));
    return { start: items[0]?.line ?? 0, items };
  }
  const capitals = headingSlices(lines, from, lines.length, skip);
  const items = capitals.length >= 2 ? capitals : sentenceSlices(lines, from, lines.length, skip);
  return { start: items[0]?.line ?? capitals[0]?.line ?? lines.length, items: items.length > 0 ? items : capitals };
}
