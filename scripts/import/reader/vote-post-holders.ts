/**
 * The members a recorded vote's posts and initials stand for: a side's or a mover's "The Mayor" given to the one
 * member the attendance says held the post ("Councillor Ann Holt (Mayor)"), and initials ("Proposed MT") to the
 * member the record defines them for ("Cllr Maud Tilling (MT)"). Apart from the side lists' reading (vote-names.ts)
 * because it reads the meeting's attendance and lines, not the vote's text, once the votes are read.
 */
import { voteSides, type RecordedVote, type VoteSide } from '../../../src/model/schema.ts';
import { postKey, type PostHolder } from './chair-posts.ts';
import { memberPostKey } from './role-words.ts';
import { moversByInitials } from './vote-movers.ts';

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
