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

/** A "Label: value" line (tabs or spaces after the colon): the value, else null. */
export function fieldValue(line: string, label: RegExp): string | null {
  const match = new RegExp(`^\\s*(?:${label.source})\\s*:\\s*(.*)$`, 'i').exec(line);
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
