/**
 * Who voted which way, as a recorded (named) vote lists them: "For (3): Councillors Ash, Elm and
 * Fir.", "For the recommendation (2): Cllr Ash, Cllr Elm", "AGAINST: Cllrs Birch and Oak", "There voted against the motion: Councillors Birch and Oak
 * ........ 2", "Abstained: Councillor Yew", "Those voting in favour: …". Names are kept as the
 * attendance lists keep them, councillor titles off ("Ash", "Mrs Webb"); so are members who asked for
 * their own votes to be recorded ("Councillor Green asked that her vote against be recorded"), each on
 * the side they voted. A side's list is read only when every entry in it is a name: a list that is prose
 * ("For the avoidance of doubt: …") gives none. The sentences naming members' own votes are read apart
 * (vote-own-names.ts), and so are the members a side's posts and initials stand for (vote-post-holders.ts).
 */
import { stripCouncillorTitles } from '../../../src/model/honorifics.ts';
import { voteSides, type VoteSide } from '../../../src/model/schema.ts';
import { splitNameList } from '../attendance-text.ts';
import { squash } from '../text.ts';
import { isChairPost } from './chair-posts.ts';
import { OPENING_DECIDING_WORDS, oneOf, oneOfTitled } from './decision-words.ts';
import { FULL_STOP } from './list-split.ts';
import { OWN_VOTE, VOTED_WAY_WITHIN } from './vote-own-names.ts';
import { printedSide, sideWordsOf } from './vote-words.ts';

/** One side as the record lists it: the names, and the count printed beside them (null when none). */
export interface SideList {
  names: string[];
  count: number | null;
}

/**
 * Each side's labels. The long ones ("There voted for", "Those voting against") may name what was put
 * before their colon ("There voted for the Minutes being a correct record:"); the short ones may not.
 */
const LABELS: Record<VoteSide, { long: string; short: string }> = {
  votedFor: {
    long: String.raw`There\s+voted\s+for|(?:[Tt]hose|[Mm]embers|Councillors)\s+(?:who\s+)?(?:voting|voted)\s+(?:for|in\s+favou?r)|Voting\s+(?:for|in\s+favou?r)|Voted\s+for`,
    short: printedSide('for'),
  },
  votedAgainst: {
    long: String.raw`There\s+voted\s+against|(?:[Tt]hose|[Mm]embers|Councillors)\s+(?:who\s+)?(?:voting|voted)\s+against|Voting\s+against|Voted\s+against`,
    short: printedSide('against'),
  },
  abstained: {
    long: String.raw`There\s+abstained(?:\s+from\s+voting)?|(?:[Tt]hose|[Mm]embers|Councillors)\s+(?:who\s+)?abstain(?:ing|ed)`,
    short: printedSide('abstained'),
  },
};

/** A side's short label as a regex source ("For", "Against", "Abstained"): a vote table's headings and cells say the sides so too (vote-table.ts). */
export const sideWords = (side: VoteSide): string => LABELS[side].short;

/** A count in brackets after a label: "For (3):". */
const BRACKETED_COUNT = String.raw`(?:\s*\(\s*(\d{1,3})\s*\))?`;
/** What parts a label from its list: a colon, a dash between spaces, a tab, or a count in brackets alone. */
const PARTING = String.raw`(?:\s*:|\s+[–—-]\s|\t)\s*`;

/** What was put, as a short label may name it: "For the recommendation (6):", "Against the motion:", or in capitals as the label is: "FOR THE AMENDMENT (6)". */
const PUT_NAMED = String.raw`(?:\s+the\s+(?:motion|amendment|recommendations?|proposal|report)|\s+THE\s+(?:MOTION|AMENDMENT|RECOMMENDATIONS?|PROPOSAL|REPORT))?`;
/**
 * What was put in words of its own, one to three, only before a count in brackets, which makes the words a side's label:
 * "For the veto (3):", "Against the veto (5):", "For option 2 (4):", "For proposal B (3):", as a vote between options
 * prints its rows (with no count, "For the record:" is prose).
 */
const PUT_WORD = String.raw`\s+(?:the\s+)?[\p{L}\d]+(?:\s+[\p{L}\d]+){0,2}(?=\s*\(\s*\d{1,3}\s*\))`;

