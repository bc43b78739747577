/**
 * The sentences that state a vote: an outcome word ("CARRIED", "was lost"), a tally beside a decision or just
 * before or after one, counts alone after a proposal's movers, members' own votes on a decision, and what each
 * takes with it (side lines, the movers, the decision it carried). Apart because this is which sentences are a
 * vote; the vote reader (votes.ts) then reads each one's counts and names.
 */
import { isDecision } from './decision-clerk-forms.ts';
import { labelledDecisionIn, sentenceOpensBlock } from './decision-markers.ts';
import { DECIDING_WORDS, oneOf } from './decision-words.ts';
import { LISTED_APPLICATION } from './application-reference.ts';
import { COUNTS_ONLY, VOTING_FIELD } from '../decision-end-lines.ts';
import { opensLabelledEntry } from '../list-entries.ts';
import { opensWithOutcome, OUTCOME, OUTCOME_IN_WORDS, OUTCOME_SCORE, PUT_AND_DECIDED } from './vote-words.ts';
import { namesMover, namesMovers } from './vote-movers.ts';
import { opensWithOwnVote, recordsOwnVote } from './vote-own-names.ts';
import { countsBothSides, isTally, severalTallies } from './vote-counts.ts';
import { isSideLine, outcomeBefore, sideLinesBefore, sidesAfter, sidesBefore, VOTE_WORDS } from './vote-sides.ts';
import { decidedAlone } from './vote-unanimous.ts';
import { tallyAlone } from './vote-list-tally.ts';
import { tieSettled } from './vote-tie.ts';

/**
 * "Payment 7 was proposed by Cllr Ash, seconded by Cllr Elm and approved, 3 in favour, Cllr Oak not voting.": a
 * proposal moved, approved in lower case and its votes for counted in one sentence, as parish minutes record a vote.
 */
