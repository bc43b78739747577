/**
 * A recorded vote's side lines ("For (3): Councillors A, B and C.", "Against: 5") and members' own votes, before or
 * after the outcome they belong to, and over a decision no outcome word states (the vote that carried it). Apart
 * because which outcome a run of side lines is for is one question, asked by the outcomes' reader
 * (vote-outcomes.ts) and by the vote reader (votes.ts).
 */
import type { RecordedVote } from '../../../src/model/schema.ts';
import { isDecision } from './decision-clerk-forms.ts';
import { OUTCOME, outcomeOfMatch, SIDE_WORD, WELSH_SIDES, WELSH_VOTE_WORD } from './vote-words.ts';
import { findVoteNames, opensSideList } from './vote-names.ts';
import { recordsOwnVote } from './vote-own-names.ts';
import { AGAINST_AFTER, AGAINST_FIRST, countOf, FOR_AFTER, FOR_FIRST, isTally } from './vote-counts.ts';

/** Words of voting, English or Welsh ("Pleidleisiodd 3 o blaid a 4 yn erbyn"). */
export const VOTE_WORDS = new RegExp(
  String.raw`\b(?:vote|voting|votes|unanimous(?:ly)?|for|against|abstentions?|${WELSH_VOTE_WORD}|${WELSH_SIDES.for}|${WELSH_SIDES.against})\b`,
  'iu',
);
/** A recorded vote's line for one side: "For (3): Councillors A, B and C.", "Against: 5", "Abstentions (1): …". */
const TALLY_LINE = new RegExp(String.raw`^${SIDE_WORD}\b\s*[:–-]?\s*\(?\s*\d`, 'i');
/** A side's line of a recorded vote: its count ("For 4", "Against (5):") or its names ("For: Councillors A and B."). */
export const isSideLine = (sentence: string): boolean => TALLY_LINE.test(sentence) || opensSideList(sentence);

/** The most sentences before an outcome that a vote takes. */
const TALLY_SENTENCES = 4;

/**
 * A recorded vote's side lines with no outcome word beside them, over a decision ("There voted for the
 * minutes being a correct record: Councillors A and B ..... 2", "There voted against …", then "Resolved -
 * That the minutes be approved"): the vote that carried the decision, as a tally beside one is, with the
 * sentence that led into it when that one speaks of the vote ("following a vote the minutes were declared
 * a correct record by 5 votes to 3").
 */
export function sidesBeforeDecision(sentences: string[], outcomes: { at: number }[]): { text: string; at: number }[] {
  const taken = new Set(outcomes.map(({ at }) => at));
  const found: { text: string; at: number }[] = [];
  for (let start = 0; start < sentences.length; start += 1) {
    if (!isSideLine(sentences[start] ?? '')) continue;
    let end = start;
    while (end + 1 < sentences.length && isSideLine(sentences[end + 1] ?? '')) end += 1;
    const before = sentences[start - 1] ?? '';
    const after = sentences[end + 1] ?? '';
    // A decision that has its vote already, a tally of its own or the tally just before it, is not voted twice.
    const voted = taken.has(end + 1) || taken.has(end);
    if (!OUTCOME.test(before) && !OUTCOME.test(after) && !recordsOwnVote(before) && isDecision(after) && !voted) {
      found.push({ text: [...leadInto(before), ...sentences.slice(start, end + 1)].join(' '), at: end });
    }
    start = end;
  }
  return found;
}

/** A recorded vote's lines before its outcome, one for each side: "For (3): …. Against (5): …. The amendment was LOST." */
export function sidesBefore(sentences: string[], at: number): string[] {
  const tally: string[] = [];
  for (let back = at - 1; back >= 0 && tally.length < TALLY_SENTENCES; back -= 1) {
    const earlier = sentences[back] ?? '';
    // A member's own minuted vote is the vote before it.
    if (!(VOTE_WORDS.test(earlier) || isSideLine(earlier)) || OUTCOME.test(earlier) || recordsOwnVote(earlier)) break;
    tally.unshift(earlier);
    // Only a side's line of a tally lets the vote reach further back; any other sentence is its last.
    if (!isSideLine(earlier)) break;
  }
  const earlier = outcomeBefore(sentences, at - tally.length);
  return earlier !== null && earlierVoteHolds(earlier, tally, sentences[at] ?? '') ? [] : tally;
}

