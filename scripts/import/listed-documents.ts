/**
 * Documents listed beside an item as meeting pages print their links: "Minutes pdf icon PDF 162 KB"
 * (older pages, flattened with the icon's text), "Work Plan report PDF 118 KB" or "6 - Work Plan
 * 345.83 KB". ModernGov pages (moderngov-items.ts), the general reader (reader/item-text.ts) and
 * decision notices (kinds/decision-notice.ts) all list them so.
 */
import type { ListedDocument } from '../../src/model/schema.ts';
import { squash } from './text.ts';

/** A link's type and size at the end of a line ("PDF 97 KB"), or its size alone as some sites print it ("205.85 KB"). */
const DOC_FURNITURE = /\s*(?:(?:pdf icon\s+)?PDF\s+)?(\d[\d.,]*\s*[KMG]B)\s*$/i;
/** "Additional documents:": the heading over an item's further links. */
export const DOC_LABEL = /^\s*(Additional|Supporting|Background)\s+documents?\s*:?\s*$/i;

/** The document a line lists, or null when the line is no link. */
export function documentFrom(line: string, kind: ListedDocument['kind']): ListedDocument | null {
  const match = DOC_FURNITURE.exec(line);
  if (!match) return null;
  return { name: squash(line.slice(0, match.index)), kind, size: squash(match[1] ?? ''), url: null, report: null };
}

/** An item's title without its link ("Minutes PDF 130 KB" is "Minutes"), and the document the link is. */
export function titleDocument(line: string): { title: string; document: ListedDocument | null } {
  const document = documentFrom(line, /^minutes\b/i.test(line) ? 'minutes' : 'report');
  return { title: document ? document.name : squash(line), document };
}
