/**
 * What runs on after a decision's words and is no part of them: its movers, its tally ("For 5, Against 1.", "(4 for,
 * 1 against)", "Carried unanimously."), an outcome alone, an "Action:" label, a sentence of procedure. Apart because
 * every way of reading a decision (marked, in prose, a planning list's comment) ends the decision there; the vote
 * reader (votes.ts) reads what is cut.
 */
import { ACTION_LABEL, COUNTS_ONLY } from '../decision-end-lines.ts';
import { squash } from '../text.ts';
import { MOVERS_ONLY, SECONDER_ONLY, withMoversStopped } from './mover-names.ts';
import { opensWithOwnVote } from './vote-own-names.ts';
import { SCORE, UNANIMITY } from './vote-words.ts';
import { isProcedureSentence } from './procedure.ts';
import { sentences } from './decision-clerk-forms.ts';

/** "unanimously", "all in favour", "nem con": the vote's words (vote-words.ts) that say how an outcome was carried. */
export const UNANIMOUS_WORD = new RegExp(String.raw`\b(?:${UNANIMITY})`, 'i');

/** "Carried 6-1, 1 abstention.", "Agreed unanimously", "Carried by 4 votes to 1": an outcome with how it was carried, nothing decided. */
export const outcomeCounted = (sentence: string): boolean =>
  OUTCOME_ONLY.test(sentence) && (UNANIMOUS_WORD.test(sentence) || /\d/.test(sentence));

/** "by 4 votes to 1", "5 votes to 2": a vote's score in votes, those for and then those against (a regex source). */
const VOTES_TO_SCORE = String.raw`(?:by\s+)?\d{1,3}\s+votes?,?\s+to\s+\d{1,3}`;
/** "Unanimous.", "All in favour.", "(Nem con)", "(5 votes to 2)", "Carried.": how a decision was carried, said alone after it and its movers. */
const CARRIED_ALONE = new RegExp(String.raw`^\(?(?:${UNANIMITY}|${VOTES_TO_SCORE}|[Cc]arried|CARRIED)\)?\.?$`, 'i');

/** How a vote went and nothing else: its counts ("For 5, Against 1."), "Unanimous.", "Carried 6-1, 1 abstention.". */
export const talliesOnly = (sentence: string): boolean =>
  COUNTS_ONLY.test(sentence) || CARRIED_ALONE.test(sentence) || outcomeCounted(sentence);

/**
 * A tally in brackets that ends a decision, before its stop: "to accept the recommendations (4 for, 1 against).",
 * "… (unanimous)", "… (carried 6-1, 1 abstention)". Group 1 what the brackets hold, read as a tally only when
 * it is one and nothing else (talliesOnly): "(2 for the green)" is the decision's own words.
 */
const LAST_BRACKET = /\s*\(([^()]{1,80})\)(?=[\s.;]*$)/;

/**
 * A tally in brackets that opens a decision, after its marker: "RESOLVED (5 votes to 2) that …", "RESOLVED (nem con) that …",
 * or before the marker's colon: "RESOLVED (4 for, 1 against):" over "That …".
 */
const FIRST_BRACKET = /^\(([^()]{1,160})\)(?:\s*[:\-–—]-?\s*|\s+)(?=\S)/;
/**
 * ", being more than two-thirds of the members voting": the majority the law asks for, said after a tally's counts.
 * It is no count, so the tally is read without it; its words stay in the minutes (the vote keeps no note).
 */
const MAJORITY_SAID =
  /,\s*being\s+(?:more\s+than\s+|at\s+least\s+|not\s+less\s+than\s+)?(?:two[-\s]thirds|three[-\s]quarters|a\s+majority)\b[^()]*$/i;

/**
 * A decision without the tally in brackets at its end or at its start, or members' own votes in brackets at its end
 * ("(Councillor Pickles abstained.)"), which the vote reader (votes.ts) reads as its vote: the decision starts at its own
 * words ("that …").
 */
