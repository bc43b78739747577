/**
 * When a scrutiny review made its recommendations, as the executive's response to it says in its prose: "The Adults
 * Scrutiny Committee reported its review on 4 February 2025", "the Panel agreed its final report on 3 March 2025",
 * "published its findings on …". That is the day the review's report was made, not the day the executive received
 * it ("reported to Cabinet on …", cabinet-response.ts), so a sentence that names whom it went to is no such sentence.
 * A scrutiny body's own report to the executive says it as "At its meeting on …" (madeAtMeeting).
 */
import { parseDate } from '../../../src/model/dates.ts';

/** "reported its review on 4 February 2025": the words, then the day in group 1. */
const MADE_ON =
  /\b(?:reported|published|presented|agreed|approved|made|completed)\s+its\s+(?:final\s+)?(?:review|report|findings|recommendations)\s+on\s+(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4})/giu;

export interface ReviewMade {
  made: string | null;
  warnings: string[];
}

/**
 * The day the text says the review was made, when it gives one only and that day is not after the response
 * (`responded`); else none, with a warning when the text gave days it could not take.
 */
export function reviewMadeOn(text: string, responded: string | null): ReviewMade {
  const squashed = text.replace(/\s+/g, ' ');
  const days = new Set([...squashed.matchAll(MADE_ON)].map((match) => parseDate(match[1] ?? '')).filter((day) => day !== null));
  const [only, ...others] = [...days];
  if (only === undefined) return { made: null, warnings: [] };
  if (others.length > 0) {
    return { made: null, warnings: [`the paper says the review was made on more than one day (${[...days].join('; ')}): none is taken`] };
  }
  if (responded !== null && only > responded) {
    return { made: null, warnings: [`the review is said to be made on ${only}, after the response (${responded}): not taken`] };
  }
  return { made: only, warnings: [] };
}

/** "At its meeting on 25 November 2025": a committee's meeting, its day in group 1. */
const AT_ITS_MEETING = String.raw`at\s+its\s+meeting\s+(?:held\s+)?on\s+(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4})`;

/**
 * The day a scrutiny body made its recommendations, as its report to the executive says it: "At its meeting on
 * 25 November 2025 the Place Scrutiny Committee considered …", "The Committee, at its meeting on …, agreed …". Only
 * a sentence naming the body (`maker`) counts, since "at its meeting on" may be the executive's own; one day only.
 */
export function madeAtMeeting(text: string, maker: string): string | null {
  const name = maker
    .split(/\s+/)
    .map((word) => RegExp.escape(word))
    .join(String.raw`\s+`);
  const patterns = [
    new RegExp(String.raw`\b${AT_ITS_MEETING},?\s+(?:the\s+)?${name}\b`, 'giu'),
    new RegExp(String.raw`\b${name},?\s+${AT_ITS_MEETING}`, 'giu'),
  ];
  const squashed = text.replace(/\s+/g, ' ');
  const days = new Set(patterns.flatMap((pattern) => [...squashed.matchAll(pattern)].map((match) => parseDate(match[1] ?? ''))));
  const [only, ...others] = [...days];
  return others.length === 0 && only ? only : null;
}
