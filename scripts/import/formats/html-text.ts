import type { Element, ElementContent, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { documentFrom } from '../listed-documents.ts';
import { TITLED_NAME } from '../../../src/model/honorifics.ts';
import { readPiece } from '../reader/attendance-person.ts';
import { councilOnly, councilsIn } from '../reader/council-name.ts';
import { OUTCOME_MARK } from '../reader/decision-markers.ts';
import { ITEM_NUMBER_LABEL } from '../reader/title-block-lines.ts';
import { isHeaderRow } from '../minutes-markdown.ts';
import { FormatError } from './format-error.ts';

/**
 * Turns a saved council web page (ModernGov and the like) into the plain text the importer's text reader expects:
 * the page's main part only (no scripts, menus, cookie banners or hidden text), each block on its own paragraph,
 * `<br>` as a line break, whitespace collapsed. A table whose every cell is one line of text (an attendance list, a
 * tracker, a decision table) becomes one line a row, its cells separated by tabs, as the PDF reader gives a table's rows
 * (formats/pdf-columns.ts), so the readers read both alike; a table with paragraphs in its cells (a ModernGov page's
 * items) is read block by block. Also lists the documents the page links to, as absolute URLs. The page is untrusted:
 * it is parsed, never run, and only text and hrefs are read.
 */

export interface HtmlText {
  text: string;
  title: string | null;
  links: { text: string; url: string }[];
  /** The page's canonical address (`<link rel="canonical">`), when it states a web address. */
  canonical: string | null;
}

/** Elements whose content is never page text. */
const DROP_TAGS = new Set(
  'script style noscript template iframe object embed head nav header footer menu button select textarea svg math canvas audio video map dialog'.split(
    ' ',
  ),
);
/** ARIA roles of page furniture; a `tablist` holds a page's tabs (CMIS: Documents, Attendance, Visitors), whose labels are no text. */
const DROP_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'dialog', 'tablist']);
const HIDDEN_CLASSES = new Set([
  'hidden',
  'is-hidden',
  'sr-only',
  'visually-hidden',
  'visuallyhidden',
  'govuk-visually-hidden',
  'screen-reader-text',
  'element-invisible',
  'skip-link',
  'd-none',
]);
/**
 * id or class words that mark page furniture rather than content: cookie banners, breadcrumbs, skip links, share
 * widgets, menus; and the parts a WordPress theme puts around a post (a parish or town council's site), by the
 * names the themes use: the visitors' comments and the reply form (`#comments`, `.comments-area`, `#respond`,
 * `.comment-respond`), the sidebar's widgets (`.widget-area`, `.sidebar`) and the links to the previous and next
 * posts (`.post-navigation`, `.nav-links`), so a visitor's comment is never read as an item of the minutes; and a
 * footer marked by its class or id rather than a `<footer>` (`.footer`, `#page-footer`, `.entry-footer`: a copyright
 * line, the site's address), which would otherwise end the last item's minutes.
 */
const FURNITURE = new RegExp(
  [
    String.raw`cookie|consent|breadcrumb|skip-?(to|link)|(^|[-_])share([-_]|$)|sharethis|addthis|(^|[-_])menu([-_]|$)|(^|[-_])footer([-_]|$)`,
    String.raw`^(?:comments|comments-area|comment-list|commentlist|respond|comment-respond|wp-block-comments)$`,
    String.raw`^(?:widget-area|sidebar|post-navigation|posts-navigation|nav-links|nav-previous|nav-next)$`,
  ].join('|'),
  'i',
);
/**
 * A link that is only a button to save the page's own record, "Download as PDF", "Download" (under a post of
 * minutes, the same minutes as a file): no line of the record, and no document of it, as it names none.
 */
const DOWNLOAD_BUTTON = /^download(?:\s+(?:as\s+(?:a\s+)?)?(?:pdf|word|file|document))?$/i;

/** Elements that start and end a paragraph. */
const BLOCK_TAGS = new Set(
  'address article aside blockquote body caption center dd details div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 hgroup hr html li main ol p pre section summary table tbody thead tfoot tr ul'.split(
    ' ',
  ),
);

/** Elements that only a form holding page content has. */
const CONTENT_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'article', 'main', 'section']);

