import type { Element, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { councilOnly, councilsIn } from '../reader/council-name.ts';
import { FormatError } from './format-error.ts';
import { plainText, walk } from './html-blocks.ts';
import { attr, classList, classTokens, find } from './html-nodes.ts';
import { TextOut } from './html-text-out.ts';

/**
 * Turns a saved council web page (ModernGov and the like) into the plain text the importer's text reader expects:
 * the page's main part only (no scripts, menus, cookie banners or hidden text), each block on its own paragraph,
 * `<br>` as a line break, whitespace collapsed. A table whose every cell is one line of text (an attendance list, a
 * tracker, a decision table) becomes one line a row, its cells separated by tabs, as the PDF reader gives a table's rows
 * (formats/pdf-columns.ts), so the readers read both alike; a table with paragraphs in its cells (a ModernGov page's
 * items) is read block by block. Also lists the documents the page links to, as absolute URLs. The page is untrusted:
 * it is parsed, never run, and only text and hrefs are read. Here the page's title, main part and links are
 * read; its blocks are written by html-blocks.ts.
 */

export interface HtmlText {
  text: string;
  title: string | null;
  links: { text: string; url: string }[];
  /** The page's canonical address (`<link rel="canonical">`), when it states a web address. */
  canonical: string | null;
}

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

/** Reads a saved web page's HTML; `file` names it in messages, `pageUrl` is where it was published (links resolve against it). */
export function htmlToText(html: string, file: string, pageUrl?: string | null): HtmlText {
  return readingTree(file, NESTED_PAGE_FIX, () => readTree(unified().use(rehypeParse).parse(html), pageUrl ?? null));
}

/** What to do with a saved web page nested too deeply to read (readingTree). */
const NESTED_PAGE_FIX = 'Open it in a browser, save it again as "Web page, HTML only" and import that';

/**
 * Runs a page's reading, its one way to fail (a page nested too deeply for the walk) said as the file's problem with
 * `fix`: any string parses as HTML or Markdown, so nothing else of the page's own can stop it.
 */
export function readingTree<T>(file: string, fix: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    // Any string parses as HTML; only nesting thousands of elements deep (no real page does) runs out of stack.
    if (!(error instanceof RangeError)) throw error;
    throw new FormatError(file, 'is nested too deeply to read', fix);
  }
}

/**
 * A parsed page's text, title, document links and canonical address: a saved web page's tree (htmlToText), or the
 * elements a Markdown page stands for (markdown-text.ts), read alike.
 */
export function readTree(tree: Root, pageUrl: string | null): HtmlText {
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
