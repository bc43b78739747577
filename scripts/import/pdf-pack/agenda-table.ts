/**
 * The agenda table of a pack: "N <tab> Title Description <tab> pages" rows under a
 * "Pages" header, and "N Title" lines with the description below (late items).
 */
import { plain, referencesIn } from './pack-text.ts';

export interface AgendaRow {
  number: number;
  title: string;
  description: string | null;
  pages: string | null;
  /** References of reports the item mentions (PAF/01/15). */
  references: string[];
  /** Index of the item's line in the pack. */
  line: number;
}

/** Index of the header line that says "Pages" (alone or as the last cell). */
export function agendaHeaderIndex(lines: string[], end: number): number {
  return lines.slice(0, end).findIndex((line) => /(?:^|\t)\s*Pages\s*$/i.test(line));
}

const TAB_ROW = /^\s*(\d{1,3})\.?\t([^\t]+?)(?:\t+([\d\s–-]+))?\s*$/;
const LINE_ROW = /^[-*\s]*(\d{1,3})\.?\s+([^\t]+?)\**\s*$/;
/** A row's cells on lines of their own (a PDF read like pdftotext): the number alone, then the text, then the pages. */
const NUMBER_LINE = /^\s*(\d{1,3})\.?\s*$/;
/** A page range; a lone number is the next item's, not a single page. */
const PAGES_LINE = /^\s*\d+\s*[–-]\s*\d+\s*$/;

/** Title and description share a cell: the description starts with "To note", "The ...", "A period". */
function splitTitle(cell: string): { title: string; description: string | null } {
  const text = plain(cell);
  const match = /\s(?=(?:To|The|A|An)\s+[a-z]|The\s+[A-Z][a-z]+\s+[A-Z]?[a-z]+\s|Paper\s|Report\s+[a-z])/.exec(text);
  if (!match || match.index < 3) return { title: text, description: null };
  return { title: text.slice(0, match.index).trim(), description: text.slice(match.index).trim() };
}

function pagesOf(text: string | undefined): string | null {
  if (!text || text.trim() === '') return null;
  return text.trim().replace(/\s*[–-]\s*/, '-');
}

function row(number: number, title: string, description: string | null, pages: string | null, line: number): AgendaRow {
  return { number, title, description, pages, references: referencesIn(`${title} ${description ?? ''}`), line };
}

/**
 * A row whose cells stand on consecutive lines below its number line: the title and description (one line or more,
 * up to a blank line or the next number line), then the page range when the item has one.
 */
function stackedRow(lines: string[], at: number, end: number): { text: string; pages: string | null; last: number } | null {
  const texts: string[] = [];
  let pages: string | null = null;
  let last = at;
  for (let index = at + 1; index < end; index += 1) {
    const line = lines[index] ?? '';
    if (texts.length > 0 && PAGES_LINE.test(line)) {
      pages = line;
      last = index;
      break;
    }
    if (line.trim() === '' || line.includes('\t') || NUMBER_LINE.test(line) || LINE_ROW.test(line)) break;
    texts.push(line);
    last = index;
  }
  return texts.length === 0 ? null : { text: texts.join(' '), pages, last };
}

/** Reads the rows from the header to `end`; numbers must rise, which skips stray numbers. */
export function readAgendaTable(lines: string[], header: number, end: number): AgendaRow[] {
  const rows: AgendaRow[] = [];
  for (let index = header + 1; index < end; index += 1) {
    const line = lines[index] ?? '';
    const previous = rows.at(-1)?.number ?? 0;
    const tab = TAB_ROW.exec(line);
    if (tab && Number(tab[1]) > previous) {
      const { title, description } = splitTitle(tab[2] ?? '');
      rows.push(row(Number(tab[1]), title, description, pagesOf(tab[3]), index));
      continue;
    }
    const alone = NUMBER_LINE.exec(line);
    if (alone && Number(alone[1]) > previous) {
      const stacked = stackedRow(lines, index, end);
      if (stacked) {
        const { title, description } = splitTitle(stacked.text);
        rows.push(row(Number(alone[1]), title, description, pagesOf(stacked.pages ?? undefined), index));
        index = stacked.last;
        continue;
      }
    }
    const single = LINE_ROW.exec(line);
    if (single && Number(single[1]) === previous + 1 && previous > 0 && (single[2] ?? '').length < 120) {
      const below: string[] = [];
      while (index + 1 < end && (lines[index + 1] ?? '').trim() !== '' && !LINE_ROW.test(lines[index + 1] ?? '')) {
        index += 1;
        below.push(plain(lines[index] ?? ''));
      }
      const description = below.join(' ').trim();
      rows.push(row(Number(single[1]), plain(single[2] ?? ''), description || null, null, index - below.length));
    }
  }
  return rows;
}
