/**
 * Builds the DOM for search results. Pagefind's excerpts are HTML (escaped text with <mark>);
 * they are parsed inertly and rebuilt from text and <mark> only, so no markup from a record
 * reaches the page.
 */
import { withTextFragment } from './text-fragment.ts';
import type { PagefindResultData, PagefindSubResult } from './pagefind-api.ts';

const MAX_SUB_RESULTS = 3;

function mark(text: string | null): HTMLElement {
  const marked = document.createElement('mark');
  marked.textContent = text;
  return marked;
}

/**
 * `joiners`: the query's stop words (src/search/query-syntax.ts), which Pagefind did not look
 * up and so does not mark; between two marked words they are marked too, so "Signs of Safety"
 * shows as the phrase it is.
 */
export function safeExcerpt(html: string, joiners: readonly string[] = []): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  const stops = new Set(joiners.map((word) => word.toLocaleLowerCase('en-GB')));
  const nodes = [...parsed.body.childNodes];
  for (const [at, node] of nodes.entries()) {
    if (node.nodeName === 'MARK') {
      out.append(mark(node.textContent));
      continue;
    }
    const text = node.textContent ?? '';
    const between = /^(\s+)(\S+(?:\s+\S+)*)(\s+)$/.exec(text);
    const words = between?.[2]?.split(/\s+/) ?? [];
    const joins =
      nodes[at - 1]?.nodeName === 'MARK' &&
      nodes[at + 1]?.nodeName === 'MARK' &&
      words.length > 0 &&
      words.every((word) => stops.has(word.toLocaleLowerCase('en-GB')));
    if (!joins) {
      out.append(text);
      continue;
    }
    out.append(between?.[1] ?? ' ');
    for (const [index, word] of words.entries()) out.append(...(index > 0 ? [' '] : []), mark(word));
    out.append(between?.[3] ?? ' ');
  }
  return out;
}

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  node.append(...children);
  return node;
}

function link(text: string, href: string): HTMLAnchorElement {
  const anchor = element('a', 'govuk-link', text);
  anchor.href = href;
  return anchor;
}

function weight(sub: PagefindSubResult): number {
  return sub.weighted_locations?.reduce((sum, location) => sum + location.weight, 0) ?? sub.locations.length;
}

/** The agenda items (headings with ids) that matched best, best first. */
export function bestSubResults(data: PagefindResultData): PagefindSubResult[] {
  return data.sub_results
    .filter((sub) => sub.anchor?.id && sub.url.includes('#'))
    .sort((a, b) => weight(b) - weight(a))
    .slice(0, MAX_SUB_RESULTS);
}

/** "Meeting · 11 July 2017 · Children's Services … Committee · Thurrock Council" */
export function metaLine(meta: PagefindResultData['meta']): string {
  return [meta['type'], meta['dateText'], meta['committee'], meta['council']].filter((part) => part).join(' · ');
}

export function renderResult(data: PagefindResultData, terms: readonly string[], joiners: readonly string[] = []): HTMLLIElement {
  const item = element('li', 'app-search-result');
  const title = data.meta['title'] ?? data.url;
  item.append(element('h3', 'govuk-heading-s app-search-result__title', link(title, withTextFragment(data.url, terms))));
  const meta = metaLine(data.meta);
  if (meta) item.append(element('p', 'govuk-body-s app-search-result__meta', meta));
  item.append(element('p', 'govuk-body app-search-result__excerpt', safeExcerpt(data.excerpt, joiners)));
  const subs = bestSubResults(data);
  if (subs.length > 0) {
    const list = element('ul', 'govuk-list app-search-result__items');
    for (const sub of subs) {
      list.append(
        element(
          'li',
          'app-search-result__item',
          link(sub.title, withTextFragment(sub.url, terms)),
          element('span', 'govuk-body-s app-search-result__item-excerpt', safeExcerpt(sub.excerpt, joiners)),
        ),
      );
    }
    item.append(list);
  }
  return item;
}
