/**
 * Small readers shared by the pack parser: report references, field lines, cells.
 */
import { squash } from '../text.ts';

/** A report reference as councils write them: PAF/01/15, OSC/2016/07, CS-16-003. */
const REFERENCE = /\b[A-Z]{2,10}(?:[/-][A-Z0-9]{1,8}){1,3}\b/g;

function hasDigit(text: string): boolean {
  return /\d/.test(text);
}

/** Every reference mentioned in a text, in order, without repeats. */
export function referencesIn(text: string): string[] {
  const found = [...text.matchAll(REFERENCE)].map((match) => match[0]).filter(hasDigit);
  return [...new Set(found)];
}

/** The reference when a line holds nothing else (optionally "Report No: ..."). */
export function referenceLine(line: string): string | null {
  const text = squash(line.replace(/\*\*/g, '')).replace(/^Report\s+(?:No\.?|Number|Ref(?:erence)?\.?)\s*:?\s*/i, '');
  const match = /^[A-Z]{2,10}(?:[/-][A-Z0-9]{1,8}){1,3}$/.exec(text);
  return match && hasDigit(match[0]) ? match[0] : null;
}

/** "AGENDA ITEM 5", "Agenda Item 5", "Item 5" standing alone: the number, else null. */
export function bannerItem(line: string): number | null {
  const match = /^\s*(?:AGENDA\s+)?ITEM\s+(?:NO\.?\s*)?(\d{1,3})\s*$/i.exec(line.replace(/\*\*/g, ''));
  return match ? Number(match[1]) : null;
}

/** Each label's line pattern, built once: fieldValue is asked of every line of a pack. */
const FIELD_LINES = new Map<string, RegExp>();

/** A "Label: value" line (tabs or spaces after the colon): the value, else null. */
export function fieldValue(line: string, label: RegExp): string | null {
  const pattern = FIELD_LINES.get(label.source) ?? new RegExp(`^\\s*(?:${label.source})\\s*:\\s*(.*)$`, 'i');
  FIELD_LINES.set(label.source, pattern);
  const match = pattern.exec(line);
  if (!match) return null;
  const value = squash((match[1] ?? '').replace(/\t/g, ' '));
  return value === '' ? null : value;
}

/** Plain text of a line: tags and bold markers dropped, spaces squashed. */
export function plain(line: string): string {
  return squash(
    line
      .replace(/<\/?[a-z][^>]*>/gi, ' ')
      .replace(/\*\*/g, '')
      .replace(/\t/g, ' '),
  );
}

export const PHONE = /(?:Tel(?:ephone)?|Phone)?:?\s*((?:\+44\s?|0)\d[\d ]{8,12}\d)/i;

/** Labels of a report's header block: whom it goes to and is by, its subject, date and wards. */
export const HEAD_FIELD = /Report\s+(?:to|of|by|from)|Subject|Title(?:\s+of\s+report)?|Date(?:\s+of\s+meeting)?|Wards?(?:\s+affected)?/;

/** Lines a report's header block spans, from its first field to its last. */
export const HEAD_SPAN = 8;

/**
 * The subject of the report whose header block starts at `lines[index]`, else null. The block is how a report in a pack
 * opens when no "AGENDA ITEM N" banner heads it ("REPORT TO: …", "DATE: …", "REPORT OF: …", "SUBJECT: …"): three such
 * fields or more within HEAD_SPAN lines, one saying whom the report goes to or is by and one its subject. A decision
 * notice's or a form's lone "Subject:" or "Date:" is no report's head.
 */
export function reportHeadAt(lines: string[], index: number): string | null {
  if (fieldValue(lines[index] ?? '', HEAD_FIELD) === null) return null;
  const fields = lines.slice(index, index + HEAD_SPAN).filter((line) => fieldValue(line, HEAD_FIELD) !== null);
  const addressed = fields.some((line) => fieldValue(line, /Report\s+(?:to|of|by|from)/) !== null);
  const subject = fields.map((line) => fieldValue(line, /Subject|Title(?:\s+of\s+report)?/)).find((value) => value !== null);
  return fields.length >= 3 && addressed && subject !== undefined ? subject : null;
}
