/**
 * A notice that a meeting will not take place as called: "NOTICE OF CANCELLATION", "MEETING POSTPONED", "The meeting of
 * the X Committee which was due to be held on <date> at <time> in <venue> has been CANCELLED / will not take place". The
 * general reader took such a notice for the meeting's agenda, its sentence for the venue ("… Eastfell has been") and the
 * items deferred to a later meeting for this one's.
 *
 * Output: the meeting it calls off, status `cancelled`, with the date, time, venue and body the notice gives. Items
 * the notice lists for a later meeting ("will now be considered at the meeting on …") are not put on it, only named in a
 * warning (the later meeting is not recorded: the notice is not its agenda); items it lists as the cancelled meeting's
 * own business are kept, warned as not considered. A notice inside minutes ("Minutes", "Present:") is not one of these.
 */
import { findWrittenDates, parseClockTime } from '../../../src/model/dates.ts';
import { meetingRecords, type MeetingDraft } from '../assemble.ts';
import { readContact } from '../contact.ts';
import { councilsIn } from '../reader/council-name.ts';
import type { ImportRecord, ParseContext, Parser } from '../records.ts';
import { squash, uniqueAnchor } from '../text.ts';
import { BODY_WORDS, councilFor, dateFor, headLines } from './common.ts';

/**
 * Words that say a meeting will not be held as called: cancelled, postponed, called off, "will not take place". The one
 * list for a notice's title and its sentence.
 */
export const CALLED_OFF =
  /\b(?:cancell?(?:ed|ation)|postpone(?:d|ment)|called\s+off|(?:will|shall)\s+not\s+(?:now\s+)?(?:take\s+place|be\s+held|go\s+ahead|proceed))\b/i;
/** Marks of a meeting's own record, which may report a postponement in an item: "Minutes", "Agenda", "Present:". */
const MEETING_MARK = /\bminutes\b|^agenda\b|^(?:members\s+)?present\s*:/i;
/** Words of a body that meets, as a heading names it (not the council alone). */
const COMMITTEE_WORDS = /\b(?:committee|sub-committee|cabinet|panel|board|forum|commission|executive|group)\b/i;
/** "meeting of the X Committee which was due …": the body, up to the words that go on to say when. */
const MEETING_OF =
  /\bmeeting\s+of\s+(?:the\s+)?(.+?)(?=\s*,|\s+(?:which|that|due|scheduled|arranged|called|to\s+be|on|at|has|have|will|is|was)\b)/i;
/** "in Council Chamber, County Hall has been": the venue, after "in" or "at", up to the verb. */
const VENUE = /\b(?:in|at)\s+(?!\d)(?:the\s+)?(\p{Lu}.+?)\s+(?:has|have|had|is|was|will|shall)\b/u;
/** A line of the list of items: "1. SEND Improvement Plan", "2) Work Programme". */
const LIST_ITEM = /^\s*(\d{1,2})[.)]\s+(\S.*)$/;
/** Words that send items on to another meeting: "deferred to", "will now be considered at", "the next meeting". */
const SENT_ON = /\b(?:deferred|carried\s+forward|transferred|moved\s+to|now\s+be\s+(?:considered|taken|heard)|next\s+meeting)\b/i;
/** The notice's own date: "Dated:", "Date of notice:", "Published:". */
const NOTICE_DATE = /^(?:dated?|date\s+of\s+(?:this\s+)?(?:notice|publication)|published)\b\s*:?/i;
/** How many lines at the head of the file the notice's title and sentence stand within. */
const HEAD = 12;

interface Paragraph {
  /** Index of its first line. */
  at: number;
  lines: string[];
  text: string;
}

