/**
 * Sentences of the meeting's procedure, which record how the business went and decide nothing: a break ("The meeting
 * adjourned at 8.15 pm and reconvened at 8.25 pm."), the chair moving on ("The Chair moved to the next item."), a vote
 * taken ("Members then voted."). items.ts keeps a break between items apart from a change of chair; decisions.ts ends a
 * resolution before one run on after it.
 */
import { squash } from '../text.ts';

/** "The meeting", "the Committee": the body sitting, as a sentence of its procedure names it. Regex source. */
const SITTING = String.raw`the\s+(?:meeting|committee|sub-committee|panel|board|council|cabinet)`;

/** "The meeting adjourned at 8.15 pm and reconvened at 8.25 pm.": a break between items, the body sitting again after it. */
export const BREAK_BETWEEN = new RegExp(String.raw`^${SITTING}\s+(?:was\s+|then\s+)?adjourned\b.*\b(?:reconvened|resumed)\b`, 'i');

/**
 * The other sentences of procedure: a break said in two ("The meeting adjourned at 8.15 pm.", "The Committee reconvened
 * at 8.25 pm."), the chair moving on to the next item, the members voting. Never "That the meeting be adjourned …",
 * the decision to break, nor "The Committee asks for a report at its next meeting", a decision's own words.
 */
const PROCEDURE: readonly RegExp[] = [
  BREAK_BETWEEN,
  new RegExp(String.raw`^${SITTING}\s+(?:was\s+|then\s+)?adjourned\s+(?:at|for|until)\b`, 'i'),
  new RegExp(String.raw`^${SITTING}\s+(?:then\s+)?(?:reconvened|resumed)\s+at\b`, 'i'),
  /^the\s+(?:chair(?:man|person|woman)?|mayor|provost|convener)\s+(?:then\s+)?(?:moved|proceeded|turned|went)\s+(?:on\s+)?to\s+(?:the\s+)?(?:next|following)\s+(?:agenda\s+)?(?:item|business)\b/i,
  /^(?:the\s+)?(?:members|councillors|committee)\s+(?:then\s+)?voted\.?$|^(?:members|councillors)\s+then\s+voted\b/i,
];

/** True when the sentence records the meeting's procedure (a break, the chair moving on, a vote taken), deciding nothing. */
export function isProcedureSentence(sentence: string): boolean {
  const text = squash(sentence);
  return PROCEDURE.some((pattern) => pattern.test(text));
}
