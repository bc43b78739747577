/**
 * One golden-file harness for every importer fixture: each `fixtures/<case>/input.txt` (or `input.pdf`,
 * `input.html`) anywhere under scripts/import is imported as the CLI reads a file (importFile: the
 * file's bytes, its type and SHA-256; with `flags.json` beside it, if any), and the
 * records as the importer writes them are compared with `expected.md`, or a refused input's
 * ImportError with `expected-error.txt`. A missing golden file fails; `UPDATE_FIXTURES=1` writes
 * them after a deliberate change (read the diff before committing it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importFile } from './import-sources.ts';
import { ImportError, type SourceMeta } from './records.ts';
import { recordPath, toMarkdown } from './writer.ts';

const project = join(import.meta.dirname, '../..');

const INPUT = /(^|\/)fixtures\/[^/]+\/input\.(txt|pdf|html)$/;

/** Every fixture case: a folder named `fixtures/<case>` holding an input file, with that file. */
function fixtureCases(): { folder: string; input: string }[] {
  return readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' })
    .filter((path) => INPUT.test(path))
    .map((path) => ({ folder: dirname(join(import.meta.dirname, path)), input: join(import.meta.dirname, path) }))
    .sort((a, b) => (a.folder < b.folder ? -1 : 1));
}

/** The records as files, or the refusal, and the golden file it is compared with. */
async function render(folder: string, input: string): Promise<{ text: string; golden: string }> {
  const flagsPath = join(folder, 'flags.json');
  const flags = existsSync(flagsPath) ? (JSON.parse(readFileSync(flagsPath, 'utf8')) as SourceMeta) : {};
  try {
    const records = await importFile(input, relative(project, input), flags);
    const text = records.map((record) => `=== ${recordPath(record)}\n${toMarkdown(record)}`).join('\n');
    return { text, golden: join(folder, 'expected.md') };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { text: `${error.message}\n`, golden: join(folder, 'expected-error.txt') };
  }
}

const cases = fixtureCases();

describe('importer golden files', () => {
  it('finds the fixtures of every layout family', () => {
    const names = cases.map(({ folder }) => relative(import.meta.dirname, folder));
    expect(names).toEqual(expect.arrayContaining(['fixtures/seed-002', 'pdf-pack/fixtures/essex-001', 'pdf-pack/fixtures/truncated']));
  });
  for (const { folder, input } of cases) {
    it(`${relative(import.meta.dirname, folder)} gives what it gave when last reviewed`, async () => {
      const { text, golden } = await render(folder, input);
      if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(golden, text);
      expect(existsSync(golden), `${relative(project, golden)} is missing: run with UPDATE_FIXTURES=1 and review it`).toBe(true);
      expect(text).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
