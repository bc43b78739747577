/**
 * An item's title as printed on its heading line, and the text run on after it: parted at a colon, a dash, a stop, a
 * title in capitals before lower case, a run-in heading or a decision run on; the agenda's number after it; the lines
 * that continue it. Apart from items.ts because reading one heading line is one job of its own.
 */
import { WELSH_RESOLVED } from '../../../src/model/welsh-words.ts';
import { LIST_MARK } from './item-lines.ts';
import { squash } from '../text.ts';
import { DECISION_LEAD, OUTCOME_MARK } from './decision-markers.ts';
import { DECIDING_WORDS, oneOf } from './decision-words.ts';
import { SMALL_WORDS, titleRunsOn } from './runs-on.ts';
import { isDateLine } from './title-block-lines.ts';
import { namesSubject } from './item-table.ts';
import { leadTail } from './item-lead.ts';

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
export function titleFrom(lines: readonly string[], index: number): { title: string; next: number } {
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
const DECISION_RUN_ON = new RegExp(String.raw`^(.{3,150}?)\s+(?:[-–—]\s+)?((?:${oneOf(DECIDING_WORDS)}|${WELSH_RESOLVED})\b.*)$`);

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
  const split = leadTail(line) ?? (dashed ? layoutDash(line) : null) ?? splitHeading(line);
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
  const runIn = runInHeading(line) ?? capitalsRunIn(line);
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
  // "URGENT BUSINESS – FLOOD RECOVERY GRANTS": a label and its subject, both in capitals, one title, as after a colon.
  if (parts === null || parts.title.includes(':') || subtitled(parts.title, parts.rest)) return null;
  return parts.rest.trim().split(/\s+/).length >= LAYOUT_REST_WORDS ? parts : null;
}

/**
 * True when two or more of the numbered lines' titles (`titles`, as printed after the number) part from their minute at
 * a dash by `dashedHeading` alone: the record settles items so, and `layoutDash` parts its other such lines too.
 */
export function dashedLayout(titles: readonly string[]): boolean {
  return titles.filter((title) => dashedHeading(title.replace(AGENDA_ITEM_MARK, '')) !== null).length >= 2;
}

/** "Date of next meeting", "Next meeting", "Date of the next meeting": a title whose minute is a date. */
export const NEXT_MEETING_HEAD = /^(?:date\s+of\s+(?:the\s+)?)?next\s+meeting$/i;

/**
 * What follows a title's dash reads as the item's minute: a decision or a word of status in lower case ("approved
 * and signed", "noted", "RESOLVED that …", or "None"), the people an attendance title names ("Cllr Hale (work)",
 * "A Bell, C Dunn"), or a sentence closed by its stop that opens like one or holds a verb. Not a subtitle: "second
 * review", "14 dwellings", "Annual report." name a subject; "No Mow May" is a title, its "No" in capitals.
 */
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
 * title when a sentence starts after it and what stands before it names a subject, no sentence (item-table.ts); so
 * does a bracketed list mark after it ("Matters arising. (a) The bench … (b) …"), the text's first point.
 */
const RUN_IN_STOP = /^(.{2,120}?\p{Ll}{2})\.\s+(?=[\p{Lu}\d£"'‘“]|\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s)(\S.*)$/u;
/** The words a title may hold before its stop: a run-in heading is short, "Minutes of the meeting held on 6th October". */
const RUN_IN_WORDS = 10;

function runInHeading(line: string): { title: string; rest: string } | null {
  const stop = RUN_IN_STOP.exec(line);
  const title = squash(stop?.[1] ?? '');
  // "Report of Cllr. Ash": a stop after a person's title is no heading's end.
  if (stop === null || !namesSubject(title, RUN_IN_WORDS) || new RegExp(`${HONORIFIC.source}$`).test(title)) return null;
  return { title, rest: stop[2] ?? '' };
}

/**
 * "APOLOGIES FOR ABSENCE Apologies were received …": a title in capitals run in to its text with no stop, colon or dash,
 * as a bold heading prints in a town council's numbered paragraphs. The text opens with a word in mixed case; whatever
 * stands before it in capitals, a reference or an acronym too ("PLANNING APPLICATION 24/0012/FUL"), is the title.
 */
const CAPITALS_RUN_IN = /^([^\p{Ll}]{3,150}?[\p{Lu}\d)])\s+(?=\p{Lu}\p{Ll}|[AI]\s+\p{Ll})(.*)$/u;
/** How many of the text's first words are looked at for one that shows it is a sentence. */
const SENTENCE_WORDS = 6;

/**
 * The title and text of a capitals heading run in to its text (CAPITALS_RUN_IN), when the text reads as a sentence: one
 * of its first words is in lower case and no small word ("Apologies were …", "Members agreed …"); a subtitle in title
 * case ("Ash Grove and the Green", or after a dash: "City centre – Redcliffe Way") is the title's. Null otherwise, or when
 * the capitals end where no title ends ("REVIEW OF").
 */
function capitalsRunIn(line: string): { title: string; rest: string } | null {
  const found = CAPITALS_RUN_IN.exec(line);
  const title = squash(found?.[1] ?? '');
  const rest = found?.[2] ?? '';
  if (found === null || !inCapitals(title) || titleRunsOn(title)) return null;
  // "DATE OF NEXT MEETING Monday 14 April 2025 at 7.15 pm": the date the title asks for, as after its colon or dash.
  if (NEXT_MEETING_HEAD.test(title) && isDateLine(rest.trim().replace(/\.$/, ''))) return { title, rest };
  // "CRSTS City centre – Redcliffe Roundabout": a subtitle parted by a dash, as titles part theirs, is the title's.
  const sentence = rest.split(/[.!?](?:\s|$)/)[0] ?? '';
  if (/\s[-–—]\s/.test(sentence)) return null;
  const words = rest.trim().split(/\s+/).slice(1, SENTENCE_WORDS);
  return words.some((word) => /^\p{Ll}/u.test(word) && !MINOR_WORD.test(word)) ? { title, rest } : null;
}

/** The first line at or after `from` (before `to`) that can be a title; -1 when none. */
export function titleLineBetween(lines: readonly string[], from: number, to: number): number {
  for (let index = from; index < to; index += 1) {
    if (isTitleLine(lines, index) && !/\.$/.test(squash(lines[index] ?? ''))) return index;
  }
  return -1;
}

/** "Resolved:", "Agreed", in any case: a paragraph that is a decision. */
const DECISION_PARAGRAPH = new RegExp(OUTCOME_MARK.source, 'i');
