/**
 * The day a notice of decisions was published and the day its decisions' call-in ends, as the notice prints them:
 * "Published: 9 May 2025", "Date of publication: 20 February 2025" (contact.ts's label, read at an agenda's foot too),
 * "Call-in expiry: 5.00 pm, 27 February 2025", "Last date for call-in: …", or in a sentence: "These decisions will come
 * into force on 3 March 2025 unless called in", "This decision may be called in until 5.00 pm on 16 May 2025". Dates
 * only, as printed (never counted on from the day of publication). The meeting's `publicationDate` and `callInExpiry`.
 */
import { parseDate } from '../../src/model/dates.ts';
import { PUBLICATION_LABEL } from './contact.ts';
import { squash } from './text.ts';
import { isDateLine } from './reader/title-block-lines.ts';

/**
 * The day a record was published (an agenda's papers put out, a notice of decisions), printed at its foot or above its
 * decisions: the label (contact.ts's, read at the foot under a contact too), then a date alone.
 */
export const isPublicationLine = (line: string): boolean => {
  const label = PUBLICATION_LABEL.exec(line);
  return label !== null && isDateLine(line.slice(label[0].length));
};

/** The day a publication line gives (isPublicationLine), as ISO; null when it gives none. */
export const publicationDay = (line: string): string | null => {
  const label = PUBLICATION_LABEL.exec(line);
  return label === null || !isDateLine(line.slice(label[0].length)) ? null : parseDate(line.slice(label[0].length));
};

/**
 * "Call-in expiry:", "Call-in deadline:", "Call-in period ends:", "Last date for call-in:", "Expiry of the call-in
 * period:": the label of the day call-in ends, its value in group 1.
 */
export const CALL_IN_END =
  /^(?:call[\s-]?in\s+(?:expiry(?:\s+date)?|expires|deadline|period\s+(?:ends|expires))|(?:deadline|last\s+(?:date|day))\s+for\s+call[\s-]?in|(?:date\s+of\s+)?expiry\s+of\s+(?:the\s+)?call[\s-]?in(?:\s+period)?)\s*:\s*(.*)$/i;

/**
 * A sentence giving the day call-in ends: the decisions come into force (take effect, may be implemented) on it unless
 * called in, or may be called in until it. The day stands after these words.
 */
const CALL_IN_DAY =
  /\b(?:comes?\s+into\s+(?:force|effect)|takes?\s+effect|be\s+implemented)\b(?=.*\bunless\b.*\bcalled[\s-]?in\b)|\bcalled[\s-]?in\s+(?:until|up\s+to|before|by)\b/i;

/** The two days a notice gives; null when it gives none. */
export interface NoticeDates {
  publicationDate: string | null;
  callInExpiry: string | null;
}

/** The day a call-in label's value gives ("5.00 pm, 27 February 2025"); null when it gives none. */
const callInLabelDay = (line: string): string | null => {
  const value = CALL_IN_END.exec(line)?.[1];
  return value === undefined ? null : parseDate(value);
};

/** A line the notice's days are read from, by its label: nothing of it is left to warn of. */
export const isNoticeDateLine = (line: string): boolean => isPublicationLine(squash(line)) || callInLabelDay(squash(line)) !== null;

/** The sentences of some lines, read over the lines they wrap across, a paragraph at a time. */
export function sentencesOf(lines: string[]): string[] {
  const paragraphs = lines
    .join('\n')
    .split(/\n\s*\n/)
    .map((paragraph) => squash(paragraph.replace(/\n/g, ' ')))
    .filter((paragraph) => paragraph !== '');
  // A sentence ends at a stop before a capital: "5.00 pm" and "5.00pm" keep theirs.
  return paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+(?=\p{Lu})/u));
}

/** The day call-in ends that a sentence gives (CALL_IN_DAY); null when it gives none. */
export function callInDay(sentence: string): string | null {
  const found = CALL_IN_DAY.exec(sentence);
  return found === null ? null : parseDate(sentence.slice(found.index));
}

/** The days a notice's lines give, the first of each: the labelled lines, then the sentences. */
export function readNoticeDates(lines: string[]): NoticeDates {
  const squashed = lines.map(squash);
  const published = squashed.find(isPublicationLine);
  const labelled = squashed.map(callInLabelDay).find((day) => day !== null) ?? null;
  const said = sentencesOf(lines)
    .map(callInDay)
    .find((day) => day !== null);
  return { publicationDate: published === undefined ? null : publicationDay(published), callInExpiry: labelled ?? said ?? null };
}

/** The days given, each only when stated: a meeting's fields, never null for a day the record does not give. */
export function statedDays({ publicationDate, callInExpiry }: NoticeDates): Partial<NoticeDates> {
  return { ...(publicationDate === null ? {} : { publicationDate }), ...(callInExpiry === null ? {} : { callInExpiry }) };
}

/** The one day every decision gives, when each gives it; null when one gives none or they differ. */
export function sharedDay(days: (string | null)[]): string | null {
  const [first = null] = days;
  return days.every((day) => day === first) ? first : null;
}
