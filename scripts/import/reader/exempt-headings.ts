/**
 * The headings of a meeting's two parts: the closed part's ("PART II – EXEMPT", "Part B - Not open to the public",
 * "Private business", Northern Ireland's "IN COMMITTEE"), which puts the items under it in private (exempt.ts), and the
 * open part's ("PART I – PUBLIC", "OPEN SESSION"), where that ends. A part named for anything else closes nothing.
 */
import { squash } from '../text.ts';
import { PRIVATE_WORDS } from './exempt-marks.ts';

/** "Part", "Agenda Part": what names one of a meeting's two parts. Regex source. */
const PART = String.raw`(?:agenda\s+)?part\s+`;
/** The open part's name after "Part" ("One", "1", "I", "A") and the closed part's ("Two", "2", "II", "B"). Regex source. */
const OPEN_NAME = String.raw`(?:one|1|i|a)`;
const CLOSED_NAME = String.raw`(?:two|2|ii|b)`;
/** "PART ONE", "Part 2 (exempt)": where the minutes' open and closed parts begin (items.ts: no title, and no list runs on into it). */
export const PART_HEADING = new RegExp(String.raw`^${PART}(?:${OPEN_NAME}|${CLOSED_NAME})\b`, 'i');
/** "PART II", "Part 2 (exempt)", "PART TWO – PRIVATE", "Part B - Not open to the public": the closed part of an agenda; "Part 2 of the report …" is prose. */
const CLOSED_PART = new RegExp(String.raw`^${PART}${CLOSED_NAME}(?:\s*$|\s*[-–—:(]\s*\S)`, 'i');
/** "PART II", "Part B": a part's name alone, with no word saying it is closed. */
export const BARE_PART = new RegExp(String.raw`^${PART}${CLOSED_NAME}$`, 'i');
/**
 * "IN COMMITTEE", "In Committee:", '"IN COMMITTEE"' (in the quotes of "move 'In Committee'"): Northern Ireland's title or
 * heading for the business taken in private; never "In Committee Room 2".
 */
export const IN_COMMITTEE = /^['‘"“]?in\s+committee['’"”]?:?$/i;
/** "Private business", "Confidential items", "Exempt items", "Private session", "Restricted items" and "In Committee" (Northern Ireland), "Items to be taken in private". */
const PRIVATE_HEADING = new RegExp(
  String.raw`^(?:${PRIVATE_WORDS}\s+(?:business|session|items?|matters|section)|items?\s+(?:to\s+be\s+)?(?:taken|considered|held)\s+in\s+private)\b|${IN_COMMITTEE.source}`,
  'i',
);
/** "PART I – PUBLIC", "Part A", "Public items": the open part, where marking from a heading stops. */
const OPEN_PART = new RegExp(
  String.raw`^(?:${PART}${OPEN_NAME}(?:\s*$|\s*[-–—:(]\s*\S)|(?:public|open)\s+(?:business|session|items?))`,
  'i',
);
const MAX_HEADING = 70;
/** "PART I", "AGENDA PART 1", "PART ONE – OPEN TO THE PUBLIC": the open part named, with the words after its name (group 1). */
const OPEN_PART_NAMED = new RegExp(String.raw`^${PART}${OPEN_NAME}\b(.*)$`, 'i');

/**
 * The open part's heading that says no more than that its items are open ("PART I", "PART 1 - PUBLIC BUSINESS"), as
 * an item no mark holds in private is; "PART A – ITEMS FOR DECISION", "PART 1 – MONDAY 9 MARCH 2026" say more.
 */
export function namesOpenPartOnly(text: string): boolean {
  const rest = OPEN_PART_NAMED.exec(squash(text))?.[1];
  return rest !== undefined && (rest.trim() === '' || /\b(?:public|open)\b/i.test(rest));
}

/** A heading of one short line: no sentence, nothing run on after a comma. */
function heading(line: string, pattern: RegExp): boolean {
  const text = squash(line);
  return text.length <= MAX_HEADING && pattern.test(text) && !/[.,;]$/.test(text);
}

/**
 * Words on a part's heading that close it: "EXEMPT", "Private", "Not open to the public", "Confidential business",
 * "Schedule 12A", "the 1960 Act", "press and public excluded".
 */
const CLOSED_WORDS = new RegExp(
  String.raw`\b(?:${PRIVATE_WORDS}|closed|in\s+committee|not\s+open\s+to\s+the\s+public|schedule\s+12\s*a|1960\s+act|exclu(?:sion|de|ded|ding))\b`,
  'i',
);

/**
 * "PART II" alone, or "PART 2 – EXEMPT BUSINESS": the closed part. A part named for something else ("PART 2 – WEDNESDAY
 * 19 NOVEMBER 2025", a day's session; "PART B – DECISIONS", a group of items) closes nothing: its items are exempt only
 * when their own words say so.
 */
function closesPart(line: string): boolean {
  const text = squash(line);
  return heading(text, CLOSED_PART) && (BARE_PART.test(text) || CLOSED_WORDS.test(text.replace(PART_HEADING, '')));
}

/** The closed part's heading ("PART II – EXEMPT", "Private business"). */
export function isClosedHeading(line: string): boolean {
  return closesPart(line) || heading(line, PRIVATE_HEADING);
}

/**
 * "(Press and public excluded by resolution under Schedule 12A, paragraph 3)", "(Exempt information: paragraphs 1 and 4)": a note
 * in brackets under the closed part's heading that says why the part is closed; the heading's, never the item above's.
 */
export function isPartNote(line: string): boolean {
  const text = squash(line);
  return /^\(.*\)$/.test(text) && text.length <= 2 * MAX_HEADING && (CLOSED_WORDS.test(text) || /\bexempt\b/i.test(text));
}

/** "CLOSED SESSION", "Closed session (continued)": the closed part as a board heads it, beside its "OPEN SESSION" (OPEN_PART). */
const CLOSED_SESSION = /^closed\s+session\b/i;

/**
 * A heading that opens a part of the meeting, open or closed: "PART II", "OPEN SESSION", "OPEN SESSION (resumed)",
 * "CLOSED SESSION", "Private business". It names no one, so a list above it ends there (attendance.ts).
 */
export function isPartHeading(line: string): boolean {
  const text = squash(line);
  return PART_HEADING.test(text) || heading(text, OPEN_PART) || heading(text, CLOSED_SESSION) || isClosedHeading(text);
}

/** "PART I – PUBLIC", "Public items" as a heading of one short line: the open part, where marking from a heading stops. */
export function isOpenPartHeading(line: string): boolean {
  return heading(line, OPEN_PART);
}
