/**
 * Words the vote reader (votes.ts), the division reader (vote-division.ts) and the motion reader
 * (motions.ts) read: how a vote's outcome is said, how what was put or moved is named, and how a count
 * is written.
 */
import { squash } from '../text.ts';
import { oneOf, OPENING_DECIDING_WORDS } from './decision-words.ts';
import { caseless } from './caseless.ts';

/** What was put, as an outcome sentence names it. */
const PUT = String.raw`(?:[Mm]otion|[Pp]roposal|[Aa]mendment|[Rr]ecommendations?)`;
/**
 * "put and", "put to the vote and (was)", "put to the meeting and", with "declared" after: the words between a put motion
 * and its outcome ("The motion was put and carried", "put to the vote and was declared CARRIED"), as a regex source of
 * any case, ending before the outcome's word. One rule for the vote reader and the decision reader (decisions.ts).
 */
export const PUT_AND = String.raw`(?:${caseless(String.raw`put(?:\s+to\s+(?:the\s+|a\s+)?(?:vote|meeting))?\s+and(?:\s+(?:was|were))?(?:\s+declared)?`)})`;
/** An outcome's word as a verb's own, never "carried out", "carried forward", "carried over" (a regex source, after the word). */
const NOT_CARRIED_ON = String.raw`(?!\s+(?:out|forward|over)\b)`;

/**
 * A lower-case outcome right after what was put: "The proposal was carried", "The original proposal was then carried",
 * "The motion was put and carried", or after whose it was and what it said: "An amendment from Mr Lumb that it be £2,000
 * was lost"; "The amendment fell" (was lost).
 */
const PUT_OUTCOME = String.raw`\b${PUT}(?:\s+(?:from|by|of)\s+[^.;()]{1,80}?)?\s+(?:(?:was|were)\s+(?:therefore\s+|duly\s+|then\s+)?(?:${PUT_AND}\s+)?(carried|lost|defeated|rejected)${NOT_CARRIED_ON}|(?:therefore\s+|then\s+)?(fell))\b`;

/**
 * "The Chairperson then put the substantive motion and it was AGREED – that …": what was put, and the capitals decision
 * that carried it, as Northern Irish minutes record a vote with no count. Group 1 the decision's word, an opening
 * deciding word (OPENING_DECIDING_WORDS): the two such minutes carry a put motion with. DECIDED and DETERMINED, never
 * seen after a put motion, are not read here until a record shows that form.
 */
const PUT_AND_AGREED = String.raw`\bput\s+(?:the\s+)?(?:substantive\s+|amended\s+|original\s+)?${PUT}(?:\s+to\s+(?:the\s+)?(?:vote|meeting))?,?\s+and\s+(?:it|this)\s+was\s+(${oneOf(OPENING_DECIDING_WORDS)})\b`;

/**
 * "Dissent", "dissented", "dissenting": a vote against in other words, as Northern Irish and Scottish minutes record a
 * member's ("Councillor O'Hare asked that his dissent be recorded", "Councillor Fyfe dissented", "carried, 2 dissenting").
 */
export const DISSENT = String.raw`dissent(?:ed|ing)?`;

/**
 * The English words for each side of a vote, as a tally or a recorded vote labels it: "For 4", "In favour: 6", a written
 * procedure's "Agree: 8"; "Against 1", "Opposed: 2", "Disagree: 0", "2 dissenting" (DISSENT); "Abstentions 1", "Abstained",
 * "Abstain", "Group D - abstains". One list, so the counts (vote-counts.ts), the side lines and their names (vote-sides.ts,
 * vote-names.ts, vote-table.ts), members' own minuted votes (vote-names.ts), a line of counts alone (decision-end-lines.ts) and a
 * group's vote (group-votes.ts) read the same words. Regex sources in lower case, one phrase each, a longer one before a shorter it begins with.
 */
export const SIDE_WORDS = {
  for: ['for', String.raw`in\s+favou?r`, 'agree'],
  against: ['against', 'opposed', 'disagree', DISSENT],
  abstained: ['abstentions?', 'abstaining', 'abstained', 'abstains?'],
} as const satisfies Record<string, readonly string[]>;
/** The words of one side of SIDE_WORDS as one regex source. */
export const sideWordsOf = (side: keyof typeof SIDE_WORDS): string => `(?:${SIDE_WORDS[side].join('|')})`;
/** The words that name any side of a vote (SIDE_WORDS), as a regex source for case-blind patterns. */
export const SIDE_WORD = `(?:${Object.values(SIDE_WORDS).flat().join('|')})`;

/**
 * A side's words (one phrase of SIDE_WORDS) as a tally prints them before a count: capitalised ("For", "In favour", "In
 * Favour") or in capitals ("IN FAVOUR"), never prose's lower case ("for 3 months").
 */
