/** The import CLI end to end, in temporary folders: determinism, hand edits, bad input. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SEED_002 = 'content/sources/002_1d9b914664a8f962.txt';
const SEED_004 = 'content/sources/004_db961f5e7bfb97a3.txt';

function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md'));
  return Object.fromEntries(files.sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));
}

const tempDir = () => mkdtempSync(join(tmpdir(), 'import-test-'));
const MEETING = 'meetings/thurrock-council/childrens-services-overview-and-scrutiny-committee/2017-07-11.md';

describe('npm run import', () => {
  it('writes council, committee and meeting files, and re-import is byte-identical', () => {
    const out = tempDir();
    expect(runImport('--out', out, SEED_002, SEED_004).code).toBe(0);
    const first = snapshot(out);
    expect(Object.keys(first)).toContain(MEETING);
    expect(Object.keys(first)).toContain('councils/thurrock-council.md');
    expect(Object.keys(first)).toContain('committees/epping-forest-district-council/overview-and-scrutiny-committee.md');
    const again = runImport('--out', out, SEED_002, SEED_004);
    expect(again.code).toBe(0);
    expect(again.stdout).not.toMatch(/^(create|update) /m);
    expect(snapshot(out)).toEqual(first);
  });

  it('keeps a hand-edited file unless --force', () => {
    const out = tempDir();
    runImport('--out', out, SEED_002);
    const path = join(out, MEETING);
    const edited = readFileSync(path, 'utf8').replace('venue: Committee Room 1', 'venue: Committee Room 2');
    writeFileSync(path, edited);
    const kept = runImport('--out', out, SEED_002);
    expect(kept.code).toBe(0);
    expect(kept.stderr).toMatch(/--force/);
    expect(readFileSync(path, 'utf8')).toBe(edited);
    expect(runImport('--out', out, '--force', SEED_002).code).toBe(0);
    expect(readFileSync(path, 'utf8')).toMatch(/venue: Committee Room 1,/);
  });

  it('exits non-zero on garbage, names the file, and writes nothing at all', () => {
    const out = tempDir();
    const junk = join(tempDir(), 'junk.txt');
    writeFileSync(junk, 'This is a shopping list.\nEggs\nMilk\n');
    const result = runImport('--out', out, SEED_002, junk);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('junk.txt');
    expect(result.stderr).toMatch(/Nothing was written/);
    expect(snapshot(out)).toEqual({});
  });

  it('prints the parsed records as JSON with --dry-run --json, writing nothing', () => {
    const out = tempDir();
    const result = runImport('--out', out, '--dry-run', '--json', SEED_002);
    expect(result.code).toBe(0);
    const records = JSON.parse(result.stdout) as Record<string, unknown>[];
    const meeting = records.find((record) => record['kind'] === 'meeting');
    expect(meeting).toMatchObject({
      council: 'Thurrock Council',
      committee: "Children's Services Overview and Scrutiny Committee",
      date: '2017-07-11',
      references: [{ date: '2017-02-01' }],
      warnings: [],
    });
    expect((meeting?.['items'] as { number: number }[]).map((item) => item.number)).toHaveLength(9);
    expect(meeting?.['attendance']).toHaveProperty('present');
    expect(snapshot(out)).toEqual({});
  });

  it('rejects a malformed --date', () => {
    const result = runImport('--date', '11/07/2017', SEED_002);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/YYYY-MM-DD/);
  });
});

describe('strict --date', () => {
  it('rejects a --date that is no calendar day', () => {
    for (const date of ['2099-13-45', '2015-02-29']) {
      const result = runImport('--dry-run', '--date', date, SEED_004);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: --date .*YYYY-MM-DD/);
    }
  });
});
