import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { recordPath, toMarkdown } from '../import/writer.ts';
import { archiveEnd, generateArchive, nextMeeting } from './archive-gen.ts';
import { loadCorpus } from './corpus.ts';
import { compareFolders, importRecords, listFiles, measureRebuild } from './rebuild.ts';
import type { BuildRun } from './run-build.ts';
import { writeArchive } from './write-archive.ts';

const corpus = loadCorpus(new URL('../../content/sources', import.meta.url).pathname);
const folders: string[] = [];

function folder(): string {
  const path = mkdtempSync(join(tmpdir(), 'bench-rebuild-test-'));
  folders.push(path);
  return path;
}

function write(root: string, files: Record<string, string>): string {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterAll(() => {
  for (const path of folders) rmSync(path, { recursive: true, force: true });
});

const SITE = { 'index.html': '<h1>Home</h1>', 'meetings/a/index.html': 'a', 'pagefind/pagefind-entry.json': '{"v":1}' };

describe('compareFolders', () => {
  it('finds two folders with the same files and bytes identical', () => {
    const result = compareFolders(write(folder(), SITE), write(folder(), SITE));
    expect(result).toEqual({ files: 3, count: 0, differs: 0, missing: 0, extra: 0, sample: [] });
  });

  it('finds one changed byte in a file of the same size, the search index included', () => {
    const result = compareFolders(write(folder(), SITE), write(folder(), { ...SITE, 'pagefind/pagefind-entry.json': '{"v":2}' }));
    expect(result).toMatchObject({ files: 3, count: 1, differs: 1, sample: ['differs: pagefind/pagefind-entry.json'] });
  });

  it('finds a file missing from the compared folder and one only in it', () => {
    const { 'meetings/a/index.html': _gone, ...fewer } = SITE;
    const missing = compareFolders(write(folder(), SITE), write(folder(), fewer));
    expect(missing).toMatchObject({ files: 3, count: 1, missing: 1, extra: 0, sample: ['missing: meetings/a/index.html'] });
    const extra = compareFolders(write(folder(), SITE), write(folder(), { ...SITE, 'meetings/b/index.html': 'b' }));
    expect(extra).toMatchObject({ files: 4, count: 1, missing: 0, extra: 1, sample: ['extra: meetings/b/index.html'] });
  });

  it('counts every difference and samples the first ones in path order', () => {
    const many = Object.fromEntries(Array.from({ length: 15 }, (_, index) => [`p/${String(index).padStart(2, '0')}.html`, `${index}`]));
    const changed = Object.fromEntries(Object.keys(many).map((path) => [path, 'x']));
    const result = compareFolders(write(folder(), many), write(folder(), changed), 3);
    expect(result.count).toBe(15);
    expect(result.sample).toEqual(['differs: p/00.html', 'differs: p/01.html', 'differs: p/02.html']);
    expect(listFiles(write(folder(), { 'b/c.txt': '', 'a.txt': '' }))).toEqual(['a.txt', 'b/c.txt']);
  });
});

/** A small archive as the bench writes it, and where it ends. */
function archive(meetings: number, seed: number) {
  const content = folder();
  const end = archiveEnd();
  writeArchive(generateArchive({ meetings, seed }, corpus, end), content);
  return { content, end };
}

describe('the imported meeting', () => {
  it('is a new meeting of the committee in the middle of the archive, after its last meeting, the same for a seed', () => {
    const { content, end } = archive(400, 5);
    const meeting = nextMeeting(end, 5, corpus);
    expect(meeting.collection).toBe('meetings');
    expect(existsSync(join(content, recordPath(meeting)))).toBe(false);
    const committee = end.committee?.id ?? '';
    expect(existsSync(join(content, 'committees', `${committee}.md`))).toBe(true);
    const dates = readdirSync(join(content, 'meetings', committee)).map((name) => name.replace(/\.md$/, ''));
    expect(meeting.id).toBe(`${committee}/${end.date}`);
    expect(dates.every((date) => date < end.date)).toBe(true);
    expect(meeting.data).toMatchObject({ committee, status: 'minutes' });
    expect(toMarkdown(nextMeeting(archive(400, 5).end, 5, corpus))).toBe(toMarkdown(meeting));
    // Committees come before it and after it, in the order pages are written.
    const committees = readdirSync(join(content, 'committees'), { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.md'))
      .map((name) => name.replace(/\.md$/, ''))
      .sort();
    const at = committees.indexOf(committee);
    expect(at).toBeGreaterThan(0);
    expect(at).toBeLessThan(committees.length - 1);
  });

  it('leaves the archive’s own records as they are', () => {
    const plain = [...generateArchive({ meetings: 30, seed: 2 }, corpus)];
    const tracked = [...generateArchive({ meetings: 30, seed: 2 }, corpus, archiveEnd())];
    expect(tracked.map(toMarkdown)).toEqual(plain.map(toMarkdown));
  });

  it('is written as the importer writes it, once, and the lock is let go', () => {
    const { content, end } = archive(20, 9);
    const meeting = nextMeeting(end, 9, corpus);
    const written = importRecords([meeting], content);
    expect(written).toEqual([join(content, recordPath(meeting))]);
    expect(readFileSync(written[0] ?? '', 'utf8')).toBe(toMarkdown(meeting));
    expect(readdirSync(content).filter((name) => name.startsWith('.'))).toEqual([]);
    expect(importRecords([meeting], content)).toEqual([]);
  });
});

function run(ok: boolean, seconds: number, peakRssMB: number | null = null): BuildRun {
  const phases = {
    contentSyncSeconds: 1,
    bundleSeconds: 1,
    renderSeconds: 1,
    pagefindSeconds: 1,
    subscribeSeconds: null,
    subscribeWaitSeconds: null,
  };
  return {
    ok,
    exitCode: ok ? 0 : 1,
    seconds,
    phases,
    reuse: { pagesRendered: 5, pagesReused: 160, blocksRendered: 3, blocksReused: 90, parts: 1, partsReused: 0 },
    pagesReported: null,
    peakRssMB,
    cpuSeconds: null,
    peakTreeRssMB: 0,
    peakRssByProcessMB: {},
    lines: [{ ms: 1, text: ok ? 'built' : 'error: the page broke' }],
  };
}

describe('measureRebuild', () => {
  /** A fake site build: one page per meeting file in the content folder, plus `extra` pages when the caches are kept. */
  function setUp(extra: Record<string, string> = {}, fails: 'rebuild' | 'reference' | null = null) {
    const { content, end } = archive(10, 4);
    const dir = folder();
    const calls: { outDir: string; force: boolean }[] = [];
    const build = async (outDir: string, { force }: { force: boolean; log: string }) => {
      calls.push({ outDir, force });
      if ((fails === 'rebuild' && !force) || (fails === 'reference' && force)) return run(false, 1);
      const meetings = readdirSync(join(content, 'meetings'), { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.md'));
      write(outDir, Object.fromEntries(meetings.map((path) => [`meetings/${path.replace(/\.md$/, '')}/index.html`, path])));
      if (!force) write(outDir, extra);
      return run(true, force ? 8 : 2, force ? 900 : 700);
    };
    const plan = {
      content,
      dist: join(dir, 'dist'),
      reference: join(dir, 'dist-reference'),
      meeting: nextMeeting(end, 4, corpus),
      fullSeconds: 10,
      build,
      log: () => {},
    };
    return { plan, calls, file: join(content, recordPath(plan.meeting)) };
  }

  it('rebuilds into the same folder keeping the caches, then builds from nothing elsewhere and compares', async () => {
    const { plan, calls, file } = setUp();
    const result = await measureRebuild(plan);
    expect(calls).toEqual([
      { outDir: plan.dist, force: false },
      { outDir: plan.reference, force: true },
    ]);
    expect(result).toMatchObject({
      meeting: plan.meeting.id,
      seconds: 2,
      ratio: 0.2,
      peakRssMB: 700,
      referenceSeconds: 8,
      identical: true,
    });
    expect(result.differences.count).toBe(0);
    expect(existsSync(join(plan.dist, 'meetings', plan.meeting.id, 'index.html'))).toBe(true);
    // The archive is as generated again.
    expect(existsSync(file)).toBe(false);
  });

  it('says which files a rebuild got wrong', async () => {
    const { plan } = setUp({ 'pagefind/stale.pf_fragment': 'old' });
    const result = await measureRebuild(plan);
    expect(result.identical).toBe(false);
    expect(result.differences).toMatchObject({ count: 1, extra: 1, sample: ['extra: pagefind/stale.pf_fragment'] });
  });

  it('fails naming the step when a build fails, and takes the meeting out again', async () => {
    const rebuild = setUp({}, 'rebuild');
    await expect(measureRebuild(rebuild.plan)).rejects.toThrow(
      /step "rebuild after the import" failed: the build exited 1:\nerror: the page broke/,
    );
    expect(existsSync(rebuild.file)).toBe(false);
    const reference = setUp({}, 'reference');
    await expect(measureRebuild(reference.plan)).rejects.toThrow(/step "full build of the same content" failed/);
  });

  it('fails naming the step when the meeting is in the archive already', async () => {
    const { plan } = setUp();
    importRecords([plan.meeting], plan.content);
    await expect(measureRebuild(plan)).rejects.toThrow(/step "import one meeting" failed: .* is in the archive already/);
  });
});
