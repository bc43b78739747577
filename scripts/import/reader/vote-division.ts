/**
 * A division between a motion and an amendment, as Scottish councils minute one: "On a division, there
 * voted:- for the motion (7) - Councillors Ash and Bain; for the amendment (5) - Councillors Elm …", "the
 * MOTION received 3 votes and the AMENDMENT received 4 votes … and the AMENDMENT was therefore CARRIED",
 * "For the motion - 30 votes; For the amendment - 27 votes", "38 voted for the amendment and 42 for the
 * motion", "4 votes were cast for the motion and 2 for the amendment", and a show of hands minuted a line a side: "Motion - 5 votes" over "Amendment - 3 votes". Members choose one of the two, so the vote is kept as the motion put against the amendment:
 * the motion's votes are for, the amendment's against, and it is carried when the motion won.
 */
import { stripCouncillorTitles } from '../../../src/model/honorifics.ts';
import type { RecordedVote } from '../../../src/model/schema.ts';
import { splitNameList } from '../attendance-text.ts';
import { readSideList, type SideList } from './vote-names.ts';
import { VOTED_WAY_CLAUSE } from './vote-own-names.ts';
import { countValue, NUMBER } from './vote-words.ts';

/** What was put, as the vote records it. */
export const DIVISION_PUT = 'motion against the amendment';

/**
 * A side named alone with its votes after a dash, as a show of hands is minuted a line a side: "Motion - 5 votes"
 * over "Amendment - 3 votes"; or, as Scottish islands minutes print it, a line a side with its mover in brackets and
 * its count at the line's end (or, the lines run together, before the next side): "Amendment (Mr Nicolson)     2" over
 * "Motion (Mr Ratter)     4". Groups 1 and 2,
 * or 3 and 4, the side and its count.
 */
const SIDE = String.raw`Motion|MOTION|Amendment|AMENDMENT`;
const SIDE_VOTES = String.raw`(?:\b([Mm]otion|MOTION|[Aa]mendment|AMENDMENT)\s*[-–—:]\s*(${NUMBER})\s+votes?\b|\b(${SIDE})\s*\([^()\n]{1,40}\)\s*[-–—:]?\s*(\d{1,3})(?:\s+votes?\b)?(?=[ \t]*(?:\n|$)|\s+(?:${SIDE})\b))`;

/** "voted for", "votes were cast for": a side's count before its name ("42 voted for the motion"). */
const VOTED_FOR = String.raw`(?:members\s+)?(?:voted|votes\s+(?:were\s+)?cast)\s+`;

/** A sentence that opens a division: its wording, or the motion's side with a count. */
const OPENS = new RegExp(
  String.raw`${SIDE_VOTES}|\b(?:there\s+voted|on\s+a\s+division|divided\s+between)\b|\b(?:motion|amendment)\s+received\s+${NUMBER}\s+votes?\b|\b${NUMBER}\s+${VOTED_FOR}for\s+the\s+(?:motion|amendment)\b|\bfor\s+the\s+(?:motion|amendment)\b[^.;]{0,60}?(?:\(\s*\d{1,3}\s*\)|[-–—:]\s*${NUMBER}\s+votes?\b)`,
  'i',
);
/** A sentence that goes on with a division's lists: a side's label at its start. */
const GOES_ON = new RegExp(
  String.raw`^(?:(?:For|FOR)\s+the\s+(?:[Mm]otion|MOTION|[Aa]mendment|AMENDMENT)\b|(?:Declined|DECLINED)\s+to\s+vote\b|(?:Abstentions?|ABSTENTIONS?|Abstained|ABSTAINED)\s*(?:\(\s*\d{1,3}\s*\))?\s*(?:[-–—:]|$))|^${SIDE_VOTES}`,
);

type Side = 'motion' | 'amendment' | 'abstained';
/**
 * A side's label: "for the motion (7) -", "For the Amendment:", "For the motion by the Convener (9) -",
 * "For the motion (by Councillor Ash) – 30 votes", "Declined to vote (5)", "Abstentions:"; its count in brackets or before "votes".
 */
