/**
 * On a record page opened from a search result (?pagefind-highlight=…), marks the searched
 * words in the record's text with <mark>. Without JavaScript the page is simply unmarked.
 * Only text nodes are touched; nothing from the address becomes markup.
 */
import { matchRanges, termPattern, termsFromSearch } from './highlight-terms.ts';

const SKIP = 'script, style, noscript, mark, [data-pagefind-ignore], textarea, input, select';

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
  return nodes;
}

function markNode(node: Text, ranges: [number, number][]): void {
  const text = node.data;
  const pieces = document.createDocumentFragment();
  let at = 0;
  for (const [start, end] of ranges) {
    pieces.append(text.slice(at, start));
    const mark = document.createElement('mark');
    mark.className = 'app-search-highlight';
    mark.textContent = text.slice(start, end);
    pieces.append(mark);
    at = end;
  }
  pieces.append(text.slice(at));
  node.replaceWith(pieces);
}

function highlight(): void {
  const pattern = termPattern(termsFromSearch(location.search));
  const root = document.querySelector('[data-pagefind-body]') ?? document.querySelector('main');
  if (!pattern || !root) return;
  for (const node of textNodes(root)) {
    const ranges = matchRanges(node.data, pattern);
    if (ranges.length > 0) markNode(node, ranges);
  }
}

highlight();
