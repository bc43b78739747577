// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import { pagefindIndex } from './src/integrations/pagefind.ts';
import sitemap from '@astrojs/sitemap';

// Served from a sub-folder when BASE_PATH is set at build time, e.g. BASE_PATH=/scrutiny/.
const base = process.env.BASE_PATH ?? '/';
// A BASE_URL variable in the environment (Vitest sets BASE_URL=/ for the processes it starts)
// overrides import.meta.env.BASE_URL in prerendered pages, and every link would ignore `base`.
delete process.env.BASE_URL;

export default defineConfig({
  site: process.env.SITE_URL ?? 'https://scrutiny.example.org',
  base,
  // The benchmark and the browser tests build into folders of their own.
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Full-text search: the Pagefind index is written into the build output after each build.
  integrations: [pagefindIndex(), sitemap()],
  // Astro 7 renders .md with its Rust processor by default. Our link plugins are remark/rehype
  // plugins, so we choose the unified pipeline knowingly; record text is rendered by
  // src/lib/markdown.ts with the same plugins and the archive's index.
  markdown: { processor: unified({ gfm: true, smartypants: false }) },
  vite: {
    // Vite 8's default CSS minifier rejects one of GOV.UK Frontend's media queries.
    build: { cssMinify: 'esbuild' },
  },
});
