/**
 * A clerk's sentence that resolves to recommend to a body over a list of points: "Following discussion, it was proposed
 * by Councillor A, seconded by Councillor B, and RESOLVED (Councillor C abstaining) to RECOMMEND TO COUNCIL that:" over
 * "(1) …" / "(2) …". What was decided is the points, each a recommendation to that body, read as a marked list under
 * "RESOLVED to RECOMMEND TO COUNCIL that:" reads them (resolutions.ts): "to RECOMMEND TO COUNCIL that <point>". The
 * lead-in decides nothing of its own: its movers, vote and abstention are the vote reader's, read from the minutes.
 */
import { LIST_COLON } from '../list-marks.ts';
import { tidy } from '../list-entries.ts';
import { squash } from '../text.ts';
import type { Piece } from './decision-pieces.ts';
import { withoutRunOn } from './decision-run-on.ts';
import { DECIDING_WORDS, oneOf } from './decision-words.ts';

/**
 * The deciding word at the end of a lead-in, with what says how it was carried in brackets after it ("(Councillor Lowry
 * abstaining)", "(5 for, 2 against)"), then whom it recommends to (group 1) and its "that" (group 2), up to the colon
 * that ends the piece.
 */
const RECOMMEND_LIST_LEAD = new RegExp(
  String.raw`\b${oneOf(DECIDING_WORDS)}\s+(?:\([^()]{1,80}\)\s+)?(?:unanimously\s+)?(to\s+recommend\s+to\s+[^:;.()]{1,80}?)(\s+that)?\s*${LIST_COLON}$`,
  'i',
);

/** A piece's lines as one: its line breaks and runs of space as one space, as a decision is read. */
const oneLine = (text: string): string => squash(text.replace(/\s*\n\s*/g, ' '));

/**
 * The decisions of clerkDecisions' pieces (one list per piece, in order) with each list under a lead-in that resolves
 * to recommend to a body made into its points, one decision each, led in by whom ("to recommend to Full Council that
 * the rent be £1,450 a year."); the lead-in's own decision (itself, or with its points run on) is dropped. A lead-in
 * whose decision was not read, or with no list right under it, is left as read.
 */
export function recommendedPoints(found: readonly Piece[], decided: readonly string[][]): string[][] {
  const result = decided.map((decisions) => [...decisions]);
  found.forEach((piece, at) => {
    const lead = piece.entry ? null : RECOMMEND_LIST_LEAD.exec(oneLine(piece.text));
    if (!lead) return;
    const whom = lead[1] ?? '';
    const entries: number[] = [];
    for (let next = at + 1; found[next]?.entry === true && found[next]?.grant === undefined; next += 1) entries.push(next);
    const own = result[at] ?? [];
    if (entries.length === 0 || !oneLine(own.at(-1) ?? '').includes(whom)) return;
    result[at] = own.slice(0, -1);
    // "… that:" carries on into each point; "… to the Cabinet:" over "That …" keeps its colon, as resolutions.ts keeps it.
    const joined = lead[2] === undefined ? `${whom}:` : `${whom} that`;
    for (const entry of entries) result[entry] = [`${joined} ${tidy(withoutRunOn(oneLine(found[entry]?.text ?? '')))}`];
  });
  return result;
}
