/**
 * A response paper's title and the review it answers: "Cabinet response to the Surface Water Flooding Task
 * and Finish Group", "Appendix A - Cabinet Member's Response", "Subject: Response of the Executive to …", and
 * the review the title or the text names. Apart from the paper's blocks and records (cabinet-response.ts)
 * because the tracker's reader (tracker.ts) knows a response's title by the same words.
 */
import { RESPONDER } from '../pdf-pack/tracker-columns.ts';
import { panelNamed } from '../recommendations/common.ts';
import { squash } from '../text.ts';

/**
 * A response's title or heading, with the responder in group 1 or 2 and what it answers in group 3:
 * "Cabinet response to the …", "Executive Response", "Appendix A - Cabinet Member's Response",
 * "Subject: Response of the Executive to …".
 */
const RESPONSE_TITLE = new RegExp(
  String.raw`^(?:(?:subject|title|report\s+title)\s*:\s*)?(?:(?:appendix|annex)\s+[\w.]{1,4}\s*[-–—:]?\s*)?(?:the\s+)?(?:(?:draft|formal|final)\s+)?` +
    String.raw`(?:${RESPONDER}(?:['’]s)?\s+responses?|responses?\s+of\s+the\s+${RESPONDER})\b(?:\s+to\s+(?:the\s+)?(.+?))?\s*$`,
  'i',
);

/** A response's title as read: who responds, and what the title says it answers. */
export interface ResponseTitle {
  /** The responder as the title names them: "Cabinet", "Executive", "Cabinet Member". */
  by: string;
  /** What the title says it answers, without "to the": "Surface Water Flooding Task and Finish Group"; null when it says nothing. */
  answers: string | null;
}

/** "CABINET MEMBER'S" → "Cabinet Member". */
export function responderName(words: string): string {
  return squash(words)
    .toLowerCase()
    .replace(/(^|\s)(\p{L})/gu, (_match, space: string, letter: string) => `${space}${letter.toUpperCase()}`);
}

/** The response's title when the line is one. */
export function responseTitleOf(line: string): ResponseTitle | null {
  const match = RESPONSE_TITLE.exec(squash(line));
  if (!match) return null;
  return { by: responderName(match[1] ?? match[2] ?? ''), answers: match[3] ? squash(match[3]) : null };
}

/** The first response title among the lines. */
export function responseTitleIn(lines: string[]): ResponseTitle | null {
  for (const line of lines) {
    const title = responseTitleOf(line);
    if (title) return title;
  }
  return null;
}

/** "reported to Cabinet on 9 April 2025", "presented to the Executive 3 March 2025": whom a review went to (a group) and when (the next). */
export const REPORTED_TO = String.raw`(?:reported|presented|submitted|referred)\s+to\s+(?:the\s+)?(\p{Lu}[\p{L}'’ ]{1,40}?)\s+(?:on\s+)?(\d{1,2}(?:st|nd|rd|th)?\s+\p{L}+\s+\d{4})`;
/** "scrutiny review of home adaptations", "review into school transport": a review named by its subject. */
const REVIEW_OF = /^(?:the\s+)?(?:scrutiny\s+)?review\s+(?:of|into)\s+\p{L}/iu;
/** Words naming a review as councils name one, as against "Overview and Scrutiny Recommendations". */
export const REVIEW_WORDS = /\b(?:task\s*(?:and|&)\s*finish|review|inquiry|investigation|working\s+group|panel|group|commission)\b/i;

/**
 * The review that made the recommendations: what the title says it answers when that names a
 * review ("the Surface Water Flooding Task and Finish Group"), else the task and finish group the
 * text names (recommendations/common.ts); null when neither does.
 */
export function reviewNamed(title: ResponseTitle | null, text: string): string | null {
  const answers = (title?.answers ?? '').replace(/^(?:the\s+)?(?:scrutiny\s+)?recommendations?\s+(?:of|from|made\s+by)\s+(?:the\s+)?/i, '');
  if (answers !== '' && REVIEW_WORDS.test(answers) && /^\p{Lu}/u.test(answers)) return answers;
  // "the scrutiny review of home adaptations": a review named by what it looked into, in lower case.
  if (REVIEW_OF.test(answers)) return answers.replace(/^the\s+/i, '').replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
  return panelNamed(text);
}
