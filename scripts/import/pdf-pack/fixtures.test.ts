/**
 * Golden files for PDF packs, in the same form as scripts/import/fixtures: each
 * fixtures/<case>/input.txt is parsed and its records, as the importer writes them,
 * are compared with expected.md; a malformed pack's ImportError with expected-error.txt.
 * UPDATE_FIXTURES=1 rewrites them after a deliberate change; read the diff first.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../import-sources.ts';
import { ImportError } from '../records.ts';
import { recordPath, toMarkdown } from '../writer.ts';

const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root)
  .filter((name) => existsSync(join(root, name, 'input.txt')))
  .sort();

/** The records as files, or the error message, and the file it is compared with. */
function render(name: string): { text: string; expected: string } {
  const file = `scripts/import/pdf-pack/fixtures/${name}/input.txt`;
  try {
    const records = parseSource(readFileSync(join(root, name, 'input.txt'), 'utf8'), file, {});
    const text = records.map((record) => `=== ${recordPath(record)}\n${toMarkdown(record)}`).join('\n');
    return { text, expected: 'expected.md' };
  } catch (error) {
    if (!(error instanceof ImportError)) throw error;
    return { text: `${error.message}\n`, expected: 'expected-error.txt' };
  }
}

describe('pdf-pack fixtures', () => {
  it('has the seed pack and packs that differ from it', () => {
    expect(cases).toEqual(expect.arrayContaining(['essex-001', 'borough-footers', 'tracker-columns', 'truncated', 'no-agenda']));
  });
  for (const name of cases) {
    it(`${name} gives what it gave when last reviewed`, () => {
      const { text, expected } = render(name);
      const expectedPath = join(root, name, expected);
      if (process.env['UPDATE_FIXTURES'] === '1') writeFileSync(expectedPath, text);
      expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE_FIXTURES=1 and review it`).toBe(true);
      expect(text).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
