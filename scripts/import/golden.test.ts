/**
 * One golden-file harness for every importer fixture: each `fixtures/<case>/input.txt` anywhere
 * under scripts/import is imported as the CLI would (with `flags.json` beside it, if any), and the
 * records as the importer writes them are compared with `expected.md`, or a refused input's
 * ImportError with `expected-error.txt`. A missing golden file fails; `UPDATE_FIXTURES=1` writes
 * them after a deliberate change (read the diff before committing it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from './import-sources.ts';
import { ImportError, type SourceMeta } from './records.ts';
import { recordPath, toMarkdown } from './writer.ts';

const project = join(import.meta.dirname, '../..');

/** Every fixture case: a folder named `fixtures/<case>` holding an input file. */
function fixtureCases(): string[] {
  return readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' })
    .filter((path) => /(^|\/)fixtures\/[^/]+\/input\.txt$/.test(path))
    .map((path) => dirname(join(import.meta.dirname, path)))
    .sort();
}

/** The records as files, or the refusal, and the golden file it is compared with. */
function render(folder: string): { text: string; golden: string } {
  const input = join(folder, 'input.txt');
  const flagsPath = join(folder, 'flags.json');
  const flags = existsSync(flagsPath) ? (JSON.parse(readFileSync(flagsPath, 'utf8')) as SourceMeta) : {};
  try {
    const records = parseSource(readFileSync(input, 'utf8'), relative(project, input), flags);
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
    const names = cases.map((folder) => relative(import.meta.dirname, folder));
    expect(names).toEqual(expect.arrayContaining(['fixtures/seed-002', 'pdf-pack/fixtures/essex-001', 'pdf-pack/fixtures/truncated']));
  });
  for (const folder of cases) {
    it(`${relative(import.meta.dirname, folder)} gives what it gave when last reviewed`, () => {
      const { text, golden } = render(folder);
      if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(golden, text);
      expect(existsSync(golden), `${relative(project, golden)} is missing: run with UPDATE_FIXTURES=1 and review it`).toBe(true);
      expect(text).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
