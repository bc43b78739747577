/**
 * A member's own vote minuted under a decision that records no vote of its own: "RESOLVED that: (a) … (b) …" over
 * "(Councillor Crisp asked that his vote against resolution (b) be recorded.)". The decision was carried (the record
 * says it was resolved) and the member was on the side asked; the record counts no one, so no count is read
 * (vote-names.ts names the member). So too a decision with its members' own votes in brackets within its sentence.
 */
import { isDecision } from './decision-clerk-forms.ts';
import { opensBlock } from './decision-markers.ts';
import { asksOwnVote, namesOwnVote } from './vote-own-names.ts';

/** The most sentences back from a member's request that the decision it follows may start: a lettered decision's points. */
const DECISION_REACH = 6;

/**
 * Each sentence that asks for a member's own vote to be minuted, with the sentences back to the decision above it,
 * where no vote the item already found (`taken`, by sentence) stands between them: its text and the request's place. A
 * decision that minutes its members' own votes in brackets within it ("RESOLVED (Councillor Lowry abstaining) to …",
 * "… be awarded (Councillors Garth and Miller abstaining).") is its own vote's text, where no vote found holds it already.
 */
export function ownVoteDecisions(sentences: readonly string[], taken: readonly { at: number }[]): { text: string; at: number }[] {
  return sentences.flatMap((sentence, at) => {
    const voted = taken.some((vote) => vote.at >= at && vote.at <= at + 1);
    if (isDecision(sentence) && namesOwnVote(sentence) && !voted) return [{ text: sentence, at }];
    if (!asksOwnVote(sentence)) return [];
    let decided = -1;
    for (let from = at; from >= Math.max(0, at - DECISION_REACH); from -= 1) {
      if (taken.some((vote) => vote.at >= from && vote.at <= at + 1)) break;
      // The request's own sentence may hold the decision's last point ("(c) … 8%). (Councillor Crisp asked …)"); the
      // decision's points run back to the line that opens it ("RESOLVED that:"), which the text starts from.
      if (isDecision(sentences[from] ?? '')) decided = from;
      if (decided !== -1 && opensBlock(sentences[from] ?? '')) break;
    }
    return decided === -1 ? [] : [{ text: sentences.slice(decided, at + 1).join(' '), at }];
  });
}