const LABEL = new RegExp(
  String.raw`\b(?:for\s+the\s+(motion|amendment)(?:\s+(?:by|of)\s+[^();:\n–—-]{1,40}?|\s*\((?:by|of)\s+[^()]{1,40}\))?|(declined\s+to\s+vote|abstentions?|abstained|abstaining))\s*(?:\(\s*(\d{1,3})\s*\))?\s*(?:[-–—:]\s*(?:(${NUMBER})\s+votes?\b\s*[;,.]?)?|(?=\s*\p{Lu}))`,
  'giu',
);
/**
 * A side's count said in a sentence: "the MOTION received 3 votes", "42 voted for the motion", "and 38 for
 * the amendment", the other side's verb left out after the first's ("received eleven votes and the
 * amendment nine"), or the count after the side ("there voted for the Motion 6 and for the Amendment 3").
 */
const RECEIVED = new RegExp(
  String.raw`\b(motion|amendment)\s+received\s+(${NUMBER})\s+votes?\b(?:,?\s+and\s+the\s+(motion|amendment)\s+(${NUMBER})\b)?|\b(${NUMBER})\s+(?:${VOTED_FOR}|votes\s+)?for\s+the\s+(motion|amendment)\b|\bfor\s+the\s+(motion|amendment)\s+(${NUMBER})\b(?!\s*[(%/])|${SIDE_VOTES}`,
  'gi',
);
/**
 * A side's count before its names in brackets: "there voted for the motion 6 (Provost Ash, Councillors Bain and Cole) and for
 * the amendment 3 (…)". Groups 1 to 3: the side, its count, its names.
 */
const COUNTED_NAMES = new RegExp(String.raw`\bfor\s+the\s+(motion|amendment)\s+(${NUMBER})\s*\(([^()]{1,400})\)`, 'gi');
/** Abstentions counted in a sentence: "with 1 abstention", "with one abstention", "with no abstentions". */
const ABSTENTIONS = new RegExp(String.raw`\b(${NUMBER})\s+abstentions?\b`, 'i');
/** Which of the two won, in words: "the AMENDMENT was therefore CARRIED", "to adopt the motion", "casting vote for the motion". */
const WINNER = [
  /\b(motion|amendment)\b(?:(?!motion|amendment)[^.;]){0,40}?\b(?:was|were)\s+(?:therefore\s+|accordingly\s+|thus\s+)?(?:declared\s+)?(carried|lost|defeated|fell)\b/i,
  /\badopt(?:ed)?\s+the\s+(motion|amendment)\b/i,
  /\bcasting\s+vote\s+(?:in\s+favou?r\s+of|for)\s+the\s+(motion|amendment)\b/i,
];

/**
 * True when a sentence only says which side of a division won ("The motion was accordingly declared
 * carried."), no count of its own: it closes the division before it and is no vote of its own.
 */
export function declaresWinner(sentence: string): boolean {
  return WINNER.some((pattern) => pattern.test(sentence)) && !/\d/.test(sentence);
}

/** True when a line opens one side's list of a division ("For the Motion:", "Declined to vote (1) -"). */
export function opensDivisionSide(line: string): boolean {
  return GOES_ON.test(line);
}

/** True when a sentence opens a division. */
export function opensDivision(sentence: string): boolean {
  return OPENS.test(sentence);
}

/**
 * The sentences of each division, from the one that opens it through those that go on with it: a list
 * cut at a semicolon ("… Lord Provost;" then "Depute Provost; and Councillors …"), or a side's label.
 */
export function divisionsIn(sentences: string[]): { from: number; at: number; text: string }[] {
  const found: { from: number; at: number; text: string }[] = [];
  for (let from = 0; from < sentences.length; from += 1) {
    if (!opensDivision(sentences[from] ?? '')) continue;
    let at = from;
    while (at + 1 < sentences.length && (/;\s*$/.test(sentences[at] ?? '') || GOES_ON.test(sentences[at + 1] ?? ''))) at += 1;
    found.push({ from, at, text: sentences.slice(from, at + 1).join(' ') });
    from = at;
  }
  return found;
}

interface Tally {
  count: number | null;
  names: string[];
}

const sideOf = (word: string): Side => (/^motion$/i.test(word) ? 'motion' : /^amendment$/i.test(word) ? 'amendment' : 'abstained');