export const MOVED_AND_APPROVED =
  /\bseconded\b[^.;]{0,80}?(?:\band|,)\s+(?:approved|agreed|carried)\s*,?\s+\(?\d{1,3}\s+(?:in\s+favou?r|for)\b/i;

/**
 * A decision's capitals marker: a tally beside it is the vote that carried it, or for "DID NOT AGREE" (as
 * a schools forum's phase members decide one entry each) the vote that lost it, its counts saying so.
 */
export const DECIDED = new RegExp(String.raw`\b(?:${oneOf(DECIDING_WORDS)}|DID\s+NOT\s+AGREE)\b`);

/**
 * The sentences that state a vote's outcome; an outcome alone ("The proposal was carried.") is
 * read with the sentence before it when that one gave the vote ("voting was as follows: For 4, …").
 * A tally with no outcome word beside a decision ("RESOLVED that … (Voting: For 3, Against 1)"), or
 * just before one, is the vote that carried the decision.
 */
export function sentencesWithOutcome(sentences: string[]): { text: string; at: number }[] {
  const found = sentencesVoted(sentences);
  const taken = new Set(found.map(({ at }) => at));
  return found.flatMap((vote) => {
    // "… 4 for, 2 against. Cllrs Ash and Elm voted against.": members' own votes said after a vote are that vote's.
    if (taken.has(vote.at - 1) && ownVoteAlone(sentences, vote.at)) return [];
    return [{ ...vote, text: [vote.text, ...ownVotesAfter(sentences, vote)].join(' ') }];
  });
}

/** True when a sentence is members' own votes said alone, with no outcome or tally of its own ("Cllr Pooley voted against (c)."). */
const ownVoteAlone = (sentences: string[], at: number): boolean =>
  opensWithOwnVote(sentences[at] ?? '') && !OUTCOME.test(sentences[at] ?? '');

/** The sentences of members' own votes straight after a vote's own, which its text does not hold already. */
function ownVotesAfter(sentences: string[], vote: { text: string; at: number }): string[] {
  const after: string[] = [];
  for (let next = vote.at + 1; ownVoteAlone(sentences, next) && !vote.text.includes(sentences[next] ?? ''); next += 1)
    after.push(sentences[next] ?? '');
  return after;
}

/** Each vote the sentences state, by the sentence that states it (sentencesWithOutcome then joins members' own votes said after). */
function sentencesVoted(sentences: string[]): { text: string; at: number }[] {
  return sentences.flatMap((sentence, at) => {
    const before = sentences[at - 1] ?? '';
    if (!OUTCOME.test(sentence)) {
      // "RESOLVED that: … (c) …." over "Cllr Pooley voted against (c).": members' own votes on a decision no outcome word states.
      if (opensWithOwnVote(sentence) && !recordsOwnVote(before) && outcomeBefore(sentences, at) === null)
        return [{ text: [sentence, ...sidesAfter(sentences, at)].join(' '), at }];
      const counted = countedAfterMovers(sentences, at);
      if (counted !== null) return [{ text: counted, at }];
      if (MOVED_AND_APPROVED.test(sentence)) return [{ text: sentence, at }];
      if (!isTally(sentence)) return [];
      // "The council resolved to object (3 for, 1 against).", the side lines before it its own.
      if (DECIDED.test(sentence) || isDecision(sentence)) return [{ text: [...sideLinesBefore(sentences, at), sentence].join(' '), at }];
      if (DECIDED.test(before) && !isTally(before)) return [{ text: `${before} ${sentence}`, at }];
      // "RESOLVED that:" over "(i) …", "(ii) …", then "Proposed Cllr Ash, seconded Cllr Elm. 6 for, 1 against." or the tally alone
      // ("Voting: 4 for, 2 against (Councillors A and B).", vote-list-tally.ts): the list's decision.
      const listLead = leadOverEntries(sentences, at - 1);
      const leadsList = sentences[listLead] ?? '';
      if (
        listLead < at - 1 &&
        (namesMovers(sentence) || tallyAlone(sentence)) &&
        (DECIDED.test(leadsList) || isDecision(leadsList)) &&
        !isTally(leadsList)
      )
        return [{ text: sentences.slice(listLead, at + 1).join(' '), at }];
      // "RESOLVED that …. Proposed Cllr Ash, seconded Cllr Elm. For 4, Against 1.": the movers between the decision and its tally,
      // unless an outcome follows the tally, whose vote it is ("… put the amendment, 5 voting for and 8 against." over "The
      // amendment FELL.", the amendment's movers and proposal above it).
      // So too past the lettered points of a decision's list ("RESOLVED that:" over "a) …; b) …", then the movers and tally).
      const lead = leadOverEntries(sentences, at - 2);
      const decided = sentences.slice(lead, at - 1).join(' ');
      const outcomeNext = OUTCOME.test(sentences[at + 1] ?? '');
      const leads = sentences[lead] ?? '';
      if (namesMovers(before) && !isTally(before) && (DECIDED.test(leads) || isDecision(leads)) && !isTally(decided) && !outcomeNext)
        return [{ text: `${decided} ${before} ${sentence}`, at }];
      // "Decision: GRANTED subject to conditions." over "Voting: For 7, Against 0": the vote that carried it.
      const labelled = VOTING_FIELD.test(sentence) ? labelledDecisionOver(sentences, at) : null;
      if (labelled !== null) return [{ text: `${labelled} ${sentence}`, at }];
      // "Upon being put to the vote: For 4, Against 3." over "RESOLVED that …": the decision it carried,
      // unless the tally's sentence says an outcome of its own in words no outcome reads ("… was defeated"), or the
      // decision is a planning list's next application's ("2. 24/00112/HOU – … RESOLVED: Refused."), or the tally
      // already follows its own labelled decision ("Decision: Approved. For 4, Against 1.").
      const next = sentences[at + 1] ?? '';
      const worded = OUTCOME_IN_WORDS.test(sentence);
      const nextOwn = !LISTED_APPLICATION.test(next) && labelledDecisionIn(before) === null;
      // "DECISION: The Forum agreed …", "Resolved that …" under the tally open a decision as "RESOLVED" does, unless the
      // tally is one of several, a line each ("Meals – agreed (3 for, 0 against)" over "Music – agreed (2 for, 1 against)").
      // So does a decision in a clerk's words ("The quote was agreed.") under a tally its movers' sentence leads into ("Proposed
      // Cllr Ash, seconded Cllr Elm. 3 for, 2 against."), as parish minutes record a vote: the outcome is the decision's, no word added.
      const moved = namesMovers(sentence) || (namesMovers(before) && !isTally(before));
      const opens =
        DECIDED.test(next) || ((sentenceOpensBlock(next) || (moved && isDecision(next))) && !isTally(before) && !severalTallies(sentence));
      if (opens && nextOwn && !worded && !isTally(next) && !OUTCOME.test(next)) return [{ text: `${sentence} ${next}`, at: at + 1 }];
      // A decision in a clerk's words ("Resolved that …") over "Vote: 4 for, 1 against.", unless an outcome after the tally is its own.
      return isDecision(before) && !isTally(before) && !OUTCOME.test(next) ? [{ text: `${before} ${sentence}`, at }] : [];
    }
    const after = sidesAfter(sentences, at);
    // An outcome that words the vote itself takes only side lines before it, not the prose that led to it.
    const worded = VOTE_WORDS.test(sentence);
    // A tie in the sentence before a casting vote's is its counts (vote-tie.ts).
    const sides = worded && !isSideLine(before) ? [] : sidesBefore(sentences, at);
    const lines = sides.length === 0 ? tieSettled(sentence, before) : sides;
    // "Proposed Cllr Ash, seconded Cllr Elm. Carried.": the outcome alone after its movers.
    if (opensWithOutcome(sentence) && lines.length === 0 && namesMover(before)) return [{ text: `${before} ${sentence}`, at }];
    // "RESOLVED that the fees be frozen." over "Carried 6-1." or "Carried.": an outcome alone under a decision is the vote
    // that decided it, its text the decision's, as a tally beside a decision is; with no counts, none are read.
    const decided = opensWithOutcome(sentence) && lines.length === 0 && decidedAlone(before) ? [before] : [];
    // "… be noted (carried 6-1).", "Carried 3–1.": an outcome that scores the vote says it as words would.
    const scored = PUT_AND_DECIDED.test(sentence) || OUTCOME_SCORE.test(sentence);
    const vote = worded || lines.length > 0 || after.length > 0 || scored || decided.length > 0;
    return vote ? [{ text: [...decided, ...lines, sentence, ...after].join(' '), at }] : [];
  });
}

/** The most sentences a labelled decision may run to above the vote's field under it. */
const FIELD_REACH = 3;

/**
 * The labelled decision a vote's field stands under, from its label to the field: "Decision: That the Order not be made.
 * Officers to review the boundary." over "Panel vote: 2 in favour, 1 against", the decision's every sentence. Null when a
 * tally or an outcome stands between (the field is no vote on that decision then), or no label is near.
 */
function labelledDecisionOver(sentences: string[], at: number): string | null {
  for (let back = at - 1; back >= 0 && back >= at - FIELD_REACH; back -= 1) {
    const sentence = sentences[back] ?? '';
    if (isTally(sentence) || OUTCOME.test(sentence)) return null;
    const labelled = labelledDecisionIn(sentence);
    if (labelled !== null) return [labelled, ...sentences.slice(back + 1, at)].join(' ');
  }
  return null;
}

/** The most lettered points of a decision's list a tally after them reaches back over to the decision that leads into them. */
const LIST_POINTS = 12;

/**
 * Where the decision stands that the lettered points ending at `at` are the list of ("RESOLVED that: a) …; b) …" as
 * sentences): the sentence just before the first point; `at` itself when it is no point, or the points reach too far.
 */
function leadOverEntries(sentences: string[], at: number): number {
  let first = at;
  while (first > 0 && at - first < LIST_POINTS && opensLabelledEntry(sentences[first] ?? '')) first -= 1;
  return opensLabelledEntry(sentences[first] ?? '') ? at : first;
}

/** A count opening a sentence after a stop ("… seconded CD. 3 for, 1 abstention."): no capital starts it, so no sentence break parts it. */
const COUNT_AFTER_STOP = /(?<=[.!?])\s+(?=\(?\d)/;

/**
 * "Proposed AB, seconded CD. 3 for, 1 abstention.": counts alone after the movers, as parish minutes record the
 * vote on what the item decided, the count on the movers' sentence or the next; none against said, so no tally
 * (isTally) reads it. The movers and the counts as the vote's text; null when the sentence is no such count.
 */
function countedAfterMovers(sentences: string[], at: number): string | null {
  const sentence = sentences[at] ?? '';
  if (countsBothSides(sentence)) return null;
  if (COUNTS_ONLY.test(sentence) && namesMover(sentences[at - 1] ?? '')) return `${sentences[at - 1] ?? ''} ${sentence}`;
  const parts = sentence.split(COUNT_AFTER_STOP);
  const movers = parts.at(-2) ?? '';
  return parts.length > 1 && COUNTS_ONLY.test(parts.at(-1) ?? '') && namesMover(movers) ? `${movers} ${parts.at(-1) ?? ''}` : null;
}
