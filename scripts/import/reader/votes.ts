/**
 * Recorded votes: "On being put to the vote the recommendation was CARRIED (6 members voting in
 * favour, none against with 3 abstentions)", "the amendment FELL with 2 voting FOR and 7 AGAINST",
 * "CARRIED unanimously", "LOST (4 for, 5 against)". Kept as data on the item: what was put, the
 * outcome and the counts the record gives (null where it gives none), who voted which way when a
 * recorded vote names them (vote-names.ts), and who moved and seconded what was put (vote-movers.ts). Its parts:
 * the vote's sentences (vote-sentences.ts), which of them state a vote (vote-outcomes.ts, vote-unanimous.ts), side
 * lines (vote-sides.ts) and counts (vote-counts.ts).
 */
import { squash } from '../text.ts';
import { languageOf } from '../formats/text-columns.ts';
import type { MovedMotion, RecordedVote, VoteSide } from '../../../src/model/schema.ts';
import { isDecision } from './decision-clerk-forms.ts';
import { VOTING_FIELD } from '../decision-end-lines.ts';
import { withoutLetterBullets } from '../list-entries.ts';
import { DECISION_LABEL } from './decision-words.ts';
import { motionsDecided, MOVER_WORD } from './motions.ts';
import {
  CASTING_VOTE,
  countValue,
  flat,
  MOTION,
  NAMED_AS_PUT,
  NEM_CON,
  OUTCOME,
  OUTCOME_SCORE,
  sideWordsOf,
  UNANIMITY,
  WELSH_SIDES,
} from './vote-words.ts';
import { voteTablesAsSideLines } from './vote-table.ts';
import { withMoversStopped } from './mover-names.ts';
import { type Movers, moversOf, PROPOSED_INSTEAD } from './vote-movers.ts';
import { findVoteNames, opensSideList, type SideList } from './vote-names.ts';
import { asksOwnVote, namesOwnVote } from './vote-own-names.ts';
import { ownVoteDecisions } from './vote-own.ts';
import { votesOfMembers } from './vote-bodies.ts';
import { groupCounts, mayCountByGroup } from './vote-group-counts.ts';
import { amendmentOfDivision, declaresWinner, DIVISION_PUT, divisionsIn, opensDivision, readDivision } from './vote-division.ts';
import {
  ABSTAINED_AFTER,
  ABSTAINED_FIRST,
  AGAINST_AFTER,
  AGAINST_FIRST,
  BY_VOTES,
  BY_VOTES_AGAINST,
  countMatch,
  countOf,
  FOR_AFTER,
  FOR_FIRST,
} from './vote-counts.ts';
import { DECIDED, MOVED_AND_APPROVED, sentencesWithOutcome } from './vote-outcomes.ts';
import { SENTENCE_BREAK, SIDE_LIST_BREAK, sideLinePieces, twoOutcomesApart } from './vote-sentences.ts';
import { outcomeOf, sidesBeforeDecision } from './vote-sides.ts';
import { PROPOSAL_CARRIED, proposalsCarried, UNANIMOUS_DECISION, unanimousDecisions } from './vote-unanimous.ts';

