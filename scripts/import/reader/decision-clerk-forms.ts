/**
 * Decisions in a clerk's own sentences, in lower case ("it was agreed", "were read and approved", "The Panel dismisses
 * the appeal"); what only looks like one (the future, an earlier meeting's, someone else's); a proposal passed as put;
 * and where a sentence ends. Apart because every part of the decision reader, the motion reader (motions.ts) and the
 * vote reader (votes.ts) ask whether a text decides, and split an item's sentences the same way.
 */
import { WELSH_MINUTES_CONFIRMED, WELSH_RESOLVED } from '../../../src/model/welsh-words.ts';
import { squash } from '../text.ts';
import { TITLE } from '../attendance-text.ts';
import { SHORT_WORD, SHORT_WORD_WITHIN } from './list-split.ts';
import { MOVER_SHORT_WORD } from './mover-names.ts';
import { CONFIRMING_WORDS, DECIDING_WORDS, oneOf, RULING_WORDS } from './decision-words.ts';
import { CIVIC_POST } from './chair-posts.ts';
import { caseless } from './caseless.ts';
import { BODY_INITIALS, DECIDING_BODY, HOW_DECIDED, opensBlock } from './decision-markers.ts';
import { isBareOutcome } from './decision-bare-outcome.ts';

/**
 * "The Local Review Body (LRB) overturns the decision of the appointed officer and grants planning permission …", "The
 * Review Body upholds the decision …", "The Panel dismisses the appeal": a review body's decision as its notice words it,
 * in the present tense, the body the subject at the sentence's start (a body's name, or its initials in brackets after it).
 */
const REVIEW_DECIDES = new RegExp(
  String.raw`^The\s+(?:[\w-]+\s+){0,3}?(?:${DECIDING_BODY}|body|LRB)(?:\s*\([A-Z]{2,6}\))?\s+(?:therefore\s+)?(?:(?:overturns|upholds|reverses|varies)\s+the\s+decision|(?:dismisses|allows|upholds)\s+the\s+(?:appeal|review))\b`,
  'i',
);

