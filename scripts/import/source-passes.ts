/**
 * What the importer learns from a source file besides its text, added to the records its reader made (one small
 * pass each, after parsing, for every layout alike): the file's type and SHA-256 in each record's provenance, the
 * pages of a PDF each agenda item stands on, and the addresses of the documents a web page links to.
 */
import type { SourceFileType } from '../../src/model/schema.ts';
import { recordsIn, type ImportRecord } from './records.ts';
import { squash } from './text.ts';

/** Sets provenance.fileType and provenance.sha256 on every record that has a provenance. */
export function stampProvenance(records: ImportRecord[], fileType: SourceFileType, sha256: string): ImportRecord[] {
  return records.map((record) => {
    if (!('provenance' in record.data) || !record.data.provenance) return record;
    return { ...record, data: { ...record.data, provenance: { ...record.data.provenance, fileType, sha256 } } } as ImportRecord;
  });
}

/** A line or title compared loosely: lower case, one space, no page-break character, curly quotes straightened. */
function key(text: string): string {
  return squash(text.replace(/\f/g, ''))
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, '-');
}

/** An item number standing before a title on its line ("12.", "Item 3", "4)"), dropped before comparing. */
const NUMBER = /^(?:item\s+)?\(?\d{1,3}(?:\.\d{1,3})*[.):]?\s+/;
/** A line that is only an item number (pdftotext puts a number apart from its title). */
const ONLY_NUMBER = /^(?:item\s+)?\(?\d{1,3}(?:\.\d{1,3})*[.):]?$/;

/** Whether a line (already keyed) starts the title (keyed): the title's start, or the whole line when it wraps. */
function startsTitle(line: string, title: string): boolean {
  const text = line.replace(NUMBER, '');
  if (text === '') return false;
  const prefix = title.slice(0, 32);
  return text.startsWith(prefix) || (text.length >= 12 && title.startsWith(text));
}

/** The line where an item's title stands, searching back from `before` (exclusive); -1 when not found. */
function titleLine(lines: string[], title: string, before: number): number {
  const wanted = key(title);
  if (wanted.length < 3) return -1;
  for (let index = before - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (startsTitle(line, wanted)) {
      // A number on the line above (blank lines between) belongs to this item.
      let above = index - 1;
      while (above >= 0 && lines[above] === '') above--;
      return above >= 0 && ONLY_NUMBER.test(lines[above]!) ? above : index;
    }
  }
  return -1;
}

/** The 1-based page of a 0-based line. */
function pageOf(pageStarts: readonly number[], line: number): number {
  let page = 1;
  for (let i = 0; i < pageStarts.length; i++) if (pageStarts[i]! <= line + 1) page = i + 1;
  return page;
}

function range(from: number, to: number): string {
  return from >= to ? String(from) : `${from}-${to}`;
}

/**
 * The pages each agenda item of a PDF spans, e.g. `3-5`, where the reader did not give them: each item's title is
 * found in the text (the last place it stands in order, so a contents list at the top is passed over), and an item
 * runs to the line before the next item found, the last one to the end of the text.
 */
export function addItemPages(records: ImportRecord[], text: string, pageStarts: readonly number[]): ImportRecord[] {
  const lines = text.split('\n').map(key);
  let last = lines.length - 1;
  while (last > 0 && lines[last] === '') last--;
  const meetings = recordsIn(records, 'meetings');
  const startsOf = meetings.map((meeting) => {
    const items = meeting.data.items ?? [];
    const starts = new Array<number>(items.length).fill(-1);
    let before = lines.length;
    for (let i = items.length - 1; i >= 0; i--) {
      const found = titleLine(lines, items[i]!.title, before);
      if (found >= 0) before = starts[i] = found;
    }
    return starts;
  });
  // An item ends before the next item found, of its meeting or another one the file holds.
  const every = [...new Set(startsOf.flat().filter((line) => line >= 0))].sort((a, b) => a - b);
  meetings.forEach((meeting, m) => {
    const starts = startsOf[m]!;
    meeting.data.items = (meeting.data.items ?? []).map((item, i) => {
      const start = starts[i]!;
      if (start < 0 || (item.pages !== undefined && item.pages !== null)) return item;
      const next = every.find((line) => line > start);
      let end = next === undefined ? last : next - 1;
      while (end > start && lines[end] === '') end--;
      return { ...item, pages: range(pageOf(pageStarts, start), pageOf(pageStarts, end)) };
    });
  });
  return records;
}

/** A link's or document's name without a size, file type or icon after it ("Report pdf icon PDF 97 KB" → "report"). */
function nameKey(text: string): string {
  return key(text)
    .replace(/\s*\(?\s*(?:pdf|docx?|xlsx?|rtf|odt)?\s*,?\s*[\d.,]+\s*(?:kb|mb|bytes?)\s*\)?\s*$/, '')
    .replace(/\s*\(?(?:pdf|docx?|xlsx?|rtf|odt)\)?$/, '')
    .replace(/\s*\b(?:pdf|docx?|word|excel|xlsx?)\s+icon$/, '')
    .replace(/[\s.:;,-]+$/, '');
}

/**
 * A web page's links become the addresses of the documents the record lists under the same name: each document
 * without an address takes the first unused link whose text names it (the same name, or the name and then a size).
 */
export function linkDocuments(records: ImportRecord[], links: readonly { text: string; url: string }[]): ImportRecord[] {
  if (links.length === 0) return records;
  const keyed = links.map((link) => ({ name: nameKey(link.text), url: link.url }));
  const used = new Set<number>();
  type Document = { name: string; url?: string | null | undefined };
  const withUrl = <D extends Document>(document: D): D => {
    if (document.url) return document;
    const name = nameKey(document.name);
    if (name === '') return document;
    const index = keyed.findIndex((link, i) => !used.has(i) && link.name === name);
    if (index < 0) return document;
    used.add(index);
    return { ...document, url: keyed[index]!.url };
  };
  for (const meeting of recordsIn(records, 'meetings')) {
    if (meeting.data.documents) meeting.data.documents = meeting.data.documents.map(withUrl);
    if (meeting.data.items) {
      meeting.data.items = meeting.data.items.map((item) => (item.documents ? { ...item, documents: item.documents.map(withUrl) } : item));
    }
  }
  return records;
}