/** Each side's count and names, from its labels and from sentences that count it. */
function talliesOf(text: string): Partial<Record<Side, Tally>> {
  const tallies: Partial<Record<Side, Tally>> = {};
  const labels = [...text.matchAll(LABEL)];
  labels.forEach((label, index) => {
    const side = sideOf(label[1] ?? label[2] ?? '');
    const start = (label.index ?? 0) + label[0].length;
    const list: SideList | null = readSideList(text.slice(start, labels[index + 1]?.index ?? text.length));
    const printed = label[3] ?? label[4];
    const count = printed === undefined ? (list?.count ?? null) : countValue(printed);
    tallies[side] = { count: tallies[side]?.count ?? count, names: list?.names ?? [] };
  });
  const counted = (word: string | undefined, count: string | undefined) => {
    if (word === undefined || count === undefined) return;
    const side = sideOf(word);
    tallies[side] = { names: tallies[side]?.names ?? [], count: countValue(count) };
  };
  for (const match of text.matchAll(RECEIVED)) {
    counted(match[1], match[2]);
    counted(match[3], match[4]);
    counted(match[6], match[5]);
    counted(match[7], match[8]);
    counted(match[9], match[10]);
    counted(match[11], match[12]);
  }
  for (const match of text.matchAll(COUNTED_NAMES)) {
    const side = sideOf(match[1] ?? '');
    const list = readSideList(match[3] ?? '');
    tallies[side] = { count: countValue(match[2] ?? ''), names: list?.names ?? [] };
  }
  // Those who abstained named after the two sides: "…, Councillor Gunn abstaining." (no count printed: the names are it).
  const abstainers = [...text.matchAll(VOTED_WAY_CLAUSE)]
    .filter(({ groups }) => groups?.['way'] === undefined && groups?.['dissent'] === undefined)
    .flatMap(({ groups }) => splitNameList(groups?.['names'] ?? '').map(stripCouncillorTitles));
  if (abstainers.length > 0 && tallies.abstained === undefined) tallies.abstained = { count: abstainers.length, names: abstainers };
  const abstentions = ABSTENTIONS.exec(text)?.[1];
  if (abstentions !== undefined && tallies.abstained?.count == null) {
    tallies.abstained = { names: tallies.abstained?.names ?? [], count: countValue(abstentions) };
  }
  return tallies;
}

/** Whether the motion won: as the words say, else by the counts (or, with none printed, the names); null on a tie no word settles. */
function motionWon(context: string, motion: Tally, amendment: Tally): boolean | null {
  for (const pattern of WINNER) {
    const found = pattern.exec(context);
    if (found === null) continue;
    const carried = found[2] === undefined || /^carried$/i.test(found[2]);
    return /^motion$/i.test(found[1] ?? '') === carried;
  }
  const votesFor = motion.count ?? motion.names.length;
  const votesAgainst = amendment.count ?? amendment.names.length;
  return votesFor === votesAgainst ? null : votesFor > votesAgainst;
}

/**
 * The vote a division's text records, the sentence after it read too for which side won ("The Council
 * resolved:- to adopt the motion."); null when the text does not give both sides or which won.
 */
export function readDivision(text: string, after = ''): RecordedVote | null {
  const tallies = talliesOf(text);
  const { motion, amendment, abstained } = tallies;
  if (motion === undefined || amendment === undefined) return null;
  const won = motionWon(`${text} ${after}`, motion, amendment);
  if (won === null) return null;
  return {
    motion: DIVISION_PUT,
    outcome: won ? 'carried' : 'lost',
    unanimous: false,
    for: motion.count,
    against: amendment.count,
    abstentions: abstained?.count ?? null,
    ...(motion.names.length > 0 ? { votedFor: motion.names } : {}),
    ...(amendment.names.length > 0 ? { votedAgainst: amendment.names } : {}),
    ...(abstained !== undefined && abstained.names.length > 0 ? { abstained: abstained.names } : {}),
    text,
  };
}

/**
 * The amendment's side of a division as a vote of its own, for a division whose amendment the record says who
 * moved ("Dr Ash, seconded by Councillor Elm, moved as an amendment that …"): the amendment is a proposal of its
 * own, and the division's counts are its votes turned round, those for the amendment for it and those for the
 * motion against it, carried when the motion lost.
 */
export function amendmentOfDivision(division: RecordedVote): RecordedVote {
  const { votedFor, votedAgainst, ...rest } = division;
  return {
    ...rest,
    motion: 'amendment',
    outcome: division.outcome === 'carried' ? 'lost' : 'carried',
    for: division.against,
    against: division.for,
    ...(votedAgainst === undefined ? {} : { votedFor: votedAgainst }),
    ...(votedFor === undefined ? {} : { votedAgainst: votedFor }),
  };
}
