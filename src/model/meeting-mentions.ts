/**
 * Which dates in a text name another meeting: one rule for the importer (a meeting's `references`)
 * and the site (the links in its text), so what a meeting lists as "refers to" is what its text links.
 * A date is a meeting's when a meeting word stands shortly before it in the same sentence, the words
 * right before it tie it there ("the minutes of the meeting held on 1 February 2017", "Council Assembly
 * on 15/07/2015", "Date of next meeting: 25th March") and no deadline or period word stands right
 * before it ("by", "until", "between"...), nor the label of the day a notice was issued ("Date of notice:"), nor does a
 * clause of its own stand between ("council homes were empty on 1 January": the homes are its subject), nor an event
 * ("the parish forum on 2 April", "the consultation event on 3 March": no meeting of the archive), nor is it the day an
 * authority named with its tier acted ("replaced by the County Council on 28 January").
 */
import { findDates } from './dates.ts';
import { WELSH_DATE_LINK, WELSH_MEETING_WORD, WELSH_NOT_MEETING } from './welsh-words.ts';

/** A meeting word, English or Welsh ("cyfarfod", "cofnodion"), as a regex source ("the Council's services" is no meeting). */
const MEETING_NOUN = String.raw`(?:meetings?|minutes|session|assembly|cabinet|committee|panel|board|forum|council|${WELSH_MEETING_WORD})`;
const MEETING_WORD_SOURCE = String.raw`\b${MEETING_NOUN}\b(?!['’]s)`;
/** A meeting word shortly before a date. */
const MEETING_LEAD = new RegExp(String.raw`${MEETING_WORD_SOURCE}[^.;]{0,90}$`, 'i');
/**
 * The words right before the date tie it to that meeting: "held on", "of", "dated", "Date of next meeting:", "the
 * minutes from the 23 March", "the next meeting has been scheduled for 12th June" (a meeting, not a survey, scheduled);
 * Welsh "cyfarfod 12 Chwefror", "a gynhaliwyd ar …" (WELSH_DATE_LINK).
 */
const LINKED = new RegExp(
  String.raw`(?:\b(?:on|of|dated|held|date|meetings?)(?:\s+the)?|\bminutes\s+from(?:\s+the)?|\bmeetings?\s+(?:\w+\s+){0,3}(?:scheduled|arranged|fixed)\s+for(?:\s+the)?|${WELSH_DATE_LINK}|:)\s*$`,
  'i',
);
/**
 * Words right before a date that make it a deadline or a period, not a meeting ("the minutes from" a date name one);
 * and "the engagements she had attended since the last meeting:" over a list of dated events, each the period's; Welsh
 * "erbyn" (by), "rhwng" (between) and the like (WELSH_NOT_MEETING).
 */
const NOT_MEETING = new RegExp(
  String.raw`\b(?:by|before|until|later\s+than|between|ending|since|as\s+at|(?<!\bmeetings?\s+)dated)\s+(?:\w+\s+){0,1}$|${WELSH_NOT_MEETING}\s+(?:\w+\s+){0,1}$|(?<!\bminutes\s+)\bfrom\s+$|\bdeadline\b|\bsince\s+the\s+(?:last|previous)\s+meeting\b[^.;:]{0,40}:\s*$`,
  'i',
);

/**
 * "Date of notice:", "Date issued:", "Date of publication:" right before a date: the day a notice or decision was
 * issued, which names no meeting, though the body that signed it stands just before ("Chair of the Hearing
 * Sub-Committee Date of notice: 19 December 2023").
 */
const ISSUED_ON = /\bdate\s+(?:of\s+(?:this\s+)?(?:notice|issue|publication)|(?:issued|published))\s*:\s*$/i;

/**
 * A new clause between the meeting word and the date: "and" or "but" and a verb ("the meeting and reminded them of
 * the visit to the depot on 21 January"). The date is then the clause's, no meeting's; an "and" between names
 * ("the Audit and Standards Committee held on …") joins no clause.
 */
const NEW_CLAUSE = /\b(?:and|but)\s+(?:(?:is|are|was|were|has|have|had|will|would|then|also)\b|\p{Ll}{3,}ed\b)/u;

/** "asked the Committee whether the works due on 1 March …": a question of its own opens between; its date is no meeting's. */
const QUESTION_CLAUSE = /\b(?:whether|how|why)\b/i;

/** A verb's helper ("were", "had", "be") and the word before it, which is its subject when it is a noun. */
const HELPER = /(\S+)\s+(?:is|are|was|were|be|been|has|have|had)\b/gi;

/**
 * Words that may stand before a helper verb and leave the meeting as its subject: the meeting word itself, a relative
 * ("which was due to be held"), another helper ("will be", "has been"), "to", "not" and a few adverbs.
 */
const SAME_SUBJECT = new RegExp(
  String.raw`^(?:${MEETING_NOUN}|which|that|who|it|to|not|also|then|now|already|\p{L}+ly|is|are|was|were|be|been|has|have|had|will|would|shall|should|may|might|must|can|could)$`,
  'iu',
);

