/**
 * A web page's blocks written as the readers' text: paragraphs, lists (an agenda's items, a decision's
 * points), tables (rows of cells, a sheet of labelled fields, terms with their descriptions), `<pre>`, and
 * the links a block lists, with hidden parts and page furniture left out. One module, as its parts read each
 * other: a table's cell and a list's entry are walked as the page is, and whether a link is furniture
 * ("Skip to content", "Download") is read from its text, walked so too.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { documentFrom } from '../listed-documents.ts';
import { allBold, BOLD_TAGS, isSpeaker, LEAD_IN_END, NUMBERED_BOLD, OWN_ENTRY_MARK, RUN_IN_MARK } from './html-entry-marks.ts';
import { CONTENT_TAGS, DOWNLOAD_BUTTON, DROP_ROLES, DROP_TAGS, FURNITURE, HIDDEN_CLASSES } from './html-furniture.ts';
import { attr, BLOCK_TAGS, classList, find, HEADING_TAGS } from './html-nodes.ts';
import { gridHeaded, ITEM_NUMBER_ROW, keyJoint, labelled, ROW_GROUPS, rowLines, textBlock } from './html-table-shape.ts';
import { phraseJoint, TextOut } from './html-text-out.ts';
import { OUTCOME_MARK } from '../reader/decision-markers.ts';

/** `inTable`: inside a table read block by block (a ModernGov page's items), whose lists are an item's points. */
export function walk(node: Root | Element, out: TextOut, onLink: (el: Element) => void, inTable = false): void {
  const children = node.children as (RootContent | ElementContent)[];
  // The item's number a details table gave the heading under it (itemNumbered), written before the heading's text.
  let headingNumber: string | null = null;
  for (const [at, child] of children.entries()) {
    if (child.type === 'text') {
      out.text(linksSeparator(children, at) ? ' ' : child.value);
    } else if (child.type === 'element' && !dropped(child)) {
      const tag = child.tagName;
      if (tag === 'br') {
        out.lineBreak();
        continue;
      }
      const link = tag === 'a' && attr(child, 'href') !== null;
      if (link) onLink(child);
      // "Minutes (PDF, 210KB)" after an item's title or a line of text: a listed document, on its own line as the readers list them.
      const listed = isListedLink(child);
      if (listed) out.ownLine();
      const block = BLOCK_TAGS.has(tag);
      const cell = tag === 'td' || tag === 'th';
      if (block) out.gap('\n\n');
      if (cell) out.gap(' ');
      if (HEADING_TAGS.has(tag) && headingNumber !== null) out.entryMark(`${headingNumber}. `);
      headingNumber = null;
      const numbered = tag === 'table' ? itemNumbered(child, children.slice(at + 1)) : null;
      if (tag === 'pre') preformatted(child, out);
      else if (tag === 'table' && tableRows(child, out, onLink, numbered?.row)) {
        headingNumber = numbered?.number ?? null;
        continue;
      } else if (tag === 'table' && labelRows(child, out, onLink)) continue;
      else if (tag === 'dl' && termRows(child, out, onLink)) continue;
      else if ((tag === 'ol' || tag === 'ul') && leadsIn(children.slice(0, at))) pointList(child, out, onLink, inTable, true);
      else if (tag === 'ol' && !inTable) orderedList(child, out, onLink);
      else if (tag === 'ol') pointList(child, out, onLink, true);
      else if (tag === 'p' && !inTable && numberedParagraph(child, out, onLink)) continue;
      else walk(child, out, onLink, inTable || tag === 'table');
      if (block) out.gap('\n\n');
      if (cell) out.gap(' ');
      if (listed) out.ownLine();
    }
  }
}

/** What a page prints between links on one line: "Report (PDF) | Appendix A (PDF)". */
const LINK_SEPARATOR = /^[|·•/]$/;

/** A listed document's link ("Report (PDF, 310KB)"), which the text sets on a line of its own. */
const isListedLink = (node: RootContent | ElementContent | undefined): boolean =>
  node?.type === 'element' &&
  node.tagName === 'a' &&
  attr(node, 'href') !== null &&
  documentFrom(plainTextRaw(node).replace(/\s+/g, ' ').trim(), 'other') !== null;

/**
 * True when the text at `at` is only a separator between two listed documents' links ("… (PDF, 310KB)</a> | <a …"):
 * each link goes on a line of its own, where the separator left between them would be a line of the item's text. It
 * is read as a space, so the links in a table's cell stay apart.
 */
