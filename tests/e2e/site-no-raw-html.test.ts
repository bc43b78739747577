/**
 * The PDF pack (seed 001) carries HTML fragments inside table cells: `<p>`, `<ul style=…>`,
 * `<input type="checkbox">`. None of them may reach a built page as markup.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIR } from './harness.ts';

const PACK_PAGES = [
  'meetings/essex-county-council/people-and-families-scrutiny-committee',
  'reports/essex-county-council',
  'recommendations/essex-county-council',
];

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(dir, name));
}

/** The record part of a page: the header's own search box is ours, not the record's. */
function mainOf(html: string): string {
  return html.slice(html.indexOf('<main'), html.indexOf('</main>'));
}

describe('pages built from the PDF pack', () => {
  const pages = PACK_PAGES.flatMap((folder) => htmlFiles(join(SITE_DIR, folder)));

  it('exist: two meetings and eight scheduled, four reports, 29 recommendations', () => {
    expect(pages.length).toBeGreaterThanOrEqual(10 + 4 + 29);
  });

  it("carry no form controls and none of the source's HTML fragments", () => {
    const offending = pages.filter((file) => {
      const main = mainOf(readFileSync(file, 'utf8'));
      return /<input|<ul style=|list-style-type|&lt;p&gt;|&lt;input/i.test(main);
    });
    expect(offending).toEqual([]);
  });

  it('show ticked and unticked boxes as text', () => {
    const text = pages.map((file) => mainOf(readFileSync(file, 'utf8'))).join('\n');
    expect(text).toMatch(/\[x\]/);
    expect(text).toMatch(/\[ \]/);
  });
});
