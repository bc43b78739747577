/**
 * A vote cast by member bodies, as a joint committee votes by partner authority: "Each partner authority has one vote."
 * over "Votes: For 3 (Woldmarsh, Fenstow, Saltby), Against 1 (Harrowick).". The names in brackets are the councils that
 * voted, not members: a recorded vote's sides hold members (vote-names.ts), so the counts are read and the names stay in
 * the vote's text only, said once in a warning (item-text.ts). Apart because which names are bodies is one question,
 * asked of the votes the vote reader (votes.ts) has read.
 */
import { voteSides, type RecordedVote } from '../../../src/model/schema.ts';
import { councilsIn } from './council-name.ts';
import { BODY_WORD } from './person-posts.ts';

/** The kinds of body a joint body's members are: "partner authority", "constituent council", "member organisation". */
const BODY = String.raw`(?:(?:partner|constituent|member|participating)\s+)?(?:authorit(?:y|ies)|councils?|bod(?:y|ies)|organisations?)`;
/**
 * Words that say each body casts one vote: "Each partner authority has one vote", "every constituent council having a
 * single vote", "one vote per partner authority", "Voting was by constituent council".
 */
const VOTE_BY_BODY = new RegExp(
  String.raw`\b(?:each|every)\s+${BODY}\s+(?:has|having|had|holds?|holding|with|casts?|casting)\s+(?:one|a\s+single)\s+vote\b|\bone\s+vote\s+(?:per|for\s+each|each)\s+${BODY}\b|\bvot(?:e|es|ed|ing)\s+(?:was\s+|were\s+)?(?:taken\s+|cast\s+)?by\s+${BODY}\b`,
  'i',
);

/** True when a side's entry names a body, not a member: a council ("Upfield District Council") or another body ("… Trust"). */
const namesBody = (name: string): boolean => councilsIn(name).length > 0 || BODY_WORD.test(name);

/**
 * The votes with no body held as a member on any side: every side's names where the item says each body casts a vote
 * (VOTE_BY_BODY), else a side that names a body; and the text of each vote whose names were so left to its text.
 */
export function votesOfMembers(votes: readonly RecordedVote[], item: string): { votes: RecordedVote[]; bodies: string[] } {
  const byBody = VOTE_BY_BODY.test(item);
  const bodies: string[] = [];
  const kept = votes.map((vote) => {
    const sides = voteSides.filter((side) => (vote[side] ?? []).length > 0 && (byBody || (vote[side] ?? []).some(namesBody)));
    if (sides.length === 0) return vote;
    bodies.push(vote.text);
    const out = { ...vote };
    for (const side of sides) delete out[side];
    return out;
  });
  return { votes: kept, bodies };
}
