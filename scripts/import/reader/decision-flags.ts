/**
 * A decision list's flag after an item's title, saying whether the decision is a key decision: "KEY DECISION",
 * "NON-KEY", "NOT A KEY DECISION" in capitals, or any case in brackets ("(Key Decision)", "(Non-key)"), as an
 * executive's record of decisions prints it in a column beside the title. It is no part of the title. The schema has
 * no field for it, so the flag as printed opens the item's text.
 */
import { squash } from '../text.ts';

/** The flag's words, in capitals. Regex source. */
const FLAG_WORDS = String.raw`(?:NON[\s-]?KEY(?:\s+DECISION)?|NOT\s+A\s+KEY\s+DECISION|KEY\s+DECISION)`;
/** The flag at the title's end, in capitals after a gap or a dash, or bracketed in any case. */
const TITLE_FLAG = new RegExp(
  String.raw`(?:\s+[-–—]\s*|\s+)(${FLAG_WORDS})$|\s*\(\s*((?:non[\s-]?key|not\s+a\s+key|key)(?:\s+decision)?)\s*\)$`,
);
/** Words that make "key decision" the title's subject, not a flag beside it: "Notice of Urgent KEY DECISION". */
const SUBJECT_BEFORE = /\b(?:of|on|for|the|an?|urgent|general\s+exception)$/i;

/** The title without a key-decision flag at its end, and the flag as printed; the title as given when it has none. */
export function titleAndKeyFlag(title: string): { title: string; flag: string | null } {
  const found = new RegExp(TITLE_FLAG.source, 'i').exec(title);
  const capitals = found?.[1] !== undefined && found[1] === found[1].toUpperCase();
  if (!found || !(capitals || found[2] !== undefined)) return { title, flag: null };
  const before = title.slice(0, found.index).trim();
  if (!/\p{L}/u.test(before) || SUBJECT_BEFORE.test(before)) return { title, flag: null };
  return { title: before, flag: squash(found[1] ?? found[2] ?? '') };
}
