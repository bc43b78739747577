/** The import CLI end to end, in temporary folders: determinism, hand edits, bad input. */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { agendaOf002, runImport } from './import/test-sources.ts';

const SEED_002 = 'content/sources/002_1d9b914664a8f962.txt';
const SEED_004 = 'content/sources/004_db961f5e7bfb97a3.txt';
const SEED_001 = 'content/sources/001_281d21af7a6e953c.txt';

function snapshot(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => !name.startsWith('.') && /\.\w+$/.test(name));
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

describe('--force only overrides the hand-edit protection (issue 12 row 1)', () => {
  it('never rewrites an existing council or committee file', () => {
    const out = tempDir();
    runImport('--out', out, SEED_002);
    const council = join(out, 'councils/thurrock-council.md');
    const edited = readFileSync(council, 'utf8').replace('website: null', 'website: https://www.thurrock.gov.uk/');
    writeFileSync(council, edited);
    const result = runImport('--out', out, '--force', SEED_002);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^kept-existing +\S*councils\/thurrock-council\.md$/m);
    expect(readFileSync(council, 'utf8')).toBe(edited);
  });

  it("never replaces a meeting's minutes with its agenda, even with --force", () => {
    const out = tempDir();
    const agenda = join(tempDir(), 'agenda.txt');
    writeFileSync(agenda, agendaOf002());
    runImport('--out', out, SEED_002);
    const minutes = readFileSync(join(out, MEETING), 'utf8');
    expect(minutes).toMatch(/^status: minutes$/m);
    for (const force of [[], ['--force']]) {
      const result = runImport('--out', out, ...force, agenda);
      expect(result.code).toBe(0);
      expect(result.stdout).toMatch(/^kept-fuller /m);
      expect(readFileSync(join(out, MEETING), 'utf8')).toBe(minutes);
    }
  });
});

describe('all or nothing, one-line errors (issue 12 rows 4 and 11)', () => {
  it('writes nothing when a file stands where a folder must go, without a stack trace', () => {
    const out = tempDir();
    writeFileSync(join(out, 'reports'), '');
    const result = runImport('--out', out, SEED_001);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: \S*reports: is a file where the import needs a folder/m);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(out)).toEqual(['reports']);
  });

  it('plain --dry-run validates as the real run does', () => {
    const out = tempDir();
    writeFileSync(join(out, 'reports'), '');
    const result = runImport('--out', out, '--dry-run', SEED_001);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/is a file where the import needs a folder/);
  });

  it('answers a wrong command line with exit 2 and one line', () => {
    for (const args of [['--url', 'not a url', SEED_002], ['--bogus', SEED_002], [], ['--wait', 'soon', SEED_002]]) {
      const result = runImport(...args);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/^error: /);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('names an --out that is a file, and a raw file that is neither file nor folder', () => {
    const file = join(tempDir(), 'not-a-folder');
    writeFileSync(file, '');
    for (const dry of [[], ['--dry-run']]) {
      const result = runImport(...dry, '--out', file, SEED_002);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^error: \S*not-a-folder: is not a folder/);
    }
    const dir = tempDir();
    spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
    const result = runImport('--dry-run', dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: \S*pipe\.txt: is not a file or a folder/);
  });

  it('skips a folder named x.txt and names a broken link', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'x.txt'));
    writeFileSync(join(dir, 'seed.txt'), readFileSync(SEED_002, 'utf8'));
    const out = tempDir();
    expect(runImport('--out', out, dir).code).toBe(0);
    symlinkSync(join(dir, 'missing'), join(dir, 'y.txt'));
    const result = runImport('--out', out, dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^error: \S*y\.txt: is a link to a file that does not exist/);
    expect(runImport('--out', out, join(dir, 'y.txt')).stderr).toMatch(/^error: \S*y\.txt: is a link/);
  });
});

describe('folders of PDFs, web pages and text (issue 13)', () => {
  /** A folder with two good text files, an unreadable PDF and a scan, in sub-folders. */
  async function mixedFolder(): Promise<string> {
    const { PDFDocument } = await import('pdf-lib');
    const folder = tempDir();
    mkdirSync(join(folder, 'pdfs'));
    writeFileSync(join(folder, 'a-002.txt'), readFileSync(SEED_002));
    writeFileSync(join(folder, 'b-004.txt'), readFileSync(SEED_004));
    writeFileSync(join(folder, 'pdfs', 'broken.pdf'), '%PDF-1.7\nnot really a PDF');
    const scan = await PDFDocument.create();
    scan.addPage();
    writeFileSync(join(folder, 'pdfs', 'scan.pdf'), await scan.save());
    writeFileSync(join(folder, 'notes.docx'), 'ignored: not a supported extension');
    return folder;
  }

  it('all or nothing by default: exit 1, nothing written, the summary lists every refused file', async () => {
    const folder = await mixedFolder();
    const out = tempDir();
    const result = runImport('--out', out, folder);
    expect(result.code).toBe(1);
    expect(snapshot(out)).toEqual({});
    expect(result.stderr).toMatch(/^\[1\/4\] /m);
    expect(result.stderr).toMatch(/^error: .*broken\.pdf: .*\nNothing was written\./m);
    expect(result.stderr).toMatch(/^Summary: 2 files read, 2 refused\.$/m);
    expect(result.stderr).toMatch(/^refused: .*broken\.pdf: is damaged or truncated/m);
    expect(result.stderr).toMatch(/^refused: .*scan\.pdf: has no text layer \(a scan\?\)\. Run OCR/m);
    expect(result.stderr).not.toMatch(/^\s+at /m);
  });

  it('--keep-going imports the files that read, lists the others, exits 1; the output does not depend on the order', async () => {
    const folder = await mixedFolder();
    const out = tempDir();
    const result = runImport('--out', out, '--keep-going', folder);
    expect(result.code).toBe(1);
    expect(Object.keys(snapshot(out))).toContain(MEETING);
    expect(result.stderr).toMatch(/^Summary: 2 files read, 2 refused\.$/m);
    expect(result.stderr).toMatch(/^Records: \d+ new, 0 updated, 0 unchanged, 0 hand edits kept\.$/m);
    expect(result.stderr).toMatch(/^refused: .*scan\.pdf/m);
    const reversed = tempDir();
    const files = ['pdfs/scan.pdf', 'b-004.txt', 'pdfs/broken.pdf', 'a-002.txt'].map((name) => join(folder, name));
    expect(runImport('--out', reversed, '--keep-going', ...files).code).toBe(1);
    expect(snapshot(reversed)).toEqual(snapshot(out));
    const again = runImport('--out', out, '--keep-going', folder);
    expect(again.stderr).toMatch(/^Records: 0 new, 0 updated, \d+ unchanged, 0 hand edits kept\.$/m);
  });
});
