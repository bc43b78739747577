/**
 * Splits a pack into its documents: the front sheet and agenda, the minutes of the
 * previous meeting, and each report (from an "AGENDA ITEM N" banner, a line that
 * holds only a reference the agenda names, or a report's header block of fields).
 */
import { bannerItem, HEAD_SPAN, plain, referenceLine, reportHeadAt } from './pack-text.ts';

export interface Segment {
  kind: 'minutes' | 'report';
  /** First line (0-based) and the line after the last. */
  start: number;
  end: number;
  /** Item number from the banner, when there is one. */
  banner: number | null;
  /** Reference found in the first lines, when there is one. */
  reference: string | null;
}

const MINUTES_HEADING = /^\W*MINUTES\s+OF\s+(?:A|THE)\s+(?:\w+\s+)?MEETING\b/i;

function referenceNear(lines: string[], from: number): string | null {
  for (const line of lines.slice(from, from + 4)) {
    const reference = referenceLine(line);
    if (reference) return reference;
  }
  return null;
}

/** The line a document starting at `index` opens on: a short heading just above it (the council's name), else `index`. */
export function previousTextLine(lines: string[], index: number): number {
  for (let at = index - 1; at >= Math.max(0, index - 3); at -= 1) {
    const text = plain(lines[at] ?? '');
    if (text !== '') return text.length <= 120 && !text.includes(':') ? at : index;
  }
  return index;
}

/** Where each document starts; `known` are the references the agenda names. */
function starts(lines: string[], from: number, known: Set<string>): Omit<Segment, 'end'>[] {
  const found: Omit<Segment, 'end'>[] = [];
  let coveredUntil = -1;
  for (let index = from; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (MINUTES_HEADING.test(line)) {
      found.push({ kind: 'minutes', start: index, banner: null, reference: null });
      continue;
    }
    const banner = bannerItem(line);
    if (banner !== null) {
      found.push({ kind: 'report', start: index, banner, reference: referenceNear(lines, index + 1) });
      coveredUntil = index + 4;
      continue;
    }
    // A header block with no banner above it (one within its span already started this report).
    const lastStart = found.at(-1)?.start ?? -Infinity;
    if (reportHeadAt(lines, index) !== null && index > coveredUntil && index - lastStart > HEAD_SPAN) {
      found.push({ kind: 'report', start: previousTextLine(lines, index), banner: null, reference: referenceNear(lines, index) });
      coveredUntil = index + HEAD_SPAN;
      continue;
    }
    const reference = referenceLine(line);
    if (reference && known.has(reference) && index > coveredUntil && !found.some((seg) => seg.reference === reference)) {
      found.push({ kind: 'report', start: previousTextLine(lines, index), banner: null, reference });
    }
  }
  return found;
}

/** The documents after the agenda, in order, each ending where the next starts. */
export function splitSegments(lines: string[], from: number, known: Set<string>): Segment[] {
  const found = starts(lines, from, known);
  return found.map((segment, index) => ({ ...segment, end: found[index + 1]?.start ?? lines.length }));
}
