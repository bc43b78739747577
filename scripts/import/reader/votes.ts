/**
 * Recorded votes: "On being put to the vote the recommendation was CARRIED (6 members voting in
 * favour, none against with 3 abstentions)", "the amendment FELL with 2 voting FOR and 7 AGAINST",
 * "CARRIED unanimously", "LOST (4 for, 5 against)". Kept as data on the item: what was put, the
 * outcome and the counts the record gives (null where it gives none), who voted which way when a
 * recorded vote names them (vote-names.ts), and who moved and seconded what was put (vote-movers.ts).
 */
import { squash } from '../text.ts';
import { languageOf } from '../formats/text-columns.ts';
import type { MovedMotion, RecordedVote, VoteSide } from '../../../src/model/schema.ts';
import { isDecision, labelledDecisionIn, opensBlock, SHORT_STOP_WITHIN } from './decisions.ts';
import { DECIDING_WORDS, oneOf } from './decision-words.ts';
import { endsOnWordOrComma, joinsOn } from './runs-on.ts';
import { LISTED_APPLICATION } from './application-reference.ts';
import { COUNTS_ONLY, opensLabelledEntry, SIDE_WORD, SIDE_WORDS, VOTING_FIELD, withoutLetterBullets } from '../resolutions.ts';
import { motionsDecided, MOVER_WORD } from './motions.ts';
import {
  countValue,
  flat,
  MOTION,
  NAMED_AS_PUT,
  NUMBER,
  opensWithOutcome,
  OUTCOME,
  OUTCOME_IN_WORDS,
  OUTCOME_SCORE,
  outcomeOfMatch,
  PUT_AND_DECIDED,
  NEM_CON,
  UNANIMITY,
  WELSH_SIDES,
  WELSH_VOTE_WORD,
} from './vote-words.ts';
import { voteTablesAsSideLines } from './vote-table.ts';
import { moversOf, namesMover, namesMovers, PROPOSED_INSTEAD, withMoversStopped, type Movers } from './vote-movers.ts';
import { asksOwnVote, findVoteNames, opensSideList, opensWithOwnVote, recordsOwnVote, type SideList } from './vote-names.ts';
import { ownVoteDecisions } from './vote-own.ts';
import {
  amendmentOfDivision,
  declaresWinner,
  divisionsIn,
  DIVISION_PUT,
  opensDivision,
  opensDivisionSide,
  readDivision,
} from './vote-division.ts';

/** A count, never the end of a sum or a decimal ("£12.50 for a Band D property" is no 50 for). */
const COUNT = String.raw`(?<![\d.,£$])\b(${NUMBER})`;
/** A count as a label's value, its word in any case ("Against: Two", "Abstained: None"). */
const LABELLED_COUNT = String.raw`(?<![\d.,£$])\b((?i:${NUMBER}))`;

/**
 * A count with its label before or after it: "6 voting in favour", or as a tally prints it, the
 * label capitalised first: "For 4", "Against: 1", "ABSTENTIONS – 0" (not "for one year").
 */
