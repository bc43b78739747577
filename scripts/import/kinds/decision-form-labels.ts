/**
 * A decision form's field labels and the lines each field spans: "(b) Decision taken", "Reasons for decision:",
 * "3. Alternative options considered", a label with its value beside it or on the lines below, up to the next
 * label, field letter or heading. Apart because the notice's header (decision-notice-header.ts), its forms
 * (decision-form.ts) and the notice itself (decision-notice.ts) all know a label by these words.
 */
import { squash } from '../text.ts';
import { isSectionHeading } from '../reader/reasons.ts';
import { isPageMark } from './common.ts';
import { CALL_IN_SENTENCE } from './decision-fields.ts';

/** A field letter on its own line, "(a)", or before its label, "(b) Decision taken". */
export const FIELD_LETTER = /^\(?([a-z])\)\s*(.*)$/;
/** A field letter alone on its line: "(c)", "c)". */
export const LETTER_ONLY = /^\(?[a-z]\)$/;
/** The fields a decision form has, by the words their labels open with. */
const LABEL_WORDS =
  /^(?:subject|title|wards?(?:\s+affected)?|declarations?\b|interests?\b|conflicts?\s+of\s+interest|dispensations?|decisions?\b|purpose\b|publication\s+date|effective\s+from|reports?\s+considered|officer\s+contact|last\s+(?:date|day)\s+for\b|accompanying\s+documents|is\s+(?:key|subject)\b|additional\s+information|documents?\s+considered|reasons?\b|alternative\s+options|alternatives?\s+considered|options\s+considered|ref(?:erence)?\b|date\s+(?:of|decision|published)\b|report\s+(?:author|by|of)|contact|key\s+decision|call[\s-]?in|deadline\b|implementation|consultation|consultees?|published|signed|powers?\s+(?:used|exercised)|delegated\s+(?:authority|powers?)|background\s+papers|portfolio|apologies|present)\b/i;

/**
 * "Confidential: Yes", "Exempt information?", "Confidential / exempt information: Exempt – paragraph 3", "Is the decision
 * confidential?", "Exempt information" alone: the label of the field saying whether the decision's papers are closed,
 * its answer on the line in group 1. A line that only opens with the word ("Confidential waste contract renewal", a
 * subject) is none.
 */
export const EXEMPT_FIELD =
  /^(?:(?:exempt|confidential)(?:\s*(?:or|\/|and)\s*(?:exempt|confidential))?(?:\s+information)?|is\s+(?:the|this)\s+(?:decision|item|report)\s+(?:confidential|exempt))\s*(?:\?\s*:?|:)\s*(.*)$|^(?:exempt|confidential)(?:\s*(?:or|\/|and)\s*(?:exempt|confidential))?\s+information$/i;

/** A field label: one of those words, short, ending in ":" or "?" or standing alone ("Decision taken"). */
export function isLabel(line: string): boolean {
  if (EXEMPT_FIELD.test(line)) return true;
  if (!LABEL_WORDS.test(line)) return false;
  // "Reasons for decision: The pool needs repairs.": a label with its value on its line.
  // A long label too: "Conflicts of interest declared by the decision maker: None."
  if (/^[^:]{2,80}:\s+\S/.test(line)) return true;
  if (line.length > 100) return false;
  // "confidential report." under "… on the terms in the": a sentence's wrapped end, which a label never is.
  return /[:?]$/.test(line) || (line.split(/\s+/).length <= 4 && !/[.,;]$/.test(line));
}
/**
 * A field's label under a section number, standing alone: "1. Decision", "3. Alternative options considered and
 * rejected", "5. Conflicts of interest declared by any Cabinet Member consulted", as an officer's record numbers its
 * sections. The label, without the number; null for a numbered line of prose or a list ("1. To award the contract.").
 */
function numberedLabel(line: string): string | null {
  const label = /^\d{1,2}[.)]\s+(\p{Lu}.{1,80}?)\s*:?$/u.exec(squash(line))?.[1] ?? null;
  return label !== null && (LABEL_WORDS.test(label) || EXEMPT_FIELD.test(label)) && !/[.;,]$/.test(label) ? label : null;
}

/** A line as a field's label is matched: without its field letter ("(b) Decision taken"), or its section number ("1. Decision" as "Decision:"). */
export function fieldLine(line: string): string {
  const numbered = numberedLabel(line);
  return numbered === null ? squash(line).replace(/^\(?[a-z]\)\s*/, '') : `${numbered}:`;
}

/** An e-mail address alone on its line: a form's furniture, never a value. */
export const EMAIL_ONLY = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/** A field's text and the lines it spans in its form, `start` (its label) to before `end`. */
interface Field {
  text: string | null;
  start: number;
  end: number;
}

/** The lines of one field: from its label to the next label, field letter or section's heading in capitals. */
export function fieldSpan(lines: string[], label: RegExp): Field | null {
  const start = lines.findIndex((raw) => label.test(fieldLine(raw)));
  if (start < 0) return null;
  // A numbered heading's words run past its label ("Conflicts of interest declared by any Cabinet Member consulted"): no value.
  const first = numberedLabel(lines[start] ?? '') === null ? (label.exec(fieldLine(lines[start] ?? ''))?.[1] ?? '') : '';
  const body: string[] = first ? [first] : [];
  let end = start + 1;
  for (const raw of lines.slice(start + 1)) {
    const line = squash(raw);
    if (FIELD_LETTER.test(line) && line.length < 4) break;
    if (line !== '' && (isLabel(line) || numberedLabel(line) !== null)) break;
    if (body.length > 0 && isSectionHeading(line)) break;
    if (/^deadline\s+for\b/i.test(line) || CALL_IN_SENTENCE.test(line)) break;
    end += 1;
    if (EMAIL_ONLY.test(line) || isPageMark(line)) continue;
    body.push(raw);
  }
  const text = body.join('\n').trim();
  return { text: text === '' ? null : text, start, end };
}

/** A field's text (fieldSpan); null when the form has no such field or it holds nothing. */
export const fieldText = (lines: string[], label: RegExp): string | null => fieldSpan(lines, label)?.text ?? null;

/** A field's value that says it holds nothing: "None", "N/A", "Not applicable". */
const NOTHING_HELD = /^(?:none|nil|n\/a|not\s+applicable|[-–—])\.?$/i;

/**
 * An unread line that loses nothing: a value of nothing, beside its label ("Dispensations: None") or under it
 * ("Ward:" over "N/A"), or a label with no value at all (the next line another field's, or its letter).
 */
export function holdsNothing(line: string, next: string): boolean {
  const value = /^[^:]{2,80}:\s*(.*)$/.exec(line)?.[1];
  if (NOTHING_HELD.test(line) || (value !== undefined && value !== '' && NOTHING_HELD.test(value))) return true;
  return value === '' && (next === '' || NOTHING_HELD.test(next) || isLabel(next) || LETTER_ONLY.test(next));
}