function linksSeparator(children: readonly (RootContent | ElementContent)[], at: number): boolean {
  const child = children[at];
  if (child?.type !== 'text' || !LINK_SEPARATOR.test(child.value.trim())) return false;
  const filled = (node: RootContent | ElementContent) => node.type !== 'text' || node.value.trim() !== '';
  const before = children.slice(0, at).findLast(filled);
  const after = children.slice(at + 1).find(filled);
  return isListedLink(before) && isListedLink(after);
}

/**
 * True when the text before a list (its last sibling with any text) ends in a decision's lead-in: the list is what
 * was decided, its entries points, however short ("to approve the budget", "to note the report"); never titles
 * numbered as the page's items.
 */
function leadsIn(before: (RootContent | ElementContent)[]): boolean {
  const texts = before.map((sibling) =>
    sibling.type === 'text' ? sibling.value : sibling.type === 'element' ? plainTextRaw(sibling) : '',
  );
  const last = texts.findLast((text) => text.trim() !== '') ?? '';
  return LEAD_IN_END.test(last.replace(/\s+/g, ' ').trim());
}

/**
 * An ordered list of titles with the numbers a browser shows before them ("7." under `start="7"`, a `value` on an
 * entry), as a PDF of the page prints them: an agenda's items are often such a list, and so are a parish site's
 * minutes, each entry opening with its title in bold run in to its text (runInTitle). A list of sentences (a
 * decision's points, "That the report be noted;"), one lettered or in roman numerals (`type`), and one inside a
 * table (an item's minutes on a ModernGov page, its rows the items) keep their entries unnumbered, so their points
 * never compete with the page's items.
 */
function orderedList(list: Element, out: TextOut, onLink: (el: Element) => void): void {
  const type = attr(list, 'type');
  const entries = kept(list).filter((entry) => entry.tagName === 'li');
  const titles = titleList(list);
  const runIn = !titles && runInItems(entries);
  if ((type !== null && type !== '1') || entries.length === 0 || !(titles || runIn)) return pointList(list, out, onLink, false);
  let number = Number.parseInt(attr(list, 'start') ?? '1', 10);
  if (!Number.isFinite(number)) number = 1;
  for (const entry of kept(list)) {
    if (entry.tagName !== 'li') {
      walk({ ...entry, children: [entry] }, out, onLink);
      continue;
    }
    const value = Number.parseInt(attr(entry, 'value') ?? '', 10);
    if (Number.isFinite(value)) number = value;
    out.gap('\n\n');
    const heading = runIn ? entryTitle(entry) : null;
    if (heading) {
      // "1. Apologies for absence" on a line of its own, as a printed item's number and title, then its text; a
      // list inside the text is the item's points, never numbered as items.
      out.text(`${number}. ${heading.title}`);
      out.gap('\n');
      walk({ ...entry, children: heading.rest }, out, onLink, true);
    } else {
      out.text(`${number}. `);
      walk(entry, out, onLink, runIn);
    }
    out.gap('\n\n');
    number += 1;
  }
}

/**
 * True when no entry of the list ends its first line with a stop, comma or colon: titles (an agenda's items, the
 * topics a cell lists, "Transport"), not a decision's points. An entry's first line: its title, over a line or two
 * of what the item is (after a `<br>`).
 */
function titleList(list: Element): boolean {
  const entries = kept(list).filter((entry) => entry.tagName === 'li');
  return entries.every((entry) => !/[.;:,]$/.test(plainTextRaw(entry).split('\n')[0]?.trim() ?? '.'));
}

/**
 * An ordered list of points (a decision's "That the report be noted;", "That authority be delegated …"), each entry
 * a paragraph opening with a bullet: the browser shows each with its number, and without a mark the readers
 * could not tell one point from the next (a decision read only its first). The number itself is not written, so
 * a point's "2." never competes with the page's item numbers; an entry whose text opens with its own mark keeps that.
 * A list of titles (a cell's topics, "Transport"; a lettered list of headings) stays plain lines, as before, unless
 * `points` says a decision's lead-in stands over it (leadsIn): then even short entries are points, bulleted.
 */
function pointList(list: Element, out: TextOut, onLink: (el: Element) => void, inTable: boolean, points = false): void {
  if (!points && titleList(list)) return walk(list, out, onLink, inTable);
  for (const entry of kept(list)) {
    const own = entry.tagName !== 'li' || OWN_ENTRY_MARK.test(plainTextRaw(entry));
    out.gap('\n\n');
    if (!own) out.entryMark('• ');
    walk(entry.tagName === 'li' ? entry : { ...entry, children: [entry] }, out, onLink, inTable);
    out.gap('\n\n');
  }
}

