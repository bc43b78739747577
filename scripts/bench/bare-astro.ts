/**
 * The Astro floor: a bare Astro project, made in the bench folder from the templates in
 * bare-astro/, that renders the same Markdown with a minimal layout (meeting title and
 * item text; report and recommendation bodies). Its build time is what Astro alone costs.
 */
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const TEMPLATES = new URL('./bare-astro/', import.meta.url).pathname;
const NODE_MODULES = new URL('../../node_modules', import.meta.url).pathname;

function template(name: string): string {
  return readFileSync(join(TEMPLATES, `${name}.tmpl`), 'utf8');
}

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true });
  writeFileSync(join(root, path), text);
}

/** Writes the bare project into `root`; it reads CONTENT_DIR and OUT_DIR at build time. */
export function makeBareProject(root: string): void {
  write(root, 'package.json', JSON.stringify({ name: 'bare-astro-floor', private: true, type: 'module' }, null, 2));
  write(root, 'astro.config.mjs', template('astro.config.mjs'));
  write(root, 'src/content.config.ts', template('content.config.ts'));
  write(root, 'src/layouts/Layout.astro', template('Layout.astro'));
  write(root, 'src/pages/index.astro', template('index.astro'));
  write(root, 'src/pages/meetings/[...id].astro', template('meeting.astro'));
  for (const collection of ['reports', 'recommendations']) {
    write(root, `src/pages/${collection}/[...id].astro`, template('record.astro').replace('__COLLECTION__', collection));
  }
  symlinkSync(NODE_MODULES, join(root, 'node_modules'), 'dir');
}
