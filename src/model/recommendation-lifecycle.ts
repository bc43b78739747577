/**
 * A recommendation's lifecycle: made → response due → responded → updates → outcome.
 *
 * Pure functions, shared by the importer (the due date it writes) and the site (overdue, tracker
 * groups, figures). "Today" is always passed in: the site takes it from `BUILD_DATE` (see
 * `buildDate`), so a build is reproducible and tests fix it.
 */
import type { ImplementationStatus, Recommendation, ResponseOutcome } from './schema.ts';

/** A calendar date `YYYY-MM-DD` that exists. */
function isIsoDay(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * The date `months` calendar months after `iso`; a day the later month lacks becomes its last
 * day (31 December + 2 months = 28 February, or 29 in a leap year).
 */
export function addMonths(iso: string, months: number): string {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  const target = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target.toISOString().slice(0, 10);
}

/** Months the executive has to respond to a scrutiny report (s.9FE Local Government Act 2000). */
export const RESPONSE_MONTHS = 2;

/** The response due date and how it was found, from the day the executive received the report. */
export function responseDueFrom(receivedDate: string | null, how: string): { responseDue: string | null; responseDueNote: string } {
  if (receivedDate === null) {
    return {
      responseDue: null,
      responseDueNote: 'not worked out: the records do not state when the executive received the report',
    };
  }
  return {
    responseDue: addMonths(receivedDate, RESPONSE_MONTHS),
    responseDueNote: `two months (s.9FE Local Government Act 2000) from ${receivedDate}, ${how}`,
  };
}

/**
 * The site's "today": `BUILD_DATE` (YYYY-MM-DD) when set, else the build's day in UTC. A
 * `BUILD_DATE` that is not a calendar date is an error, not silently today.
 */
export function buildDate(env: Record<string, string | undefined>, now: Date = new Date()): string {
  const fixed = env['BUILD_DATE'];
  if (fixed !== undefined && fixed !== '') {
    if (!isIsoDay(fixed)) throw new Error(`BUILD_DATE=${fixed} is not a calendar date written YYYY-MM-DD`);
    return fixed;
  }
  return now.toISOString().slice(0, 10);
}

type Lifecycle = Pick<Recommendation, 'status' | 'implementation' | 'response' | 'responseDue'>;

/** The old `status` read as an implementation state (`completed` is implemented, `in-progress` in progress). */
const STATUS_AS_IMPLEMENTATION: Record<Recommendation['status'], ImplementationStatus> = {
  open: 'not-stated',
  'in-progress': 'in-progress',
  completed: 'implemented',
  rejected: 'not-implemented',
  'not-stated': 'not-stated',
};

/** How far it has been carried out: the record's own field, else its `status` mapped. */
export function implementationOf(rec: Pick<Recommendation, 'status' | 'implementation'>): ImplementationStatus {
  const own = rec.implementation ?? 'not-stated';
  return own !== 'not-stated' ? own : STATUS_AS_IMPLEMENTATION[rec.status];
}

/** The response's outcome: stated, else `not-accepted` for the old status `rejected`, else null. */
export function outcomeOf(rec: Pick<Recommendation, 'status' | 'response'>): ResponseOutcome | null {
  return rec.response?.outcome ?? (rec.status === 'rejected' ? 'not-accepted' : null);
}

/** Where the response stands on `today`. */
export type ResponseState = 'responded' | 'overdue' | 'awaiting' | 'none';

/**
 * `responded` when a response is recorded; `overdue` when the due date is before `today` with
 * none; `awaiting` when it is due today or later; `none` when no response is recorded and no due
 * date can be worked out. On the due date itself the response is not yet overdue.
 */
export function responseState(rec: Pick<Recommendation, 'response' | 'responseDue'>, today: string): ResponseState {
  if ((rec.response ?? null) !== null) return 'responded';
  const due = rec.responseDue ?? null;
  if (due === null) return 'none';
  return due < today ? 'overdue' : 'awaiting';
}

export function isOverdue(rec: Pick<Recommendation, 'response' | 'responseDue'>, today: string): boolean {
  return responseState(rec, today) === 'overdue';
}

/** Tracker groups in the order a tracker lists them. */
export const TRACKER_GROUPS = ['overdue', 'open', 'closed'] as const;
export type TrackerGroup = (typeof TRACKER_GROUPS)[number];

const CLOSED: ReadonlySet<ImplementationStatus> = new Set(['implemented', 'not-implemented', 'superseded']);

/** Overdue (no response after the due date), closed (carried out, not carried out, superseded, or not accepted), else open. */
export function trackerGroup(rec: Lifecycle, today: string): TrackerGroup {
  if (isOverdue(rec, today)) return 'overdue';
  if (CLOSED.has(implementationOf(rec)) || outcomeOf(rec) === 'not-accepted') return 'closed';
  return 'open';
}

/** The figures a committee or council page shows. */
export interface RecommendationFigures {
  made: number;
  /** With a response recorded. */
  responded: number;
  /** Accepted or partially accepted. */
  accepted: number;
  implemented: number;
  overdue: number;
}

export function recommendationFigures(recs: readonly Lifecycle[], today: string): RecommendationFigures {
  const figures: RecommendationFigures = { made: recs.length, responded: 0, accepted: 0, implemented: 0, overdue: 0 };
  for (const rec of recs) {
    if ((rec.response ?? null) !== null) figures.responded += 1;
    const outcome = outcomeOf(rec);
    if (outcome === 'accepted' || outcome === 'partially-accepted') figures.accepted += 1;
    if (implementationOf(rec) === 'implemented') figures.implemented += 1;
    if (isOverdue(rec, today)) figures.overdue += 1;
  }
  return figures;
}

/**
 * Implementation state from a tracker's or report's words, conservatively: only words that say
 * it plainly count ("Implemented", "completed", "in progress", "paused"); anything else is
 * `not-stated` and the words are kept as they stand.
 */
export function implementationFromWords(text: string | null): ImplementationStatus {
  if (!text) return 'not-stated';
  const words = text.trim();
  if (/^(?:this\s+has\s+(?:not\s+been|yet\s+to\s+be)|not\s+(?:yet\s+)?implemented)\b/i.test(words)) return 'not-implemented';
  if (/^(?:this\s+(?:has\s+been|is|was)\s+)?(?:fully\s+)?(?:implemented|completed?)\b/i.test(words)) return 'implemented';
  if (/^(?:this\s+has\s+been\s+)?superseded\b/i.test(words)) return 'superseded';
  if (/^(?:this\s+(?:has\s+been|is)\s+)?(?:paused|on\s+hold)\b/i.test(words)) return 'paused';
  if (/^not\s+(?:yet\s+)?started\b/i.test(words)) return 'not-started';
  if (/\b(?:in\s+progress|ongoing|delayed)\b/i.test(words)) return 'in-progress';
  // A tracker's key: "On track", "Off track", "Behind (schedule)" say it is under way, at whatever pace.
  if (/^(?:(?:on|off)\s+track|behind(?:\s+schedule)?)\b/i.test(words)) return 'in-progress';
  return 'not-stated';
}

/** A response's outcome from its words: only the plain words count; anything else is null. */
export function outcomeFromWords(text: string | null): ResponseOutcome | null {
  if (!text) return null;
  if (/\bpartially\s+(?:accepted|agreed)\b|\b(?:accepted|agreed)\s+in\s+part\b/i.test(text)) return 'partially-accepted';
  if (/\b(?:not\s+(?:accepted|agreed|supported)|(?:not|n't)\s+(?:to\s+)?(?:accept|agree|support)|rejected|declined)\b/i.test(text))
    return 'not-accepted';
  if (/\b(?:accepted|agreed)\b/i.test(text)) return 'accepted';
  if (/^\s*noted\b/i.test(text)) return 'noted';
  return null;
}
