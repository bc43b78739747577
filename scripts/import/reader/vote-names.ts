/**
 * Who voted which way, as a recorded (named) vote lists them: "For (3): Councillors Ash, Elm and
 * Fir.", "For the recommendation (2): Cllr Ash, Cllr Elm", "AGAINST: Cllrs Birch and Oak", "There voted against the motion: Councillors Birch and Oak
 * ........ 2", "Abstained: Councillor Yew", "Those voting in favour: …". Names are kept as the
 * attendance lists keep them, councillor titles off ("Ash", "Mrs Webb"); so are members who asked for
 * their own votes to be recorded ("Councillor Green asked that her vote against be recorded"), each on
 * the side they voted. A side's list is read only when every entry in it is a name: a list that is prose
 * ("For the avoidance of doubt: …") gives none.
 */
import { COUNCILLOR_SOURCE, COUNCILLORS_SOURCE, stripCouncillorTitles } from '../../../src/model/honorifics.ts';
import { voteSides, type RecordedVote, type VoteSide } from '../../../src/model/schema.ts';
import { NAME, splitNameList } from '../attendance-text.ts';
import { squash } from '../text.ts';
import { isChairPost, postKey, type PostHolder } from './chair-posts.ts';
import { OPENING_DECIDING_WORDS, oneOf, oneOfTitled } from './decision-words.ts';
import { FULL_STOP } from './list-split.ts';
import { memberPostKey } from './role-words.ts';
import { moversByInitials } from './vote-movers.ts';
import { DISSENT, printedSide, sideWordsOf } from './vote-words.ts';

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
 * What was put in a word of its own, only before a count in brackets, which makes the words a side's label: "For the
 * veto (3):", "Against the veto (5):" (with no count, "For the record:" is prose).
 */
const PUT_WORD = String.raw`\s+the\s+\p{L}+(?=\s*\(\s*\d{1,3}\s*\))`;

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

/**
 * "Councillor Green asked that her vote against the motion be recorded", "Councillors Ash and Elm
 * requested that their abstentions be recorded": members who had their own votes minuted, group 1 the
 * names, group 2 the way they voted ("against", "for", "in favour"), or none for an abstention; group 3 a "dissent" (vote-words.ts
 * DISSENT), a vote against: "Councillor O'Hare asked that his dissent be recorded".
 */
const OWN_VOTE = new RegExp(
  String.raw`((?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\s+${NAME}(?:(?:,\s*|\s+and\s+)(?:(?:${COUNCILLOR_SOURCE})\s+)?${NAME})*)\s+(?:asked|requested|wished)\s+(?:that|for)\s+(?:his|her|their)\s+(?:votes?\s+(against|for|in\s+favou?r)|abstentions?|(${DISSENT}))\b[^.]*?\s(?:be|to\s+be|were|was)\s+(?:recorded|minuted|noted)`,
  'u',
);

/**
 * "(Cllr Haverstock did not vote.)", "Councillors Ash and Elm did not vote on this item", "…, Cllr Oakes not voting.": members minuted as not voting,
 * which no side holds (they neither voted nor are said to have abstained), group 0 the words.
 */
const DID_NOT_VOTE = new RegExp(
  String.raw`(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\s+${NAME}(?:(?:,\s*|\s+and\s+)(?:(?:${COUNCILLOR_SOURCE})\s+)?${NAME})*\s+(?:did\s+not\s+vote|not\s+voting)\b[^.;)]*`,
  'gu',
);

/** The words of each minuted "X did not vote" in a text, for a warning: the record says it, no field keeps it. */
export const notVoting = (text: string): string[] => [...squash(text).matchAll(DID_NOT_VOTE)].map((match) => match[0].trim());

/** True when a sentence holds a member's request that their own vote be minuted ("Councillor Crisp asked that his vote against … be recorded"). */
export const asksOwnVote = (sentence: string): boolean => OWN_VOTE.test(sentence);

/** True when a sentence opens with a side's named list ("For: Councillors A and B.", "There voted against …:"). */
export function opensSideList(sentence: string): boolean {
  return OPENING_LABEL.test(sentence);
}