/** ModernGov's content wrapper, by id or class, an id on some installations, a class on others. */
const isModernGovContent = (el: Element): boolean => attr(el, 'id') === 'mgContent' || classList(el).includes('mgContent');
/** ModernGov's own class names for a page's heading: its wrappers (mgHeader, mgSubTitle) and the h1 and h2 in them. */
const MODERNGOV_HEADING = new Set(['mgHeader', 'mgSubTitle', 'mgMainTitleTxt', 'mgSubTitleTxt']);
const isModernGovHeading = (el: Element): boolean => classList(el).some((name) => MODERNGOV_HEADING.has(name));

/** Where the content lives, best first. */
const MAIN_PICKS: ((el: Element) => boolean)[] = [
  (el) => el.tagName === 'main',
  (el) => attr(el, 'role') === 'main',
  // ModernGov's own wrapper of the page's content, whatever the council's site template puts around it (its header
  // and menu in plain divs); widened to take in ModernGov's heading (withModernGovHeading).
  isModernGovContent,
  (el) => attr(el, 'id') === 'content',
];

/** A link to a document rather than to another page of the site. */
const DOCUMENT_LINK =
  /\.(pdf|docx?|xlsx?|odt|ods|odp|pptx?|rtf|csv)$|mgConvert2PDF\.aspx|ieListDocuments\.aspx|mgChooseDocPack\.aspx|(^|\/)documents\//i;

export function htmlToText(html: string, file: string, pageUrl?: string | null): HtmlText {
  try {
    return readPage(html, pageUrl ?? null);
  } catch (error) {
    // Any string parses as HTML; only nesting thousands of elements deep (no real page does) runs out of stack.
    if (!(error instanceof RangeError)) throw error;
    throw new FormatError(
      file,
      'is nested too deeply to read',
      'Open it in a browser, save it again as "Web page, HTML only" and import that',
    );
  }
}

function readPage(html: string, pageUrl: string | null): HtmlText {
  const tree = unified().use(rehypeParse).parse(html);
  const title = findTitle(tree);
  const base = baseUrl(tree, pageUrl);
  const body = find(tree, (el) => el.tagName === 'body') ?? tree;
  const main = pickMain(body);
  const out = new TextOut();
  const links: HtmlText['links'] = [];
  const seen = new Set<string>();
  walk(main, out, (el) => {
    const url = documentUrl(attr(el, 'href'), base);
    if (url && !seen.has(url)) {
      seen.add(url);
      const inner = new TextOut();
      walk(el, inner, () => undefined);
      links.push({ text: inner.result().replace(/\s+/g, ' ').trim(), url });
    }
  });
  return { text: withTitleCouncil(out.result(), title), title, links, canonical: canonicalUrl(tree)?.href ?? null };
}

/** "Modern Council": the site name ModernGov is installed with, which some councils never change; it names no council. */
const PLACEHOLDER_COUNCIL = /^modern\s+council$/i;

/**
 * The council a page's title names as the site, "Meeting Details - Fenmoor County Council" or
 * "Corriebank Council | Minutes": its last or first part, when that part is a council's name and nothing else (of a
 * bilingual title's "Cyngor Sir … / … County Council", the English name).
 */
function titleCouncil(title: string | null): string | null {
  const parts = (title ?? '').split(/\s+(?:[-–—|]|::)\s+/).map((part) => part.trim());
  if (parts.length < 2) return null;
  return [parts.at(-1) ?? '', parts[0] ?? ''].map(councilOnly).find((name) => name !== null && !PLACEHOLDER_COUNCIL.test(name)) ?? null;
}

/**
 * A CMIS page heads its details "Meeting Details" and names its council only in the window's title: the
 * council, on a line of its own over the text, when the title names one and the page's text names none.
 */
function withTitleCouncil(text: string, title: string | null): string {
  const council = titleCouncil(title);
  if (council === null || text.split('\n').some((line) => councilsIn(line).length > 0)) return text;
  return `${council}\n\n${text}`;
}

/** What parts two phrases of a cell's line: "; ", or a space after a stop or comma ("Agreed.", "Cllr A Ash,"). */
const phraseJoint = (before: string): string => (/[.;,:!?]$/.test(before) ? ' ' : '; ');

/** Builds text with pending breaks, so that empty blocks leave no blank lines behind. */
class TextOut {
  private parts: string[] = [];
  private pending: '' | ' ' | '\n' | '\n\n' = '';
  private atStart = true;
  /** A list entry's mark, written before the entry's first text (past the paragraph a `<p>` in the entry opens). */
  private mark = '';
  /** A `<br>` since the last text, in a table's cell. */
  private broken = false;