function labelSource(side: VoteSide): string {
  const { long, short } = LABELS[side];
  const what = String.raw`(?:\s+[^:.;\t()]{1,80}?)?`;
  // A count in brackets alone ends a label before its names, or the side's line when no one is named ("Abstain (0)").
  return String.raw`(?:${long})${what}${BRACKETED_COUNT}${PARTING}|(?:${short})(?:${PUT_WORD}|${PUT_NAMED})(?:${BRACKETED_COUNT}${PARTING}|\s*\(\s*(\d{1,3})\s*\)(?:\s+|$))`;
}

const LABEL_SOURCE = voteSides.map((side) => `(?<${side}>(?<![\\p{L}])(?:${labelSource(side)}))`).join('|');
/** Every side's label, each in a named group, never inside a word. */
const LABEL = new RegExp(LABEL_SOURCE, 'gu');
const OPENING_LABEL = new RegExp(`^(?:${LABEL_SOURCE})`, 'u');

/** True when a sentence opens with a side's named list ("For: Councillors A and B.", "There voted against …:"). */
export function opensSideList(sentence: string): boolean {
  return OPENING_LABEL.test(sentence);
}

/** A side's word for a vote against, alone (SIDE_WORDS): "against", "dissent". */
const AGAINST_ALONE = new RegExp(String.raw`^${sideWordsOf('against')}$`, 'i');

/** The side a member's own minuted vote was on: "against", "for", "in favour", or an abstention when none is said. */
function ownSide(way: string | undefined): VoteSide {
  if (way === undefined) return 'abstained';
  return AGAINST_ALONE.test(way) ? 'votedAgainst' : 'votedFor';
}

/** Members' own minuted votes, added to the side each was on. */
function addOwnVotes(text: string, found: Partial<Record<VoteSide, SideList>>): void {
  const asked = [...text.matchAll(new RegExp(OWN_VOTE.source, 'gu'))].map((match) => ({ names: match[1], way: match[2] ?? match[3] }));
  // In brackets within a sentence too: "RESOLVED (Councillor Lowry abstaining) that …".
  const said = [...text.matchAll(new RegExp(VOTED_WAY_WITHIN.source, 'gmu'))].map(({ groups }) => ({
    names: groups?.['names'],
    way: groups?.['way'] ?? groups?.['dissent'],
  }));
  for (const match of [...asked, ...said]) {
    const side = ownSide(match.way);
    const names = splitNameList(match.names ?? '').map(stripCouncillorTitles);
    const list = found[side] ?? { names: [], count: null };
    found[side] = { ...list, names: [...list.names, ...names.filter((name) => !list.names.includes(name))] };
  }
}

/**
 * Where a side's list stops, short of the next label: a sentence's full stop, the outcome or decision that
 * follows it ("RESOLVED", or "Resolved" after a side's line printed with no stop: OPENING_DECIDING_WORDS, in capitals
 * and in title case), or a label of another kind ("Motion status: Carried", as a recorded vote page prints it).
 */
