/**
 * A document named by its file alone, no size beside it: "Attachment: Budget monitoring Q2.xlsx" as an e-mailed minute
 * ends, or "Agenda 4 March.pdf" under a page's Documents field. The file's ending says it is a document, as a size does
 * for a link ("Minutes (PDF 120 KB)", listed-documents.ts). Apart from listed-documents.ts as the reading of a file's name.
 */
import type { ListedDocument } from '../../src/model/schema.ts';
import { squash } from './text.ts';

/** A file's type as a link names it, before its size ("PDF", "Word", "docx"), or as its name ends. Regex source. */
export const FILE_TYPE = String.raw`(?:pdf|docx?|word|xlsx?|excel|rtf|odt|ods|pptx?)`;
/** "Report.pdf": the file's own name, whose ending is its type, not part of what the document is called. */
export const FILE_ENDING = new RegExp(String.raw`\.${FILE_TYPE}$`, 'i');
/** "Budget monitoring Q2.xlsx": a file's name alone on a line, a dot and a known ending after it; group 1 the name. */
const FILE_NAME = new RegExp(String.raw`^\s*(\S.{0,150}?)\.${FILE_TYPE}\s*$`, 'i');
/** "Attachment:", "Attachments:", "Attached:", "Enclosure:": a label before a file's name on its line; group 1 the rest. */
const ATTACHMENT_LABEL = /^\s*(?:attachments?|attached|enclosures?)\s*:\s*(.*)$/i;

/** The document a line names by its file alone ("Agenda 4 March.pdf"), its size not stated; null for any other line. */
export function namedFile(line: string, kind: ListedDocument['kind']): ListedDocument | null {
  const name = FILE_NAME.exec(line)?.[1];
  return name === undefined ? null : { name: squash(name), kind, size: null, url: null, report: null };
}

/**
 * The document an attachment's label names ("Attachment: Payments June 2024.xlsx"), its size not stated, as an e-mail
 * lists the file it carries; null when the label is followed by anything but one file's name.
 */
export function attachedDocument(line: string, kind: ListedDocument['kind']): ListedDocument | null {
  const after = ATTACHMENT_LABEL.exec(line)?.[1];
  return after === undefined ? null : namedFile(after, kind);
}