  /** In a table's cell, what a `<br>` puts between the phrases it parts on the row's line; null outside a cell. */
  private readonly cellJoint: ((before: string) => string) | null;

  /** `cellJoint`: the text of one table cell, where a `<br>` parts phrases on the row's line instead of ending it. */
  constructor(cellJoint: ((before: string) => string) | null = null) {
    this.cellJoint = cellJoint;
  }

  text(value: string): void {
    const collapsed = value.replace(/[\s\u00a0]+/g, ' ');
    if (collapsed === '') return;
    const leading = collapsed.startsWith(' ');
    const body = collapsed.trim();
    if (leading) this.gap(' ');
    if (body === '') return;
    if (!this.atStart) this.parts.push(this.joint());
    this.parts.push(this.mark + body);
    this.mark = '';
    this.pending = collapsed.endsWith(' ') ? ' ' : '';
    this.atStart = false;
    this.broken = false;
  }

  /** Opens the next text with a list entry's mark ("• "). */
  entryMark(mark: string): void {
    this.mark = mark;
  }

  /**
   * A `<br>`: a line break, but in a table's cell the cell's joint ("; ", phraseJoint), so "Agreed<br>Update due
   * in March" stays one row's cell and its words stay apart.
   */
  lineBreak(): void {
    if (this.cellJoint !== null) this.broken = true;
    else this.gap('\n');
  }

  /** What goes between the last text and the next: the pending break, or a cell's "; " for a `<br>`. */
  private joint(): string {
    if (!this.broken || this.pending === '\n' || this.pending === '\n\n') return this.pending;
    return this.cellJoint?.(this.parts.at(-1) ?? '') ?? this.pending;
  }

  /** A table's row: its cells separated by tabs on a line of their own (a cell's own text has no tab or line break). */
  row(cells: string[]): void {
    this.gap('\n');
    if (!this.atStart) this.parts.push(this.pending);
    this.parts.push(cells.join('\t'));
    this.pending = '\n';
    this.atStart = false;
  }

  /** A line of its own for what comes next (a document's link), except in a table's cell, whose text is one line. */
  ownLine(): void {
    if (this.cellJoint === null) this.gap('\n');
  }

  /** Asks for at least this much space before the next text. */
  gap(kind: ' ' | '\n' | '\n\n'): void {
    const rank = { '': 0, ' ': 1, '\n': 2, '\n\n': 3 } as const;
    if (rank[kind] > rank[this.pending]) this.pending = kind;
  }

  result(): string {
    const text = this.parts.join('');
    return text === '' ? '' : text.replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n') + '\n';
  }

  /** What a table cell holds: its text on one line, or null when it holds more than one paragraph or line. */
  cell(): string | null {
    const text = this.result().trim();
    return text.includes('\n') ? null : text;
  }
}

/** `inTable`: inside a table read block by block (a ModernGov page's items), whose lists are an item's points. */
function walk(node: Root | Element, out: TextOut, onLink: (el: Element) => void, inTable = false): void {
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

/** "RESOLVED that:", "The Committee agreed:", "It was DECIDED –": a decision's lead-in, as the words before a list end. */
const LEAD_IN_END = new RegExp(String.raw`\b${OUTCOME_MARK.source.replace(/^\^/, '')}(?:\s+(?:that|to))?\s*(?::-?|[–—])?$`, 'i');

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
 * A mark an entry's own text opens with: "(1) ", "2. ", "b) ", "(iv) ", "• ". A list whose entries
 * carry their numbers in their text ("(1) That …") needs no mark of ours.
 */
const OWN_ENTRY_MARK = /^\s*(?:\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)|(?:[a-z]|[ivx]{1,4}|\d{1,2})\.|[·•▪◦‣○●■∙\-–*])\s/i;

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

/** A title in bold that the text runs on from. */
const BOLD_TAGS = new Set(['strong', 'b']);
/** The run-in mark between a title and its text: "Apologies for absence." or "Date of next meeting:". */
const RUN_IN_MARK = /^\s*[.:–—-]\s*/;

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

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

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

/** A paragraph whose only content is one run in bold. */
function allBold(paragraph: Element): boolean {
  const children = paragraph.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const [only] = children;
  return children.length === 1 && only?.type === 'element' && BOLD_TAGS.has(only.tagName);
}

