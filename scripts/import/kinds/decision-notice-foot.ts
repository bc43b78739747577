/**
 * A decision notice's foot, under its last decision: the day it was published, then perhaps when call-in ends and the
 * office to ask ("Published: 10 March 2025" over "Democratic Services, Farringham District Council, Town Hall"). It is
 * the notice's, no part of the last decision's text: cut from it, its days (notice-dates.ts) and its contact read, any
 * other line of it warned of. Apart from decision-notice.ts, which reads the decisions above it.
 */
import type { Meeting } from '../../../src/model/schema.ts';
import { CONTACT_LABEL, EMAIL, parseContact, readContact } from '../contact.ts';
import { squash } from '../text.ts';
import { CALL_IN_SENTENCE } from './decision-fields.ts';
import type { Form } from './decision-form.ts';
import { isLabel } from './decision-form-labels.ts';
import { callInDay, isNoticeDateLine, isPublicationLine, readNoticeDates, sentencesOf, type NoticeDates } from '../notice-dates.ts';

/**
 * "Democratic Services, Farringham District Council, Town Hall", "Committee Services, …": the office that publishes the
 * notice, named at its foot with no label, as whom to ask.
 */
const OFFICE_LINE =
  /^(?:(?:legal\s+and\s+)?(?:democratic|committee|member|governance|constitutional)\s+services|committee\s+(?:team|section|office))\b/i;

/** What a notice's foot gives: its days, whom to ask, and the sentences nothing reads. */
export interface NoticeFoot extends NoticeDates {
  contact: Meeting['contact'];
  unread: string[];
}

/**
 * Where the foot opens in the last decision's lines: its last publication line, when no field of a decision follows it
 * (a call-in's end, a contact and lines of no label may: "Publication date:" above "Date of decision:" on a page of one
 * decision is among its fields). -1 when the lines end on no foot.
 */
function footStart(lines: string[]): number {
  const squashed = lines.map(squash);
  const at = squashed.findLastIndex(isPublicationLine);
  const fieldAfter = squashed
    .slice(at + 1)
    .some((line) => line !== '' && isLabel(line) && !CONTACT_LABEL.test(line) && !isNoticeDateLine(line));
  return at === -1 || fieldAfter ? -1 : at;
}

/** The foot's lines read: its days, its contact (labelled, else the office's line), and the sentences of neither warned of. */
function readFoot(foot: string[]): NoticeFoot {
  const dates = readNoticeDates(foot);
  const labelled = readContact(foot);
  const office = labelled.contact === null ? foot.findIndex((line) => OFFICE_LINE.test(squash(line)) || EMAIL.test(line)) : -1;
  const contactLines = new Set(office === -1 ? labelled.lines : [office]);
  const contact = labelled.contact ?? (office === -1 ? null : parseContact(squash(foot[office] ?? '')));
  const rest = foot.filter((line, at) => !contactLines.has(at) && !isNoticeDateLine(line));
  // "This decision may be called in." says no more than the day call-in ends, once that day is read.
  const unread = sentencesOf(rest).filter(
    (sentence) => callInDay(sentence) === null && !(dates.callInExpiry !== null && CALL_IN_SENTENCE.test(sentence)),
  );
  return { ...dates, contact, unread };
}

/** The forms with the notice's foot cut from the last one's lines, and the foot read; null when none. */
export function cutFoot<F extends Form>(forms: F[]): { forms: F[]; foot: NoticeFoot | null } {
  const last = forms.at(-1);
  const at = last === undefined ? -1 : footStart(last.lines);
  if (last === undefined || at === -1) return { forms, foot: null };
  return { forms: [...forms.slice(0, -1), { ...last, lines: last.lines.slice(0, at) }], foot: readFoot(last.lines.slice(at)) };
}
