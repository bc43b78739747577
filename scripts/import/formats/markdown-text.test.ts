import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from '../import-sources.ts';
import { recordsIn } from '../records.ts';
import { markdownToText } from './markdown-text.ts';
import { fileTypeOf } from './read-source.ts';

const read = (markdown: string) => markdownToText(markdown, 'page.md', null);

describe('markdownToText', () => {
  it('writes headings as lines of their own, labels at a paragraph start, list entries as points, without emphasis', () => {
    const { text } = read(
      [
        '# Lowbridge Parish Council',
        '',
        '**Present:** Cllr Ada Quill (Chair), Cllr Tom Rudd  ',
        '**Venue:** The Old School',
        '',
        '### 12/04 Grass *cutting*',
        '',
        '- The contract ends in **May**.',
        '- A [new quote](https://example.invalid/q) is due.',
      ].join('\n'),
    );
    expect(text).toContain('Lowbridge Parish Council\n\n');
    expect(text).toContain('Present: Cllr Ada Quill (Chair), Cllr Tom Rudd\nVenue: The Old School');
    expect(text).toContain('\n12/04 Grass cutting\n');
    expect(text).toContain('The contract ends in May.');
    expect(text).toContain('A new quote is due.');
    expect(text).not.toMatch(/[*#[\]]/);
  });

  it('reads a numbered list of plain headings and a pipe table as a web page reads them', () => {
    const { text } = read('## 3. Finance\n\n| Payee | Sum |\n|---|---|\n| Hall | £20 |\n| Clerk | £300 |\n');
    expect(text).toContain('3. Finance');
    expect(text).toContain('Payee\tSum\nHall\t£20\nClerk\t£300');
  });

  it('reads HTML written inside the page rather than dropping it', () => {
    const { text } = read('Cllr Bea Lowe<br>Cllr Sid Penn\n\n<div>Apologies: Cllr Ray Oake</div>\n');
    expect(text).toContain('Cllr Bea Lowe\nCllr Sid Penn');
    expect(text).toContain('Apologies: Cllr Ray Oake');
  });

  it("keeps the front matter's title and date as candidates and warns once of the site's own fields, never refusing", () => {
    const page = read(
      '---\ntitle: "Minutes: June"\ndate: 2024-06-30 09:00:00 +0100\nlayout: post\ncategories: [minutes]\n---\n\n# Hadley Parish Council\n',
    );
    expect(page.frontMatter).toEqual({ title: 'Minutes: June', date: '2024-06-30' });
    expect(page.warnings).toEqual([
      "the page's front matter fields layout, categories are not read (the web site's own, or no title or date)",
    ]);
    expect(page.text.startsWith('Hadley Parish Council')).toBe(true);
    expect(page.text).not.toContain('layout');
  });

  it('gives no date for a front matter date that is no calendar day, and reads a page whose front matter does not parse', () => {
    const badDay = read('---\ndate: 2024-02-30\n---\nText.\n');
    expect(badDay.frontMatter.date).toBeNull();
    expect(badDay.warnings).toEqual(["the page's front matter field date is not read (the web site's own, or no title or date)"]);
    const broken = read('---\ntitle: [unclosed\n---\n\nText.\n');
    expect(broken.frontMatter).toEqual({ title: null, date: null });
    expect(broken.warnings).toEqual(["the page's front matter (between its `---` lines) is no list of fields and was not read"]);
    expect(broken.text).toContain('Text.');
  });

  it("sets the front matter's title over a page with no heading only, saying so", () => {
    const headless = read('---\ntitle: Planning Committee 4 March 2025\n---\nPresent: Cllr Ada Quill\n');
    expect(headless.text.startsWith('Planning Committee 4 March 2025\n\nPresent: Cllr Ada Quill')).toBe(true);
    expect(headless.warnings).toEqual([
      `the page has no heading of its own: its front matter's title "Planning Committee 4 March 2025" was read as the record's first line`,
    ]);
    const headed = read('---\ntitle: Minutes – March\n---\n# Planning Committee\n');
    expect(headed.text).not.toContain('Minutes – March');
    expect(headed.warnings).toEqual([]);
  });

  it('reads a first `---` that no line closes as a rule, not front matter', () => {
    const page = read('---\n\nTitle: not a field\n');
    expect(page.frontMatter).toEqual({ title: null, date: null });
    expect(page.text).toContain('Title: not a field');
  });
});

describe('a Markdown page imported', () => {
  it('is its own format, by the extension', () => {
    const bytes = new TextEncoder().encode('# Minutes\n');
    expect(fileTypeOf('minutes.md', bytes)).toBe('markdown');
    expect(fileTypeOf('minutes.markdown', bytes)).toBe('markdown');
  });

  const minutes = (dateLine: string) =>
    `---\ntitle: Minutes\ndate: 2025-05-02\n---\n\n# Kelby Parish Council\n\n## Minutes of the Parish Council${dateLine}\n\n**Present:** Cllr Ada Quill (Chair), Cllr Tom Rudd\n\n### 1. Apologies\n\nNone.\n\n### 2. Grass cutting\n\n**Resolved:** to renew the contract.\n`;
  const importPage = async (markdown: string) => {
    const folder = mkdtempSync(join(tmpdir(), 'markdown-page-'));
    writeFileSync(join(folder, 'minutes.md'), markdown);
    return recordsIn(await importFile(join(folder, 'minutes.md'), 'minutes.md', {}), 'meetings')[0]!.data;
  };

  it("takes the front matter's date only where the text states none, and says so", async () => {
    const undated = await importPage(minutes(''));
    expect(undated.date).toBe('2025-05-02');
    expect(undated.dateNote).toMatch(/front matter/);
    expect(undated.warnings).toContain(
      "the record's text states no date: 2025-05-02 is the date the page's front matter gives, which may be the day it was published",
    );
    const dated = await importPage(minutes(' held on Tuesday 22 April 2025'));
    expect(dated.date).toBe('2025-04-22');
    expect(dated.dateNote).toBeNull();
    expect((dated.warnings ?? []).join(' ')).not.toMatch(/front matter gives/);
  });
});
