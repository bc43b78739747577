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

/**
 * The outcome: a word in capitals ("CARRIED"), or in lower case after what was put ("The proposal was
 * carried"), never a lower-case "carried" alone, which is prose ("carried out").
 */
const OUTCOME =
  /\b(?:(?:was|were)\s+)?(CARRIED|LOST|FELL|DEFEATED|REJECTED)\b|\b(?:[Mm]otion|[Pp]roposal|[Aa]mendment|[Rr]ecommendations?)\s+(?:was|were)\s+(?:therefore\s+|duly\s+)?(carried|lost|defeated|rejected)\b/;
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
/** A count, never the end of a sum or a decimal ("£12.50 for a Band D property" is no 50 for). */
const COUNT = String.raw`(?<![\d.,£$])(\d{1,3}|none|no|nil|zero|one|two|three|four|five|six|seven|eight|nine|ten)`;

/**
 * A count with its label before or after it: "6 voting in favour", or as a tally prints it, the
 * label capitalised first: "For 4", "Against: 1", "ABSTENTIONS – 0" (not "for one year").
 */
function countOf(text: string, after: RegExp, labelFirst: RegExp): number | null {
  // "For 4", "Against: 1", "For (3): Councillors A, B and C" as a recorded vote prints it.
  const label = new RegExp(String.raw`\b(?:${labelFirst.source})\s*[:–-]?\s*\(?\s*${COUNT}\b`);
  return countMatch(text, after) ?? countMatch(text, label);
}

function countMatch(text: string, pattern: RegExp): number | null {
  const match = pattern.exec(text);
  if (!match) return null;
  const word = (match[1] ?? '').toLowerCase();
  return /^\d+$/.test(word) ? Number(word) : (WORDS[word] ?? null);
}

const VOTE_WORDS = /\b(?:vote|voting|votes|unanimous(?:ly)?|for|against|abstentions?)\b/i;
/** A recorded vote's line for one side: "For (3): Councillors A, B and C.", "Against: 5", "Abstentions (1): …". */
const TALLY_LINE = /^(?:For|Against|Abstentions?|Abstained|In\s+favou?r)\b\s*[:–-]?\s*\(?\s*\d/i;
/** The most sentences before an outcome that a vote takes. */
const TALLY_SENTENCES = 4;
/** A decision's capitals marker: a tally beside it is the vote that carried it. */
const DECIDED = /\b(?:RESOLVED|AGREED|DECIDED)\b/;

const FOR_AFTER = new RegExp(String.raw`${COUNT}\s+(?:members?\s+)?(?:voting\s+|votes?\s+)?(?:in\s+favou?r|for)\b`, 'i');
const FOR_FIRST = /For|FOR|In\s+[Ff]avou?r|IN\s+FAVOU?R/;
const AGAINST_AFTER = new RegExp(String.raw`${COUNT}\s+(?:members?\s+)?(?:voting\s+|votes?\s+)?against\b`, 'i');
const AGAINST_FIRST = /Against|AGAINST/;

/** "(Voting: For 3, Against 1, Abstention 0)", "(7 for, 2 against)": counts for and against, with no outcome word. */
function isTally(sentence: string): boolean {
  return countOf(sentence, FOR_AFTER, FOR_FIRST) !== null && countOf(sentence, AGAINST_AFTER, AGAINST_FIRST) !== null;
}

/**
 * The sentences that state a vote's outcome; an outcome alone ("The proposal was carried.") is
 * read with the sentence before it when that one gave the vote ("voting was as follows: For 4, …").
 * A tally with no outcome word beside a decision ("RESOLVED that … (Voting: For 3, Against 1)")
 * is the vote that carried the decision.
 */
function sentencesWithOutcome(text: string): string[] {
  const sentences = squash(text.replace(/\n+/g, ' ')).split(/(?<=[.;])\s+(?=[A-Z])/);
  return sentences.flatMap((sentence, at) => {
    const before = sentences[at - 1] ?? '';
    if (!OUTCOME.test(sentence)) {
      if (!isTally(sentence)) return [];
      if (DECIDED.test(sentence)) return [sentence];
      return DECIDED.test(before) && !isTally(before) ? [`${before} ${sentence}`] : [];
    }
    if (VOTE_WORDS.test(sentence)) return [sentence];
    // A recorded vote's lines before the outcome, one for each side: "For (3): …. Against (5): …. The amendment was LOST."
    const tally: string[] = [];
    for (let back = at - 1; back >= 0 && tally.length < TALLY_SENTENCES; back -= 1) {
      const earlier = sentences[back] ?? '';
      if (!VOTE_WORDS.test(earlier) || OUTCOME.test(earlier)) break;
      tally.unshift(earlier);
      // Only a side's line of a tally lets the vote reach further back; any other sentence is its last.
      if (!TALLY_LINE.test(earlier)) break;
    }
    return tally.length > 0 ? [[...tally, sentence].join(' ')] : [];
  });
}

/** Each vote an item's text records, in order. */
export function findVotes(text: string): RecordedVote[] {
  return sentencesWithOutcome(text).map((sentence) => {
    const found = OUTCOME.exec(sentence);
    // No outcome word: a tally beside a decision, which it carried.
    const outcome = found === null || (found[1] ?? found[2] ?? '').toUpperCase() === 'CARRIED' ? 'carried' : 'lost';
    const motion =
      /\b(?:the\s+)?((?:substantive\s+|amended\s+|original\s+)?(?:recommendations?(?:\s+\d+[a-z]?)?|amendments?|motion|proposal|report))\b/i.exec(
        sentence,
      );
    return {
      // A tally beside a decision says what it carried only as the decision words it: nothing put is named.
      motion: motion && found !== null ? squash(motion[1] ?? '').toLowerCase() : null,
      outcome,
      unanimous: /\bunanimous(?:ly)?\b/i.test(sentence),
      for: countOf(sentence, FOR_AFTER, FOR_FIRST),
      against: countOf(sentence, AGAINST_AFTER, AGAINST_FIRST),
      abstentions: countOf(
        sentence,
        new RegExp(String.raw`${COUNT}\s+(?:members?\s+)?(?:abstentions?|abstaining|abstained)\b`, 'i'),
        /Abstentions?|ABSTENTIONS?|Abstain(?:ed)?|ABSTAIN(?:ED)?/,
      ),
      text: sentence,
    };
  });
}
