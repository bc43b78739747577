/**
 * "Present: the same members as above.": the later of two meetings minuted in one file (a council's meeting, then the
 * council sitting at once as a charity's trustee) may give those present as the first meeting's. The record states who
 * they were, so the later meeting's list is filled from the meeting above, and a warning says so, for a reader to check.
 * With no meeting above in the file, the list stays empty and the warning that it names no one stands.
 */
import type { MeetingDraft } from '../assemble.ts';

/**
 * "as above", "as before", "as for the previous meeting", "as at the meeting above": words that point to the meeting
 * above for who was there.
 */
const AS_ABOVE =
  /\bas\s+(?:(?:for|at|in)\s+)?(?:the\s+(?:previous|preceding|earlier|first|last)\s+meeting|(?:the\s+meeting\s+)?above|before)\b/i;

/** "the same members and officers as above": the officers in attendance are the meeting above's too. */
const WITH_OFFICERS = /\b(?:officers?|in\s+attendance)\b/i;

/** Whether the words of a list of those present that names no one give them as the meeting above's, and its officers too. */
export function asAbove(words: string): { officers: boolean } | null {
  return AS_ABOVE.test(words) ? { officers: WITH_OFFICERS.test(words) } : null;
}

const names = (count: number): string => `${count} ${count === 1 ? 'name' : 'names'}`;

/**
 * The later meeting with those present filled from the meeting above it in the file (and its officers, when the line
 * says so), its warning that no one is recorded present changed to one that says where they came from. Unchanged when
 * its list was not given as the meeting above's, or when no meeting above lists anyone present.
 */
export function presentFromAbove(draft: MeetingDraft, above: MeetingDraft | null): MeetingDraft {
  const given = draft.presentAsAbove;
  const present = above?.attendance?.present ?? [];
  if (given === undefined || present.length === 0 || draft.attendance === undefined) return draft;
  const officers = given.officers ? (above?.attendance?.officers ?? []) : [];
  const lists =
    officers.length === 0
      ? `its list of those present (${names(present.length)})`
      : `its lists of those present (${names(present.length)}) and officers (${names(officers.length)})`;
  const own = draft.attendance.officers ?? [];
  return {
    ...draft,
    attendance: {
      ...draft.attendance,
      present: [...present],
      officers: [...own, ...officers.filter((officer) => !own.includes(officer))],
    },
    warnings: [
      ...(draft.warnings ?? []).filter((warning) => warning !== given.warning),
      `those present are given as the meeting above's ("${given.line}"): filled from ${lists}; check them against the record`,
    ],
  };
}
