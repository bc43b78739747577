/**
 * A meeting's date: the text's own first (its title block's, else its running footer's, said so in `dateNote`); else the
 * source header or flag, said so in `dateNote`;
 * else null with a warning. And the context that gives a year to "25th March".
 */
import { CLOCK_TIME, findDates, isoFromParts, parseClockTime } from '../../../src/model/dates.ts';
import { formatDate } from '../../../src/model/format.ts';
import { HEADER_DATE_NOTE, type SourceMeta } from '../records.ts';
import type { FooterMeeting } from './furniture.ts';

/** Date, how sure, and how it was found. */
export interface MeetingDate {
  date: string | null;
  dateStatus: 'exact' | 'not-stated';
  dateNote: string | null;
  warnings: string[];
}

/** What `dateNote` says of a date read from the page footer (furniture.ts `runningFooter`). */
export const FOOTER_DATE_NOTE = 'Printed in the page footer, not in the title block.';

/** What `dateNote` says of a date read from a sentence saying when the meeting considered the record's business (`consideredOn`). */
export const CONSIDERED_DATE_NOTE = 'Stated in the record as the day the meeting considered it, not in a title block.';

/**
 * "The review was considered at a meeting of the LRB on", "The Appeals Panel heard the appeal at its meeting held on": the
 * words before the date of the meeting that considered a review or appeal, as its decision notice says it in a sentence
 * rather than a title block. Only a review or an appeal, the notice's own business: "the application was considered at the
 * meeting on …" in minutes is as often an earlier meeting that deferred it.
 */
const CONSIDERED_AT =
  /\b(?:(?:the|this)\s+(?:review|appeal)\s+was\s+(?:considered|determined|heard)|(?:considered|determined|heard)\s+(?:the|this)\s+(?:review|appeal))\s+(?:by\s+[^.]{1,60}?\s+)?at\s+(?:a|its|the)\s+meeting\b[^.]{0,60}?\bon\s+$/i;

/** The date a sentence says the meeting that considered the review or appeal sat on (CONSIDERED_AT); null when none says. */
export function consideredOn(text: string): string | null {
  const flat = text.replace(/\s+/g, ' ');
  const found = findDates(flat).find(
    (date) => date.yearStated && CONSIDERED_AT.test(flat.slice(Math.max(0, date.index - 200), date.index)),
  );
  return found?.iso ?? null;
}

/**
 * The title block's date; else the running footer's (`footer`), which is the record's own print though not its title's,
 * said so; else one a sentence says the meeting considered the record's business on (`considered`), said so; else the
 * header's or flag's (marked as not from the text).
 */
export function dateFields(
  stated: string | null,
  meta: SourceMeta,
  footer: FooterMeeting | null = null,
  considered: string | null = null,
): MeetingDate {
  if (stated) return { date: stated, dateStatus: 'exact', dateNote: null, warnings: [] };
  if (footer) return { date: footer.date, dateStatus: 'exact', dateNote: FOOTER_DATE_NOTE, warnings: [] };
  if (considered) return { date: considered, dateStatus: 'exact', dateNote: CONSIDERED_DATE_NOTE, warnings: [] };
  const [year, month, day] = (meta.date ?? '').split('-').map(Number);
  if (meta.date && isoFromParts(year ?? 0, month ?? 0, day ?? 0)) {
    return {
      date: meta.date,
      dateStatus: 'exact',
      dateNote: HEADER_DATE_NOTE,
      warnings: [],
    };
  }
  return { date: null, dateStatus: 'not-stated', dateNote: null, warnings: [] };
}

/**
 * The date that gives a year to dates printed without one: the meeting's own, else the middle of
 * the year the text names most often ("end of April 2023"); null when the text names no year.
 */
