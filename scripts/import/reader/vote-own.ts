/**
 * A member's own vote minuted under a decision that records no vote of its own: "RESOLVED that: (a) … (b) …" over
 * "(Councillor Crisp asked that his vote against resolution (b) be recorded.)". The decision was carried (the record
 * says it was resolved) and the member was on the side asked; the record counts no one, so no count is read
 * (vote-names.ts names the member). So too a decision with its members' own votes in brackets within its sentence.
 */
import { isDecision } from './decision-clerk-forms.ts';
import { opensBlock } from './decision-markers.ts';
import { asksOwnVote, namesOwnVote } from './vote-own-names.ts';
import { opensSubItem, underSubItem } from './sub-items.ts';

/** The most sentences back from a member's request that the decision it follows may start: a lettered decision's points. */
const DECISION_REACH = 6;
/** The most sentences after a request that opens its sub-item that the sub-item's decision may stand: the request, then the decision. */
const AHEAD_REACH = 2;

/**
 * The decision under a request that opens a lettered sub-item ("(b) Capital Strategy" over "Councillor Ince asked that her
 * vote against this item be recorded." over "RESOLVED - That the Capital Strategy be approved."): the request was made
 * on that sub-item's decision, never the one above the heading. Its text and place; null when none follows before the
 * next sub-item or a vote already found.
 */
function decisionAhead(sentences: readonly string[], at: number, taken: readonly { at: number }[]): { text: string; at: number } | null {
  for (let next = at + 1; next < sentences.length && next <= at + AHEAD_REACH; next += 1) {
    const sentence = sentences[next] ?? '';
    if (opensSubItem(sentence) || taken.some((vote) => vote.at === next)) return null;
    if (isDecision(sentence))
      return { text: [underSubItem(sentences[at] ?? ''), ...sentences.slice(at + 1, next + 1)].join(' '), at: next };
  }
  return null;
}

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
    if (opensSubItem(sentence)) {
      const ahead = decisionAhead(sentences, at, taken);
      return ahead === null ? [] : [ahead];
    }
    let decided = -1;
    for (let from = at; from >= Math.max(0, at - DECISION_REACH); from -= 1) {
      if (taken.some((vote) => vote.at >= from && vote.at <= at + 1)) break;
      // The request's own sentence may hold the decision's last point ("(c) … 8%). (Councillor Crisp asked …)"); the
      // decision's points run back to the line that opens it ("RESOLVED that:"), which the text starts from.
      if (isDecision(sentences[from] ?? '')) decided = from;
      if (decided !== -1 && opensBlock(sentences[from] ?? '')) break;
      // A sub-item's heading above the request: a decision above it was another sub-item's.
      if (from < at && opensSubItem(sentences[from] ?? '')) break;
    }
    return decided === -1 ? [] : [{ text: sentences.slice(decided, at + 1).join(' '), at }];
  });
}
