/**
 * What a tracker's status, RAG or "Accepted / Rejected" cell says: how far a recommendation has gone, whether the
 * response accepted it, and its RAG rating; and the capitals an update is marked with when there is no status column.
 * Apart from the rest of the tracker's reading because a response's block (kinds/response-answers.ts), an annual
 * report's progress (kinds/annual-report.ts) and a stacked table (tracker-stacked.ts) read a status by the same words.
 */
import { implementationFromWords, outcomeFromWords } from '../../../src/model/recommendation-lifecycle.ts';
import type { ImplementationStatus, ResponseOutcome } from '../../../src/model/schema.ts';

/** Where a tracker's row stands, as its status cell, a heading over it or the response's outcome says. */
export type TrackerStatus = 'completed' | 'in-progress' | 'rejected' | 'open' | 'not-stated';

/** What a status, RAG or "Accepted / Rejected" cell says. */
interface CellWords {
  status: TrackerStatus;
  implementation: ImplementationStatus;
  outcome: ResponseOutcome | null;
  rag: 'red' | 'amber' | 'green' | null;
}

const RAG = /^(red|amber|green)\b[\s/,;:.–—-]*/i;
/** Done words negated: "Not completed", "Not yet complete" say it is still to do, never that it is done. */
const NOT_DONE = /^not\s+(?:yet\s+)?(?:fully\s+)?(?:completed?|implemented|done|closed|achieved)\b/i;
/** Still to begin or to answer. */
const OPEN = /^(?:open|outstanding|awaiting\s+response)\b/i;
/** Closed, with nothing said of why: done, unless the response turned it down. */
const CLOSED = /^(?:closed|no\s+further\s+action)\b/i;

/** The cell's first clause: "Completed - 14 units let" → "Completed". */
export function firstClause(text: string): string {
  return text.split(/\s*(?:[.;:(]|\s[-–—]\s)/)[0] ?? text;
}

/**
 * A status column's words (a status column may use any case), read from the start of the cell:
 * implementation words and acceptance words are the model's own (recommendation-lifecycle.ts),
 * a negation before the word it negates, and a leading RAG rating as `rag`.
 */
export function statusWords(text: string | null): CellWords {
  const words: CellWords = { status: 'not-stated', implementation: 'not-stated', outcome: null, rag: null };
  if (!text) return words;
  const rag = RAG.exec(text.trim());
  words.rag = rag ? (rag[1]!.toLowerCase() as CellWords['rag']) : null;
  const rest = firstClause(rag ? text.trim().slice(rag[0].length) : text.trim());
  if (rest === '') return words;
  if (NOT_DONE.test(rest)) return { ...words, status: 'open' };
  words.outcome = outcomeFromWords(rest);
  words.implementation = implementationFromWords(rest);
  if (words.outcome === 'not-accepted') words.status = 'rejected';
  else if (words.implementation === 'implemented' || CLOSED.test(rest)) words.status = 'completed';
  else if (words.implementation === 'in-progress') words.status = 'in-progress';
  else if (words.implementation === 'not-started' || OPEN.test(rest)) words.status = 'open';
  return words;
}

/**
 * A status beside a response that turned the recommendation down: "Closed", or nothing said, is closed
 * because it was rejected; one implemented all the same, or said to be open or under way, keeps its status.
 * A tracker's row and an executive response's block (kinds/cabinet-response.ts) both read it so.
 */
export function statusTurnedDown(
  status: TrackerStatus,
  outcome: ResponseOutcome | null,
  implementation: ImplementationStatus,
): TrackerStatus {
  if (outcome !== 'not-accepted') return status;
  return status === 'not-stated' || (status === 'completed' && implementation !== 'implemented') ? 'rejected' : status;
}

/**
 * A tracker without a status column: only the capitals some trackers mark an update with
 * ("UPDATE:", "COMPLETED", "NO FURTHER ACTION") count, never the update's prose ("No update has
 * been received", "not completed").
 */
export function markedStatus(text: string | null): TrackerStatus {
  if (!text) return 'not-stated';
  const unnegated = text.replace(/\bNOT\s+(?:YET\s+)?(?:COMPLETED?|CLOSED)\b/g, '');
  if (/NO FURTHER ACTION|\bCOMPLETED?\b|\bCLOSED\b/.test(unnegated)) return 'completed';
  if (/\bUPDATE\b|\bIN PROGRESS\b|\bONGOING\b/.test(unnegated)) return 'in-progress';
  return 'not-stated';
}
