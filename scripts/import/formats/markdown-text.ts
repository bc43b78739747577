/**
 * A Markdown page (minutes as a parish website publishes them, its static site building the page from Markdown) turned
 * into the readers' text as a saved web page is: parsed by remark (with GitHub's tables), turned into the elements the
 * page stands for (remark-rehype), and written by the web page's own reading (html-text.ts readTree). So a heading is
 * a line of its own, "**Present:**" a label at a paragraph's start, a list's entries points, a table's rows one line
 * each, emphasis gone and a link's text kept. HTML written inside the Markdown is read as the page's HTML is.
 *
 * The site's front matter (YAML between `---` lines at the top) is the page's, never the importer's header: its title
 * and date are handed back as candidates for what the text may not state (pageTitleOver here, withPageDateNote in record-notes.ts), the
 * rest of it is the site's (layout, permalink) and is left with one warning. Nothing in it refuses the page.
 */
import type { Element, ElementContent, Root } from 'hast';
import rehypeParse from 'rehype-parse';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { isMap, isScalar, parseDocument } from 'yaml';
import { checkIsoDate } from '../../../src/model/dates.ts';
import { fencedHeader } from '../source-header.ts';
import { find, HEADING_TAGS } from './html-nodes.ts';
import { readingTree, readTree, type HtmlText } from './html-text.ts';

/** What a Markdown page's front matter offers the record: its title and its date, each null when it gives none. */
export interface PageFrontMatter {
  title: string | null;
  /** The front matter's date as a calendar day (YYYY-MM-DD), however the site writes its time after it. */
  date: string | null;
}

/** A Markdown page's text as the readers take it, its front matter's candidates, and what reading it set aside. */
export interface MarkdownText extends HtmlText {
  frontMatter: PageFrontMatter;
  warnings: string[];
}

/** Reads a Markdown page; `file` names it in messages, `pageUrl` is where it was published (its links resolve against it). */
export function markdownToText(markdown: string, file: string, pageUrl: string | null): MarkdownText {
  const source = markdown.replace(/^\uFEFF/, '');
  const fenced = fencedHeader(source);
  // A first `---` no line closes is a rule over the page (Markdown's thematic break), so the page has no front matter.
  const header = fenced === null || fenced === 'unclosed' ? null : fenced;
  const front = header === null ? { frontMatter: { title: null, date: null }, warnings: [] } : readFrontMatter(header.yaml);
  // The front matter's lines are kept as blank ones, so remark's positions stay the file's lines.
  const body = header === null ? source : '\n'.repeat(header.lines) + header.text;
  const { page, headed } = readingTree(file, NESTED_MARKDOWN_FIX, () => {
    const tree = markdownTree(body);
    return { page: readTree(tree, pageUrl), headed: find(tree, (el) => HEADING_TAGS.has(el.tagName)) !== null };
  });
  const titled = pageTitleOver(page.text, front.frontMatter.title, headed);
  return { ...page, text: titled.text, frontMatter: front.frontMatter, warnings: [...front.warnings, ...titled.warnings] };
}

/** What to do with a page nested too deeply to read (readingTree). */
const NESTED_MARKDOWN_FIX = 'Flatten its nested lists and quotes, or import the web page the site builds from it';

/** The elements a Markdown text stands for, as remark-rehype builds them; HTML written in it parsed as HTML. */
function markdownTree(markdown: string): Root {
  const processor = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype, { handlers: { html: (_state, node: { value: string }) => htmlFragment(node.value) } });
  return processor.runSync(processor.parse(markdown));
}

/**
 * HTML written inside the Markdown ("<br>", a `<div>`, a comment): parsed as a page's HTML, never dropped, so its text
 * is read where it stands. A tag alone (an opening `<span>`) gives an empty element; the text after it stays.
 */
function htmlFragment(html: string): ElementContent[] {
  const fragment = unified().use(rehypeParse, { fragment: true }).parse(html);
  return fragment.children.filter(
    (child): child is Element | Extract<ElementContent, { type: 'text' }> => child.type === 'element' || child.type === 'text',
  );
}

/**
 * The front matter's title and date, each only when it is one line of text (a date a calendar day, with or without
 * the time a site writes after it); one warning names the fields not read (the site's own, and a title or date that
 * is neither), one says when it does not parse.
 */
function readFrontMatter(yaml: string): { frontMatter: PageFrontMatter; warnings: string[] } {
  const document = parseDocument(yaml, { schema: 'core', uniqueKeys: false, prettyErrors: false });
  const root = document.contents;
  const none = { title: null, date: null };
  if (document.errors.length > 0 || !isMap(root)) {
    const empty = root === null || (isScalar(root) && root.value === null);
    return {
      frontMatter: none,
      warnings: empty ? [] : ["the page's front matter (between its `---` lines) is no list of fields and was not read"],
    };
  }
  const fields = new Map(root.items.map((pair) => [String(isScalar(pair.key) ? pair.key.value : pair.key), pair.value]));
  const text = (key: string): string | null => {
    const node = fields.get(key);
    const value = isScalar(node) ? node.value : null;
    return typeof value === 'string' && value.trim() !== '' ? value.replace(/\s+/g, ' ').trim() : null;
  };
  const day = /^\d{4}-\d{2}-\d{2}/.exec(text('date') ?? '')?.[0] ?? null;
  const frontMatter = { title: text('title'), date: day !== null && checkIsoDate(day) !== null ? day : null };
  const taken = new Set(Object.entries(frontMatter).flatMap(([key, value]) => (value === null ? [] : [key])));
  const others = [...fields.keys()].filter((key) => !taken.has(key));
  const named = others.length === 1 ? `field ${others.join('')} is` : `fields ${others.join(', ')} are`;
  const warnings = others.length === 0 ? [] : [`the page's front matter ${named} not read (the web site's own, or no title or date)`];
  return { frontMatter, warnings };
}

/**
 * The front matter's title over a page with no heading of its own (`headed` false): it stands as the page's first
 * line, as a printed record's title does, with a warning saying so. A page with a heading keeps its own; the front
 * matter's title (often the site's "Minutes – February 2025") is never put over it.
 */
function pageTitleOver(text: string, title: string | null, headed: boolean): { text: string; warnings: string[] } {
  if (title === null || headed) return { text, warnings: [] };
  return {
    text: `${title}\n\n${text}`,
    warnings: [`the page has no heading of its own: its front matter's title "${title}" was read as the record's first line`],
  };
}
