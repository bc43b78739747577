import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { collections, type CollectionName } from '../../src/model/schema.ts';
import { isUntouched } from '../import/writer.ts';
import { generateArchive } from './archive-gen.ts';
import { loadCorpus } from './corpus.ts';
import { writeArchive } from './write-archive.ts';

const corpus = loadCorpus(new URL('../../content/sources', import.meta.url).pathname);
const folders: string[] = [];

function generate(meetings: number, seed: number): string {
  const root = mkdtempSync(join(tmpdir(), 'bench-gen-test-'));
  folders.push(root);
  writeArchive(generateArchive({ meetings, seed }, corpus), root);
  return root;
}

function files(root: string): Map<string, string> {
  const entries = readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.md'))
    .sort();
  return new Map(entries.map((path) => [path, readFileSync(join(root, path), 'utf8')]));
}

function frontmatter(text: string): unknown {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('no frontmatter');
  return parse(match[1] ?? '');
}

afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('synthetic archive generator', () => {
  const first = files(generate(200, 7));

  it('writes the asked number of meetings, with councils, committees, reports and recommendations', () => {
    const count = (collection: string) => [...first.keys()].filter((path) => path.startsWith(`${collection}/`)).length;
    expect(count('meetings')).toBe(200);
    expect(count('councils')).toBeGreaterThanOrEqual(1);
    expect(count('committees')).toBeGreaterThanOrEqual(2);
    expect(count('reports')).toBeGreaterThan(10);
    expect(count('recommendations')).toBeGreaterThan(0);
  });

  it('writes files the schema accepts, signed as the importer signs them, marked synthetic', () => {
    for (const [path, text] of first) {
      const collection = path.split('/')[0] as CollectionName;
      const data = collections[collection].parse(frontmatter(text)) as { provenance?: { format: string } };
      if (collection !== 'councils' && collection !== 'committees') expect(data.provenance?.format).toBe('synthetic');
      expect(isUntouched(text), path).toBe(true);
    }
  });

  it('gives the same bytes for the same seed and a different archive for another seed', () => {
    const again = files(generate(200, 7));
    expect([...again.keys()]).toEqual([...first.keys()]);
    for (const [path, text] of first) expect(again.get(path)).toBe(text);
    const other = files(generate(200, 8));
    const shared = [...other.keys()].filter((path) => first.has(path) && path.startsWith('meetings/'));
    expect(shared.filter((path) => other.get(path) === first.get(path))).toEqual([]);
  });

  it('varies the text: minutes are not one repeated paragraph, and meetings have realistic length', () => {
    const meetings = [...first].filter(([path]) => path.startsWith('meetings/')).map(([, text]) => text);
    const minutes = meetings
      .flatMap((text) => ((frontmatter(text) as { items: { minutes: string | null }[] }).items ?? []).map((item) => item.minutes))
      .filter((text): text is string => text !== null && text.length > 200);
    expect(minutes.length).toBeGreaterThan(500);
    // Short one-sentence minutes may recur, as in real records; long texts must not.
    expect(new Set(minutes).size).toBeGreaterThan(minutes.length * 0.99);
    const sizes = meetings.map((text) => text.length).sort((a, b) => a - b);
    const median = sizes[Math.floor(sizes.length / 2)] ?? 0;
    expect(median).toBeGreaterThan(4000);
    expect(median).toBeLessThan(40000);
  });

  it('links meetings to earlier ones and items to their reports', () => {
    const meetings = [...first].filter(([path]) => path.startsWith('meetings/'));
    const withReference = meetings.filter(([, text]) => (frontmatter(text) as { references: unknown[] }).references.length > 0);
    expect(withReference.length).toBeGreaterThan(150);
    for (const [path, text] of first) {
      if (!path.startsWith('reports/')) continue;
      const report = frontmatter(text) as { meeting: string };
      expect(first.has(`meetings/${report.meeting}.md`), path).toBe(true);
    }
  });
});