/** Sentences of lower-case forms. */
const CLERK_FORMS = [
  REVIEW_DECIDES,
  // "were read and approved": what was done with it before it was approved. Never a planning condition's "until (unless)
  // samples have been approved", which waits on an approval to come.
  // A Scottish minute's "was homologated" (CONFIRMING_WORDS) likewise.
  new RegExp(
    String.raw`(?<!\b(?:until|unless)\b[^.;]{0,160})\b(?:was|were|be|been|is|are)\s+(?:(?:read|received|considered|circulated|submitted)\s+and\s+)?(?:unanimously\s+|duly\s+|formally\s+)?(?:agreed|approved|resolved|adopted|endorsed|${oneOf(CONFIRMING_WORDS)})\b(?!\s+(?:at|by)\s+(?:the\s+)?(?:last|previous))`,
    'i',
  ),
  // A Scottish minute's "There were submitted and noted the minutes of …": noted as the meeting's own act on the papers.
  /^\s*There\s+(?:was|were)\s+submitted\s+and\s+noted\b/i,
  // "The appeal was therefore DISMISSED.", "The complaint was UPHELD in part.": a panel's ruling, in capitals only (decision-words.ts).
  new RegExp(String.raw`\b(?:was|were|is|are)\s+(?:(?:therefore|accordingly|unanimously|duly)\s+)?${oneOf(RULING_WORDS)}\b`),
  // "The Sub-Committee, having heard the Independent Person, decided that …": an aside between commas after the body.
  new RegExp(
    String.raw`\b(?:it\s+was|all|they|we|(?:the\s+)?(?:${DECIDING_BODY}|members|councillors|cllrs|meeting)(?:\s*,[^.;,]{1,100},)?)\s+(?:(?:then|therefore|duly|also|unanimously|all)\s+)*(?:${oneOf(DECIDING_WORDS)}|approved|${oneOf(CONFIRMING_WORDS)})\b`,
    'i',
  ),
  new RegExp(String.raw`\b(?:${DECIDING_BODY}|members|councillors|cllrs)\b[^.;]{0,80}?\band\s+(?:agreed|resolved|approved)\b`, 'i'),
  // "The CC agreed to award £600 …", "The PC resolved that the bench be moved": a body by its initials, at the sentence's start,
  // deciding to act or that something be done; "The CC agreed that the hall was damp" is a view, no decision.
  new RegExp(
    String.raw`^${HOW_DECIDED}?(?:[Tt]he\s+)?${BODY_INITIALS}\s+(?:(?:then|therefore|duly|also|unanimously)\s+)*(?:${oneOf(DECIDING_WORDS)}|${oneOf(DECIDING_WORDS.map((word) => word.toLowerCase()))})\s+(?:to\s|that\b(?=[^.;]*\b(?:be|should)\b))`,
  ),
  // "Resolved (4 votes to 2) that …": a bracketed aside between the word and what was resolved.
  /\bresolved\s+(?:\([^()]{1,40}\)\s+)?(?:to|that)\b/i,
  // "The minutes of the meeting held on 14 June, having been previously circulated, were confirmed and signed".
  /\bminutes\b[^.]{0,120}?\b(?:were|was)\s+confirmed\b/i,
  // "The Committee confirmed the minutes of …"; "The Leader was authorised to sign the minutes … as a correct record".
  /\bconfirmed\s+the\s+minutes\b|\bauthori[sz]ed\s+to\s+sign\s+the\s+minutes\b/i,
  // Welsh "Cadarnhawyd cofnodion cyfarfod 12 Chwefror …" (the minutes of the meeting of … were confirmed).
  new RegExp(WELSH_MINUTES_CONFIRMED, 'i'),
  // Welsh "… eiliwyd gan y Cynghorydd Pryce a PENDERFYNWYD prynu …" (and it was resolved): the marker inside a sentence
  // decides it, as "… seconded by … and RESOLVED that …" does in English (at a line's start it opens a block).
  new RegExp(String.raw`\s${WELSH_RESOLVED}\b`),
  // "The minutes of the meeting of 18th May were taken as read and signed as correct."
  /\btaken\s+as\s+read\s+and\s+(?:signed|approved|adopted)\b/i,
  /\b(?:approved|signed)\s*(?:&|and)\s*(?:signed|approved)\b|\ball\s+approved\b/i,
  // "Carried forward." (or "over"): a matter left for the next meeting, no outcome.
  /^(?:[•·\-–*]\s*)?(?:agreed|approved|resolved|carried)\b(?!\s+(?:forward|over)\b)\.?/i,
  /\brecommendations?\b[^.]{0,160}?\b(?:were|was)\s+(?:CARRIED|agreed|approved)\b/,
  // "proposed by A, seconded by B and carried unanimously that …" (an initial's stop, "C. Cuckow", ends no sentence);
  // "Members voted unanimously to support …", "voted in favour of the proposal".
  /\bseconded\b(?:[^.;]|(?<=\b[A-Z])\.){0,80}?\b(?:carried|agreed|approved|resolved)\b/i,
  /\bvoted\s+(?:unanimously\s+)?(?:to|in\s+favou?r\s+of)\b/i,
  // "Cllr Ash was duly elected Chair", "was declared elected Town Mayor" (after a ballot), "was elected unanimously"; a parish's "Resolution passed".
  /\b(?:was|were)\s+(?:(?:duly|unanimously|declared)\s+)+(?:re-?)?(?:elected|appointed)\b|\b(?:elected|appointed)\s+unanimously\b|\bresolution\s+(?:was\s+)?passed\b/i,
  // "Following a vote by show of hands Cllr Ellery was elected Vice-Chair": elected to a chair's or civic post, no other
  // word needed; "who was elected in 2019" is no decision of the meeting.
  // The post kept in its case, the rest in any case spelled out (caseless.ts): never a `(?-i:…)` group in an `i` pattern.
  new RegExp(String.raw`${caseless(String.raw`\b(?:was|were)\s+(?:re-?)?elected\s+(?:as\s+)?(?:(?:the|its)\s+)?`)}${CIVIC_POST}\b`),
  // "The motion was withdrawn with the consent of the meeting.", "Councillor Ash withdrew her Notice of Motion", "Motion
  // withdrawn.": the motion's end, the item's outcome as the record says it (no vote: motions.ts reads it as never decided).
  /\b(?:notice\s+of\s+)?motion\s+(?:was\s+|were\s+|had\s+been\s+)?(?:(?:duly|formally|then|therefore|accordingly|subsequently)\s+)?withdrawn\b|\bwithdrew\s+(?:his|her|their|the)\s+(?:notice\s+of\s+)?motion\b/i,
  // "… proposed their approval, seconded by … The motion was unanimously carried."
  /\b(?:motion|proposal)\s+was\s+(?:unanimously\s+|duly\s+)?carried\b/i,
];
/**
 * "It was proposed by Cllr. D. Hopkins and seconded by Cllr. S. Tudor that the minutes … be accepted as a
 * correct record.": a proposal as Welsh and parish minutes record a decision taken with no vote, what was
 * decided in group 1 (a short word's stop, "Cllr.", "D.", is no sentence's end).
 */
