import { CLOCK_TIME, parseClockTime } from '../../src/model/dates.ts';
import { WELSH_MERIDIEM } from '../../src/model/welsh-words.ts';
import { squash } from './text.ts';

/**
 * "Meeting closed 8.05 pm.": a close with no "at" before its time, read only when what follows is a clock time
 * ("8.05 pm", "20:05"), so "the meeting closed 2 items early" gives none.
 */
const BARE_TIME = String.raw`\s+(?=${CLOCK_TIME})`;

/** Welsh "Daeth y cyfarfod i ben am 11.40 y.b." ("the meeting came to an end at"), as Welsh and bilingual minutes close. */
const WELSH_CLOSE = String.raw`daeth\s+y\s+cyfarfod\s+i\s+ben\s+am\s+`;

/**
 * Any character but a sentence's stop, or a stop inside a clock time ("returned to open session at 11.20 a.m. and concluded
 * at …"), whose last one is no stop when the sentence goes on ("and", "then"). Regex source.
 */
const NO_STOP = String.raw`(?:[^.]|\.(?=\d)|(?<=\d\s?[ap])\.(?=m)|(?<=\d\s?[ap]\.m)\.(?=\s+(?:and|then|but|when|after|before)\b))`;

/** The close's time: "9.15 pm", "21:05", "11.40 y.b.". Regex source. */
const CLOSE_TIME = String.raw`\d{1,2}(?:[.:]\d{2})?\s*(?:[ap]\.?\s*m\.?|${WELSH_MERIDIEM})?`;

/**
 * "At 11:20 the Chair declared the meeting concluded", "At 8.40pm the meeting ended": the time set before the close, the
 * words up to it the close's (a lookahead, so the time is the one group every close reads). The sentence opens with "At", so
 * "… on Monday 13 April at 7pm." over "The meeting closed at 8.05pm." is no close at 7pm; and only a close follows the time:
 * "At 10.30 the meeting adjourned" is a break.
 */
const TIME_FIRST = String.raw`(?<=^|\n|[.!?]\s+)at\s+(?=${CLOSE_TIME}\s*,?\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:declared\s+the\s+(?:meeting|business)\s+|(?:meeting|business)\s+)(?:closed|ended|finished|concluded|terminated)\b)`;

/**
 * "Close: 7.35 pm", "Closed at 9.05pm", "Closed: 20:10", "Closed 8.50 pm": a closing label opening its line, as an advisory
 * panel's or a parish's notes end, with the time all that follows it (a stop at most), so "Closed at 5pm on Fridays, …"
 * and "the consultation closed at 5pm" close no meeting. A lookahead, so the time is the one group every close reads.
 */
const CLOSE_LABEL = String.raw`(?<=(?:^|\n)[ \t]*)closed?(?:\s+at)?\s*:?\s*(?=${CLOSE_TIME}\s*\.?[ \t]*(?:$|\n))`;

/**
 * The sentence that closes a meeting: "The meeting closed at 9.15 pm", "The business of the
 * meeting concluded at 21:05", "The Council rose at 8pm", "Proceedings ended at 8.12 pm", "The Chair closed proceedings at 7.50pm", "Meeting ended: 3.55 pm", "Meeting ended at: 12.47 pm", "The Mayor closed the
 * meeting at 8.34pm", "Meeting closed 8.05 pm", "At 11:20 the Chair declared the meeting concluded", "The meeting returned to open session at 11.20 a.m. and concluded at 11.22 a.m.", Welsh "Daeth y cyfarfod i ben am 11.40 y.b.", and a closing label ("Close: 7.35 pm", CLOSE_LABEL). Its time is the meeting's end; a
 * decision's list stops before it. One pattern for the general reader, the agenda pack's minutes
 * and the decisions.
 */
export const MEETING_CLOSED = new RegExp(
  String.raw`\b(?:(?:meeting|business|proceedings)\b${NO_STOP}{0,60}?\b(?:closed|ended|finished|concluded|terminated|rose)(?:\s+at\s*:?\s*|\s*:\s*|${BARE_TIME})|(?:closed|ended|concluded)\s+(?:the\s+meeting|(?:the\s+)?proceedings)\s+at\s+|${WELSH_CLOSE}|${TIME_FIRST}|${CLOSE_LABEL})(${CLOSE_TIME})`,
  'i',
);

/**
 * "The meeting adjourned at 9.32 pm." as the record's last line: minutes of a meeting adjourned to another day end so, and
 * nothing after it says the meeting went on. Read only there: "The meeting adjourned at 8.15 pm and reconvened at 8.25 pm",
 * or the same words over a line that says it reconvened, is a break, not the end (so not in MEETING_CLOSED, which other
 * readers test line by line).
 */
const ADJOURNED_LAST = new RegExp(
  String.raw`\b(?:meeting|council|committee|sub-committee|panel|board|cabinet)\s+(?:was\s+|then\s+)?adjourned\s+at\s+(${CLOCK_TIME})\s*\.?$`,
  'i',
);

/**
 * "The session ended at 9.10 pm." as the record's last line: a scrutiny inquiry's note of an evidence session ends so, and
 * "The hearing closed at 11.31 am." a licensing hearing's minutes. Read only there: within the minutes "the closed
 * session ended at 8.15 pm" ends one part, and "The hearing closed at 3.10 pm" one application's hearing, not the meeting.
 */
const SESSION_ENDED_LAST = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:evidence\s+|witness\s+)?session|hearing)\s+(?:closed|ended|finished|concluded)\s+at\s+(${CLOCK_TIME})\s*\.?$`,
  'i',
);

/** When the meeting ended, as its close says, or a last "The meeting adjourned at …", "The session (hearing) ended at …" line; null when none is there. */
export function closingTime(lines: readonly string[]): string | null {
  const closed = MEETING_CLOSED.exec(lines.join('\n'));
  if (closed) return parseClockTime(closed[1] ?? '');
  const last = squash(lines.findLast((line) => line.trim() !== '') ?? '');
  const ended = ADJOURNED_LAST.exec(last) ?? SESSION_ENDED_LAST.exec(last);
  return ended ? parseClockTime(ended[1] ?? '') : null;
}
