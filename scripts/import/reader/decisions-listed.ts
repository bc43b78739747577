/**
 * Decisions printed as a list's entries, each its subject then a dash and the outcome ("- Skate park lighting (£400) -
 * agreed", "• Carnival float hire – refused (no receipts).", "2. Notice board - agreed", "(b) Tree lights – refused"),
 * as youth councils and parish grant panels list the bids they decided on, bulleted, numbered or lettered alike. Apart because the decision reader (decisions.ts) reads them beside the item's other decisions, in printed order.
 */
import { squash } from '../text.ts';
import { BULLET_LINE } from '../list-marks.ts';
import { LISTED_OUTCOME_WORDS, oneOf } from './decision-words.ts';
import { LIST_ENTRY } from './decision-markers.ts';
import { LISTED_APPLICATION } from './application-reference.ts';

/**
 * An entry's outcome after a spaced dash, at the entry's end or before its reason: "agreed", "not agreed", "approved",
 * "refused", "declined", "rejected", in any case, a reason or note after a comma or in brackets kept.
 */
const OUTCOME_AFTER_DASH = new RegExp(
  String.raw`^\S.*?\s[-–—]\s+(?:not\s+)?${oneOf(LISTED_OUTCOME_WORDS)}(?:\s*\([^()]*\))?(?:[,;:]\s+\S.*)?\.?$`,
  'i',
);

/**
 * A list entry's words without its mark: any bullet (a Word export's Symbol bullets too, BULLET_LINE), a number or a
 * letter (LIST_ENTRY: "2. ", "(b) "). Null for a line that opens no entry.
 */
function entryText(line: string): string | null {
  const bulleted = BULLET_LINE.exec(line)?.[1];
  if (bulleted !== undefined) return bulleted;
  const mark = LIST_ENTRY.exec(line)?.[0];
  return mark === undefined ? null : line.slice(mark.length);
}

/** A listed decision: its text as printed (no bullet, lines joined) and the line it opens on. */
export interface ListedDecision {
  text: string;
  line: number;
}

/**
 * Each entry of the minutes (bulleted, numbered or lettered: decision-markers.ts's LIST_ENTRY) whose words end with a
 * dash and its outcome, as printed without its mark, a wrapped entry's lines joined (a line that is no entry and is
 * indented under one goes on with it). Only an item's minutes come here, never its heading, so a numbered line is a
 * point of the minute.
 */
export function listedDecisions(minutes: string): ListedDecision[] {
  const lines = minutes.split('\n');
  const found: ListedDecision[] = [];
  lines.forEach((line, at) => {
    const entry = entryText(line);
    if (entry === null) return;
    let text = entry;
    for (let next = at + 1; next < lines.length && /^\s{2,}\S/.test(lines[next] ?? '') && entryText(lines[next] ?? '') === null; next += 1)
      text = `${text} ${lines[next] ?? ''}`;
    const printed = squash(text).trim();
    // An application's line ("1. 25/0117/FUL – Garage – approved") reports the planning authority's decision: the
    // planning readers (decisions-planning.ts) read a council's own comment on it.
    if (OUTCOME_AFTER_DASH.test(printed) && !LISTED_APPLICATION.test(line) && !LISTED_APPLICATION.test(printed))
      found.push({ text: printed, line: at });
  });
  return found;
}