export const PROPOSED_THAT = new RegExp(String.raw`\b(?:proposed|moved)\s+by\s(?:[^.;]|(?<=${SHORT_WORD})\.){1,120}?\s(that\s.+)$`, 'iu');
/**
 * A proposal that did not pass as it was put: lost, amended, or a vote against it recorded. "fell" only in lower case or
 * capitals: "Cllr Fell" is a member, never a motion that fell.
 */
export const NOT_AS_PUT = new RegExp(
  String.raw`\b(?:${caseless(String.raw`amendment|amended|lost|defeated|not\s+carried|withdrawn|against`)}|fell|FELL)\b`,
);

/**
 * Things that look like decisions and are not: the future, the past, someone else's, a question asked ("Cllr Ash asked
 * whether the boiler had been approved").
 */
export const NOT_NOW =
  /\b(?:asked|queried|enquired|inquired|wondered)\s+(?:whether|if)\b|\bto\s+be\s+(?:agreed|approved|decided)\b|\bat\s+its\s+meeting\s+(?:on|of|held)\b|\b(?:at|in)\s+(?:the|its)\s+(?:last|previous)\s+(?:\w+\s+)?meeting\b|\bnot\s+(?:agreed|approved)\b/i;

/**
 * A word whose stop, within a sentence, ends no sentence: a title or an initial ("C. Cuckow", "Cllr. Ash"),
 * an initial after a title ("Cllr. D. Hopkins"), and a mover's shorthand ("Prop. Cllr Ash, sec. Cllr Elm"). A lookbehind's body: the vote reader (votes.ts) splits
 * an item's sentences by it too, so both read the same sentences.
 */
export const SHORT_STOP_WITHIN = String.raw`(?:${SHORT_WORD_WITHIN}|${TITLE}\p{Lu}|${MOVER_SHORT_WORD})`;

/** Where a sentence ends: a stop (not a short word's), before a capital or a bullet. */
export const SENTENCE_END = new RegExp(String.raw`(?<=(?<!${SHORT_STOP_WITHIN})\.|[!?])\s+(?=[A-Z•])|\s+(?=•)`, 'u');