function paragraphsOf(lines: string[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | null = null;
  for (const [index, line] of lines.entries()) {
    if (squash(line) === '') {
      current = null;
      continue;
    }
    if (current === null) paragraphs.push((current = { at: index, lines: [], text: '' }));
    current.lines.push(line);
    current.text = squash(current.lines.join(' '));
  }
  return paragraphs;
}

/**
 * The sentence that calls the meeting off: a paragraph naming a meeting and one of the words, one with a date before a
 * title line ("MEETING POSTPONED") that names no day.
 */
function noticeParagraph(paragraphs: Paragraph[]): Paragraph | null {
  const calling = paragraphs.filter((paragraph) => /\bmeeting\b/i.test(paragraph.text) && CALLED_OFF.test(paragraph.text));
  return calling.find((paragraph) => findWrittenDates(paragraph.text).length > 0) ?? calling[0] ?? null;
}

/**
 * A notice: its sentence starts within the head of the file, above any numbered item (below one it is an item's text),
 * and the head is not a meeting's own record.
 */
function isNotice(text: string): boolean {
  const head = headLines(text, HEAD);
  if (head.some((line) => MEETING_MARK.test(line)) || /^\s*(?:members\s+)?present\s*:/im.test(text)) return false;
  const lines = text.split('\n').slice(0, 80);
  const paragraph = noticeParagraph(paragraphsOf(lines));
  if (paragraph === null || !head.includes(squash(paragraph.lines[0] ?? ''))) return false;
  return !lines.slice(0, paragraph.at).some((line) => LIST_ITEM.test(line));
}

/** The body: a heading line above the sentence naming one ("CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE"), as the sentence spells it when it names the same. */
function committeeOf(above: string[], sentence: string, meta: ParseContext['meta']): string | null {
  const named = MEETING_OF.exec(sentence)?.[1] ?? null;
  const spoken = named && BODY_WORDS.test(named) ? named : null;
  const heading = above.find((line) => COMMITTEE_WORDS.test(line) && !CALLED_OFF.test(line) && councilsIn(line).length === 0) ?? null;
  if (heading === null) return spoken ?? meta.committee ?? null;
  return spoken?.toLowerCase() === heading.toLowerCase() ? spoken : heading;
}

interface CalledOff {
  date: { iso: string; text: string } | null;
  startTime: string | null;
  venue: string | null;
  /** A date after the word: "postponed to 5 May 2026". */
  later: { iso: string; text: string } | null;
}

/** When and where the meeting was to be: the first date before the word, the time and venue after that date. */
function calledOff(sentence: string): CalledOff {
  const word = CALLED_OFF.exec(sentence)?.index ?? sentence.length;
  const dates = findWrittenDates(sentence);
  const date = dates.find((found) => found.index < word) ?? null;
  const after = date ? sentence.slice(date.index + date.text.length, word + 40) : '';
  const timeText = /^\W*(?:at|from)?\s*(\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s*m\b\.?|hrs|hours)?)/i.exec(after);
  const startTime = timeText ? parseClockTime(timeText[1] ?? '') : null;
  const venue = VENUE.exec(after.slice(timeText?.[0].length ?? 0))?.[1] ?? null;
  const later = dates.find((found) => found.index > word && found.iso !== date?.iso) ?? null;
  return { date, startTime, venue: venue ? squash(venue).replace(/[,;]$/, '') : null, later };
}

/** A date the rest of the notice gives for the later meeting, not the notice's own "Dated:" line. */
function laterDate(paragraphs: Paragraph[], cancelled: string | null): { iso: string; text: string } | null {
  for (const paragraph of paragraphs) {
    if (NOTICE_DATE.test(paragraph.text)) continue;
    const found = findWrittenDates(paragraph.text).find((date) => date.iso !== cancelled);
    if (found) return found;
  }
  return null;
}

interface ListedItems {
  items: NonNullable<MeetingDraft['items']>;
  /** Lines the list and its lead-in stand on. */
  lines: number[];
  warnings: string[];
}

