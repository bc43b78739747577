/**
 * Golden files for the importer: each fixtures/<case>/input.txt is parsed and every
 * record it gives is compared with fixtures/<case>/expected.md (records separated by a
 * line naming their path). UPDATE_FIXTURES=1 rewrites the expected files after a
 * deliberate change; read the diff before committing it.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from './import-sources.ts';
import { recordPath, toMarkdown } from './writer.ts';

const root = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(root).filter((name) => existsSync(join(root, name, 'input.txt')));

function render(name: string): string {
  const file = `scripts/import/fixtures/${name}/input.txt`;
  const records = parseSource(readFileSync(join(root, name, 'input.txt'), 'utf8'), file, {});
  return records.map((record) => `=== ${recordPath(record)}\n${toMarkdown(record)}`).join('\n');
}

describe('importer fixtures', () => {
  it('has fixtures', () => expect(cases.length).toBeGreaterThanOrEqual(7));
  for (const name of cases) {
    it(`${name} matches expected.md`, () => {
      const expectedPath = join(root, name, 'expected.md');
      const actual = render(name);
      if (process.env['UPDATE_FIXTURES'] || !existsSync(expectedPath)) writeFileSync(expectedPath, actual);
      expect(actual).toBe(readFileSync(expectedPath, 'utf8'));
    });
  }
});