/** Most of a list's entries (two at least) open with a title of their own in bold or as a heading: the list is the page's items. */
function runInItems(entries: Element[]): boolean {
  const titles = entries.map((entry) => entryTitle(entry)?.title).filter((title) => title !== undefined);
  // Items differ: "Resolved:" over each of a decision's points is no title.
  const distinct = new Set(titles.map((title) => title.toLowerCase())).size === titles.length;
  return titles.length >= 2 && titles.length * 2 > entries.length && distinct;
}

/**
 * An entry that opens with its title in bold, "<strong>Apologies for absence.</strong> Cllr Tom Inchbald …": the
 * title (without its run-in stop or colon) and what follows it. The bold must end the title (a stop or colon in it
 * or just after it, a line break or nothing after it), so a bold word opening a sentence ("<b>RESOLVED</b> that …",
 * "<b>Cllr Ash</b> asked …") is no title; with `numbered`, a bold run opening with an item's number ("3. Minutes")
 * ends the title wherever it ends.
 */
function runInTitle(entry: Element, numbered = false): { title: string; rest: ElementContent[] } | null {
  const children = entry.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const [first, next] = children;
  if (first?.type !== 'element' || !BOLD_TAGS.has(first.tagName)) return null;
  const bold = plainTextRaw(first).replace(/\s+/g, ' ').trim();
  const title = bold.replace(/\s*[.:]$/, '');
  const subject = numbered ? title.replace(/^\d{1,3}[.)]\s+/, '') : title;
  if (title === '' || title.length > 150 || OUTCOME_MARK.test(subject.toUpperCase())) return null;
  const nextText = next?.type === 'text' ? next.value : '';
  const ended =
    (numbered && NUMBERED_BOLD.test(bold)) ||
    /[.:]$/.test(bold) ||
    next === undefined ||
    RUN_IN_MARK.test(nextText) ||
    (next.type === 'element' && next.tagName === 'br');
  if (!ended) return null;
  const rest = entry.children.slice(entry.children.indexOf(first) + 1);
  // ". Cllr Tom …" after a title in bold without its stop: the text starts after the mark.
  const opening = rest.findIndex((child) => child.type !== 'text' || child.value.trim() !== '');
  const lead = rest[opening];
  if (lead?.type === 'text') rest[opening] = { ...lead, value: lead.value.replace(RUN_IN_MARK, '') };
  return isSpeaker(title, rest.map(plainTextRaw).join('')) ? null : { title, rest };
}

/** An entry's own title: run in to its text in bold (runInTitle), or standing over it (headedTitle). */
function entryTitle(entry: Element): { title: string; rest: ElementContent[] } | null {
  return runInTitle(entry) ?? headedTitle(entry);
}

/**
 * An entry whose title stands over its text, as a content system's editor writes an item: a heading
 * ("<li><h2>Minutes</h2><p>…</p>"), a paragraph that is all bold ("<li><p><strong>Minutes</strong></p><p>…"), or a
 * bold run with a paragraph after it ("<li><strong>Minutes</strong><p>…"). Whatever follows the title (the
 * paragraph) ends it, so it needs no stop; an entry that is a title alone is a title list's (titleList).
 */
function headedTitle(entry: Element): { title: string; rest: ElementContent[] } | null {
  const children = entry.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const [first, next] = children;
  if (first?.type !== 'element' || next === undefined) return null;
  const standing =
    HEADING_TAGS.has(first.tagName) ||
    (first.tagName === 'p' && allBold(first)) ||
    (BOLD_TAGS.has(first.tagName) && next.type === 'element' && BLOCK_TAGS.has(next.tagName));
  if (!standing) return null;
  const title = plainTextRaw(first)
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\s*[.:]$/, '');
  if (title === '' || title.length > 150 || OUTCOME_MARK.test(title.toUpperCase())) return null;
  return { title, rest: entry.children.slice(entry.children.indexOf(first) + 1) };
}

/**
 * A paragraph that opens with an item's number and title in bold, its text run on after it ("<strong>2.
 * Minutes</strong> The minutes of … were approved.", as a parish site numbers its minutes' paragraphs): the bold
 * run is the title, on a line of its own over the text, as a printed item's; says whether it was one. The number
 * in the bold is what makes it a heading, where a list's entry needs a stop after its bold (runInTitle).
 */
