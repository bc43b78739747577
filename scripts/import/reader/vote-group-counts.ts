/**
 * A vote counted by the group each member sits for, as a joint board of two councils records it: "Borough Members: 4
 * for, 1 against.  County Members: 3 for, 0 against.", one group a sentence or a line. A recorded vote holds one count
 * a side, so the vote's counts are the groups' sums and its text keeps each group's counts as printed. Apart because the
 * vote reader (votes.ts) is long; a SACRE's vote by group, which gives a side and no count (group-votes.ts), is another.
 */
import type { RecordedVote } from '../../../src/model/schema.ts';
import { squash } from '../text.ts';
import { caseless } from './caseless.ts';
import { ABSTAINED_AFTER, AGAINST_AFTER, FOR_AFTER, countMatch } from './vote-counts.ts';

/**
 * "Borough Members:", "County Councillors -", "PARISH REPRESENTATIVES:": a group's label, capitalised words then the
 * members' word in any case (spelled out by caseless.ts: a `(?i:…|…)` group reads differently once the process has read
 * other records).
 */
const GROUP_LABEL = String.raw`(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:${caseless('members|councillors|representatives')})\s*[:–—-]\s*`;
/** Where a group's label starts: a line's start, or after the stop ending the group before it. */
const LABEL_START = new RegExp(String.raw`(?<=[.;]\s+)(?=${GROUP_LABEL}\d)`, 'u');
const LABELLED = new RegExp(String.raw`^${GROUP_LABEL}(?=\d)`, 'u');
/** A quick look at a whole text: a group's label straight before a count, at a line's start or after a stop. */
const LABEL_BEFORE_COUNT = new RegExp(String.raw`(?:^|[.;]\s+)${GROUP_LABEL}\d{1,3}\s`, 'mu');

/** True when a text may hold a vote counted by group, for the vote reader's look at whether an item votes at all. */
export const mayCountByGroup = (text: string): boolean => LABEL_BEFORE_COUNT.test(text);

/** One group's counts; null for a piece that is no group's tally alone ("County Members were told …"). */
function groupTally(piece: string): { for: number; against: number; abstentions: number | null } | null {
  const label = LABELLED.exec(piece);
  if (!label) return null;
  const counts = piece.slice(label[0].length);
  const votesFor = countMatch(counts, FOR_AFTER);
  const against = countMatch(counts, AGAINST_AFTER);
  // The counts and the words between them only: "3 for the proposal" is a sentence, no tally.
  const rest = [FOR_AFTER, AGAINST_AFTER, ABSTAINED_AFTER].reduce((left, side) => left.replace(side, ''), counts);
  if (votesFor === null || against === null || !/^[\s,;.]*(?:and)?[\s,;.]*$/i.test(rest)) return null;
  return { for: votesFor, against, abstentions: countMatch(counts, ABSTAINED_AFTER) };
}

/** Sums of the groups' counts; the abstentions only when every group counts them. */
function summed(tallies: NonNullable<ReturnType<typeof groupTally>>[]): Pick<RecordedVote, 'for' | 'against' | 'abstentions'> {
  const sum = (side: 'for' | 'against' | 'abstentions'): number | null =>
    tallies.some((tally) => tally[side] === null) ? null : tallies.reduce((total, tally) => total + (tally[side] ?? 0), 0);
  return { for: sum('for'), against: sum('against'), abstentions: sum('abstentions') };
}

/**
 * Each vote counted by group in the vote reader's sentences: two groups' tallies or more in a row (one group alone is
 * no vote of the body), from the sentence of the first to that of the last. Carried when more voted for than against
 * in all, lost when fewer, as a tally with no outcome word is read (votes.ts); a tie, which says neither, is no vote.
 */
export function groupCounts(sentences: readonly string[]): { from: number; at: number; text: string; vote: RecordedVote }[] {
  const pieces = sentences.flatMap((sentence, at) =>
    sentence.split('\n').flatMap((line) =>
      squash(line)
        .split(LABEL_START)
        .map((text) => ({ at, text, tally: groupTally(text) })),
    ),
  );
  const found: { from: number; at: number; text: string; vote: RecordedVote }[] = [];
  let run: typeof pieces = [];
  for (const piece of [...pieces, { at: -1, text: '', tally: null }]) {
    if (piece.tally !== null) {
      run.push(piece);
      continue;
    }
    const counts = summed(run.flatMap((each) => (each.tally === null ? [] : [each.tally])));
    if (run.length >= 2 && counts.for !== counts.against) {
      const text = run.map((each) => each.text).join(' ');
      const outcome = (counts.for ?? 0) > (counts.against ?? 0) ? 'carried' : 'lost';
      const vote: RecordedVote = { motion: null, outcome, unanimous: false, ...counts, text };
      found.push({ from: run[0]?.at ?? 0, at: run.at(-1)?.at ?? 0, text, vote });
    }
    run = [];
  }
  return found;
}
