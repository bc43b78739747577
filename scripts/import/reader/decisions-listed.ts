/**
 * Decisions printed as a list's entries, each its subject then a dash and the outcome ("- Skate park lighting (£400) -
 * agreed", "• Carnival float hire – refused (no receipts)."), as youth councils and parish grant panels list the bids they
 * decided on. Apart because the decision reader (decisions.ts) reads them beside the item's other decisions, in printed order.
 */
import { squash } from '../text.ts';
import { BULLET_LINE } from '../list-marks.ts';
import { LISTED_OUTCOME_WORDS, oneOf } from './decision-words.ts';

/**
 * An entry's outcome after a spaced dash, at the entry's end or before its reason: "agreed", "not agreed", "approved",
 * "refused", "declined", "rejected", in any case, a reason or note after a comma or in brackets kept.
 */
const OUTCOME_AFTER_DASH = new RegExp(
  String.raw`^\S.*?\s[-–—]\s+(?:not\s+)?${oneOf(LISTED_OUTCOME_WORDS)}(?:\s*\([^()]*\))?(?:[,;:]\s+\S.*)?\.?$`,
  'i',
);

/** A listed decision: its text as printed (no bullet, lines joined) and the line it opens on. */
export interface ListedDecision {
  text: string;
  line: number;
}

/**
 * Each bulleted entry of the minutes whose words end with a dash and its outcome, as printed without its bullet, a
 * wrapped entry's lines joined (a line that is no entry and is indented under one goes on with it).
 */
export function listedDecisions(minutes: string): ListedDecision[] {
  const lines = minutes.split('\n');
  const found: ListedDecision[] = [];
  lines.forEach((line, at) => {
    const entry = BULLET_LINE.exec(line)?.[1];
    if (entry === undefined) return;
    let text = entry;
    for (let next = at + 1; next < lines.length && /^\s{2,}\S/.test(lines[next] ?? '') && !BULLET_LINE.test(lines[next] ?? ''); next += 1)
      text = `${text} ${lines[next] ?? ''}`;
    const printed = squash(text).trim();
    if (OUTCOME_AFTER_DASH.test(printed)) found.push({ text: printed, line: at });
  });
  return found;
}