/**
 * "Cllr Pooley voted against (c).", "Councillors Ash and Elm abstained.", "Councillor Fyfe dissented.": members' own votes said
 * as a sentence of their own, opening it, after the decision they voted on, or in brackets within it ("(Councillor Lowry
 * abstaining)"); groups `names` and `way`, or `dissent` (a vote against), neither for an abstention. Regex source.
 */
const VOTED_WAY_SOURCE = String.raw`(?<names>(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\s+${NAME}(?:(?:,\s*|\s+and\s+)(?:(?:${COUNCILLOR_SOURCE})\s+)?${NAME})*)\s+(?:voted\s+(?<way>against|for|in\s+favou?r)|(?<dissent>${DISSENT})|abstain(?:ed|ing))\b`;
/** VOTED_WAY's form opening a sentence, or a bracket after a decision's stop: "(Councillor Pickles abstained.)". */
const VOTED_WAY = new RegExp(String.raw`^\s*\(?\s*${VOTED_WAY_SOURCE}`, 'u');
/** VOTED_WAY's form anywhere it may open a sentence: a line's start, after a stop, or in brackets. */
const VOTED_WAY_WITHIN = new RegExp(String.raw`(?:^|[.;]\s+|\(\s*)${VOTED_WAY_SOURCE}`, 'mu');

/** True when a text minutes members' own votes in a sentence of their own or in brackets ("(Councillor Pickles abstained.)"). */
export const namesOwnVote = (text: string): boolean => VOTED_WAY_WITHIN.test(text);

/** True when a sentence opens with members and the way they voted ("Cllr Pooley voted against (c)."). */
export const opensWithOwnVote = (sentence: string): boolean => VOTED_WAY.test(sentence);

