/**
 * An e-mail's header over a bulletin it carries ("From:", "Sent:", "To:", "Subject:"): who sent it, to whom and when are
 * the e-mail's, none of the meeting's; the subject may be the bulletin's title. Apart from header.ts as its own layout,
 * read before the title block is.
 */

/** An e-mail's "Sent: 11 December 2025 16:42" over the bulletin it carries: when it was sent, never when the meeting sat or began. */
export const EMAIL_SENT = /^(?:sent|received)\s*:/i;
/** The fields of an e-mail's header ("From:", "Sent:", "To:", "Subject:"), over a bulletin sent by e-mail. */
const EMAIL_FIELD = /^(?:from|sent|received|to|cc|bcc|subject|importance)\s*:/i;

/** "Subject: FW: Summary of decisions – Cabinet – 10 December 2025": the subject's label and any reply or forward mark. */
const EMAIL_SUBJECT = /^subject\s*:\s*(?:(?:re|fwd?)\s*:\s*)*/i;

/** True when the lines carry an e-mail's header: a "From:" line with "Sent:" or "Subject:" beside it. */
function isEmailed(lines: readonly string[]): boolean {
  return lines.some((line) => /^\s*from\s*:/i.test(line)) && lines.some((line) => /^\s*(?:sent|subject)\s*:/i.test(line));
}

/**
 * The indexes of an e-mailed bulletin's envelope: its "From:", "Sent:", "To:", "Cc:" lines (all of its header's fields but
 * the Subject, which is read as the title). Who sent it, to whom and when are the e-mail's, none of the meeting's.
 */
export function emailEnvelope(lines: readonly string[]): number[] {
  if (!isEmailed(lines)) return [];
  return lines.flatMap((line, index) => (isEnvelopeField(lines, index) && !EMAIL_SUBJECT.test(line.trim()) ? [index] : []));
}

/**
 * The indexes of all an e-mail's header's lines, its Subject too ("Subject: Draft minutes - Parish Council meeting 7 April
 * 2025"): the sender's words, never a title block of the minutes the e-mail carries, whose own title (under it) is no
 * running header repeating the subject.
 */
export function emailHeaderLines(lines: readonly string[]): Set<number> {
  if (!isEmailed(lines)) return new Set();
  return new Set(lines.flatMap((_line, index) => (isEnvelopeField(lines, index) ? [index] : [])));
}

/**
 * One of an e-mail's header fields: "From:", "Sent:", "To:", and "Date: 6 March 2026 10:14" beside another of them, as a
 * mail program prints when it was sent; a "Date:" label elsewhere is the meeting's.
 */
function isEnvelopeField(lines: readonly string[], index: number): boolean {
  const line = (lines[index] ?? '').trim();
  if (EMAIL_FIELD.test(line)) return true;
  const beside = [lines[index - 1], lines[index + 1]].some((other) => other !== undefined && EMAIL_FIELD.test(other.trim()));
  return /^date\s*:/i.test(line) && beside;
}

/**
 * The lines without an e-mail's header (a "From:" line with "Sent:" or "Subject:" beside it): who sent it and when is none
 * of the meeting's; the subject is kept as the title the sender gave the bulletin, when `keepSubject` says so. "To: Members
 * of the Cabinet" alone, a summons's line, is kept.
 */
export function withoutEmailHeader(lines: string[], keepSubject: (subject: string) => boolean = () => true): string[] {
  if (!isEmailed(lines)) return lines;
  return lines.flatMap((line, index) => {
    const subject = EMAIL_SUBJECT.test(line) ? line.replace(EMAIL_SUBJECT, '') : null;
    if (subject !== null) return keepSubject(subject) ? [subject] : [];
    return isEnvelopeField(lines, index) ? [] : [line];
  });
}