/** The numbered list, and whose business it is: the later meeting's when its lead-in sends it on. */
function listedItems(lines: string[], from: number, laterText: string | null): ListedItems {
  const at = lines.findIndex((line, index) => index >= from && LIST_ITEM.test(line));
  if (at < 0) return { items: [], lines: [], warnings: [] };
  let end = at;
  while (end < lines.length && LIST_ITEM.test(lines[end] ?? '')) end += 1;
  const listed = lines
    .slice(at, end)
    .map((line) => LIST_ITEM.exec(line))
    .filter((match) => match !== null);
  let lead = at - 1;
  while (lead > from && squash(lines[lead] ?? '') === '') lead -= 1;
  let leadStart = lead;
  while (leadStart > from && squash(lines[leadStart - 1] ?? '') !== '') leadStart -= 1;
  const leadIn = squash(lines.slice(leadStart, lead + 1).join(' '));
  const read = [...Array(end - leadStart).keys()].map((offset) => leadStart + offset);
  const titles = listed.map((match) => `"${squash(match[2] ?? '')}"`).join('; ');
  if (SENT_ON.test(leadIn) || findWrittenDates(leadIn).length > 0) {
    const when = laterText ? `the meeting on ${laterText}` : 'a later meeting';
    return {
      items: [],
      lines: read,
      warnings: [
        `${listed.length} item(s) the notice lists for ${when} are not put on this cancelled meeting, and that meeting is not recorded: ${titles}`,
      ],
    };
  }
  // A number printed twice ("1." over "1.") still gives each item an anchor of its own: the page links to each.
  const used = new Set<string>();
  const items = listed.map((match) => {
    const anchor = uniqueAnchor(`item-${match[1] ?? ''}`, (taken) => used.has(taken));
    used.add(anchor);
    return { number: match[1] ?? null, title: squash(match[2] ?? ''), anchor };
  });
  const later = laterText ? `; the notice names ${laterText} as the new date` : '';
  return {
    items,
    lines: read,
    warnings: [`the meeting did not take place: its ${items.length} listed item(s) were not considered${later}`],
  };
}

function noticeRecords(text: string, context: ParseContext): ImportRecord[] {
  const lines = text.split('\n');
  const paragraphs = paragraphsOf(lines);
  const notice = noticeParagraph(paragraphs);
  if (notice === null) return [];
  const above = lines
    .slice(0, notice.at)
    .map(squash)
    .filter((line) => line !== '');
  const council = councilFor(above, text, context.meta);
  const committeeName = committeeOf(above, notice.text, context.meta);
  const when = calledOff(notice.text);
  const rest = paragraphs.filter((paragraph) => paragraph.at > notice.at);
  const later = when.later ?? laterDate(rest, when.date?.iso ?? null);
  const list = listedItems(lines, notice.at + notice.lines.length, later?.text ?? null);
  const contact = readContact(lines);
  const headings = new Set(above);
  const read = new Set([...list.lines, ...contact.lines, ...notice.lines.map((_, offset) => notice.at + offset)]);
  const unread = lines.filter((line, index) => index > notice.at && !read.has(index) && squash(line) !== '' && !headings.has(squash(line)));
  const postponed = /postpone/i.test(notice.text);
  const draft: MeetingDraft = {
    councilName: council.value,
    committeeName,
    ...dateFor(when.date?.iso ?? null, context.meta),
    startTime: when.startTime,
    venue: when.venue,
    contact: contact.contact,
    status: 'cancelled',
    items: list.items,
    warnings: [
      ...council.warnings,
      `from a notice that the meeting ${postponed ? 'is postponed' : 'is cancelled'}: it did not take place on this date`,
      ...(postponed && later ? [`postponed to ${later.text}: that meeting is not recorded from this notice`] : []),
      ...(when.venue ? [] : ['venue not stated in the notice']),
      ...list.warnings,
      ...(unread.length > 0
        ? [`the notice's other text is kept in no field: "${squash(unread[0] ?? '')}" and ${unread.length - 1} more line(s)`]
        : []),
    ],
  };
  return meetingRecords(draft, context, text, 'meeting-text');
}

export const cancellationNoticeParser: Parser = {
  format: 'meeting-text',
  label: 'notice that a meeting is cancelled or postponed',
  detect: isNotice,
  parse(text, context) {
    return { records: noticeRecords(text, context) };
  },
};
