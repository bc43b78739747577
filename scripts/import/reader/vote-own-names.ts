/**
 * Members named with their own votes in a sentence of the minutes, apart from any side's list: "Councillor Green
 * asked that her vote against be recorded", "Cllr Pooley voted against (c).", "(Councillor Pickles abstained.)", and
 * those minuted as not voting ("Cllr Haverstock did not vote."). Apart from the side lists' labels (vote-names.ts,
 * which adds these members to the side each voted on) because these are sentences about members, read by their own
 * patterns, which the decisions' and the votes' readers also ask of a sentence.
 */
import { COUNCILLOR_SOURCE, COUNCILLORS_SOURCE } from '../../../src/model/honorifics.ts';
import { NAME } from '../attendance-text.ts';
import { squash } from '../text.ts';
import { DISSENT } from './vote-words.ts';

/**
 * "Councillor Green asked that her vote against the motion be recorded", "Councillors Ash and Elm
 * requested that their abstentions be recorded": members who had their own votes minuted, group 1 the
 * names, group 2 the way they voted ("against", "for", "in favour"), or none for an abstention; group 3 a "dissent" (vote-words.ts
 * DISSENT), a vote against: "Councillor O'Hare asked that his dissent be recorded".
 */
export const OWN_VOTE = new RegExp(
  String.raw`((?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\s+${NAME}(?:(?:,\s*|\s+and\s+)(?:(?:${COUNCILLOR_SOURCE})\s+)?${NAME})*)\s+(?:asked|requested|wished)\s+(?:that|for)\s+(?:his|her|their)\s+(?:votes?\s+(against|for|in\s+favou?r)|abstentions?|(${DISSENT}))\b[^.]*?\s(?:be|to\s+be|were|was)\s+(?:recorded|minuted|noted)`,
  'u',
);

/**
 * "(Cllr Haverstock did not vote.)", "Councillors Ash and Elm did not vote on this item", "…, Cllr Oakes not voting.": members minuted as not voting,
 * which no side holds (they neither voted nor are said to have abstained), group 0 the words.
 */
const DID_NOT_VOTE = new RegExp(
  String.raw`(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\s+${NAME}(?:(?:,\s*|\s+and\s+)(?:(?:${COUNCILLOR_SOURCE})\s+)?${NAME})*\s+(?:did\s+not\s+vote|not\s+voting)\b[^.;)]*`,
  'gu',
);

/** The words of each minuted "X did not vote" in a text, for a warning: the record says it, no field keeps it. */
export const notVoting = (text: string): string[] => [...squash(text).matchAll(DID_NOT_VOTE)].map((match) => match[0].trim());

/** True when a sentence holds a member's request that their own vote be minuted ("Councillor Crisp asked that his vote against … be recorded"). */
export const asksOwnVote = (sentence: string): boolean => OWN_VOTE.test(sentence);

/**
 * "Cllr Pooley voted against (c).", "Councillors Ash and Elm abstained.", "Councillor Fyfe dissented.": members' own votes said
 * as a sentence of their own, opening it, after the decision they voted on, or in brackets within it ("(Councillor Lowry
 * abstaining)"); groups `names` and `way`, or `dissent` (a vote against), neither for an abstention. Regex source.
 */
const VOTED_WAY_SOURCE = String.raw`(?<names>(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\s+${NAME}(?:(?:,\s*|\s+and\s+)(?:(?:${COUNCILLOR_SOURCE})\s+)?${NAME})*)\s+(?:voted\s+(?<way>against|for|in\s+favou?r)|(?<dissent>${DISSENT})|abstain(?:ed|ing))\b`;
/** VOTED_WAY's form opening a sentence, or a bracket after a decision's stop: "(Councillor Pickles abstained.)". */
const VOTED_WAY = new RegExp(String.raw`^\s*\(?\s*${VOTED_WAY_SOURCE}`, 'u');
/** VOTED_WAY's form anywhere it may open a sentence: a line's start, after a stop, or in brackets. */
export const VOTED_WAY_WITHIN = new RegExp(String.raw`(?:^|[.;]\s+|\(\s*)${VOTED_WAY_SOURCE}`, 'mu');

/**
 * VOTED_WAY's form as a clause after a comma, as a division minutes those who abstained after its two sides: "…, Councillor
 * Gunn abstaining."; global, for each clause in a text.
 */
export const VOTED_WAY_CLAUSE = new RegExp(String.raw`,\s*${VOTED_WAY_SOURCE}`, 'gu');

/** True when a text minutes members' own votes in a sentence of their own or in brackets ("(Councillor Pickles abstained.)"). */
export const namesOwnVote = (text: string): boolean => VOTED_WAY_WITHIN.test(text);

/** True when a sentence opens with members and the way they voted ("Cllr Pooley voted against (c)."). */
export const opensWithOwnVote = (sentence: string): boolean => VOTED_WAY.test(sentence);

/** True when a sentence minutes members' own votes, which are always the vote before it. */
export function recordsOwnVote(sentence: string): boolean {
  return OWN_VOTE.test(sentence) || VOTED_WAY.test(sentence);
}
