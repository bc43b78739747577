/**
 * Checks on a recorded vote's names once the meeting's reader has given each post its holder (vote-post-holders.ts's
 * votesOfHolders): a side whose names are more or fewer than its count ("FOR (9)" over eight names), and a post a side
 * names that the attendance gives no holder for ("Councillors Stewart and the Mayor"). Both are kept as printed, never
 * mended by a guess; the warnings say so, as a vote table's totals that disagree with its marks are warned of.
 */
import { voteSides, type RecordedVote, type VoteSide } from '../../../src/model/schema.ts';
import { isChairPost } from './chair-posts.ts';

/** A vote as the checks read it: its counts and the names of each side it lists. */
type Counted = { readonly [Key in VoteSide | 'for' | 'against' | 'abstentions']?: RecordedVote[Key] | undefined };

/** Each side's count field and the words a warning says it in. */
const SIDES: Record<VoteSide, { count: 'for' | 'against' | 'abstentions'; words: string }> = {
  votedFor: { count: 'for', words: 'for' },
  votedAgainst: { count: 'against', words: 'against' },
  abstained: { count: 'abstentions', words: 'abstaining' },
};

/**
 * The warnings for an item's votes: each side named and counted whose names are not as many as its count, and each
 * chair's or civic post a side still names as printed (the attendance gave it no holder).
 */
export function voteNameWarnings(item: string | number | null, votes: readonly Counted[]): string[] {
  const where = item === null ? 'an item' : `item ${item}`;
  return votes.flatMap((vote) =>
    voteSides.flatMap((side) => {
      const names = vote[side] ?? [];
      const { count, words } = SIDES[side];
      const printed = vote[count];
      const off =
        names.length > 0 && printed !== null && printed !== undefined && printed !== names.length
          ? [
              `${where}: a recorded vote counts ${printed} ${words} but names ${names.length} (${names.join(', ')}): both are kept as printed; check the record`,
            ]
          : [];
      const posts = names
        .filter((name) => isChairPost(name.replace(/^the\s+/i, '')))
        .map(
          (post) =>
            `${where}: a recorded vote names "${post}" ${words}, and the attendance says no one held the post: kept as printed; add who held it by hand`,
        );
      return [...off, ...posts];
    }),
  );
}