function numberedParagraph(paragraph: Element, out: TextOut, onLink: (el: Element) => void): boolean {
  const heading = runInTitle(paragraph, true);
  if (heading === null || !NUMBERED_BOLD.test(heading.title)) return false;
  out.gap('\n\n');
  out.text(heading.title);
  out.gap('\n');
  walk({ ...paragraph, children: heading.rest }, out, onLink);
  out.gap('\n\n');
  return true;
}

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
    if (rest.length === 0 && ITEM_NUMBER_ROW.test(label ?? '') && /^\d{1,3}[a-z]?$/i.test(value ?? '')) return { number: value ?? '', row };
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
  const cells = read as string[][][];
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

/** A row's cells, each as its lines of text (none for an empty cell); null when it is not a row, or a cell holds a table. */
function rowCells(row: Element, onLink: (el: Element) => void): string[][] | null {
  if (row.tagName !== 'tr') return null;
  const cells: string[][] = [];
  for (const [at, cell] of kept(row).entries()) {
    if (cell.tagName !== 'td' && cell.tagName !== 'th') return null;
    if (find(cell, (el) => el.tagName === 'table')) return null;
    cells.push(cellLines(cell, onLink, at === 0 ? keyJoint : phraseJoint));
  }
  return cells;
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

/** An element's text on one line (a table's cell, a term or its description); null when it holds more than a line. */
function oneLine(el: Element, onLink: (el: Element) => void): string | null {
  const text = new TextOut(phraseJoint);
  walk(el, text, onLink);
  return text.cell();
}

/** An element's child elements that hold page text (not dropped as hidden or furniture). */
function kept(el: Element): Element[] {
  return el.children.filter((child): child is Element => child.type === 'element' && !dropped(child));
}

/** A `<pre>` keeps its line breaks (spaces inside a line still collapse). */
function preformatted(el: Element, out: TextOut): void {
  const text = plainTextRaw(el);
  text.split('\n').forEach((line, i) => {
    if (i > 0) out.gap('\n');
    out.text(line);
  });
}

function plainTextRaw(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' || dropped(node)) return '';
  return node.tagName === 'br' ? '\n' : node.children.map(plainTextRaw).join('');
}

function dropped(el: Element): boolean {
  if (DROP_TAGS.has(el.tagName)) return true;
  // A search or sign-up form goes; a form wrapping the whole page (ASP.NET WebForms, e.g. CMIS) is the page.
  if (el.tagName === 'form') return find(el, (inner) => CONTENT_TAGS.has(inner.tagName)) === null;
  const role = attr(el, 'role');
  if (role !== null && DROP_ROLES.has(role.toLowerCase())) return true;
  if (el.properties['hidden'] !== undefined && el.properties['hidden'] !== false) return true;
  if (attr(el, 'aria-hidden') === 'true') return true;
  const style = (attr(el, 'style') ?? '').toLowerCase().replace(/\s+/g, '');
  if (style.includes('display:none') || style.includes('visibility:hidden')) return true;
  const classes = classList(el);
  if (classes.some((name) => HIDDEN_CLASSES.has(name.toLowerCase()) || FURNITURE.test(name))) return true;
  const id = attr(el, 'id');
  if (id !== null && FURNITURE.test(id)) return true;
  if ((el.tagName === 'ul' || el.tagName === 'ol') && inPageLinks(el)) return true;
  if (el.tagName === 'a' && /^skip to\b/i.test(plainText(el))) return true;
  if (el.tagName === 'a' && DOWNLOAD_BUTTON.test(plainText(el).trim())) return true;
  return false;
}

/**
 * A list each of whose entries is one link to a part of the page itself and nothing more: the page's tabs ("Documents",
 * "Attendance", "Visitors", as a CMIS meeting page sets them over its panels) or its contents, whose parts follow
 * under their own headings; its labels are no text of the record (a tab's "Visitors" is no one present).
 */
function inPageLinks(list: Element): boolean {
  const entries = kept(list);
  return entries.length > 0 && entries.every(isInPageLink);
}

/**
 * A list's entry that is one link to a part of the page itself, with no text of its own beside it. Read from the
 * entry's own children only, never its text: a list nested in a list is asked again, which deep nesting would repeat.
 */
function isInPageLink(entry: Element): boolean {
  const elements = entry.children.filter((child): child is Element => child.type === 'element');
  const [link] = elements;
  const bare = entry.children.every((child) => child.type !== 'text' || child.value.trim() === '');
  if (entry.tagName !== 'li' || elements.length !== 1 || link?.tagName !== 'a' || !bare) return false;
  return (attr(link, 'href')?.trim() ?? '').startsWith('#');
}

/** An element's text as the page's reading writes it (walk), its links not listed. */
export function plainText(node: Element): string {
  const out = new TextOut();
  walk(node, out, () => undefined);
  return out.result();
}
