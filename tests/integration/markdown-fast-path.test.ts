/**
 * The Markdown fast path against the full parser on a synthetic archive's text: the benchmark's
 * generator recombines the bundled records into shapes they do not hold. Here, not beside
 * src/markdown, because the site's code must not import the benchmark's.
 */
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { generateArchive } from '../../scripts/bench/archive-gen.ts';
import { loadCorpus } from '../../scripts/bench/corpus.ts';
import { EMPTY_LINK_CONTEXT, setLinkContext } from '../../src/markdown/link-context.ts';
import { markdownProcessor, renderMarkdown } from '../../src/markdown/render.ts';

function renderFully(markdown: string): string {
  const file = new VFile({ value: markdown });
  setLinkContext(file, EMPTY_LINK_CONTEXT);
  return markdownProcessor.stringify(markdownProcessor.runSync(markdownProcessor.parse(file), file), file);
}

describe('the fast path on a synthetic archive', () => {
  it('gives the same HTML as the full parser on every generated text', () => {
    const texts: string[] = [];
    for (const record of generateArchive({ meetings: 60, seed: 7 }, loadCorpus('content/sources'))) {
      texts.push(record.body);
      const items = 'items' in record.data ? (record.data.items ?? []) : [];
      for (const item of items) texts.push(item.agendaText ?? '', item.minutes ?? '', ...(item.resolutions ?? []));
    }
    const nonEmpty = texts.filter((text) => text.trim() !== '');
    expect(nonEmpty.length).toBeGreaterThan(200);
    for (const text of nonEmpty) expect(renderMarkdown(text, EMPTY_LINK_CONTEXT)).toBe(renderFully(text));
  });
});
