/**
 * A tally's counts: the votes for, against and abstaining, label first as a tally prints them ("For 4", "Against:
 * 1", "ABSTENTIONS – 0") or count first ("6 voting in favour", "1 abstention"), "by 7 votes to 3", and whether a
 * sentence is a tally with no outcome word. Apart because the vote reader (votes.ts) reads a vote's counts with
 * them and its parts (vote-outcomes.ts, vote-sides.ts, vote-sentences.ts) ask whether a sentence counts votes.
 */
import { countValue, NUMBER, printedFirst, printedSide, SIDE_WORD, SIDE_WORDS, sideWordsOf, WELSH_SIDES } from './vote-words.ts';
import { caseless } from './caseless.ts';

/** A count, never the end of a sum or a decimal ("£12.50 for a Band D property" is no 50 for). */
export const COUNT = String.raw`(?<![\d.,£$])\b(${NUMBER})`;
/** A count as a label's value, its word in any case ("Against: Two", "Abstained: None"). */
const LABELLED_COUNT = String.raw`(?<![\d.,£$])\b(${caseless(NUMBER)})`;

/**
 * A count with its label before or after it: "6 voting in favour", or as a tally prints it, the
 * label capitalised first: "For 4", "Against: 1", "ABSTENTIONS – 0" (not "for one year").
 */
export function countOf(text: string, after: RegExp, labelFirst: RegExp): number | null {
  // "For 4", "Against: 1", "For (3): Councillors A, B and C" as a recorded vote prints it; a count in words
  // after a label may be capitalised as the label's value ("Abstained: None").
  const label = new RegExp(String.raw`\b(?:${labelFirst.source})\s*[:–-]?\s*\(?\s*${LABELLED_COUNT}\b`);
  // A tally is written one way throughout: in "For: 4 Against: 0", 4 is the votes for, not against.
  return labelsFirst(text) ? (countMatch(text, label) ?? countMatch(text, after)) : (countMatch(text, after) ?? countMatch(text, label));
}

/** A side's label and its count, label first ("For: 4", "AGAINST 2", "Abstaining – 1"), or count first ("4 for", "1 abstention"). */
const LABEL_THEN_COUNT = new RegExp(String.raw`\b${SIDE_WORD}\s*[:–-]?\s*\(?\s*\d`, 'gi');
const COUNT_THEN_LABEL = new RegExp(
  String.raw`(?<![\d.,£$])\d{1,3}\s+(?:members?\s+)?(?:voting\s+|voted\s+|votes?\s+)?${SIDE_WORD}\b`,
  'i',
);

/** Where the first label with its count stands, capitalised as a tally prints it: "for 3" in prose ("deferred for 3 months") is none. */
function firstLabel(text: string): number | undefined {
  return [...text.matchAll(LABEL_THEN_COUNT)].find((match) => /^[A-Z]/.test(match[0]))?.index;
}

/** True when the text's first count of a side comes after its label: the tally's labels lead. */
function labelsFirst(text: string): boolean {
  const label = firstLabel(text);
  const count = COUNT_THEN_LABEL.exec(text)?.index;
  return label !== undefined && (count === undefined || label < count);
}

/** The count a pattern's first group holds, in figures or words; null when the pattern finds none. */
export function countMatch(text: string, pattern: RegExp): number | null {
  const match = pattern.exec(text);
  if (!match) return null;
  return countValue(match[1] ?? '');
}

/**
 * "carried by 7 votes to 3", "lost by 4 votes to 9", "Carried 3 votes to 1", "Resolved (4 votes to 2) that …", or
 * alone after a decision ("RESOLVED to buy two bins. 5 votes to 2."): the votes for what was put, then those against.
 */
const VOTES_TO = String.raw`(?:\bby\s+|\(\s*|(?<=^|[.!?]\s+)|\b(?:carried|lost)\s+(?=\d{1,3}\s+votes?\b))`;
/** "by 7 votes to 3": the votes for (group 1). */
export const BY_VOTES = new RegExp(String.raw`${VOTES_TO}${COUNT}\s+votes?,?\s+to\s+${NUMBER}\b`, 'i');
/** "by 7 votes to 3": the votes against (group 1). */
export const BY_VOTES_AGAINST = new RegExp(String.raw`${VOTES_TO}${NUMBER}\s+votes?,?\s+to\s+${COUNT}\b`, 'i');
/** "6 voting in favour", "4 for": the votes for, count first. */
export const FOR_AFTER = new RegExp(
  String.raw`${COUNT}\s+(?:members?\s+)?(?:voting\s+|voted\s+|votes?\s+)?(?:${sideWordsOf('for')}|${WELSH_SIDES.for})\b`,
  'i',
);
/**
 * "For 4", "In favour: 6", "Agree: 8", and a planning committee's "For refusal 4", "For approval 5", naming what the votes
 * were for.
 */
export const FOR_FIRST = new RegExp(
  String.raw`${printedFirst(SIDE_WORDS.for[0])}(?:\s+(?:refusal|approval|deferral))?|${printedSide('for')}`,
);
/** "2 voting against", "1 against": the votes against, count first. */
export const AGAINST_AFTER = new RegExp(
  String.raw`${COUNT}\s+(?:members?\s+)?(?:voting\s+|voted\s+|votes?\s+)?(?:${sideWordsOf('against')}|${WELSH_SIDES.against})\b`,
  'i',
);
/**
 * A side's label in lower case straight after another side's count, as one tally goes on once its first label is
 * capitalised: "For 5, against 1 (Cllr Moss)", "For 4; abstentions 1". Alone, "against 3 tenders" is prose.
 */
const AFTER_A_COUNT = String.raw`(?<=\d\)?\s*[,;]\s{0,3})`;
export const AGAINST_FIRST = new RegExp(String.raw`${printedSide('against')}|${AFTER_A_COUNT}${sideWordsOf('against')}`);

/** "3 abstentions", "1 member abstaining", "1 abstain": the abstentions, count first. */
export const ABSTAINED_AFTER = new RegExp(
  String.raw`${COUNT}\s+(?:members?\s+)?(?:${sideWordsOf('abstained')}|${WELSH_SIDES.abstained})\b`,
  'i',
);
/** "Abstentions 0", "Abstained: 1": the abstentions, label first. */
export const ABSTAINED_FIRST = new RegExp(String.raw`${printedSide('abstained')}|${AFTER_A_COUNT}${sideWordsOf('abstained')}`);

/** "(Voting: For 3, Against 1, Abstention 0)", "(7 for, 2 against)", "by 6 votes to 2": counts for and against, with no outcome word. */
export function countsBothSides(sentence: string): boolean {
  const both = countOf(sentence, FOR_AFTER, FOR_FIRST) !== null && countOf(sentence, AGAINST_AFTER, AGAINST_FIRST) !== null;
  return both || BY_VOTES.test(sentence);
}

/** True when a sentence counts the votes for more than once ("(3 for, 0 against) … (2 for, 1 against)"): several votes. */
export const severalTallies = (sentence: string): boolean => [...sentence.matchAll(new RegExp(FOR_AFTER.source, 'gi'))].length > 1;

/** A tally with no outcome word: counts for and against, or the votes for and the abstentions, none against said ("(4 for, 1 abstention)"). */
export const isTally = (sentence: string): boolean =>
  countsBothSides(sentence) || (countOf(sentence, FOR_AFTER, FOR_FIRST) !== null && ABSTAINED_AFTER.test(sentence));