/**
 * "<strong>Cllr A Byrne:</strong> asked about …", "<b>Ms T Ray (resident):</b> spoke against …": a speaker
 * named in bold before what they said runs on in lower case, as question time is minuted; a person, read as the
 * attendance reads one (attendance-person.ts), is no item's title. "Councillor vacancy: The Clerk …" is one.
 */
function isSpeaker(title: string, after: string): boolean {
  if (!TITLED_NAME.test(title) || !/^\p{Ll}/u.test(after.trim())) return false;
  const piece = readPiece(title);
  return piece.kind === 'person' && piece.name !== '';
}

/** "3. Minutes" in bold: an item's number and title, as a paragraph opens with them. */
const NUMBERED_BOLD = /^\d{1,3}[.)]\s+\S/;

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

/** "Item number | 7", "Item no. | 7a": a details table's row giving the number of the item a page is about. */
const ITEM_NUMBER_ROW = new RegExp(`^${ITEM_NUMBER_LABEL.source}$`, 'i');

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

/** Elements that group a table's rows; a table with anything else in it (a nested table, a form) is not a grid. */
const ROW_GROUPS = new Set(['thead', 'tbody', 'tfoot']);

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

/** Fewest columns of a grid of data; two (a number beside an item's whole text: ModernGov's items) is a page laid out. */
const GRID_COLUMNS = 3;

/**
 * A table of data whose cells may hold lines or paragraphs: headed by a row of headings, one line each (isHeaderRow:
 * "Ref | Committee | Recommendation | Progress", "Item | Description | Decision"), over three columns or more. A
 * table without such a head (an item's number beside its title and minutes) is read block by block.
 */
function gridHeaded(cells: string[][][]): boolean {
  const [head = []] = cells;
  return head.length >= GRID_COLUMNS && head.every((cell) => cell.length <= 1) && isHeaderRow(head.map((cell) => cell[0] ?? ''));
}

/**
 * A row's lines: each cell's first line, then each cell's later lines on lines of their own below, in its column,
 * the other cells blank, as a PDF's wrapped cell comes (formats/pdf-columns.ts) and the readers carry it on in the
 * row above (reader/item-table.ts, pdf-pack/tracker.ts). The first cell's lines stay on the row's line (keyJoint),
 * for a line with its first cell filled opens a row of its own.
 */
function rowLines(cells: string[][]): string[][] {
  const [first = [], ...rest] = cells;
  const depth = Math.max(1, ...rest.map((cell) => cell.length));
  return Array.from({ length: depth }, (_, at) => [at === 0 ? first.join(keyJoint()) : '', ...rest.map((cell) => cell[at] ?? '')]);
}

/**
 * What parts the lines of a row's first cell: a space. That cell names the row (an item's number, a reference, a
 * member), one label that the column's width broke ("OSC<br>1/25": "OSC 1/25", as the number reads).
 */
const keyJoint = (): string => ' ';

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

/** Line breaks in a cell from which on it holds a passage of text, not one entry's phrases. */
const MOST_BREAKS = 3;

/**
 * A cell that holds a passage laid out with `<br>`s, "<b>Town Centre Vacancy Rates</b><br>The Head of … presented
 * the report.<br>RESOLVED that: …" (an item's title in bold over its minutes), or lines from three breaks on: read
 * as text, block by block, its breaks kept. A tracker's "That the depot closes.<br>That staff move" is one cell.
 */
function textBlock(cell: Element): boolean {
  const [first, second] = cell.children.filter((child) => child.type === 'element' || child.value.trim() !== '');
  const headed =
    first?.type === 'element' && /^(?:b|strong|h[1-6])$/.test(first.tagName) && second?.type === 'element' && second.tagName === 'br';
  return breaksIn(cell) >= MOST_BREAKS || headed;
}

