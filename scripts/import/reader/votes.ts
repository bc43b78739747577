/**
 * Recorded votes: "On being put to the vote the recommendation was CARRIED (6 members voting in
 * favour, none against with 3 abstentions)", "the amendment FELL with 2 voting FOR and 7 AGAINST",
 * "CARRIED unanimously", "LOST (4 for, 5 against)". Kept as data on the item: what was put, the
 * outcome and the counts the record gives (null where it gives none).
 */
import { squash } from '../text.ts';

/** One recorded vote. */
export interface RecordedVote {
  /** What was put to the vote, as the record words it ("the recommendation", "the amendment"). */
  motion: string | null;
  outcome: 'carried' | 'lost';
  /** True when the record says it was unanimous. */
  unanimous: boolean;
  for: number | null;
  against: number | null;
  abstentions: number | null;
  /** The sentence that records it. */
  text: string;
}

const OUTCOME = /\b(?:(?:was|were)\s+)?(CARRIED|LOST|FELL|DEFEATED|REJECTED)\b/;
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
};
const COUNT = String.raw`(\d{1,3}|none|no|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten)`;

function countOf(text: string, pattern: RegExp): number | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const word = (match[1] ?? '').toLowerCase();
  return /^\d+$/.test(word) ? Number(word) : (WORDS[word] ?? null);
}

function sentencesWithOutcome(text: string): string[] {
  return squash(text.replace(/\n+/g, ' '))
    .split(/(?<=[.;])\s+(?=[A-Z])/)
    .filter((sentence) => OUTCOME.test(sentence) && /\b(?:vote|voting|votes|unanimous(?:ly)?|for|against)\b/i.test(sentence));
}

/** Each vote an item's text records, in order. */
export function findVotes(text: string): RecordedVote[] {
  return sentencesWithOutcome(text).map((sentence) => {
    const outcome = (OUTCOME.exec(sentence)?.[1] ?? '').toUpperCase() === 'CARRIED' ? 'carried' : 'lost';
    const motion =
      /\b(?:the\s+)?((?:substantive\s+|amended\s+|original\s+)?(?:recommendations?(?:\s+\d+[a-z]?)?|amendments?|motion|proposal|report))\b/i.exec(
        sentence,
      );
    return {
      motion: motion ? squash(motion[1] ?? '').toLowerCase() : null,
      outcome,
      unanimous: /\bunanimous(?:ly)?\b/i.test(sentence),
      for: countOf(sentence, new RegExp(String.raw`${COUNT}\s+(?:members?\s+)?(?:voting\s+|votes?\s+)?(?:in\s+favou?r|for)\b`, 'i')),
      against: countOf(sentence, new RegExp(String.raw`${COUNT}\s+(?:members?\s+)?(?:voting\s+|votes?\s+)?against\b`, 'i')),
      abstentions: countOf(sentence, new RegExp(String.raw`${COUNT}\s+(?:members?\s+)?(?:abstentions?|abstaining|abstained)\b`, 'i')),
      text: sentence,
    };
  });
}