function countOf(text: string, after: RegExp, labelFirst: RegExp): number | null {
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

function countMatch(text: string, pattern: RegExp): number | null {
  const match = pattern.exec(text);
  if (!match) return null;
  return countValue(match[1] ?? '');
}

/** Words of voting, English or Welsh ("Pleidleisiodd 3 o blaid a 4 yn erbyn"). */
const VOTE_WORDS = new RegExp(
  String.raw`\b(?:vote|voting|votes|unanimous(?:ly)?|for|against|abstentions?|${WELSH_VOTE_WORD}|${WELSH_SIDES.for}|${WELSH_SIDES.against})\b`,
  'iu',
);
/** A recorded vote's line for one side: "For (3): Councillors A, B and C.", "Against: 5", "Abstentions (1): …". */
const TALLY_LINE = new RegExp(String.raw`^${SIDE_WORD}\b\s*[:–-]?\s*\(?\s*\d`, 'i');
/** A side's line of a recorded vote: its count ("For 4", "Against (5):") or its names ("For: Councillors A and B."). */
const isSideLine = (sentence: string): boolean => TALLY_LINE.test(sentence) || opensSideList(sentence);
/** What countedAfterMovers reads, as a quick look at the whole text: a count for after a stop, as "… seconded CD. 3 for, 1 abstention." has it. */
const COUNTS_AFTER_MOVERS = /[.!?]\s+\(?\d{1,3}\s+(?:for|in\s+favou?r)\b/i;
/**
 * "Payment 7 was proposed by Cllr Ash, seconded by Cllr Elm and approved, 3 in favour, Cllr Oak not voting.": a
 * proposal moved, approved in lower case and its votes for counted in one sentence, as parish minutes record a vote.
 */
const MOVED_AND_APPROVED = /\bseconded\b[^.;]{0,80}?(?:\band|,)\s+(?:approved|agreed|carried)\s*,?\s+\(?\d{1,3}\s+(?:in\s+favou?r|for)\b/i;
/** The most sentences before an outcome that a vote takes. */
const TALLY_SENTENCES = 4;
/**
 * A decision's capitals marker: a tally beside it is the vote that carried it, or for "DID NOT AGREE" (as
 * a schools forum's phase members decide one entry each) the vote that lost it, its counts saying so.
 */
const DECIDED = new RegExp(String.raw`\b(?:${oneOf(DECIDING_WORDS)}|DID\s+NOT\s+AGREE)\b`);

/**
 * "carried by 7 votes to 3", "lost by 4 votes to 9", "Carried 3 votes to 1", "Resolved (4 votes to 2) that …", or
 * alone after a decision ("RESOLVED to buy two bins. 5 votes to 2."): the votes for what was put, then those against.
 */
const VOTES_TO = String.raw`(?:\bby\s+|\(\s*|(?<=^|[.!?]\s+)|\b(?:carried|lost)\s+(?=\d{1,3}\s+votes?\b))`;
const BY_VOTES = new RegExp(String.raw`${VOTES_TO}${COUNT}\s+votes?,?\s+to\s+${NUMBER}\b`, 'i');
const BY_VOTES_AGAINST = new RegExp(String.raw`${VOTES_TO}${NUMBER}\s+votes?,?\s+to\s+${COUNT}\b`, 'i');
const FOR_AFTER = new RegExp(
  String.raw`${COUNT}\s+(?:members?\s+)?(?:voting\s+|voted\s+|votes?\s+)?(?:in\s+favou?r|for|${WELSH_SIDES.for})\b`,
  'i',
);
/**
 * A side's words (lower-case regex source, from SIDE_WORDS) as a tally prints them before a count: capitalised
 * ("For", "In favour", "In Favour") or in capitals ("IN FAVOUR"), never prose's lower case ("for 3 months").
 */
export function printedFirst(words: string): string {
  const capitalised = words
    .replace(/^[a-z]/, (letter) => letter.toUpperCase())
    .replace(/\\s\+([a-z])/g, (_all, letter: string) => String.raw`\s+[${letter.toUpperCase()}${letter}]`);
  const capitals = words.replace(/(?<!\\)[a-z]/g, (letter) => letter.toUpperCase());
  return `(?:${capitalised}|${capitals})`;
}

/** "For 4", "In favour: 6", and a planning committee's "For refusal 4", "For approval 5", naming what the votes were for. */
const FOR_FIRST = new RegExp(
  String.raw`${printedFirst(SIDE_WORDS.for)}(?:\s+(?:refusal|approval|deferral))?|${printedFirst(SIDE_WORDS.inFavour)}`,
);
const AGAINST_AFTER = new RegExp(
  String.raw`${COUNT}\s+(?:members?\s+)?(?:voting\s+|voted\s+|votes?\s+)?(?:against|${WELSH_SIDES.against})\b`,
  'i',
);
/**
 * A side's label in lower case straight after another side's count, as one tally goes on once its first label is
 * capitalised: "For 5, against 1 (Cllr Moss)", "For 4; abstentions 1". Alone, "against 3 tenders" is prose.
 */
const AFTER_A_COUNT = String.raw`(?<=\d\)?\s*[,;]\s{0,3})`;
const AGAINST_FIRST = new RegExp(String.raw`${printedFirst(SIDE_WORDS.against)}|${AFTER_A_COUNT}against`);

/** "3 abstentions", "1 member abstaining", "1 abstain": the abstentions, count first. */
const ABSTAINED_AFTER = new RegExp(
  String.raw`${COUNT}\s+(?:members?\s+)?(?:abstentions?|abstaining|abstained|abstain|${WELSH_SIDES.abstained})\b`,
  'i',
);
const ABSTAINED_FIRST = new RegExp(
  String.raw`Abstentions?|ABSTENTIONS?|Abstain(?:ed)?|ABSTAIN(?:ED)?|${AFTER_A_COUNT}(?:abstentions?|abstained|abstaining)`,
);

/** "(Voting: For 3, Against 1, Abstention 0)", "(7 for, 2 against)", "by 6 votes to 2": counts for and against, with no outcome word. */
function countsBothSides(sentence: string): boolean {
  const both = countOf(sentence, FOR_AFTER, FOR_FIRST) !== null && countOf(sentence, AGAINST_AFTER, AGAINST_FIRST) !== null;
  return both || BY_VOTES.test(sentence);
}

/** True when a sentence counts the votes for more than once ("(3 for, 0 against) … (2 for, 1 against)"): several votes. */
const severalTallies = (sentence: string): boolean => [...sentence.matchAll(new RegExp(FOR_AFTER.source, 'gi'))].length > 1;

/** A tally with no outcome word: counts for and against, or the votes for and the abstentions, none against said ("(4 for, 1 abstention)"). */
const isTally = (sentence: string): boolean =>
  countsBothSides(sentence) || (countOf(sentence, FOR_AFTER, FOR_FIRST) !== null && ABSTAINED_AFTER.test(sentence));

/**
 * The sentences that state a vote's outcome; an outcome alone ("The proposal was carried.") is
 * read with the sentence before it when that one gave the vote ("voting was as follows: For 4, …").
 * A tally with no outcome word beside a decision ("RESOLVED that … (Voting: For 3, Against 1)"), or
 * just before one, is the vote that carried the decision.
 */
function sentencesWithOutcome(sentences: string[]): { text: string; at: number }[] {
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
      // "RESOLVED that:" over "(i) …", "(ii) …", then "Proposed Cllr Ash, seconded Cllr Elm. 6 for, 1 against.": the list's decision.
      const listLead = leadOverEntries(sentences, at - 1);
      const leadsList = sentences[listLead] ?? '';
      if (listLead < at - 1 && namesMovers(sentence) && (DECIDED.test(leadsList) || isDecision(leadsList)) && !isTally(leadsList))
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
      const labelled = VOTING_FIELD.test(sentence) && !isTally(before) ? labelledDecisionIn(before) : null;
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
        DECIDED.test(next) || ((opensBlock(next) || (moved && isDecision(next))) && !isTally(before) && !severalTallies(sentence));
      if (opens && nextOwn && !worded && !isTally(next) && !OUTCOME.test(next)) return [{ text: `${sentence} ${next}`, at: at + 1 }];
      // A decision in a clerk's words ("Resolved that …") over "Vote: 4 for, 1 against.", unless an outcome after the tally is its own.
      return isDecision(before) && !isTally(before) && !OUTCOME.test(next) ? [{ text: `${before} ${sentence}`, at }] : [];
    }
    const after = sidesAfter(sentences, at);
    // An outcome that words the vote itself takes only side lines before it, not the prose that led to it.
    const worded = VOTE_WORDS.test(sentence);
    const lines = worded && !isSideLine(before) ? [] : sidesBefore(sentences, at);
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

/** True when a sentence is a decision with no vote of its own: no outcome, no tally and no word that it was unanimous. */
const decidedAlone = (sentence: string): boolean =>
  isDecision(sentence) && !OUTCOME.test(sentence) && !isTally(sentence) && !UNANIMOUS_DECISION.test(sentence);

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

/**
 * A recorded vote's side lines with no outcome word beside them, over a decision ("There voted for the
 * minutes being a correct record: Councillors A and B ..... 2", "There voted against …", then "Resolved -
 * That the minutes be approved"): the vote that carried the decision, as a tally beside one is, with the
 * sentence that led into it when that one speaks of the vote ("following a vote the minutes were declared
 * a correct record by 5 votes to 3").
 */
function sidesBeforeDecision(sentences: string[], outcomes: { at: number }[]): { text: string; at: number }[] {
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

/** True when a line ends with a tally in brackets and nothing else in them: "… (4 for, 1 abstention)". */
const endsWithTally = (line: string): boolean => COUNTS_ONLY.test(/\([^()]*\)\.?$/.exec(line)?.[0] ?? '');

/** A piece's last line with words: the blank line kept for a paragraph break is none. */
const lastLine = (piece: string[] | undefined): string | undefined => piece?.filter((line) => line !== '').at(-1);

/**
 * The text in pieces no sentence crosses: a side's line of a recorded vote printed on a line of its own
 * ("For: Councillors A and B", with the lines it wraps onto) is a piece, ended by a blank line (not
 * one after the label's colon), the next side's line or a line that states an outcome or a decision, even with no full stop;
 * a planning list's line that opens its next application; and a line a decision's marker opens (decisionStartsAt).
 */
function sideLinePieces(text: string): string[] {
  const pieces: string[][] = [[]];
  let inSide = false;
  for (const line of text.split('\n').map((each) => each.trim())) {
    if (line === '') {
      // A label that ends in a colon has its names after the blank line ("There voted for …:", "", "Councillors …").
      if (inSide && !/:$/.test(lastLine(pieces.at(-1)) ?? '')) {
        pieces.push([]);
        inSide = false;
      }
      // The paragraph break is kept, once: a mover's name never runs on across it (vote-movers.ts).
      const piece = pieces.at(-1);
      if (piece !== undefined && piece.length > 0 && piece.at(-1) !== '') piece.push('');
      continue;
    }
    // "Voting: For 7, Against 0" under a labelled decision: a piece of its own, no sentence of the fields after it.
    if (VOTING_FIELD.test(line)) {
      pieces.push([line], []);
      inSide = false;
      continue;
    }
    const opens = opensSideList(line) || opensDivisionSide(line);
    // A side's line printed with no stop ends before the outcome or the decision on the next line.
    const ends: boolean = inSide && (OUTCOME.test(line) || isDecision(line));
    // A planning list's next application ("(2) 24/00112/HOU – …") starts afresh: a tally printed with no stop
    // ("(Voting: 4 for, 1 against)") is the application's above, never the next one's decision.
    if (opens || ends || LISTED_APPLICATION.test(line) || decisionStartsAt(line, lastLine(pieces.at(-1)))) pieces.push([]);
    pieces.at(-1)?.push(line);
    inSide = opens || (inSide && !ends);
    // "PENDERFYNWYD … (4 o blaid, 1 yn ymatal)": a tally in brackets ends its line's sentence, stop or none, so a
    // bilingual record's Welsh vote never runs on into the English paragraph after it.
    if (endsWithTally(line)) {
      pieces.push([]);
      inSide = false;
    }
  }
  return pieces.filter((piece) => piece.length > 0).map((piece) => piece.join('\n').trimEnd());
}

/** A field's line, its label first ("Speakers: Mr A Lane (objector) and the ward councillor"): whole, however it ends. */
const LABELLED_LINE = /^\p{Lu}[\p{L}'’ ]{0,30}:\s+\S/u;

/**
 * True when a decision's marker opens the line ("RESOLVED that …", "Decision:") and the line above ends what it says,
 * as the decision reader starts the decision there: a vote's text is the decision it carried, never the lines printed
 * over it with no stop ("Speakers: Mr A (objector), Cllr B (ward member)", an application's line). A line above that
 * runs on leads into the marker ("It was unanimously" over "Resolved: …"), unless it is an application's line or a
 * labelled field's that ends with no word joining it on ("Speakers: … and the ward councillor").
 */
function decisionStartsAt(line: string, above: string | undefined): boolean {
  if (above === undefined || !opensBlock(line)) return false;
  const fieldEnds = LABELLED_LINE.test(above) && !joinsOn(above);
  return !endsOnWordOrComma(above) || LISTED_APPLICATION.test(above) || fieldEnds;
}

/** A recorded vote's lines before its outcome, one for each side: "For (3): …. Against (5): …. The amendment was LOST." */
function sidesBefore(sentences: string[], at: number): string[] {
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
function sideLinesBefore(sentences: string[], at: number): string[] {
  let start = at;
  while (start > 0 && at - start < TALLY_SENTENCES && isSideLine(sentences[start - 1] ?? '')) start -= 1;
  return start === at ? [] : [...leadInto(sentences[start - 1] ?? ''), ...sentences.slice(start, at)];
}

/** The sentence before a vote's side lines, when it leads into them ("Upon a vote being taken there voted:"). */
const leadInto = (before: string): string[] => (VOTE_WORDS.test(before) && !isTally(before) && !OUTCOME.test(before) ? [before] : []);

/** The outcome sentence just before a run of side lines, past members' own votes; null when there is none. */
function outcomeBefore(sentences: string[], start: number): string | null {
  let back = start - 1;
  while (back >= 0 && recordsOwnVote(sentences[back] ?? '')) back -= 1;
  const sentence = sentences[back] ?? '';
  return OUTCOME.test(sentence) ? sentence : null;
}

/** Whether a vote's sentence says it was carried or lost. */
function outcomeOf(sentence: string): RecordedVote['outcome'] {
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
function sidesAfter(sentences: string[], at: number): string[] {
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

/** The names on each side, as the fields of a vote; a side the text does not list is left out. */
function namesOf(sides: Partial<Record<VoteSide, SideList>>): Pick<RecordedVote, VoteSide> {
  const named = Object.entries(sides).filter(([, list]) => list.names.length > 0);
  return Object.fromEntries(named.map(([side, list]) => [side, list.names]));
}

/** A side a tally counts besides the votes for, in English or Welsh: "against", "abstention", "yn erbyn", "yn ymatal". */
const COUNTED_SIDE = new RegExp(String.raw`against|\babstention|\b${WELSH_SIDES.against}|\b${WELSH_SIDES.abstained}`, 'i');

/** Each vote an item's text records, in order, with who moved and seconded what was put when the text says. */
export function findVotes(text: string): RecordedVote[] {
  return findVotesAndMotions(text).votes;
}

/**
 * Where one sentence ends and the next begins: after a full stop (not a short word's, decisions.ts: "Proposed
 * by Cllr. K Butler", "Cllr. D. Hopkins") or a semicolon, before a capital or a numbered paragraph ("(1) An amendment …",
 * "c) …", "2. Secondary members …"), so no vote's text ends with the next entry's number; so too before a paragraph's
 * number alone at a piece's end ("… CARRIED unanimously." over "1.", the decision's line a piece of its own: decisionStartsAt),
 * and before a sub-item's number ("4.2", "4.2."), as a ModernGov page prints one between two decisions.
 */
const sentenceBreak = (semicolon: boolean): RegExp =>
  new RegExp(
    String.raw`(?<=(?<!${SHORT_STOP_WITHIN})\.["”’]?${semicolon ? '|;["”’]?' : ''})\s+(?=["“]?[A-Z]|\(?\w{1,3}\)\s|\d{1,2}(?:\.\d{1,2})?\.(?:\s|$)|\d{1,2}\.\d{1,2}(?:\s|$))`,
    'u',
  );
const SENTENCE_BREAK = sentenceBreak(true);
/**
 * Where a side's line of a recorded vote ends a sentence: at a full stop only. Its semicolons part the members' groups by
 * title ("FOR (9) Aldermen Ash and Elm; Councillors Fir, Oak …", as Northern Irish councils print them), one list.
 */
const SIDE_LIST_BREAK = sentenceBreak(false);

/**
 * Where a clause begins: "… CARRIED and became …", "… LOST, and the original motion …", "… CARRIED; the
 * motion …", or a sentence after a bracket that ends the last with no stop: "… CARRIED (7 for, 0 against)
 * The recommendation as amended was then put …".
 */
const CLAUSE_BREAK = /,?\s+and\s+|,\s+|;\s+|(?<=\))\s+(?=[A-Z])/g;
/** A count of a side in a clause: "with 9 voting for", "(7 for, 2 against)", "by 6 votes to 2". */
const CLAUSE_COUNT = new RegExp(
  String.raw`${COUNT}\s+(?:members?\s+)?(?:voting\s+|voted\s+|votes?\b|for\b|against\b|in\s+favou?r|abstentions?|abstain)`,
  'i',
);

/**
 * A sentence that states two outcomes is two votes, as full councils minute an amendment and then the
 * motion it became: "The amendment was CARRIED and became the substantive motion, which on being put to
 * the vote was CARRIED unanimously." It parts at the first clause break after the first outcome whose
 * words up to the second outcome count no votes, so each vote keeps its own counts ("CARRIED, with 9
 * voting for and 5 against, and …" parts only before "and …"). A sentence with one outcome is kept whole.
 */
function twoOutcomesApart(sentence: string): string[] {
  const first = OUTCOME.exec(sentence);
  if (first === null) return [sentence];
  const end = first.index + first[0].length;
  const second = OUTCOME.exec(sentence.slice(end));
  if (second === null) return [sentence];
  const secondAt = end + second.index;
  for (const clause of sentence.slice(end, secondAt).matchAll(CLAUSE_BREAK)) {
    const at = end + clause.index;
    const rest = sentence.slice(at + clause[0].length);
    if (CLAUSE_COUNT.test(sentence.slice(at, secondAt))) continue;
    return [sentence.slice(0, at), ...twoOutcomesApart(rest)];
  }
  return [sentence];
}

/**
 * What an item's text records of its votes, and of its proposals moved (or seconded) and then decided
 * with no vote recorded (decisions.ts says what a decision is): "The recommendations were moved by
 * Councillor Ash and seconded by Councillor Elm." over "Resolved:".
 */
export function findVotesAndMotions(item: string): { votes: RecordedVote[]; motions: MovedMotion[] } {
  // A recorded vote's table is read as the side lines prose prints (vote-table.ts).
  // Word's "o" bullet opening a line is no word of the vote's sentences (resolutions.ts).
  // "Prop: AM  Sec: RC  Unanimous": the movers' line ends before the vote (vote-movers.ts).
  const text = withMoversStopped(voteTablesAsSideLines(withoutLetterBullets(item)));
  // Every vote has an outcome word, a proposal carried, or a decision's marker beside a tally (which
  // counts votes against); every motion names a mover: most items have neither.
  const counted = COUNTED_SIDE.test(text) || BY_VOTES.test(text);
  const voted =
    OUTCOME.test(text) ||
    (MOVER_WORD.test(text) && COUNTS_AFTER_MOVERS.test(text)) ||
    MOVED_AND_APPROVED.test(text) ||
    opensDivision(text) ||
    PROPOSAL_CARRIED.test(text) ||
    UNANIMOUS_DECISION.test(text) ||
    UNANIMOUS.test(text) ||
    asksOwnVote(text) ||
    (counted && (DECIDED.test(text) || isDecision(text)));
  if (!voted && !MOVER_WORD.test(text)) return { votes: [], motions: [] };
  // Sentences keep their line breaks: a mover's name ends at its line (vote-movers.ts).
  // A sentence also ends before a numbered paragraph: "… approves the proposals.”" then "(1) An amendment was moved …".
  const sentences = sideLinePieces(text).flatMap((piece) =>
    squash(piece)
      .split(opensSideList(piece) ? SIDE_LIST_BREAK : SENTENCE_BREAK)
      .flatMap(twoOutcomesApart),
  );
  const divisions = voted ? divisionsRead(sentences) : [];
  // A division's sentences are its vote alone: no outcome in them is another vote.
  const inDivision = ({ at }: { at: number }) => divisions.some((division) => at >= division.from && at <= division.at);
  const withOutcome = voted ? sentencesWithOutcome(sentences) : [];
  const outcomes = [...withOutcome, ...(voted ? sidesBeforeDecision(sentences, withOutcome) : [])].filter((found) => !inDivision(found));
  const proposals = PROPOSAL_CARRIED.test(text) ? proposalsCarried(sentences, outcomes).filter((found) => !inDivision(found)) : [];
  const unanimous = voted ? unanimousDecisions(sentences, [...outcomes, ...proposals, ...divisions]) : [];
  // "(Councillor Crisp asked that his vote against resolution (b) be recorded.)" under a decision with no vote (vote-own.ts).
  const own = ownVoteDecisions(sentences, [...outcomes, ...proposals, ...divisions, ...unanimous]);
  const found: { text: string; at: number; vote?: RecordedVote }[] = [...outcomes, ...proposals, ...unanimous, ...divisions, ...own].sort(
    (a, b) => a.at - b.at,
  );
  const votes = found.map((each) => insteadPut(each.vote ?? readVote(flat(each.text)), sentences, each.at));
  const movers = moversOf(
    sentences,
    found.map(({ at }, index) => ({ at, kind: putKind(votes[index]?.motion ?? null) })),
  );
  return {
    votes: withoutWelshTwins(votes.flatMap((vote, index) => withAmendment(withMovers(vote, movers.votes[index]), movers.votes[index]))),
    motions: motionsDecided(sentences, movers.unspent),
  };
}

/** True when two votes state the same outcome and the same counts. */
const sameCounts = (one: RecordedVote, other: RecordedVote): boolean =>
  one.outcome === other.outcome && one.for === other.for && one.against === other.against && one.abstentions === other.abstentions;

/**
 * Bilingual minutes print each paragraph in Welsh and then in English (or the other way round), so a vote twice:
 * "PENDERFYNWYD … (4 o blaid, 1 yn ymatal)" beside "It was RESOLVED … (4 for, 1 abstention)". A vote whose text reads
 * Welsh (the language test of formats/text-columns.ts) next to an English one with the same outcome and counts is that
 * vote: the English is kept, as the decisions are (decisions.ts). A Welsh vote with no English twin stays.
 */
function withoutWelshTwins(votes: RecordedVote[]): RecordedVote[] {
  const twinOf = (vote: RecordedVote) => (twin: RecordedVote | undefined) =>
    twin !== undefined && languageOf(twin.text) === 'english' && sameCounts(vote, twin);
  return votes.filter((vote, at) => languageOf(vote.text) !== 'welsh' || ![votes[at - 1], votes[at + 1]].some(twinOf(vote)));
}

/**
 * Each division the sentences record that reads as a vote, with the sentence after it read for which side
 * won; a sentence that only says so ("The motion was accordingly declared carried.") is the division's, no
 * second vote re-reading the division's counts.
 */
function divisionsRead(sentences: string[]): { from: number; at: number; text: string; vote: RecordedVote }[] {
  return divisionsIn(sentences).flatMap((division) => {
    const after = sentences[division.at + 1] ?? '';
    const vote = readDivision(flat(division.text), after);
    if (vote === null) return [];
    return [{ ...division, at: declaresWinner(after) ? division.at + 1 : division.at, vote }];
  });
}

/**
 * A vote that names nothing as put, on a proposal made in place of another ("Mrs Ransome proposed an increase of
 * 3% instead. This was seconded … and was LOST"): the amendment, though the record never says the word.
 */
function insteadPut(vote: RecordedVote, sentences: string[], at: number): RecordedVote {
  const proposed = [sentences[at - 1] ?? '', sentences[at] ?? ''].some((sentence) => PROPOSED_INSTEAD.test(sentence));
  return vote.motion === null && proposed ? { ...vote, motion: 'amendment' } : vote;
}

/** What a vote's movers moved: an amendment, the motion put against an amendment (a division), or the motion. */
function putKind(motion: string | null): 'amendment' | 'division' | 'motion' {
  if (motion === DIVISION_PUT) return 'division';
  return /\bamendment/.test(motion ?? '') ? 'amendment' : 'motion';
}

/**
 * "Proposed by Cllr Smith, seconded by Cllr Jones and unanimously approved.", "Cllr Ure proposed Cllr
 * Vane, seconded by Cllr Wren; all in favour.", "Proposed: Cllr Ash Seconded: Cllr Elm. Unanimous.", "The recommendations were moved by Cllr Quinn …" over
 * "It was unanimously Resolved:": a proposal moved and carried with no outcome word in capitals, as parish
 * and other minutes record a vote; the sentence that moves it and, when it does not say the outcome, the next.
 */
const PROPOSAL_CARRIED =
  /(?:^|[.;]\s+)\(?unanimous\)?\.?[ \t]*$|\b(?:unanimously\s+(?:approved|agreed|carried|resolved|appointed|adopted|accepted|elected)|(?:approved|agreed|carried|resolved)\s+unanimously|(?<!\bnot\s)all\s+(?:in\s+favou?r|agreed)|(?:was|were)\s+(?:unanimously\s+)?carried(?!\s+out))\b|\bIt\s+was\s+unanimously\b/im;

/**
 * "It was unanimously RESOLVED that …", "RESOLVED UNANIMOUSLY: …", "RESOLVED (unanimously):", "RESOLVED that the lease
 * be renewed (unanimous).", "… be noted. (Unanimous.)", "RESOLVED (nem con) that …", "… (all in favour).": a decision that says no member voted against it.
 */
const UNANIMOUS_DECISION = new RegExp(
  String.raw`\b(?:unanimously\s+(?:resolved|agreed|approved|decided)|(?:resolved|agreed|approved|decided)\s+(?:unanimously\b|\(\s*unanimously\s*\)))|\(\s*(?:${UNANIMITY})\s*\.?\s*\)`,
  'i',
);
/** "Unanimous.", "Nem con.", "All in favour.": a sentence that says only that the decision above it was carried unanimously. */
const UNANIMOUS_ALONE = new RegExp(String.raw`^\(?\s*(?:${UNANIMITY})\s*\.?\s*\)?\.?$`, 'i');
/** "Nem con" as a word of its own, wherever the sentence says it. */
const NEM_CON_ANYWHERE = new RegExp(String.raw`\b${NEM_CON}`, 'i');
/** "… all in favour", "… (unanimous)": unanimity as the vote's sentence says it; "all agreed" too. */
const UNANIMOUS = new RegExp(String.raw`\b(?:${UNANIMITY})|(?<!\bnot\s)\ball\s+agreed\b`, 'i');

/**
 * Decisions said to be unanimous that no other vote took, movers or none, and decisions a sentence of their own
 * under them says were ("RESOLVED that … ." over "Unanimous."): each a vote carried unanimously, nothing put named (the
 * decision says what) and no one counted, as the record counts no one, so the record keeps that it was unanimous.
 */
function unanimousDecisions(sentences: string[], taken: { at: number }[]): { text: string; at: number }[] {
  const spent = new Set(taken.map(({ at }) => at));
  return sentences.flatMap((sentence, at) => {
    if (spent.has(at)) return [];
    if (UNANIMOUS_DECISION.test(sentence) && isDecision(sentence)) return [{ text: sentence, at }];
    const before = sentences[at - 1] ?? '';
    return UNANIMOUS_ALONE.test(sentence) && !spent.has(at - 1) && decidedAlone(before) ? [{ text: `${before} ${sentence}`, at }] : [];
  });
}

function proposalsCarried(sentences: string[], outcomes: { at: number }[]): { text: string; at: number }[] {
  const taken = new Set(outcomes.map(({ at }) => at));
  return sentences.flatMap((sentence, at) => {
    if (!namesMover(sentence) || OUTCOME.test(sentence)) return [];
    const next = sentences[at + 1] ?? '';
    if (PROPOSAL_CARRIED.test(sentence)) return taken.has(at) ? [] : [{ text: sentence, at }];
    if (!PROPOSAL_CARRIED.test(next) || OUTCOME.test(next) || namesMover(next) || taken.has(at + 1)) return [];
    return [{ text: `${sentence} ${next}`, at: at + 1 }];
  });
}

/** A vote with its movers, each only when the record names them. */
function withMovers(vote: RecordedVote, movers: Movers | undefined): RecordedVote {
  if (movers === undefined || votedAgainstOwn(vote, movers)) return vote;
  return {
    ...vote,
    ...(movers.movedBy ? { movedBy: movers.movedBy } : {}),
    ...(movers.secondedBy ? { secondedBy: movers.secondedBy } : {}),
  };
}

/** A division's vote, after the amendment's own vote when the record says who moved the amendment; any other vote alone. */
function withAmendment(vote: RecordedVote, movers: Movers | undefined): RecordedVote[] {
  if (movers?.amendment === undefined || vote.motion !== DIVISION_PUT) return [vote];
  return [withMovers(amendmentOfDivision(vote), movers.amendment), vote];
}

/**
 * True when a mover is named among those who voted against what was put: what they moved was something
 * else ("moved that the minutes are not a correct record", then the minutes put, the mover against).
 */
function votedAgainstOwn(vote: RecordedVote, movers: Movers): boolean {
  const surname = (name: string) => name.split(/\s+/).at(-1)?.toLowerCase();
  const names = new Set((vote.votedAgainst ?? []).map(surname));
  return [movers.movedBy, movers.secondedBy].some((name) => name !== null && names.has(surname(name)));
}

/** What a match names as put, in lower case (its first group that matched); null with none. */
const named = (match: RegExpExecArray | null): string | null => {
  const words = match?.slice(1).find((group) => group !== undefined);
  return words === undefined ? null : squash(words).toLowerCase();
};

/** A decision's marker and its words, up to the bracket an outcome opens ("RESOLVED that the report be noted ("). */
const DECIDED_THEN_BRACKET = new RegExp(String.raw`${DECIDED.source}[^()]*\(\s*$`);

/** What one vote's sentences say: what was put, the outcome, the counts and the names. */
function readVote(sentence: string): RecordedVote {
  const found = OUTCOME.exec(sentence);
  const sides = findVoteNames(sentence);
  // A count printed after a side's names ("…… 24") when no label gives one.
  const score = OUTCOME_SCORE.exec(sentence);
  const votesFor =
    countOf(sentence, FOR_AFTER, FOR_FIRST) ??
    countMatch(sentence, BY_VOTES) ??
    countValue(score?.[1] ?? '') ??
    sides.votedFor?.count ??
    null;
  const votesAgainst =
    countOf(sentence, AGAINST_AFTER, AGAINST_FIRST) ??
    countMatch(sentence, BY_VOTES_AGAINST) ??
    countValue(score?.[2] ?? '') ??
    sides.votedAgainst?.count ??
    null;
  // A tally with no outcome word carried the decision beside it, unless more voted against than for: then
  // what was put fell ("The Chair put the amendment to the vote (For 3, Against 6). RESOLVED that …").
  const outvoted = found === null && votesFor !== null && votesAgainst !== null && votesFor < votesAgainst;
  // "RESOLVED that the report be noted (carried 5-0).": an outcome in brackets after a decision is a tally beside it.
  const beside = found !== null && DECIDED_THEN_BRACKET.test(sentence.slice(0, found.index));
  return {
    // A tally beside a decision says what it carried only as the decision words it: what was put is named
    // only where the record names it as put ("The recommendation was put to the vote: For 6, Against 2").
    motion: found !== null && !beside ? named(MOTION.exec(sentence)) : named(NAMED_AS_PUT.exec(sentence)),
    outcome: outvoted ? 'lost' : outcomeOf(sentence),
    // "All in favour", "all agreed": every member who voted, voted for. "Nem con": none against, abstentions unsaid.
    unanimous: UNANIMOUS.test(sentence.replace(NEM_CON_ANYWHERE, ' ')),
    for: votesFor,
    against: votesAgainst ?? (NEM_CON_ANYWHERE.test(sentence) ? 0 : null),
    abstentions: countOf(sentence, ABSTAINED_AFTER, ABSTAINED_FIRST) ?? sides.abstained?.count ?? null,
    ...namesOf(sides),
    text: sentence,
  };
}