/**
 * True when a clause with a subject of its own stands between the meeting word and the date: "council homes were empty
 * on 1 January" (the homes were), "the traffic order had been made on …", "that a fun run be held on …"; the date is then
 * that clause's, no meeting's. "The next meeting will be held on", "the Panel, which was due to be held on" keep the meeting
 * as the subject.
 */
function opensOwnClause(between: string): boolean {
  if (NEW_CLAUSE.test(between) || QUESTION_CLAUSE.test(between)) return true;
  return [...between.matchAll(HELPER)].some((found) => {
    const word = (found[1] ?? '').replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
    return word !== '' && !SAME_SUBJECT.test(word);
  });
}

/**
 * "the consultation event on 3 March", "a drop-in surgery on 9 April", "the workshop on": an event that is no meeting of
 * the archive, between the last meeting word and the date ("The Committee noted the consultation event on …").
 */
const EVENT = /\b(?:events?|surger(?:y|ies)|consultations?|workshops?|conferences?|exhibitions?|drop-ins?|open\s+days?|fun\s+days?)\b/i;
/** "the parish forum on 2 April": a forum named alone is an event; "the Schools Forum held on …" met, as a body meets. */
const FORUM_ALONE = /^forums?\b(?![^.;]*\bheld\b)/i;

/**
 * "replaced by the County Council on 28 January", "confirmed to the District Council on 20 January": an authority named
 * with its tier is the organisation that acted, not a meeting, unless the text names its meeting or minutes ("the meeting
 * of the County Council on …"); "Council Assembly on …" and "Planning and Highways Committee on …" stay meetings.
 */
const AUTHORITY_ON = /\b(?:county|district|borough|city)\s+council\s+on\s+(?:the\s+)?$/i;
const MEETING_OF_AUTHORITY =
  /\b(?:meetings?|minutes)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:county|district|borough|city)\s+council\s+on\s+(?:the\s+)?$/i;

/**
 * "recommended to the County Council on 5 March", "submitted to the District Council on …", "adopted by the Borough Council
 * on …": business an authority takes at its meeting (a recommendation, a report, a decision), so the date is that meeting's,
 * as "the meeting of the County Council on …" is; "removed by", "confirmed to" (a notice sent) stay the organisation's acts.
 */
const TAKEN_AT_MEETING =
  /\b(?:recommend(?:ed|ation)?|referred|reported|submitted|presented|considered|approved|adopted|endorsed|ratified|resolved|decided|determined)\s+(?:[\w-]+\s+){0,2}?(?:to|by)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}(?:county|district|borough|city)\s+council\s+on\s+(?:the\s+)?$/i;

/** True when the date is the day an authority named with its tier acted (AUTHORITY_ON), in prose: no meeting's. */
function actedOn(before: string): boolean {
  return AUTHORITY_ON.test(before) && !MEETING_OF_AUTHORITY.test(before) && !TAKEN_AT_MEETING.test(before);
}

/** True when the words from the last meeting word to the date name an event or a forum's gathering, not a meeting. */
function namesEvent(lead: string): boolean {
  return EVENT.test(lead) || FORUM_ALONE.test(lead);
}

export interface MeetingMention {
  /** The date of the meeting named, `YYYY-MM-DD`. */
  date: string;
  /** Where the date's words start in the text. */
  index: number;
  /** The date's words as written. */
  text: string;
  /** Where the words that name the meeting start: its last meeting word ("meeting held on 1 May 2019"). */
  phraseStart: number;
}

const MEETING_WORD = new RegExp(MEETING_WORD_SOURCE, 'gi');

/** Index of the last meeting word in `text` before `end`, from `from`. */
function lastMeetingWord(text: string, from: number, end: number): number {
  let last = from;
  for (const match of text.slice(from, end).matchAll(MEETING_WORD)) last = from + (match.index ?? 0);
  return last;
}

export interface MentionOptions {
  /** The date of the meeting the text belongs to: never a mention of another meeting. */
  own?: string | null;
  /** A date that gives the year to dates written without one ("25th March"). */
  context?: string | null;
}

/** The mentions of other meetings in a text, in order. */
export function findMeetingMentions(text: string, options: MentionOptions = {}): MeetingMention[] {
  const found: MeetingMention[] = [];
  for (const date of findDates(text, options.context ?? options.own ?? null)) {
    const window = text.slice(Math.max(0, date.index - 110), date.index).replace(/\s+/g, ' ');
    const before = window.slice(window.lastIndexOf('. ') + 1);
    if (date.iso === options.own || !MEETING_LEAD.test(before) || !LINKED.test(before) || NOT_MEETING.test(before)) continue;
    if (ISSUED_ON.test(before)) continue;
    const phraseStart = lastMeetingWord(text, Math.max(0, date.index - 110), date.index);
    const lead = text.slice(phraseStart, date.index);
    if (opensOwnClause(lead) || namesEvent(lead) || actedOn(before)) continue;
    found.push({ date: date.iso, index: date.index, text: date.text, phraseStart });
  }
  return found;
}
