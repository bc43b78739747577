/**
 * A ballot between candidates, as an annual meeting minutes an election: a line a candidate with their votes
 * ("Councillor Delahaye     5 votes"), or a round of a ballot on one line ("Second ballot: Ashdown 4, Fitzgerald 4,
 * Greenhalgh 1."). A recorded vote is one question put, for and against, so it holds no candidates: the decision
 * reader keeps who was elected ("Councillor Delahaye was declared elected Town Mayor …") and the ballot's counts are
 * said in a warning, never read as a vote's for and against.
 */
import { NAME, TITLE } from '../attendance-text.ts';
import { NUMBER, printedSide } from './vote-words.ts';

/** A side's word (vote-words.ts SIDE_WORDS) or a division's that may open a line of votes ("Motion 5 votes", "For 4 votes"): a vote's line, no candidate's. */
const SIDE_WORD = String.raw`(?:${printedSide('for')}|${printedSide('against')}|${printedSide('abstained')}|Motion|Amendment|Total)\b`;
/** "Councillor Delahaye     5 votes", "Mrs A Lamb – 4 votes": a candidate's name and their votes, the whole line. */
const CANDIDATE_VOTES = new RegExp(
  String.raw`^[^\S\n]*(?!${SIDE_WORD})(?:${TITLE})?${NAME}[^\S\n]*[-–—:]?[^\S\n]*(?:${NUMBER})[^\S\n]+votes?\.?[^\S\n]*$`,
  'u',
);
/** "First ballot: Ashdown 3, Fitzgerald 3, Greenhalgh 3.": a round of a ballot, each candidate with a count. */
const BALLOT_ROUND = /^\s*(?:\p{Lu}\p{Ll}+\s+)?(?:ballot|round)\s*(?:\d{1,2}\s*)?:\s*\p{Lu}[^\n]*\d/iu;
/**
 * "(Ellery 4, Ashworth 3)", "(Cllr Dent 3 and Cllr Orme 6)": each candidate with a count in one bracket, as a show of hands
 * between candidates is minuted in the sentence that says who was elected. Never a side's word for a name ("(For 5, Against 2)").
 */
const CANDIDATE_COUNT = String.raw`(?!${SIDE_WORD})(?:${TITLE})?${NAME}[^\S\n]+\d{1,3}`;
const CANDIDATES_IN_BRACKETS = new RegExp(String.raw`\(${CANDIDATE_COUNT}(?:(?:,\s*|\s+and\s+)${CANDIDATE_COUNT})+\)`, 'gu');
/** Words that say the item held an election, so its counted lines are a ballot's. */
const ELECTION = /\b(?:ballot|elected|election)\b/i;

/** True when a line is a candidate's votes alone ("Councillor Delahaye 5 votes"): no sentence runs on across it. */
export const isCandidateLine = (line: string): boolean => CANDIDATE_VOTES.test(line);

/**
 * The lines of an item's text that count a ballot's votes, and the brackets that count a show of hands between candidates,
 * as printed; none unless the text speaks of an election.
 */
export function ballotLines(text: string): string[] {
  if (!ELECTION.test(text)) return [];
  const lines = text.split('\n').filter((line) => isCandidateLine(line) || BALLOT_ROUND.test(line));
  const brackets = [...text.matchAll(CANDIDATES_IN_BRACKETS)].map((found) => found[0]);
  return [...lines, ...brackets].map((line) => line.trim().replace(/\s+/g, ' '));
}
