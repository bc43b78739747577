/**
 * A record page as the site hands one to Pagefind, for tests that index pages of their own: the
 * record's filters, metadata and sort keys as PagefindMeta.astro writes them (one span per filter
 * value: filterSpans), then its title and text in the searched body.
 */
import { filterSpans, pagefindRecord, type PagefindRecordInput } from './pagefind-record.ts';

export function recordPage(record: PagefindRecordInput, text: string): string {
  const { filters, meta, sort } = pagefindRecord(record);
  const spans = (attribute: string, values: [string, string][]) =>
    values.map(([key, value]) => `<span ${attribute}="${key}[data-value]" data-value="${value}"></span>`);
  const hidden = [
    ...spans('data-pagefind-filter', filterSpans(filters)),
    ...spans('data-pagefind-meta', Object.entries(meta)),
    ...spans('data-pagefind-sort', Object.entries(sort)),
  ];
  return `<!doctype html><html lang="en-GB"><body><div hidden>${hidden.join('')}</div><main data-pagefind-body><h1>${record.title}</h1><p>${text}</p></main></body></html>`;
}