const LIST_END = new RegExp(
  String.raw`${FULL_STOP}|\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Ll}+)?\s*:\s)|\s+(?=(?:and\s+)?(?:the|The)\s+(?:\w+\s+){0,2}(?:motion|amendment|recommendations?|proposal|report|minutes)\s+(?:was|were)\b)|\s+(?=(?:CARRIED|LOST|FELL|DEFEATED|${oneOf(OPENING_DECIDING_WORDS)}|${oneOfTitled(OPENING_DECIDING_WORDS)})\b)`,
  'u',
);
/** A count after the names across dot leaders, "Walsh ……… 24": it ends the list. */
const LEADER_COUNT = /\s*(?:\.{2,}|…+)\s*\(?(\d{1,3})\)?/;
/** A count at the list's end: "Walsh (24)", "Walsh 24". */
const TRAILING_COUNT = /\s+\(?(\d{1,3})\)?$/;
/** What a side lists when no one voted that way. */
const NO_ONE = /^(?:none|nil|no\s*one|nobody|n\/a|-|–|—|0)$/i;
/** One name: capitalised words, the last with a lower-case letter (so no shouted outcome is a name). */
const ONE_NAME = /^(?:(?:The\s+)?\p{Lu}[\p{L}'’.-]*\s+){0,4}\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*$/u;

/**
 * One entry of a side's list: a member's name without titles ("Cllr Ash" -> "Ash"), or a post alone kept
 * as printed ("The Mayor"): the side names the post, not who held it, and "Mayor" alone would read as a surname.
 */
function memberOrPost(part: string): string {
  const printed = heldBy(squash(part));
  const bare = printed.replace(/^the\s+/i, '');
  // "the Deputy Mayor" mid-sentence is kept as a list's entry opens: "The Deputy Mayor".
  return isChairPost(bare) ? printed.replace(/^the\b/, 'The') : stripCouncillorTitles(bare);
}

/** A post with its holder in brackets, or a member with the post in brackets: "The Mayor (Councillor Mrs Hollins)", "Cllr Ash (Chair)". */
const POST_AND_HOLDER = /^(.+?)\s*\(([^()]+)\)$/;

/**
 * The member an entry names beside a chair's post, either way round: the side counts the member who
 * voted, and the bracket names them ("ABSTAINED (1): The Mayor (Councillor Mrs Hollins)"). Anything
 * else is kept as printed.
 */
function heldBy(printed: string): string {
  const [, outside = '', inside = ''] = POST_AND_HOLDER.exec(printed) ?? [];
  const isPost = (text: string) => isChairPost(text.replace(/^the\s+/i, ''));
  if (isPost(outside) && !isPost(inside)) return inside;
  if (isPost(inside) && !isPost(outside)) return outside;
  return printed;
}

/** Names and count of one side's list, or null when an entry in it is no name. */
export function readSideList(raw: string): SideList | null {
  const leader = LEADER_COUNT.exec(raw);
  const led = leader === null ? raw : raw.slice(0, leader.index);
  const end = LIST_END.exec(led);
  let list = (end === null ? led : led.slice(0, end.index)).trim().replace(/[,;:]$/, '');
  const counted = leader ?? TRAILING_COUNT.exec(list);
  const count = counted === null ? null : Number(counted[1]);
  if (leader === null && counted !== null) list = list.slice(0, counted.index).trim();
  if (list === '' || NO_ONE.test(list)) return { names: [], count };
  // A side lists members, never a post after a name: "Mrs S B Morrison, P Joshy" is two members, each part a name.
  const parts = list
    .split(/\s*[,;]\s*(?:and\s+)?|\s+and\s+/)
    .map(memberOrPost)
    .filter(Boolean);
  const names = parts.every((name) => ONE_NAME.test(name))
    ? parts
    : splitNameList(list.replace(/\s*;\s*/g, ', ')).map(stripCouncillorTitles);
  return names.every((name) => ONE_NAME.test(name)) ? { names, count } : null;
}

/** Each side a vote's text lists by name; a side it does not list is absent. */
export function findVoteNames(text: string): Partial<Record<VoteSide, SideList>> {
  const labels = [...text.matchAll(LABEL)];
  const found: Partial<Record<VoteSide, SideList>> = {};
  labels.forEach((label, at) => {
    const side = voteSides.find((name) => label.groups?.[name] !== undefined);
    if (side === undefined || found[side] !== undefined) return;
    const start = (label.index ?? 0) + label[0].length;
    const list = readSideList(text.slice(start, labels[at + 1]?.index ?? text.length));
    const printed = label.slice(1).find((group) => group !== undefined && /^\d+$/.test(group));
    if (list !== null) found[side] = { names: list.names, count: list.count ?? (printed === undefined ? null : Number(printed)) };
  });
  addBracketedNames(text, found);
  addOwnVotes(text, found);
  return found;
}

/** Each side's words as a tally prints them beside a count, in any case: "for", "in favour", "against", "abstentions". */
const BRACKETED_SIDES: readonly (readonly [VoteSide, string])[] = [
  ['votedFor', sideWordsOf('for')],
  ['votedAgainst', sideWordsOf('against')],
  ['abstained', sideWordsOf('abstained')],
];

/**
 * "For 4, Against 1 (Councillor Moorhouse)", "7 for, 2 against (Cllrs Birch and Oakley)": a side's count, its label
 * before or after it, then the members in brackets. Kept only where the brackets hold as many names as the count says
 * (anything else in brackets is a remark, not the side's list), and for a side no label listed already.
 */
function addBracketedNames(text: string, found: Partial<Record<VoteSide, SideList>>): void {
  for (const [side, words] of BRACKETED_SIDES) {
    if (found[side] !== undefined) continue;
    const pattern = new RegExp(
      String.raw`(?<![\p{L}])(?:(?:${words})\s*[:–-]?\s*(\d{1,3})|(\d{1,3})\s+(?:${words}))\s*\(([^()]{2,200})\)`,
      'iu',
    );
    const match = pattern.exec(text);
    const count = Number(match?.[1] ?? match?.[2] ?? NaN);
    const list = match === null ? null : readSideList(match[3] ?? '');
    if (list !== null && list.names.length === count) found[side] = { names: list.names, count };
  }
}
