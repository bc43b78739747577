/**
 * Votes with no outcome word in capitals: a proposal moved and carried in lower case ("Proposed by Cllr Smith,
 * seconded by Cllr Jones and unanimously approved."), a decision said to be unanimous ("RESOLVED (nem con) that
 * …"), or one a sentence of its own under it says was ("Unanimous."). Apart because they are read after the votes
 * with an outcome, from the sentences those left (votes.ts).
 */
import { isDecision } from './decision-clerk-forms.ts';
import { OUTCOME, UNANIMITY } from './vote-words.ts';
import { namesMover } from './vote-movers.ts';
import { isTally } from './vote-counts.ts';
import { VOTE_LABEL } from '../decision-end-lines.ts';

/**
 * "Proposed by Cllr Smith, seconded by Cllr Jones and unanimously approved.", "Cllr Ure proposed Cllr
 * Vane, seconded by Cllr Wren; all in favour.", "Proposed: Cllr Ash Seconded: Cllr Elm. Unanimous.", "… proposed Cllr
 * Knapp, seconded Cllr Moss, unanimous." (the word of unanimity, UNANIMITY, ending the sentence after a stop, a semicolon or
 * a comma), "The recommendations were moved by Cllr Quinn …" over
 * "It was unanimously Resolved:": a proposal moved and carried with no outcome word in capitals, as parish
 * and other minutes record a vote; the sentence that moves it and, when it does not say the outcome, the next.
 */
export const PROPOSAL_CARRIED = new RegExp(
  String.raw`(?:^|[.;,]\s+)\(?(?:${UNANIMITY})\)?\.?[ \t]*$|\b(?:unanimously\s+(?:approved|agreed|carried|resolved|appointed|adopted|accepted|elected)|(?:approved|agreed|carried|resolved)\s+unanimously|(?<!\bnot\s)all\s+(?:in\s+favou?r|agreed)|(?:was|were)\s+(?:unanimously\s+)?carried(?!\s+out))\b|\bIt\s+was\s+unanimously\b`,
  'im',
);

/**
 * "It was unanimously RESOLVED that …", "RESOLVED UNANIMOUSLY: …", "RESOLVED (unanimously):", "RESOLVED that the lease
 * be renewed (unanimous).", "… be noted. (Unanimous.)", "RESOLVED (nem con) that …", "… (all in favour).": a decision that says no member voted against it.
 */
export const UNANIMOUS_DECISION = new RegExp(
  String.raw`\b(?:unanimously\s+(?:resolved|agreed|approved|decided)|(?:resolved|agreed|approved|decided)\s+(?:unanimously\b|\(\s*unanimously\s*\)))|\(\s*(?:${UNANIMITY})\s*\.?\s*\)`,
  'i',
);
/**
 * "Unanimous.", "Nem con.", "All in favour.", "Voting: unanimous.": a sentence that says only that the decision above it
 * was carried unanimously.
 */
const UNANIMOUS_ALONE = new RegExp(String.raw`^\(?\s*(?:${VOTE_LABEL}\s*)?(?:${UNANIMITY})\s*\.?\s*\)?\.?$`, 'i');
/** "Vote: Unanimous": a vote's field saying only that, which a block of fields may print over the decision it carried. */
const UNANIMOUS_FIELD = new RegExp(String.raw`^\s*${VOTE_LABEL}\s*(?:${UNANIMITY})\s*\.?$`, 'i');

/** True when a sentence is a decision with no vote of its own: no outcome, no tally and no word that it was unanimous. */
export const decidedAlone = (sentence: string): boolean =>
  isDecision(sentence) && !OUTCOME.test(sentence) && !isTally(sentence) && !UNANIMOUS_DECISION.test(sentence);

/**
 * Decisions said to be unanimous that no other vote took, movers or none, and decisions a sentence of their own
 * under them says were ("RESOLVED that … ." over "Unanimous."), or a vote's field over them ("Vote: Unanimous" over
 * "Decision: GRANTED …"): each a vote carried unanimously, nothing put named (the
 * decision says what) and no one counted, as the record counts no one, so the record keeps that it was unanimous.
 */
export function unanimousDecisions(sentences: string[], taken: { at: number }[]): { text: string; at: number }[] {
  const spent = new Set(taken.map(({ at }) => at));
  return sentences.flatMap((sentence, at) => {
    if (spent.has(at)) return [];
    if (UNANIMOUS_DECISION.test(sentence) && isDecision(sentence)) return [{ text: sentence, at }];
    const before = sentences[at - 1] ?? '';
    if (UNANIMOUS_ALONE.test(sentence) && !spent.has(at - 1) && decidedAlone(before)) return [{ text: `${before} ${sentence}`, at }];
    // "Vote: Unanimous" over "Decision: GRANTED subject to conditions.": the field over a decision no vote took.
    const next = sentences[at + 1] ?? '';
    return UNANIMOUS_FIELD.test(sentence) && !spent.has(at + 1) && decidedAlone(next) ? [{ text: `${sentence} ${next}`, at: at + 1 }] : [];
  });
}

/** Each proposal the sentences move and carry with no outcome word in capitals (PROPOSAL_CARRIED) that no other vote took. */
export function proposalsCarried(sentences: string[], outcomes: { at: number }[]): { text: string; at: number }[] {
  const taken = new Set(outcomes.map(({ at }) => at));
  return sentences.flatMap((sentence, at) => {
    if (!namesMover(sentence) || OUTCOME.test(sentence)) return [];
    const next = sentences[at + 1] ?? '';
    if (PROPOSAL_CARRIED.test(sentence)) return taken.has(at) ? [] : [{ text: sentence, at }];
    if (!PROPOSAL_CARRIED.test(next) || OUTCOME.test(next) || namesMover(next) || taken.has(at + 1)) return [];
    return [{ text: `${sentence} ${next}`, at: at + 1 }];
  });
}
