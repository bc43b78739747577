// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import { subscribeFiles } from './src/integrations/subscribe-files.ts';
import { markdownCache } from './src/integrations/markdown-cache.ts';
import { pageCache } from './src/integrations/page-cache.ts';
import sitemap from '@astrojs/sitemap';

// Served from a sub-folder when BASE_PATH is set at build time, e.g. BASE_PATH=/scrutiny/.
const base = process.env.BASE_PATH ?? '/';
// A BASE_URL variable in the environment (Vitest sets BASE_URL=/ for the processes it starts)
// overrides import.meta.env.BASE_URL in prerendered pages, and every link would ignore `base`.
delete process.env.BASE_URL;

const search = pagefindIndex();

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://scrutiny.example.org',
  base,
  // The benchmark and the browser tests build into folders of their own.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  // Four pages in flight: a page waits for its record file while another renders (measured in
  // BENCHMARKS.md).
  build: { format: 'directory', concurrency: 4 },
  // Full-text search: the Pagefind index is written into the build output after each build.
  // Record text, pages and feeds rendered by the previous build are reused where still right
  // (markdown-cache.ts, page-cache.ts: after pagefindIndex, whose middleware indexes what the page
  // cache's sends, and after subscribeFiles, whose files it keeps too until that step ends).
  // Search's index is written while the render cache is kept and the sitemap written (pagefind.ts).
  integrations: [search.index, markdownCache(), sitemap(), subscribeFiles(), pageCache(), search.written],
  // Astro's log, with the two lines of each page it generates written together (page-lines-log.ts).
  logger: { entrypoint: new URL('./src/integrations/page-lines-log.ts', import.meta.url) },
  // Record text is rendered by src/markdown/render.ts (unified: remark and rehype, our link
  // plugins, the archive's index); the content loader stores it unrendered (src/site/record-loader.ts).
  // Astro 7's default Rust processor runs no remark/rehype plugins, so any .md page added to
  // src/pages gets the unified pipeline too: chosen knowingly.
  markdown: { processor: unified({ gfm: true, smartypants: false }) },
  vite: {
    // Vite 8's default CSS minifier rejects one of GOV.UK Frontend's media queries.
    build: { cssMinify: 'esbuild' },
  },
});
