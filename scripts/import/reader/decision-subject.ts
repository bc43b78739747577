/**
 * What a decision is on, printed before it: the planning application named above it ("Application No: …", a
 * planning list's line) and the paper circulated ("There had been circulated Report No 12/25 …"). Apart because
 * both the marked blocks (decisions-marked.ts) and the decisions in prose (decisions-in-prose.ts) name it, and the
 * item reader (items.ts) keeps a circulated paper's lead out of titles.
 */
import { listedApplication } from './application-reference.ts';
import { SENTENCE_END } from './decision-clerk-forms.ts';
import { DECIDING_BODY, opensBlock } from './decision-markers.ts';

/**
 * "There had been circulated Report No 12/25 by the Clerk", "There was submitted a report by …": how a
 * Scottish minute says what paper was before the meeting (with how it was circulated: "for confirmation",
 * "to Members only"). What the meeting decided on it follows; the lead stays in the minutes' text only.
 */
export const CIRCULATED =
  /^\s*There\s+(?:had\s+been|has\s+been|was|were)\s+(?:circulated|submitted)\b(?!\s+and\s+(?:approved|noted)\b)(?:\s+(?:for\s+(?:confirmation|information|approval|noting)|to\s+(?:all\s+)?Members(?:\s+only)?))?\s*/i;
/** Where the deciding body's clause starts in a sentence that opens with the paper: "…, and the Committee APPROVED …". */
const BODY_DECIDES = new RegExp(
  String.raw`[,;]?\s+(?:and\s+)?(?=the\s+(?:[\w-]+\s+){0,3}?${DECIDING_BODY}\s+(?:(?:then|therefore|duly|also|unanimously)\s+)*(?:agreed|approved|resolved|decided|noted)\b)`,
  'i',
);

/**
 * A decided sentence without the paper it opens with: "There had been circulated the minute of 16 September,
 * which was APPROVED." → "the minute of 16 September, which was APPROVED."; "There had been circulated a report
 * …, and the Committee APPROVED the recommendations." → "the Committee APPROVED the recommendations.".
 */
export function withoutCirculated(sentence: string): string {
  if (!CIRCULATED.test(sentence)) return sentence;
  const body = BODY_DECIDES.exec(sentence);
  return body ? sentence.slice(body.index + body[0].length) : sentence.replace(CIRCULATED, '');
}

/**
 * A line that opens with the paper circulated, each of its sentences on a line of its own: a decision run on
 * after it ("… sought approval for the plan. Decision: The Committee APPROVED …", "… After discussion, the
 * Committee agreed:- (1) …") then opens its line, as the marked forms read it.
 */
export function circulatedApart(line: string): string {
  return CIRCULATED.test(line) ? line.split(SENTENCE_END).join('\n') : line;
}

/** "Application No: 25/00187/FUL": a planning application's field in a labelled block, its reference group 1. */
const APPLICATION_FIELD = /^\s*(?:Planning\s+)?Application\s+(?:No\.?|Number|Ref(?:erence)?\.?)\s*:\s*(\S+)\s*$/i;

/**
 * The application a line names as a labelled field ("Application No: …") or as a planning list's line; null when none.
 * In a planning item (`planning`) a list's line may open with a bare reference ("25/0198 – 14 Beck Lane – …").
 */
export function applicationNamed(line: string, planning = false): string | null {
  const found = APPLICATION_FIELD.exec(line) ?? listedApplication(planning).exec(line);
  return found ? (found[1] ?? found[2] ?? null) : null;
}

/**
 * The application named above a decision's line, as a planning committee prints one block of fields per
 * application ("Application No:", "Site:", …, "Decision: GRANTED") and a parish lists each application on a
 * line over its decision ("F/25/0812 – 12 Chapel Drove" over "RESOLVED: no objection"), so the decision says
 * what it decided: "25/00187/FUL: GRANTED …". A list's line names it only in the decision's own paragraph; a block's
 * "Application No:" field also across the paragraphs of debate between its fields and its decision, up to another
 * decision (which ends the block above). Null when none does. `planning` as applicationNamed reads it.
 */
export function applicationAbove(lines: string[], at: number, planning = false): string | null {
  let crossed = false;
  for (let back = at - 1; back >= 0; back -= 1) {
    const line = lines[back] ?? '';
    if (line.trim() === '') {
      crossed = true;
      continue;
    }
    const field = APPLICATION_FIELD.exec(line)?.[1];
    if (field !== undefined) return field;
    // Past a blank line, another decision's line ends the search: what is above it is that decision's.
    if (crossed && opensBlock(line)) return null;
    if (!crossed) {
      const named = applicationNamed(line, planning);
      if (named !== null) return named;
    }
  }
  return null;
}

/** A decision with the application it decided before it ("0921/25/HHO: to support."), unless it names it itself. */
export function withApplication(decision: string, application: string | null): string {
  return application === null || decision.includes(application) ? decision : `${application}: ${decision}`;
}