export function withoutTally(decision: string): string {
  const first = FIRST_BRACKET.exec(decision);
  const decided =
    first !== null && talliesOnly(squash(first[1] ?? '').replace(MAJORITY_SAID, '')) ? decision.slice(first[0].length) : decision;
  const bracket = LAST_BRACKET.exec(decided);
  // "(Councillor Pickles abstained.)": members' own votes on the decision, the vote's (vote-own-names.ts), as a tally is.
  const said = squash(bracket?.[1] ?? '');
  if (bracket === null || bracket.index === 0 || !(talliesOnly(said) || opensWithOwnVote(said))) return decided;
  return decided.slice(0, bracket.index) + decided.slice(bracket.index + bracket[0].length);
}

/**
 * A decision without what the marker's line runs on with after it: the movers ("AGREED: that the minutes be
 * approved. Proposed Cllr Ash, seconded Cllr Elm. Unanimous.") and the counts ("For 5, Against 1.") or how it
 * was carried ("Carried unanimously.") are the vote reader's, a sentence of procedure and all after it the minutes' (procedure.ts)
 * (motions.ts, votes.ts); an "Action: Clerk" label and all after it say who acts on the decision (decision-end-lines.ts's ACTION_LABEL).
 */
export function withoutRunOn(decided: string): string {
  // A count opens no sentence (SENTENCE_END wants a capital), yet "… be requested. 4 for, 1 against." ends the decision at its stop.
  const all = sentences(withMoversStopped(decided)).flatMap((sentence) => sentence.split(/(?<=[.!?])\s+(?=\(?\d)/));
  const action = all.findIndex((sentence, at) => at > 0 && ACTION_LABEL.test(sentence));
  // "The Chair moved to the next item.", "The meeting adjourned at 8.15 pm …": the meeting's procedure after the decision, no part of it.
  const procedure = all.findIndex((sentence, at) => at > 0 && isProcedureSentence(sentence));
  let end = Math.min(action > 0 ? action : all.length, procedure > 0 ? procedure : all.length);
  // "Carried 4 votes to 1.", "Carried: 8 for, 2 abstentions.": the outcome with its counts, as the counts alone are.
  const runOn = (sentence: string) =>
    [MOVERS_ONLY, SECONDER_ONLY, MOVERS_THEN_OUTCOME].some((form) => form.test(sentence)) || talliesOnly(sentence);
  while (end > 1 && runOn(all[end - 1] ?? '')) end -= 1;
  return end === all.length ? decided : all.slice(0, end).join(' ');
}

/**
 * "Proposed Cllr Ash, seconded Cllr Elm, all agreed.", "Proposed by Cllr Ash and seconded by Cllr Elm; carried
 * unanimously.": who moved and seconded, then only the outcome, as parish minutes record the vote on what
 * the sentence before said. The vote reader reads it as that vote; it says nothing that was decided.
 */
export const MOVERS_THEN_OUTCOME = new RegExp(
  // Only a name (or "the Chair") after "Proposed (by)": "Proposed as a true record by …", "… that …" say what was decided.
  String.raw`^\(?\s*(?:Proposed|PROPOSED|Moved|MOVED|Prop)(?:\s+(?:by|BY)|\s*:)?\s+(?:the\s+)?\p{Lu}(?:(?!\b(?:that|to|as|for)\s)[^;])*?(?:,\s*|\s+and\s+)(?:[Ss]econded|SECONDED|Sec)\b[^;,]*?(?:[,;]\s*|\s+and\s+)(?:(?:[Aa]ll|[Uu]nanimously|[Dd]uly)\s+)?(?:[Aa]greed|[Aa]pproved|[Cc]arried|[Rr]esolved|AGREED|APPROVED|CARRIED|RESOLVED|in\s+favou?r)(?:\s+(?:unanimously|by\s+all))?\s*[.)]*$`,
  'u',
);

/**
 * "CARRIED: 8 for, 2 abstentions.", "Carried by 4 votes to 1.", "Carried 3–1, 1 abstention.", "Agreed unanimously.": an
 * outcome that says nothing of what was decided.
 */
export const OUTCOME_ONLY = new RegExp(
  String.raw`^(?:carried|agreed|approved|resolved)\b(?:\s*[:,\-–—]?\s*(?:${UNANIMITY}|(?:(?:by\s+)?\d+\s+for\b|${VOTES_TO_SCORE}|${SCORE})[^.]*))?\s*\.?$`,
  'i',
);
