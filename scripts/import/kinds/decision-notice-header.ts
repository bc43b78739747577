/**
 * A decision notice's header, above its forms: who decided and when ("Decision determined at X meeting on 19
 * March 2026", "Decision maker:", "Date of decision:"), the decision's reference, and who was present and who
 * sent apologies. Apart from the forms (decision-form.ts), which it shares only the field labels with.
 */
import { parseDate, parseWrittenDate, WRITTEN_DATE } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';
import { readAttendance as readListedAttendance } from '../reader/attendance.ts';
import { wordCase } from '../reader/heading-case.ts';
import { titleRunsOn } from '../reader/runs-on.ts';
import { cleanName, heldPost } from './common.ts';
import { EMAIL_ONLY, FIELD_LETTER, isLabel } from './decision-form-labels.ts';

/**
 * A form's own reference above it: "Decision reference: DDR/26/041", "Decision No: 117", or "Ref: DP/2025/032" as a
 * weekly notice of officers' decisions opens each block (a mark after it, "DP/2025/032 *", is the value's).
 */
export const DECISION_REFERENCE = /^(?:(?:decision\s+)?(?:reference|ref\.?)(?:\s+no\.?)?|decision\s+(?:number|no\.?))\s*:\s*(\S.{0,40})$/i;
/**
 * "Complaint reference: SC/2025/004", "Case number: LIC/25/0113": the reference of the complaint or case a notice decides,
 * the decision's own only when it has none (a standards or licensing notice of one decision).
 */
export const CASE_REFERENCE = /^(?:complaint|case)\s+(?:reference|ref\.?|number|no\.?)\s*:\s*(\S.{0,40})$/i;
/**
 * "Present:", "Committee Members present:", "Present" alone: a label, with the names after its colon
 * or on the lines below. Prose that opens with the word ("Presentation by …", "Present were …") is not one.
 */
export const PRESENT = /^(?:committee\s+)?(?:members\s+)?present(?:\s*:\s*(.*))?$/i;
/** "Apologies:", "Apologies for absence:", with the names after it or on the lines below. */
export const APOLOGIES = /^apologies(?:\s+for\s+absence)?\s*:?\s*(.*)$/i;

/** A header's field of who decided or when: "Meeting: X", "Decision maker: X", "Date of decision: ...". */
export const HEADER_FIELD =
  /^(meeting|committee|decision\s+maker|decision\s+taker|decision\s+(?:taken|made)\s+by|date(?:\s+of\s+(?:decision|meeting))?)\s*:\s*(.+)$/i;

/**
 * A field's value with the line it wraps onto: "Councillor A Bell, Cabinet Member for Highways and" over "Transport",
 * the value left open at its end and the next line no label.
 */
function wrappedValue(value: string, next: string): string {
  const more = squash(next);
  return titleRunsOn(value) && more !== '' && !isLabel(more) && !/^[^:]{2,40}:/.test(more) ? `${value} ${more}` : value;
}

/** The body and date: "Decision determined at X meeting on 19 March 2026", "Meeting: X", "Decision maker: X", "Date of decision: ...". */
export function readHeader(lines: string[]): { body: string | null; date: string | null } {
  const flat = squash(lines.join(' '));
  // The sentence may wrap over lines but never crosses a field's label: a title's "Taken by an Officer" is
  // followed by "Decision reference:", and the first " on <date>" after it may be a consultee's ("consulted on …").
  const at = new RegExp(
    `(?:determined|taken|made)\\s+(?:at|by)\\s+(?:the\\s+)?([^:]+?)\\s+(?:meeting\\s+)?(?:held\\s+)?on\\s+(${WRITTEN_DATE.source})`,
    'i',
  ).exec(flat);
  let body = at ? squash((at[1] ?? '').replace(/\s+meeting$/i, '')) : null;
  let date = at ? parseWrittenDate(at[2] ?? '') : null;
  for (const [index, line] of lines.entries()) {
    const labelled = HEADER_FIELD.exec(squash(line));
    if (!labelled) continue;
    const label = (labelled[1] ?? '').toLowerCase();
    const value = wrappedValue(squash(labelled[2] ?? ''), lines[index + 1] ?? '');
    if (label.startsWith('date')) date ??= parseDate(value);
    else body ??= value;
  }
  return { body: body ? wordCase(body) : null, date };
}

/** ", after consultation with the Leader of the Council": whom the taker consulted, printed after the taker. */
const CONSULTED = /,?\s+(?:after|following|in)\s+consultation\s+with\b.*$/i;

/**
 * The body a decision maker's decisions are filed under, and the maker's line as printed when the body says less: an
 * executive member's post without its holder ("Councillor Janet Holroyd, Cabinet Member for Highways", as a forward
 * plan files them), and the taker without whom they consulted ("Director of Finance (Samuel Oduya), after consultation
 * with the Leader of the Council"). An officer's decisions are filed under the officer as printed.
 */
export function makerBody(maker: string | null): { body: string | null; printed: string | null } {
  if (maker === null) return { body: null, printed: null };
  const taker = squash(maker.replace(CONSULTED, ''));
  const body = heldPost(taker)?.post ?? taker;
  return { body, printed: body === maker ? null : maker };
}

/** "Committee Members present:" then one name a line, until "Apologies:" or the first form. */
export function readAttendance(lines: string[]): { present: string[]; apologies: string[] } {
  const present: string[] = [];
  const apologies: string[] = [];
  let list: string[] | null = null;
  for (const raw of lines) {
    const line = squash(raw);
    const presentMatch = PRESENT.exec(line);
    const apologiesMatch = APOLOGIES.exec(line);
    if (presentMatch) {
      list = present;
      // Names on the label's line ("Present: Alderman Quinlan (Chair); Councillors Breen and Mulgrew"): the attendance reader's list.
      if (presentMatch[1]) present.push(...readListedAttendance([line]).attendance.present);
    } else if (apologiesMatch) {
      list = apologies;
      if (apologiesMatch[1] && !/^none\b/i.test(apologiesMatch[1])) list.push(cleanName(apologiesMatch[1]));
    } else if (line === '' || EMAIL_ONLY.test(line) || isLabel(line) || FIELD_LETTER.test(line) || /\d{4}/.test(line)) {
      list = null;
    } else if (list && !/^none\b/i.test(line)) {
      list.push(cleanName(line));
    }
  }
  return { present, apologies };
}
