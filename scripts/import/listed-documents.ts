/**
 * Documents listed beside an item as meeting pages print their links: "Minutes pdf icon PDF 162 KB"
 * (older pages, flattened with the icon's text), "Work Plan report PDF 118 KB" or "6 - Work Plan
 * 345.83 KB", and as council sites write them, type and size in brackets: "Minutes (PDF, 210KB)",
 * "Appendix A - Budget (PDF 1MB)", "Report.pdf (312 KB)". ModernGov pages (moderngov-items.ts), the
 * general reader (reader/item-text.ts) and decision notices (kinds/decision-notice.ts) all list them so.
 */
import type { ListedDocument } from '../../src/model/schema.ts';
import { squash } from './text.ts';
import { attachedDocument, FILE_ENDING, FILE_TYPE, namedFile } from './attached-documents.ts';

/**
 * A link's type and size at the end of a line ("PDF 97 KB"), or its size alone as some sites print it ("205.85 KB");
 * or both in brackets, "(PDF, 210KB)", "(PDF 1MB)", "(312 KB)": group 1 or 2 is the size.
 */
const DOC_FURNITURE = new RegExp(
  String.raw`\s*(?:(?:(?:pdf icon\s+)?PDF\s+)?(\d[\d.,]*\s*[KMG]B)|\(\s*(?:${FILE_TYPE}\s*,?\s*)?(\d[\d.,]*\s*[KMG]B)\s*\))\s*$`,
  'i',
);
/** "Additional documents:": the heading over an item's further links. */
export const DOC_LABEL = /^\s*(Additional|Supporting|Background)\s+documents?\s*:?\s*$/i;

/**
 * "Documents", "Attachments:", "Meeting documents": a meeting page's tab, section heading or field label over its links
 * (a content system's Documents field), which heads them only where a link follows it.
 */
const DOCS_HEADING = /^\s*(?:meeting\s+)?(?:documents|attachments?)\s*:?\s*$/i;

/**
 * Whether `lines[at]` is a bare "Documents" heading over a listed document (the next filled line a link): page
 * furniture, no words of the text above it. A "Documents" line over anything else is left as written.
 */
export function headsDocuments(lines: readonly string[], at: number): boolean {
  if (!DOCS_HEADING.test(lines[at] ?? '')) return false;
  const next = lines.slice(at + 1).find((line) => line.trim() !== '');
  return next !== undefined && headedDocument(next) !== null;
}

/**
 * The documents listed under a Documents heading (headsDocuments) among `lines`, each link's line a document of the
 * meeting, as a content system's page sets its Documents field below the minutes' close; and the lines left, the
 * headings and links taken out. A heading's run of links ends at the first line that is no link.
 */
export function headedDocuments(lines: readonly string[]): { documents: ListedDocument[]; rest: string[] } {
  const documents: ListedDocument[] = [];
  const rest: string[] = [];
  let under = false;
  for (const [at, line] of lines.entries()) {
    // An attachment's label names its file anywhere; under a heading the file's name alone is enough.
    const listed = under ? headedDocument(line) : attachedDocument(line, 'other');
    if (headsDocuments(lines, at)) under = true;
    else if (listed !== null) documents.push(listed);
    else {
      under = under && line.trim() === '';
      rest.push(line);
    }
  }
  return { documents, rest };
}

/** A line under a Documents heading as a document: a link with its size, or a file's name alone ("Agenda.pdf"). */
function headedDocument(line: string): ListedDocument | null {
  return documentFrom(line, 'other') ?? namedFile(line, 'other');
}

/**
 * The document a line lists, or null when the line is no link: a link with its size, or an attachment's label before a
 * file's name ("Attachment: Budget monitoring Q2.xlsx", attached-documents.ts), its size then not stated.
 */
export function documentFrom(line: string, kind: ListedDocument['kind']): ListedDocument | null {
  const match = DOC_FURNITURE.exec(line);
  if (!match) return attachedDocument(line, kind);
  const name = squash(line.slice(0, match.index)).replace(FILE_ENDING, '');
  return { name, kind, size: squash(match[1] ?? match[2] ?? ''), url: null, report: null };
}

/** An item's title without its link ("Minutes PDF 130 KB" is "Minutes"), and the document the link is. */
export function titleDocument(line: string): { title: string; document: ListedDocument | null } {
  const document = documentFrom(line, /^minutes\b/i.test(line) ? 'minutes' : 'report');
  return { title: document ? document.name : squash(line), document };
}
