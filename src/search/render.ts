/**
 * Builds the DOM for search results. Pagefind's excerpts are HTML (escaped text with <mark>);
 * they are parsed inertly and rebuilt from text and <mark> only, so no markup from a record
 * reaches the page.
 */
import { withTextFragment } from './text-fragment.ts';
import type { PagefindResultData, PagefindSubResult } from './pagefind-api.ts';

const MAX_SUB_RESULTS = 3;

export function safeExcerpt(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  for (const node of parsed.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.append(mark);
    } else {
      out.append(node.textContent ?? '');
    }
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

export function renderResult(data: PagefindResultData, terms: readonly string[]): HTMLLIElement {
  const item = element('li', 'app-search-result');
  const title = data.meta['title'] ?? data.url;
  item.append(element('h3', 'govuk-heading-s app-search-result__title', link(title, withTextFragment(data.url, terms))));
  const meta = metaLine(data.meta);
  if (meta) item.append(element('p', 'govuk-body-s app-search-result__meta', meta));
  item.append(element('p', 'govuk-body app-search-result__excerpt', safeExcerpt(data.excerpt)));
  const subs = bestSubResults(data);
  if (subs.length > 0) {
    const list = element('ul', 'govuk-list app-search-result__items');
    for (const sub of subs) {
      list.append(
        element(
          'li',
          'app-search-result__item',
          link(sub.title, withTextFragment(sub.url, terms)),
          element('span', 'govuk-body-s app-search-result__item-excerpt', safeExcerpt(sub.excerpt)),
        ),
      );
    }
    item.append(list);
  }
  return item;
}