function breaksIn(el: Element): number {
  return el.children.reduce((count, child) => count + (child.type !== 'element' ? 0 : child.tagName === 'br' ? 1 : breaksIn(child)), 0);
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

/** "Council" and "Tyneholm Borough Council" as "Council: Tyneholm Borough Council"; a term with its own colon keeps it. */
function labelled(term: string, description: string): string {
  if (description === '' || term === '') return term || description;
  return `${term.replace(/\s*:$/, '')}: ${description}`;
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

function pickMain(body: Root | Element): Root | Element {
  for (const pick of MAIN_PICKS) {
    const found = find(body, pick);
    if (found) return withModernGovHeading(body, found);
  }
  return body;
}

/**
 * The region chosen, widened to take in ModernGov's heading: ModernGov prints a page's heading ("Agenda and minutes",
 * "Cabinet - Monday, 10th June, 2024 10.00 am"; "Issue - meetings" over the title) and its links in divs of
 * their own before its content wrapper, so a site template with no `<main>` around them both leaves the region
 * without the committee, date and time. The region becomes the nearest element around it that holds the heading
 * too (ModernGov's own wrapper), as a `role="main"` around that wrapper gives; a region that holds no ModernGov
 * content, or holds its heading already, stays as it is.
 */
function withModernGovHeading(body: Root | Element, region: Element): Element {
  const modernGov = isModernGovContent(region) || find(region, isModernGovContent) !== null;
  if (!modernGov || find(region, isModernGovHeading) !== null) return region;
  return ancestors(body, region).findLast((around) => find(around, isModernGovHeading) !== null) ?? region;
}

/** The elements around `target` under `root`, outermost first; empty when `target` is not under it. */
function ancestors(root: Root | Element, target: Element): Element[] {
  for (const child of root.children) {
    if (child.type !== 'element') continue;
    if (child === target) return [];
    const inner = ancestors(child, target);
    if (inner.length > 0 || child.children.includes(target)) return [child, ...inner];
  }
  return [];
}

function findTitle(tree: Root): string | null {
  const title = find(tree, (el) => el.tagName === 'title') ?? find(tree, (el) => el.tagName === 'h1');
  const text = title ? plainText(title).replace(/\s+/g, ' ').trim() : '';
  return text === '' ? null : text;
}

/** The page's canonical link, when it is a web address. */
function canonicalUrl(tree: Root): URL | null {
  const canonical = find(tree, (el) => el.tagName === 'link' && classTokens(attr(el, 'rel')).includes('canonical'));
  return webUrl(canonical ? attr(canonical, 'href') : null, null);
}

/** The URL relative links are resolved against: the page's own URL, else `<base href>`, else the canonical link. */
function baseUrl(tree: Root, pageUrl: string | null): URL | null {
  const baseEl = find(tree, (el) => el.tagName === 'base' && attr(el, 'href') !== null);
  const page = webUrl(pageUrl, null);
  const fromCanonical = canonicalUrl(tree);
  const fromBase = webUrl(baseEl ? attr(baseEl, 'href') : null, page ?? fromCanonical);
  return page ?? fromBase ?? fromCanonical;
}

function webUrl(href: string | null, base: URL | null): URL | null {
  if (href === null) return null;
  try {
    const url = base ? new URL(href.trim(), base) : new URL(href.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

/** The absolute URL of a document link, or the href as written when there is nothing to resolve it against. */
function documentUrl(href: string | null, base: URL | null): string | null {
  const raw = href?.trim().replace(/[\t\n\r]/g, '') ?? '';
  if (raw === '' || raw.startsWith('#')) return null;
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw);
  if (hasScheme && !/^https?:/i.test(raw)) return null; // javascript:, data:, mailto: and the like
  const url = webUrl(raw, base);
  if (!url && (hasScheme || base !== null || raw.startsWith('//'))) return null;
  const path = url ? url.pathname : raw.split(/[?#]/)[0]!;
  const whole = url ? url.pathname + url.search : raw;
  if (!DOCUMENT_LINK.test(path) && !DOCUMENT_LINK.test(whole)) return null;
  return url ? url.href : raw;
}

function plainText(node: Element): string {
  const out = new TextOut();
  walk(node, out, () => undefined);
  return out.result();
}

function find(node: Root | Element, test: (el: Element) => boolean): Element | null {
  const queue: (Root | Element)[] = [node];
  for (let i = 0; i < queue.length; i++) {
    for (const child of queue[i]!.children) {
      if (child.type !== 'element') continue;
      if (test(child)) return child;
      queue.push(child);
    }
  }
  return null;
}

function attr(el: Element, name: string): string | null {
  const key = name === 'class' ? 'className' : name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
  const value = el.properties[key] ?? el.properties[name];
  if (value === undefined || value === null || value === false) return null;
  return Array.isArray(value) ? value.join(' ') : String(value);
}

function classList(el: Element): string[] {
  return classTokens(attr(el, 'class'));
}

function classTokens(value: string | null): string[] {
  return value === null ? [] : value.split(/\s+/).filter(Boolean);
}