/** True when a sentence minutes members' own votes, which are always the vote before it. */
export function recordsOwnVote(sentence: string): boolean {
  return OWN_VOTE.test(sentence) || VOTED_WAY.test(sentence);
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

/**
 * A post's key, a chair's or civic post's (postKey) or a member's in the executive (memberPostKey): "The Leader"
 * meets the attendance's "(Leader of the Council)" as "The Mayor" meets "(Mayor)".
 */
const heldPostKey = (text: string): string | null => postKey(text) ?? memberPostKey(text);

/** Each post's one holder, by its key; a post the attendance gives two people (a chair and an acting chair) names no one. */
function holdersByPost(holders: readonly PostHolder[]): Map<string, string> {
  const named = new Map<string, Set<string>>();
  for (const { post, name } of holders) {
    const key = heldPostKey(post);
    if (key !== null) named.set(key, (named.get(key) ?? new Set()).add(name));
  }
  return new Map([...named].flatMap(([key, names]) => (names.size === 1 ? [[key, [...names][0] ?? '']] : [])));
}

/**
 * A post named by its one holder, unless `named` says the holder is already named beside it: never a guess.
 * A side's entry is a post only as a chair's (`key` postKey): "Leader" alone in a list may be a surname.
 */
function holderFor(
  byPost: Map<string, string>,
  printed: string,
  named: (holder: string) => boolean,
  key: (text: string) => string | null = postKey,
): string {
  const holder = byPost.get(key(printed) ?? '');
  return holder === undefined || named(holder) ? printed : holder;
}

/** Who moved and seconded, as a vote and a proposal decided with no vote both carry them. */
type MoverFields = Partial<Pick<RecordedVote, 'movedBy' | 'secondedBy'>>;

/**
 * A mover or seconder named by post ("Proposed by the Mayor", "Moved by the Chair", "Moved by the Leader",
 * "seconded by the Cabinet Member for Housing") given to the post's holder, as a vote's side is; kept as
 * printed when the other of the two already names the holder.
 */
function moversOfHolders<M extends MoverFields>(record: M, byPost: Map<string, string>): M {
  const out = { ...record };
  const { movedBy, secondedBy } = record;
  const same = (other: string | undefined) => (holder: string) => other === holder || other === holder.split(' ').at(-1);
  if (movedBy !== undefined) out.movedBy = holderFor(byPost, movedBy, same(secondedBy), heldPostKey);
  if (secondedBy !== undefined) out.secondedBy = holderFor(byPost, secondedBy, same(movedBy), heldPostKey);
  return out;
}

/**
 * The votes with each post a side names alone ("For: The Mayor, Councillors Ash and Elm") given to its
 * holder, when the meeting's attendance says who held it ("Councillor Ann Holt (Mayor)"); and so each
 * post named as mover or seconder. A post the attendance does not give, or a holder the side already
 * names, is kept as printed: never a guess.
 */
export function votesOfHolders<V extends Partial<Pick<RecordedVote, VoteSide>> & MoverFields & { text?: string }>(
  votes: readonly V[],
  holders: readonly PostHolder[],
  initials: ReadonlyMap<string, string> = new Map(),
): V[] {
  const byPost = holdersByPost(holders);
  const named = initials.size === 0 ? [...votes] : votes.map((vote) => withInitialledMovers(vote, initials));
  if (byPost.size === 0) return named;
  return named.map((vote) => {
    const out = moversOfHolders(vote, byPost);
    for (const side of voteSides) {
      const names = vote[side];
      if (names === undefined) continue;
      // The holder named on the side already, in full or by surname ("Holt"), would be counted twice.
      const named = (holder: string) => names.some((name) => name === holder || name === holder.split(' ').at(-1));
      out[side] = names.map((name) => holderFor(byPost, name, named));
    }
    return out;
  });
}

/** A member's name and the initials printed in brackets after it: "John Saxby (JS)", "Cllr Ann P Holt (APH)". */
const BRACKETED_CAPITALS = /\(\p{Lu}{2,3}\)/u;
const DEFINED_INITIALS = /((?:\p{Lu}[\p{L}'’-]*\.?\s+){0,4}\p{Lu}[\p{L}'’-]*)\s*\((\p{Lu}{2,3})\)/gu;

/**
 * The initials a record defines for its members, as parish minutes do in the present list ("Cllrs John Saxby
 * (JS) Chairman, Anna Barr (AB)") so as to name movers by them later: each to the name whose last words they
 * are the first letters of ("Saxby" alone is no "JS"; a party's "(LD)" after "Ann Holt" defines nothing).
 * Initials defined for two different names stand for neither.
 */
export function initialsDefined(lines: readonly string[]): Map<string, string> {
  const found = new Map<string, Set<string>>();
  // Only a line with capitals in brackets can define any: the pattern is not tried from every capital of the record.
  for (const line of lines.filter((text) => BRACKETED_CAPITALS.test(text))) {
    for (const [, before = '', initials = ''] of line.matchAll(DEFINED_INITIALS)) {
      const name = before.trim().split(/\s+/).slice(-initials.length);
      if (name.length < initials.length || name.map((word) => word.charAt(0)).join('') !== initials) continue;
      found.set(initials, (found.get(initials) ?? new Set()).add(name.join(' ')));
    }
  }
  return new Map([...found].flatMap(([initials, names]) => (names.size === 1 ? [[initials, [...names][0] ?? '']] : [])));
}

/**
 * A vote with the movers its text names by initials (vote-movers.ts), where it names none otherwise and the record defines them;
 * and each side's initials ("Cllrs AB and CD voted against") the members they are defined for, other entries as they stand.
 */
function withInitialledMovers<V extends Partial<Pick<RecordedVote, VoteSide>> & MoverFields & { text?: string }>(
  vote: V,
  initials: ReadonlyMap<string, string>,
): V {
  const sides = Object.fromEntries(
    voteSides.flatMap((side) => (vote[side] === undefined ? [] : [[side, vote[side].map((name) => initials.get(name) ?? name)]])),
  );
  const named = { ...vote, ...sides };
  if (vote.text === undefined || vote.movedBy !== undefined || vote.secondedBy !== undefined) return named;
  const { movedBy, secondedBy } = moversByInitials(vote.text, initials);
  return { ...named, ...(movedBy === null ? {} : { movedBy }), ...(secondedBy === null ? {} : { secondedBy }) };
}
