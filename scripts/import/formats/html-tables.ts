/**
 * A web page's tables written as the readers' text: rows of tab-separated cells, a sheet of labelled fields (a
 * decision notice's "Decision Maker: …"), a description list's terms each with its description, and an agenda item's
 * details table whose "Item number" row numbers the heading under it. Apart from the page's walk (html-blocks.ts),
 * which reads a table by these readers and hands them its own reading (PageReading) for each cell, so neither module
 * imports the other; a table's shape is read by html-table-shape.ts, and its cells spanning rows or columns laid out
 * in their places by html-table-spans.ts.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { documentFrom } from '../listed-documents.ts';
import { BLOCK_TAGS, find, HEADING_TAGS } from './html-nodes.ts';
import type { PageReading } from './html-page-reading.ts';
import { gridHeaded, isFieldLabel, ITEM_NUMBER_ROW, keyJoint, labelled, ROW_GROUPS, rowLines, textBlock } from './html-table-shape.ts';
import { spannedRows, type SpanningCell } from './html-table-spans.ts';
import { phraseJoint, TextOut } from './html-text-out.ts';

/** The longest a field's label runs: "Venue", "Date of meeting", "Documents"; a longer run of text is no label. */
const FIELD_LABEL_LONGEST = 60;

/** The readers of a page's tables and description lists, each cell read by the page's own reading (PageReading). */
export function tableReaders({ walk, kept, plainTextRaw }: PageReading) {
  /**
   * A page of one agenda item (CMIS's), its details table ("Committee", "Meeting date", "Item number | 7") over
   * the item's title as a heading: the item's number and its row, when the heading follows the table straight
   * and carries no number of its own. The heading is then written "7. Quarter 3 performance report", as a printed
   * item is numbered, and the row is said by it; a number is never given to a heading the row does not stand over.
   */
  function itemNumbered(table: Element, after: (RootContent | ElementContent)[]): { number: string; row: Element } | null {
    const next = after.find((sibling) => sibling.type === 'element' || (sibling.type === 'text' && sibling.value.trim() !== ''));
    if (next?.type !== 'element' || !HEADING_TAGS.has(next.tagName) || /^\s*\d/.test(plainTextRaw(next))) return null;
    const rows = kept(table).flatMap((part) => (ROW_GROUPS.has(part.tagName) ? kept(part) : [part]));
    for (const row of rows.filter((part) => part.tagName === 'tr')) {
      const [label, value, ...rest] = kept(row).map((cell) => plainTextRaw(cell).replace(/\s+/g, ' ').trim());
      if (rest.length === 0 && ITEM_NUMBER_ROW.test(label ?? '') && /^\d{1,3}[a-z]?$/i.test(value ?? ''))
        return { number: value ?? '', row };
    }
    return null;
  }

  /**
   * Writes a table as rows of tab-separated cells, when every cell is one line of text, or the table is a grid of data
   * (gridHeaded) whose cells hold lines or paragraphs; says whether it did. A cell's later lines go on lines of their
   * own below its row (rowLines). Its caption goes first, a paragraph of its own. Empty cells keep their place (a row
   * starting with a tab has an empty first cell), but a row's trailing empty cells and empty rows are dropped; so is
   * the row `said` by the heading under the table (itemNumbered), which carries its number.
   */
  function tableRows(table: Element, out: TextOut, onLink: (el: Element) => void, said?: Element): boolean {
    const parts = kept(table);
    const rows: Element[] = [];
    for (const part of parts) {
      if (part.tagName === 'tr') rows.push(...(part === said ? [] : [part]));
      else if (ROW_GROUPS.has(part.tagName)) rows.push(...kept(part).filter((row) => row !== said));
      else if (part.tagName !== 'caption' && part.tagName !== 'colgroup') return false;
    }
    // Links are listed as the cells are read; a table then read block by block lists them again, which `seen` ignores.
    const read = rows.map((row) => rowCells(row, onLink));
    if (read.some((row) => row === null)) return false;
    // A cell spanning rows or columns (Word's minute number over two rows) in its place, the places it covers blank.
    const cells = spannedRows(read as SpanningCell<string[]>[][], []);
    if (cells.some((row) => row.some((cell) => cell.length > 1)) && !gridHeaded(cells)) return false;
    for (const caption of parts.filter((part) => part.tagName === 'caption')) {
      out.gap('\n\n');
      walk(caption, out, onLink);
    }
    out.gap('\n\n');
    for (const line of cells.flatMap(rowLines)) {
      while (line.length > 0 && line[line.length - 1] === '') line.pop();
      if (line.length > 0) out.row(line);
    }
    out.gap('\n\n');
    return true;
  }

  /**
   * A row's cells, each as its lines of text (none for an empty cell) with the rows and columns it spans; null when
   * it is not a row, or a cell holds a table.
   */
  function rowCells(row: Element, onLink: (el: Element) => void): SpanningCell<string[]>[] | null {
    if (row.tagName !== 'tr') return null;
    const cells: SpanningCell<string[]>[] = [];
    for (const [at, cell] of kept(row).entries()) {
      if (cell.tagName !== 'td' && cell.tagName !== 'th') return null;
      if (find(cell, (el) => el.tagName === 'table')) return null;
      const value = cellLines(cell, onLink, at === 0 ? keyJoint : phraseJoint);
      cells.push({ value, rows: span(cell, 'rowSpan'), cols: span(cell, 'colSpan') });
    }
    return cells;
  }

  /** A cell's `rowspan` or `colspan` as parsed (a number), 1 when it has none or it is no number. */
  function span(cell: Element, key: 'rowSpan' | 'colSpan'): number {
    const value = Number(cell.properties[key] ?? 1);
    return Number.isFinite(value) ? value : 1;
  }

  /**
   * A cell's lines: its paragraphs, each on a line, a `<br>` parting phrases on the line with `joint` (TextOut.lineBreak);
   * in a cell that holds a passage (textBlock) a `<br>` ends the line, as it does outside a table.
   */
  function cellLines(cell: Element, onLink: (el: Element) => void, joint: (before: string) => string): string[] {
    const text = new TextOut(textBlock(cell) ? null : joint);
    walk(cell, text, onLink);
    return text
      .result()
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
  }

  /**
   * Writes a description list of terms each with one one-line description ("Date" / "Tuesday, 14 January 2025", as a
   * GOV.UK summary list or a CMS's "meeting details" gives a meeting's details and who attended) as "Date: Tuesday,
   * 14 January 2025" lines, as a printed record labels them, so the header and the attendance read a term as the
   * label it is ("Council", "Present", "Apologies for absence"); says whether it did. A row's group (`<div>` around a
   * term and its description) is read through.
   */
  function termRows(list: Element, out: TextOut, onLink: (el: Element) => void): boolean {
    const parts = kept(list).flatMap((part) => (part.tagName === 'div' ? kept(part) : [part]));
    const rows: string[][] = [];
    for (const part of parts) {
      if (part.tagName !== 'dt' && part.tagName !== 'dd') return false;
      const line = oneLine(part, onLink);
      if (line === null) return false;
      if (part.tagName === 'dt') rows.push([line]);
      else if (rows.at(-1)?.length === 1) rows.at(-1)!.push(line);
      else if (line !== '') return false; // a second description, or one with no term
    }
    if (rows.length === 0) return false;
    out.gap('\n\n');
    for (const [term = '', description = ''] of rows) {
      if (term !== '' || description !== '') out.row([labelled(term, description)]);
    }
    out.gap('\n\n');
    return true;
  }

  /**
   * Writes a sheet of labelled fields, each row a `<th>` label beside one `<td>` value whose text may run to
   * paragraphs and lists (a CMIS "Decision Notice": "Decision Maker", "Decision", "Reasons for Decision"), as a
   * printed form labels them: "Decision Maker: Cabinet Member for Parks", or the label alone with its value's
   * paragraphs below ("Decision:" over the points decided), so the readers read each label as the field it names
   * and never a row as an item titled "label value". Says whether it did; a table of one-line cells is written
   * row by row first (tableRows), as ever.
   */
  function labelRows(table: Element, out: TextOut, onLink: (el: Element) => void): boolean {
    const rows = kept(table).flatMap((part) => (ROW_GROUPS.has(part.tagName) ? kept(part) : [part]));
    const pairs = rows.map(kept);
    const sheet = pairs.every(
      (pair, at) => rows[at]?.tagName === 'tr' && pair.length === 2 && pair[0]?.tagName === 'th' && pair[1]?.tagName === 'td',
    );
    const labels = pairs.map((pair) => (pair[0] ? oneLine(pair[0], onLink) : null));
    if (rows.length < 2 || !sheet || labels.some((label) => label === null || label === '')) return false;
    out.gap('\n\n');
    for (const [at, [, value]] of pairs.entries()) {
      const label = (labels[at] ?? '').replace(/\s*:$/, '');
      const line = value ? oneLine(value, onLink) : '';
      if (line !== null) out.row([labelled(label, line)]);
      else {
        out.row([`${label}:`]);
        out.gap('\n');
        walk(value!, out, onLink);
        out.gap('\n\n');
      }
    }
    out.gap('\n\n');
    return true;
  }

  /**
   * A content system's field, its label element followed by its value element (`<div class="field__label">Venue</div>
   * <div class="field__item">Millbrook Hall</div>`, isFieldLabel), written as a printed record labels it: "Venue:
   * Millbrook Hall", or the label alone over its value's paragraphs when the value runs to more than a line or lists
   * documents (their links each on a line of their own, as the readers list them), as a sheet's rows are (labelRows).
   * The value is the next element after the label, a block, with no text between; a label with none, or over another
   * label, is left to the walk. Gives the value element it read, null when it read nothing.
   */
  function fieldPair(label: Element, after: (RootContent | ElementContent)[], out: TextOut, onLink: (el: Element) => void): Element | null {
    if (!isFieldLabel(label)) return null;
    const next = after.find((sibling) => sibling.type !== 'text' || sibling.value.trim() !== '');
    // The value is a block of its own (a div, a paragraph): a link or a bold word after a label is the label's own run of text.
    if (next?.type !== 'element' || !BLOCK_TAGS.has(next.tagName) || isFieldLabel(next) || next.children.length === 0) return null;
    const name = oneLine(label, onLink)?.replace(/\s*:$/, '') ?? '';
    if (name === '' || name.length > FIELD_LABEL_LONGEST) return null;
    const line = oneLine(next, onLink);
    out.gap('\n\n');
    if (line !== null && line !== '' && documentFrom(line, 'other') === null) out.row([labelled(name, line)]);
    else {
      out.row([`${name}:`]);
      out.gap('\n');
      walk(next, out, onLink);
    }
    out.gap('\n\n');
    return next;
  }

  /** An element's text on one line (a table's cell, a term or its description); null when it holds more than a line. */
  function oneLine(el: Element, onLink: (el: Element) => void): string | null {
    const text = new TextOut(phraseJoint);
    walk(el, text, onLink);
    return text.cell();
  }

  return { fieldPair, itemNumbered, labelRows, tableRows, termRows };
}