/** What countedAfterMovers reads, as a quick look at the whole text: a count for after a stop, as "… seconded CD. 3 for, 1 abstention." has it. */
const COUNTS_AFTER_MOVERS = /[.!?]\s+\(?\d{1,3}\s+(?:for|in\s+favou?r)\b/i;

/** The names on each side, as the fields of a vote; a side the text does not list is left out. */
function namesOf(sides: Partial<Record<VoteSide, SideList>>): Pick<RecordedVote, VoteSide> {
  const named = Object.entries(sides).filter(([, list]) => list.names.length > 0);
  return Object.fromEntries(named.map(([side, list]) => [side, list.names]));
}

/** A side a tally counts besides the votes for, in English or Welsh: "against", "abstention", "yn erbyn", "yn ymatal". */
const COUNTED_SIDE = new RegExp(
  String.raw`${sideWordsOf('against')}|\babstention|\b${WELSH_SIDES.against}|\b${WELSH_SIDES.abstained}`,
  'i',
);

/** Each vote an item's text records, in order, with who moved and seconded what was put when the text says. */
export function findVotes(text: string): RecordedVote[] {
  return findVotesAndMotions(text).votes;
}

/**
 * What an item's text records of its votes, and of its proposals moved (or seconded) and then decided
 * with no vote recorded (decision-clerk-forms.ts says what a decision is): "The recommendations were moved by
 * Councillor Ash and seconded by Councillor Elm." over "Resolved:"; and the text of each vote whose sides named bodies, not
 * members, left to its text (vote-bodies.ts), for a warning.
 */
export function findVotesAndMotions(item: string): { votes: RecordedVote[]; motions: MovedMotion[]; bodies: string[] } {
  // A recorded vote's table is read as the side lines prose prints (vote-table.ts).
  // Word's "o" bullet opening a line is no word of the vote's sentences (list-entries.ts).
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
    namesOwnVote(text) ||
    mayCountByGroup(text) ||
    (counted && (DECIDED.test(text) || isDecision(text)));
  if (!voted && !MOVER_WORD.test(text)) return { votes: [], motions: [], bodies: [] };
  // Sentences keep their line breaks: a mover's name ends at its line (vote-movers.ts).
  // A sentence also ends before a numbered paragraph: "… approves the proposals.”" then "(1) An amendment was moved …".
  const sentences = sideLinePieces(text).flatMap((piece) =>
    squash(piece)
      .split(opensSideList(piece) ? SIDE_LIST_BREAK : SENTENCE_BREAK)
      .flatMap(twoOutcomesApart),
  );
  // A vote counted by group ("Borough Members: 4 for, 1 against.  County Members: …") is read whole, as a division is.
  const divisions = voted ? [...divisionsRead(sentences), ...groupCounts(sentences)] : [];
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
  const read = withoutWelshTwins(votes.flatMap((vote, index) => withAmendment(withMovers(vote, movers.votes[index]), movers.votes[index])));
  // "Votes: For 3 (Woldmarsh, Fenstow, Saltby)": councils that voted are no members on a side (vote-bodies.ts).
  return { ...votesOfMembers(read, text), motions: motionsDecided(sentences, movers.unspent) };
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
    // A casting vote after the tie is the division's: its text keeps it, as no field does.
    const casting = CASTING_VOTE.test(after);
    const text = casting ? flat(`${division.text} ${after}`) : vote.text;
    return [{ ...division, at: declaresWinner(after) || casting ? division.at + 1 : division.at, vote: { ...vote, text } }];
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

/** "Nem con" as a word of its own, wherever the sentence says it. */
const NEM_CON_ANYWHERE = new RegExp(String.raw`\b${NEM_CON}`, 'i');
/** "… all in favour", "… (unanimous)": unanimity as the vote's sentence says it; "all agreed" too. */
const UNANIMOUS = new RegExp(String.raw`\b(?:${UNANIMITY})|(?<!\bnot\s)\ball\s+agreed\b`, 'i');

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

/** Where a labelled decision starts after a labelled vote: "Vote: For 6 Against 1 Decision: REFUSED …". */
const DECISION_LABEL_AFTER = new RegExp(String.raw`\s+(?=${DECISION_LABEL}\s*:)`, 'i');

/**
 * A vote's own words: a labelled vote ("Vote: For 6 Against 1 Abstain 1") ends at the labelled decision under it, as a
 * planning committee's block prints them, the decision the decision reader's (its outcome still read from it).
 */
const voteWords = (sentence: string): string =>
  VOTING_FIELD.test(sentence) ? (sentence.split(DECISION_LABEL_AFTER)[0] ?? sentence) : sentence;

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
    text: voteWords(sentence),
  };
}