export function contextDate(date: string | null, text: string): string | null {
  if (date) return date;
  const counts = new Map<string, number>();
  for (const match of text.matchAll(
    /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+((?:19|20)\d{2})\b/gi,
  )) {
    const year = match[1] ?? '';
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const top = [...counts].sort((a, b) => b[1] - a[1] || b[0].localeCompare(a[0]))[0];
  return top ? `${top[0]}-06-30` : null;
}

/** A meeting that sat on more than one day: the note that says so, and when its first day ended where the record states it. */
export interface Adjournment {
  note: string;
  /** The later days it sat, ISO dates: the meeting's own days, never another meeting's (reader/meeting.ts). */
  days: string[];
  firstDayEnd: string | null;
}

/** Sentences, as the adjournment is told in them; "7.00pm" and "Rule 9.2" do not end one. */
const SENTENCE_END = /(?<=[.;!?])\s+(?=[A-Z(])|\n+/;
/**
 * "adjourned, and reconvened on Thursday 4 December", "The meeting reconvened at 6.30pm on 4 December", "The Committee
 * resumed on …": the meeting met again. Not "the hearing be reconvened on …", a decision about a later hearing.
 */
const RECONVENED =
  /(?<!\b(?:be|to|will)\s+)\breconvened\b|\b(?:meeting|council|committee|sub-committee|panel|board|cabinet)\s+(?:was\s+|then\s+)?resumed\b/i;
/** "At 9.05pm, the debate not having concluded, the Mayor adjourned …", "The meeting was adjourned at 9.05pm": when a day's sitting ended. */
const ADJOURNED_AT = new RegExp(
  String.raw`^at\s+(${CLOCK_TIME})[^;]{0,160}?\badjourned\b|\badjourned\s+(?:the\s+meeting\s+)?at\s+(${CLOCK_TIME})`,
  'i',
);

/** A clock time, where a sentence that reconvenes the meeting times the later day ("reconvened at 9.30am on 3 December"). */
const CLOCK = new RegExp(CLOCK_TIME, 'i');

/** Dates after the meeting's own named in a sentence from `from` on. */
function laterDates(sentence: string, from: number, date: string): string[] {
  return from === -1
    ? []
    : findDates(sentence.slice(from), date)
        .map((found) => found.iso)
        .filter((iso) => iso > date);
}

/**
 * "reconvened on Thursday 8 May 2025 at 2.00 pm", "The Board reconvened at 9.30am on 3 December 2025": the time the later
 * day began, the first time after the word that reconvenes the meeting in the first sentence that times it; null when none does.
 */
function laterStart(sentences: readonly string[], date: string): string | null {
  for (const sentence of sentences) {
    const from = sentence.search(RECONVENED);
    if (laterDates(sentence, from, date).length === 0) continue;
    const time = CLOCK.exec(sentence.slice(from));
    if (time !== null) return parseClockTime(time[0]);
  }
  return null;
}

/**
 * ", sitting from 14:00 to 15:20": the later day's times, which no field holds (the meeting's start and end are the first
 * day's), said in the note. Only for one later day; the close printed is the last day's, never the first day's adjournment.
 */
function laterTimes(start: string | null, close: string | null): string {
  if (start === null && close === null) return '';
  if (close === null) return `, sitting from ${start}`;
  return start === null ? `, closing at ${close}` : `, sitting from ${start} to ${close}`;
}

/**
 * A meeting adjourned and reconvened on a later day, as the record says it was: its date stays the first day's,
 * the note names the days and, for one later day, the times it sat (its start as the sentence reconvening the meeting
 * gives it, and `close`, the record's printed close), and its end is the first day's adjournment where stated; the
 * close printed on the last day is not the first day's end. Null when the meeting sat on one day (a short adjournment
 * the same evening is no second sitting).
 */
export function adjournment(text: string, date: string | null, close: string | null = null): Adjournment | null {
  if (date === null) return null;
  const sentences = text.split(SENTENCE_END);
  const reconvened = (sentence: string) => laterDates(sentence, sentence.search(RECONVENED), date);
  const days = [...new Set(sentences.flatMap(reconvened))].sort();
  if (days.length === 0) return null;
  // The adjournment that ended the first day: one that names the later day, or the sentence before its reconvening.
  const ended = sentences.find(
    (sentence, index) =>
      ADJOURNED_AT.test(sentence) && (laterDates(sentence, 0, date).length > 0 || reconvened(sentences[index + 1] ?? '').length > 0),
  );
  const at = ended === undefined ? undefined : ADJOURNED_AT.exec(ended);
  const firstDayEnd = at ? parseClockTime(at[1] ?? at[2] ?? '') : null;
  const times = days.length === 1 ? laterTimes(laterStart(sentences, date), close === firstDayEnd ? null : close) : '';
  return {
    note: `Adjourned on ${formatDate(date)} and reconvened on ${days.map(formatDate).join(' and ')}${times}.`,
    days,
    firstDayEnd,
  };
}

/**
 * The warning for a meeting that sat on more than one day: the model holds one date (the first day's) and one end,
 * so the later days are said here, and the end is the first day's adjournment or, not stated, left empty; the close
 * printed on the last day would end the meeting before it began.
 */
export function adjournmentWarning(adjourned: Adjournment): string {
  const end =
    adjourned.firstDayEnd === null
      ? "its end is not imported, as the record does not time the first day's adjournment"
      : `its end is the first day's adjournment (${adjourned.firstDayEnd})`;
  return `the meeting sat on more than one day, and the meeting's date is the first day's: ${adjourned.note} ${end[0]?.toUpperCase()}${end.slice(1)}.`;
}