/**
 * The side lines just before a sentence ("For: A and B", "Against: C"), with the sentence that led into
 * them when it speaks of the vote ("A recorded vote was taken:"); none when the sentence before is no side's.
 */
export function sideLinesBefore(sentences: string[], at: number): string[] {
  let start = at;
  while (start > 0 && at - start < TALLY_SENTENCES && isSideLine(sentences[start - 1] ?? '')) start -= 1;
  return start === at ? [] : [...leadInto(sentences[start - 1] ?? ''), ...sentences.slice(start, at)];
}

/** The sentence before a vote's side lines, when it leads into them ("Upon a vote being taken there voted:"). */
const leadInto = (before: string): string[] => (VOTE_WORDS.test(before) && !isTally(before) && !OUTCOME.test(before) ? [before] : []);

/** The outcome sentence just before a run of side lines, past members' own votes; null when there is none. */
export function outcomeBefore(sentences: string[], start: number): string | null {
  let back = start - 1;
  while (back >= 0 && recordsOwnVote(sentences[back] ?? '')) back -= 1;
  const sentence = sentences[back] ?? '';
  return OUTCOME.test(sentence) ? sentence : null;
}

/** Whether a vote's sentence says it was carried or lost. */
export function outcomeOf(sentence: string): RecordedVote['outcome'] {
  const found = OUTCOME.exec(sentence);
  // No outcome word: a tally beside a decision, which it carried.
  return found === null ? 'carried' : outcomeOfMatch(found);
}

/**
 * Side lines between two outcomes ("The amendment was LOST. For: A and B. Against: C, D and E. The
 * motion was CARRIED.") are the later vote's, as records mostly print them, unless their counts (or
 * names counted) fit only the earlier outcome: more against than for beside a lost amendment.
 */
function earlierVoteHolds(earlier: string, lines: string[], later: string): boolean {
  const text = lines.join(' ');
  const sides = findVoteNames(text);
  const votesFor = countOf(text, FOR_AFTER, FOR_FIRST) ?? sides.votedFor?.count ?? sides.votedFor?.names.length;
  const votesAgainst = countOf(text, AGAINST_AFTER, AGAINST_FIRST) ?? sides.votedAgainst?.count ?? sides.votedAgainst?.names.length;
  if (votesFor === undefined || votesAgainst === undefined || votesFor === votesAgainst) return false;
  const fits = (outcome: string) => votesFor > votesAgainst === (outcomeOf(outcome) === 'carried');
  return fits(earlier) && !fits(later);
}

/**
 * What follows an outcome about its vote: members' own minuted votes ("Councillor A asked that her vote
 * against be recorded"), and side lines ("The motion was CARRIED. For: Councillors A and B. Against:
 * Councillor C."), these only when they do not run on into another outcome, whose lines they are.
 */
export function sidesAfter(sentences: string[], at: number): string[] {
  const run: string[] = [];
  for (let next = at + 1; next < sentences.length && run.length < TALLY_SENTENCES; next += 1) {
    const sentence = sentences[next] ?? '';
    if (OUTCOME.test(sentence) || !(isSideLine(sentence) || recordsOwnVote(sentence))) break;
    run.push(sentence);
  }
  const later = sentences[at + run.length + 1] ?? '';
  if (!OUTCOME.test(later)) return run;
  const lines = run.findIndex((sentence) => !recordsOwnVote(sentence));
  if (lines === -1 || earlierVoteHolds(sentences[at] ?? '', run.slice(lines), later)) return run;
  return run.slice(0, lines);
}
