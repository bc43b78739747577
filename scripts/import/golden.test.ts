/**
 * One golden-file harness for every importer fixture: the inputs of each `fixtures/<case>/` anywhere
 * under scripts/import (`input.txt`, `input.pdf`, `input.html`, `input.md`, or several `input-<n>.<ext>` read
 * together, as when a response answers a report in another file) are imported as the CLI imports them
 * (importSources: bytes, file type and SHA-256, merging, the recommendation pass; with `flags.json`
 * beside them, if any), and the records as the importer writes them are compared with `expected.md`,
 * or a refused input's ImportError with `expected-error.txt`. A missing golden file fails;
 * `UPDATE_FIXTURES=1` writes them after a deliberate change (read the diff before committing it).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importSources } from './import-sources.ts';
import { ImportError, type SourceMeta } from './records.ts';
import { recordPath, toMarkdown } from './writer.ts';

const project = join(import.meta.dirname, '../..');

const INPUT = /(^|\/)fixtures\/[^/]+\/input(-\d+)?\.(txt|pdf|html|md|markdown)$/;

/** Every fixture case: a folder named `fixtures/<case>` holding input files, with those files in order. */
function fixtureCases(): { folder: string; inputs: string[] }[] {
  const byFolder = new Map<string, string[]>();
  for (const path of readdirSync(import.meta.dirname, { recursive: true, encoding: 'utf8' }).filter((name) => INPUT.test(name))) {
    const input = join(import.meta.dirname, path);
    byFolder.set(dirname(input), [...(byFolder.get(dirname(input)) ?? []), input].sort());
  }
  return [...byFolder].map(([folder, inputs]) => ({ folder, inputs })).sort((a, b) => (a.folder < b.folder ? -1 : 1));
}

/** The records as files, or the refusal, and the golden file it is compared with. */
async function render(folder: string, inputs: string[]): Promise<{ text: string; golden: string }> {
  const flagsPath = join(folder, 'flags.json');
  const flags = existsSync(flagsPath) ? (JSON.parse(readFileSync(flagsPath, 'utf8')) as SourceMeta) : {};
  try {
    const records = await importSources(inputs, flags, project);
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
    expect(names).toEqual(
      expect.arrayContaining([
        'fixtures/seed-002',
        'formats/fixtures/markdown-page-front-matter',
        'pdf-pack/fixtures/essex-001',
        'reader/fixtures/titles-only',
        'recommendations/fixtures/response-numbered',
      ]),
    );
  });
  for (const { folder, inputs } of cases) {
    it(`${relative(import.meta.dirname, folder)} gives what it gave when last reviewed`, async () => {
      const { text, golden } = await render(folder, inputs);
      if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(golden, text);
      expect(existsSync(golden), `${relative(project, golden)} is missing: run with UPDATE_FIXTURES=1 and review it`).toBe(true);
      expect(text).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
