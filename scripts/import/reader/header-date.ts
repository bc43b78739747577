/**
 * The meeting's date in its header: the best-placed of the dates there (a weekday, a "Date:" label, "held on"), a
 * summons's "to be held … on", a date wrapped over two lines; never a later meeting's, a decision's coming into force or
 * an e-mail's sending. Apart from header.ts because weighing the dates is one job of its own.
 */
import { EMAIL_SENT } from './email-header.ts';
import { findDates } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';
import { PROCEDURE_CLOSED, PROCEDURE_OPENED } from './written-procedure.ts';

/** Words before a date that make it another meeting's: the one to confirm these minutes, or the next. */
const LATER_MEETING =
  /\b(?:subject\s+to\s+(?:confirmation|approval|ratification)|to\s+be\s+(?:confirmed|approved|signed|ratified))\b.*$|\bnext\s+meeting\b.*$/i;

/**
 * "will come into force at 5.00 pm on Thursday 18 December 2025 unless called in", "the call-in period expires at 5pm on …",
 * "Call-in deadline: …", "to be implemented from …": the text before a date or time when a decision takes effect, as a
 * decision list says under its title; never when the meeting sat or began. Not across "held" or "meeting", which date the
 * meeting itself ("Decisions (subject to call-in) taken at the meeting held on …").
 */
export const TAKES_EFFECT =
  /\b(?:(?:come|comes|coming|came)\s+into\s+(?:force|effect|operation)|call(?:ed)?[\s-]?in|implement(?:ed|ation)|effective|deadline|expir(?:es|y|ing))\b(?:(?!\bheld\b|\bmeeting\b)[^;]){0,60}$/i;

/** "You are summoned to attend a meeting … to be held in the Council Chamber … on <date>": a summons's words for its meeting. */
const TO_BE_HELD = /\b(?:to|will)\s+be\s+held\b/gi;
/** Words before "to be held" in its sentence that make the meeting another's: the next one, or the one to approve these minutes. */
const ANOTHER_MEETING = /\b(?:next|following|subsequent|subject\s+to|approv\w*|confirm\w*|sign\w*)\b[^.]*$/i;

/**
 * The date a summons gives the meeting it calls ("… to be held in the Council Chamber on Wednesday, 5 February 2025"),
 * read from the lines joined, as the sentence may wrap its date; the letter's own date ("Date: 28 January 2025") is when
 * it was sent. Null when no such sentence dates a meeting of its own.
 */
function summonedDate(lines: string[]): string | null {
  const flat = squash(lines.filter((line) => !EMAIL_SENT.test(line)).join(' '));
  for (const held of flat.matchAll(TO_BE_HELD)) {
    const sentence =
      flat
        .slice(0, held.index)
        .split(/[.!?]\s/)
        .at(-1) ?? '';
    if (ANOTHER_MEETING.test(sentence)) continue;
    const after = flat.slice(held.index).split(/[.!?](?:\s|$)/)[0] ?? '';
    const date = findDates(after).find((found) => found.yearStated);
    if (date) return date.iso;
  }
  return null;
}

/** "reconvened on", "resumed on", "adjourned until": the words before the day an adjourned meeting met again. */
const LATER_SITTING = /\b(?:reconvened|resumed|adjourned\s+(?:to|until))\s+(?:on\s+)?$/i;

/** The end of an opening sentence's line that wraps before its date: "on", a weekday. */
const WRAPS_INTO_DATE = /\b(?:on|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?)$/i;

/**
 * "… Town Hall, Hartswood on Tuesday" over "18 November 2025 at 6.30 pm, …": an opening sentence whose date wraps onto the
 * line under it, joined, so that the date is read with the words that place it ("held … on Tuesday") and the opening is
 * the line that dates the meeting. Only after "on" or a weekday, never a comma, which also ends a place over a date line.
 */
export function joinWrappedDates(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.at(-1);
    const wraps = last !== undefined && WRAPS_INTO_DATE.test(last) && findDates(line)[0]?.index === 0;
    if (wraps || (last !== undefined && wrapsBeforeYear(last, line))) joined[joined.length - 1] = `${last} ${line}`;
    else joined.push(line);
  }
  return joined;
}

/** A year opening a line: "2024 commencing at 11.00 a.m.", "2024.". */
const OPENS_WITH_YEAR = /^\s*(?:19|20)\d{2}\b/;

/**
 * "… on Monday 5 February" over "2024 commencing at 11.00 a.m.": a day and month that end a line, their year opening the
 * next. Only when the two lines joined read one date across the break, so a year that opens a later line of other
 * business ("2026 Budget Working Group") gives no year to a day and month above it.
 */
function wrapsBeforeYear(line: string, next: string): boolean {
  if (!OPENS_WITH_YEAR.test(next)) return false;
  const end = line.trimEnd().length;
  return findDates(`${line.trimEnd()} ${next.trimStart()}`).some(
    (found) => found.yearStated && found.index < end && found.index + found.text.length > end,
  );
}

/** The best-placed date of the header: one with a weekday, a "Date:" label or "held on" beats a stamp such as "28 Mar 18". */
export function headerDate(lines: string[]): string | null {
  const summoned = summonedDate(lines);
  if (summoned !== null) return summoned;
  let best: { iso: string; score: number } | null = null;
  lines.forEach((line, index) => {
    if (EMAIL_SENT.test(line)) return;
    for (const found of findDates(line)) {
      if (TAKES_EFFECT.test(line.slice(0, found.index))) continue;
      let score = 10 - Math.min(index, 9) / 3;
      if (/(?:mon|tues|wednes|thurs|fri|satur|sun)day/i.test(found.text)) score += 4;
      if (/\b(?:date|when|held|on)\b\s*:?\s*$/i.test(line.slice(0, found.index))) score += 4;
      if (/\d{4}$/.test(found.text)) score += 2;
      if (/^\s*(?:signed|dated)\b/i.test(line)) score -= 20;
      // "Meeting rearranged from Wednesday, 27 April 2016": the date the meeting no longer has.
      if (/\b(?:rearranged|postponed|moved|changed|rescheduled)\s+from\s*$|\binstead\s+of\s*$/i.test(line.slice(0, found.index)))
        score -= 20;
      // "These minutes are subject to confirmation by the Committee at its meeting on 9 July 2025", "Date of next meeting:": a later meeting's date.
      if (LATER_MEETING.test(line.slice(0, found.index))) score -= 20;
      // "… at 6.30 pm, adjourned at 10.05 pm and reconvened on Wednesday 19 November 2025": a later day's sitting of this meeting.
      if (LATER_SITTING.test(line.slice(0, found.index))) score -= 20;
      // "Procedure opened: 10 March 2025": the day a written procedure's papers went out; it closes, deciding, later.
      if (PROCEDURE_OPENED.test(line)) score -= 20;
      if (PROCEDURE_CLOSED.test(line)) score += 4;
      if (!best || score > best.score) best = { iso: found.iso, score };
    }
  });
  return (best as { iso: string; score: number } | null)?.iso ?? null;
}