export function printedFirst(words: string): string {
  const capitalised = words
    .replace(/^[a-z]/, (letter) => letter.toUpperCase())
    .replace(/\\s\+([a-z])/g, (_all, letter: string) => String.raw`\s+[${letter.toUpperCase()}${letter}]`);
  const capitals = words.replace(/(?<!\\)[a-z]/g, (letter) => letter.toUpperCase());
  return `(?:${capitalised}|${capitals})`;
}
/** Each phrase of one side of SIDE_WORDS as a tally prints it before a count (printedFirst), as one regex source. */
export const printedSide = (side: keyof typeof SIDE_WORDS): string => `(?:${SIDE_WORDS[side].map(printedFirst).join('|')})`;

/**
 * Welsh words for a vote's sides, as Welsh and bilingual minutes print a tally ("(4 o blaid, 1 yn ymatal)", "Pleidleisiodd
 * 3 o blaid a 4 yn erbyn"): "o blaid" (for), "yn erbyn" (against), "yn ymatal" / "ymataliad(au)" (abstaining,
 * abstentions). Regex sources, for case-blind patterns.
 */
export const WELSH_SIDES = {
  for: String.raw`o\s+blaid`,
  against: String.raw`yn\s+erbyn`,
  abstained: String.raw`(?:yn\s+)?ymatal(?:iad(?:au)?)?`,
} as const;
/** Any of WELSH_SIDES, as a regex source. */
export const WELSH_SIDE_WORD = `(?:${Object.values(WELSH_SIDES).join('|')})`;
/** "Pleidleisiodd" (voted), "pleidlais" (a vote), "pleidleisio" (voting): the Welsh verb and noun of voting, as a regex source. */
export const WELSH_VOTE_WORD = String.raw`pleidl(?:ais|eis\p{L}*)`;

/**
 * A Welsh outcome: the verb in the past impersonal and then what was put, in any of the mutations Welsh gives the
 * verb's first letter ("Cariwyd y cynnig", "a chollwyd y cynnig", "fe basiwyd y gwelliant", "gwrthodwyd yr
 * argymhelliad"); the verb alone is prose ("collwyd y cyfle", the chance was lost). Group 1 the verb.
 */
const WELSH_OUTCOME = String.raw`(?<![\p{L}])(${caseless('(?:c|g|ch|ngh)ariwyd|(?:p|b|ph|mh)asiwyd|(?:c|g|ch|ngh)ollwyd|(?:ng|g)?wrthodwyd')})\s+(?:${caseless('y|yr')})\s+(?:${caseless('cynnig|gwelliant|argymhellion|argymhelliad')})\b`;
/** A Welsh outcome's verb that carried what was put: "cariwyd" (carried), "pasiwyd" (passed), in any mutation. */
const WELSH_CARRIED = /^(?:c|g|ch|ngh)ariwyd$|^(?:p|b|ph|mh)asiwyd$/i;

/**
 * Not after a decision's own "be" ("That the application … be REJECTED", "… should be REJECTED"): the word there says what
 * was decided, as "be rejected" or "be refused" does, never that a vote was taken; a vote's "declared to be LOST" is one.
 * A lookbehind, as regex source, for an outcome word in capitals.
 */
const OWN_VERB_NOT_AFTER = String.raw`(?<!(?<!\bto\s+)\bbe\s+)`;

/**
 * The outcome: a word in capitals ("CARRIED"), or in lower case after what was put ("The proposal was
 * carried") or "declared" ("put to the vote and declared carried"), or after "put and" (PUT_AND: "It was put to the
 * vote and carried", "The motion was put to the vote and was lost"), or "declared the proposal carried", or a capital's word opening a
 * sentence or a bracket ("(Carried by 6 votes to 2)", "Lost.", "Carried" ending its line), or the word in any case opening a bracket that
 * scores the vote ("… be noted (carried 6-1, 1 abstention)"), never a lower-case "carried" alone, which is prose
 * ("carried out"), nor "Carried forward".
 */
export const OUTCOME = new RegExp(
  String.raw`${OWN_VERB_NOT_AFTER}\b(?:(?:was|were)\s+)?(CARRIED|LOST|FELL|DEFEATED|REJECTED)\b|${WELSH_OUTCOME}|${PUT_OUTCOME}|${PUT_AND_AGREED}|\b(?:declared(?:\s+the\s+${PUT})?|${PUT_AND})\s+(?:to\s+(?:be|have\s+been)\s+)?(${caseless('carried|lost|defeated|rejected')})\b${NOT_CARRIED_ON}|(?<=^|[.;:]\s*|\(\s*)(Carried|Lost|Defeated|(?<=\(\s*)(?:carried|lost|defeated))\b(?=\s+(?:by|unanimously|with|on)\b|\s+\d{1,3}\s*(?:[–—-]\s*\d|votes?\b|for\b)|\s*[.;)]|\s*$|[^\S\n]*\n(?!\s*forward\b))`,
  'u',
);

/** The outcome an OUTCOME match states: carried, or lost (lost, fell, defeated, rejected). */
export function outcomeOfMatch(found: RegExpExecArray): 'carried' | 'lost' {
  const word = found.slice(1).find((group) => group !== undefined) ?? '';
  return /^(?:carried|agreed|resolved)$/i.test(word) || WELSH_CARRIED.test(word) ? 'carried' : 'lost';
}

/**
 * "Carried 3–1.", "Lost 2-4": an outcome with its votes for, then against, parted by a dash, as parish minutes
 * score a vote; only right after the outcome's word, where no range or date can be meant. Groups 1 and 2 the counts.
 */