/** The text's sentences, its lines joined: each ends where SENTENCE_END says. */
export function sentences(text: string): string[] {
  return squash(text.replace(/\n+/g, ' '))
    .split(SENTENCE_END)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/**
 * True when a sentence decides in one of the clerk's forms (CLERK_FORMS) and is none of the things that only look like a
 * decision (NOT_NOW), or is a subject and a bare outcome ("Payments list approved.", "Second bench not approved.",
 * decision-bare-outcome.ts), whose "not approved" is a refusal decided, not the future's or another's.
 */
export const isClerkDecision = (sentence: string) =>
  (CLERK_FORMS.some((form) => form.test(sentence)) && !NOT_NOW.test(sentence)) || isBareOutcome(sentence);

/** A proposal's words for what it asks ("that the report be agreed", "that the plan be approved"): what was put, never decided by them. */
export const PUT_WORDS = /\bbe\s+(?:\w+ly\s+)?(?:agreed|approved|resolved|adopted|endorsed|accepted)\b/gi;

/** "moved", "proposed" and what follows it up to the "that" a proposal's words start at (a regex source; MOVES_THAT). */
export const MOVER_TO_THAT = String.raw`\b(?:moved|proposed)\b(?:[^.;]|(?<=${SHORT_WORD})\.){0,160}?\s`;

/**
 * "Councillor Ash, seconded by Councillor Elm, moved that", "It was moved by … and seconded by … that", "proposed that": a
 * sentence that moves a proposal, to the "that" its words start after (a short word's stop, "Cllr.", ends no sentence).
 */
const MOVES_THAT = new RegExp(String.raw`${MOVER_TO_THAT}that\s`, 'iu');

/**
 * True when a sentence with what a proposal it moves asks for (PUT_WORDS, after the mover's "that") left out decides in
 * one of the clerk's forms: "… seconded by B and carried that …", "… moved that the minutes be approved and this was agreed".
 */
export function decidesBesidesPut(sentence: string): boolean {
  const moved = MOVES_THAT.exec(sentence);
  if (moved === null) return true;
  const from = moved.index + moved[0].length;
  return isClerkDecision(sentence.slice(0, from) + sentence.slice(from).replace(PUT_WORDS, ''));
}

/**
 * "Cllr Hobbs proposed that …", "Councillor A, seconded by Councillor B, moved that …", "Cllr A proposed, Cllr B seconded
 * that …": a member's own act of moving, the verb in lower case after its mover; never the clerk's record of a proposal,
 * its verb a participle ("Proposed by A, seconded by B, that …", "It was proposed by …", "Proposed (AH) & Seconded (SP) that").
 */
export const MEMBER_MOVES = new RegExp(
  String.raw`(?<!\b(?:was|were|been|be|is|are|the|a|an|its|their)\s+)(?=${MOVER_TO_THAT}that\s)(?-i:moved|proposed)\b(?!\s+by\b)`,
  'iu',
);

/**
 * True when a sentence decides in one of the clerk's forms, unless it is a member's own motion (MEMBER_MOVES) whose only
 * deciding words are those it puts: "Councillor A, seconded by Councillor B, moved that the plan be approved." is what was
 * moved, decided only when the text goes on to say so. The clerk's record of a proposal ("Proposed KD, seconded OW, that the
 * payments be approved.") records it decided, as parish and Welsh minutes do (passedAsProposed).
 */
export const decidesInOwnWords = (sentence: string): boolean =>
  isClerkDecision(sentence) && (decidesBesidesPut(sentence) || !MEMBER_MOVES.test(sentence));

/**
 * True when a sentence proposes "that X be Y" and nothing after it says the proposal did not pass as put
 * ("An amendment was moved …", "The proposal was lost."). isDecision does not take it: the vote reader
 * waits for a decision after a proposal's own words, unless the proposal is the last thing said (motions.ts).
 */
export const passedAsProposed = (all: string[], at: number): boolean =>
  PROPOSED_THAT.test(all[at] ?? '') && !NOT_NOW.test(all[at] ?? '') && !all.slice(at).some((sentence) => NOT_AS_PUT.test(sentence));

/**
 * True when some of the text records a decision: a line a marked block opens with ("RESOLVED that …",
 * "Resolved:", "The Committee resolved:-") or a sentence in a clerk's lower-case form ("it was agreed").
 * The vote reader (votes.ts) asks it whether a proposal moved with no vote recorded was then decided.
 */
export function isDecision(text: string): boolean {
  return text.split('\n').some(opensBlock) || sentences(text).some(isClerkDecision);
}
