/**
 * A web page's blocks written as the readers' text: paragraphs, `<pre>`, and the links a block lists, with hidden
 * parts and page furniture left out; its lists (an agenda's items, a decision's points) are read by html-lists.ts
 * and its tables (rows of cells, a sheet of labelled fields, terms with their descriptions) by html-tables.ts, each
 * handed this walk to read an entry or a cell as the page is. Whether a link is furniture ("Skip to content",
 * "Download") is read from its text, walked so too, so what is hidden stays here with the walk.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { documentFrom } from '../listed-documents.ts';
import { CONTENT_TAGS, DOWNLOAD_BUTTON, DROP_ROLES, DROP_TAGS, FURNITURE, HIDDEN_CLASSES } from './html-furniture.ts';
import { listReaders } from './html-lists.ts';
import { attr, BLOCK_TAGS, classList, find, HEADING_TAGS } from './html-nodes.ts';
import { tableReaders } from './html-tables.ts';
import { TextOut } from './html-text-out.ts';

// The lists' and the tables' readers, handed the walk (and what it leaves out) that reads their entries and cells.
const { leadsIn, numberedParagraph, orderedList, pointList } = listReaders({ walk, kept, plainTextRaw });
const { fieldPair, itemNumbered, labelRows, tableRows, termRows } = tableReaders({ walk, kept, plainTextRaw });

/** `inTable`: inside a table read block by block (a ModernGov page's items), whose lists are an item's points. */
export function walk(node: Root | Element, out: TextOut, onLink: (el: Element) => void, inTable = false): void {
  const children = node.children as (RootContent | ElementContent)[];
  // The item's number a details table gave the heading under it (itemNumbered), written before the heading's text.
  let headingNumber: string | null = null;
  // The value element a field's label before it was read with (fieldPair): read, so passed over.
  let paired: Element | null = null;
  for (const [at, child] of children.entries()) {
    if (child.type === 'text') {
      out.text(linksSeparator(children, at) ? ' ' : child.value);
    } else if (child.type === 'element' && !dropped(child)) {
      if (child === paired) continue;
      paired = fieldPair(child, children.slice(at + 1), out, onLink);
      if (paired !== null) continue;
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