export const OUTCOME_SCORE = /\b(?:carried|lost|defeated)\s+(\d{1,3})\s*[–—-]\s*(\d{1,3})(?![\d/–—-])/i;
/** The score of OUTCOME_SCORE alone ("3–1"), as a regex source: an outcome's words say nothing decided when it follows them. */
export const SCORE = String.raw`\d{1,3}\s*[–—-]\s*\d{1,3}(?![\d/–—-])`;

/**
 * What was put named with its outcome: a vote even with no word of voting and no vote's lines beside it
 * ("The substantive motion was then put and declared to be CARRIED", "The proposal was carried"), its movers
 * between them ("An amendment moved by Cllr A and seconded by Cllr B was put and LOST").
 */
export const PUT_AND_DECIDED = new RegExp(
  String.raw`\b${PUT}\b(?:\s+(?:moved|proposed)\s+by\s[^.;]{1,100}?)?[^.;]{0,30}?\b(?:was|were)\b[^.;]{0,50}?${OWN_VERB_NOT_AFTER}\b(?:CARRIED|LOST|FELL|DEFEATED|REJECTED)\b|${PUT_OUTCOME}|${PUT_AND_AGREED}`,
);

/**
 * "Nem con" (nemine contradicente): no member voted against. It does not say no one abstained, so the vote reader
 * records it as none against, not as unanimous.
 */
export const NEM_CON = String.raw`nem\.?\s*con\b\.?`;

/**
 * Words that say no member voted against what was put, as a regex source: "unanimously", "all in favour", "nem con"
 * (the decision reader leaves them to the vote; the vote reader records such a vote as carried, counting no one for).
 */
export const UNANIMITY = String.raw`unanimous(?:ly)?|(?<!\bnot\s)all\s+in\s+favou?r|${NEM_CON}`;

/** An outcome said in words of any case, an outcome's word or not ("the motion was defeated", "failed"). */
export const OUTCOME_IN_WORDS = /\b(?:carried|lost|defeated|fell|rejected|failed)\b/i;

/** True when a sentence opens with its outcome ("Carried.", "(Lost by 3 votes to 5)"). */
export function opensWithOutcome(sentence: string): boolean {
  const found = OUTCOME.exec(sentence);
  return found !== null && /^\(?\s*$/.test(sentence.slice(0, found.index));
}

/** What is put or moved, as a record names it ("the substantive motion", "recommendation 2"): never "the motion of" a mover. */
const WHAT = String.raw`(?:substantive\s+|amended\s+|original\s+)?(?:recommendations?(?:\s+\d+[a-z]?)?|amendments?|(?:motion|proposal)(?!\s+of\b)|report)`;
/** What was put or moved, as a vote's or a motion's sentence names it. */
export const MOTION = new RegExp(String.raw`\b(?:the\s+)?(${WHAT})\b`, 'i');
/**
 * What was put named as put, where no outcome word names it: "The recommendation was put to the vote",
 * "the Chair put the amendment to the vote", "On being put to the vote, the motion …", "Members voted on
 * the report", a side's label "For the recommendation (4):". Never what a decision's own words name
 * ("RESOLVED that the recommendations be agreed"), which says what was decided, not what was put.
 */
export const NAMED_AS_PUT = new RegExp(
  String.raw`\b(?:the\s+)?(${WHAT})\s+(?:was|were)\s+(?:then\s+|duly\s+|subsequently\s+)?put\b|\bput\s+(?:the\s+)?(${WHAT})\s+to\s+(?:the\s+|a\s+)?vote\b|\bput\s+to\s+(?:the\s+|a\s+)?vote,?\s+the\s+(${WHAT})\b|\bvot(?:e|ed|ing)\s+(?:was\s+taken\s+)?on\s+the\s+(${WHAT})\b|\b(?:For|Against)\s+the\s+(${WHAT})(?=\s*(?:\(\s*\d{1,3}\s*\))?\s*[:–—-])`,
  'i',
);

/** A sentence on one line, its line breaks and runs of spaces one space. */
export const flat = (sentence: string) => squash(sentence.replace(/\n+/g, ' '));

/** Counts written in words, as minutes write small ones ("eleven votes", "none against"). */
const WORDS: Record<string, number> = {
  none: 0,
  no: 0,
  nil: 0,
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
};
/** A count in figures or in words ("12", "twelve"), the longer word first so "nineteen" is never "nine". */
export const NUMBER = String.raw`(?:\d{1,3}|${Object.keys(WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** The value of a count NUMBER matched, in figures or in words of any case; null for anything else. */
export function countValue(count: string): number | null {
  const word = count.toLowerCase();
  return /^\d{1,3}$/.test(word) ? Number(word) : (WORDS[word] ?? null);
}

/**
 * A chair's casting vote ("The Convener used her casting vote in favour of the motion"): no field of a vote holds it, so the vote's
 * text keeps the sentence and the item warns (item-text.ts), the tied counts left as printed.
 */
export const CASTING_VOTE = /\bcasting\s+vote\b/i;
