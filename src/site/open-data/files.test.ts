import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dump } from 'js-yaml';
import { parse } from 'csv-parse/sync';
import type { Archive } from '../archive.ts';
import type { Entry } from '../archive-data.ts';
import type { RecommendationSummary } from '../../model/schema.ts';
import { fullMeeting, fullRecommendation, meeting } from '../fixtures.test-data.ts';
import { recommendationSummary } from '../record-summary.ts';
import { TABLES, table } from './tables.ts';
import { tableGroups, tableRows } from './sources.ts';
import { csvChunks, jsonChunks } from './write.ts';
import { dataFilePath, writeDataFiles, writeGroup } from './files.ts';
import type { Row } from './rows.ts';
import { openPageCache, PageCache } from '../page-cache.ts';
import { currentPageReads } from '../../model/page-reads.ts';

const folder = mkdtempSync(join(tmpdir(), 'open-data-files-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A record file as the importer writes one: YAML frontmatter and a body. */
function recordFile(name: string, data: unknown): string {
  const file = join(folder, 'records', name.replace(/\//g, '_') + '.md');
  writeFileSync(file, `---\n${dump(data)}---\nBody.\n`);
  return file;
}

const COUNCIL = 'epping-forest-district-council';
const COMMITTEE = `${COUNCIL}/overview-and-scrutiny-committee`;

/** An archive of `count` meetings (every third without resolutions) and recommendations, their files in a temporary folder. */
function archive(count: number): Archive {
  rmSync(join(folder, 'records'), { recursive: true, force: true });
  mkdirSync(join(folder, 'records'), { recursive: true });
  const meetings = Array.from({ length: count }, (_, index) => {
    const id = `${COMMITTEE}/2017-01-${String((index % 28) + 1).padStart(2, '0')}-${index}`;
    const fields = {
      date: `2017-01-${String((index % 28) + 1).padStart(2, '0')}`,
      attendance: { present: [`Councillor A ${index}`], apologies: [], substitutes: [], alsoPresent: [], officers: [], presenters: [] },
      items: [
        {
          number: `${index}`,
          title: `Item “${index}”, with a comma`,
          anchor: `item-${index}`,
          resolutions: index % 3 === 0 ? [] : [`Resolved ${index}`, 'Line\ntwo'],
        },
      ],
    };
    const file = recordFile(id, fullMeeting(id, fields).data);
    // The content loader's digest of the file (src/site/record-loader.ts).
    return { ...meeting(id, fields), filePath: file, digest: `file-${index}` };
  });
  const recommendations: Entry<RecommendationSummary>[] = Array.from({ length: Math.ceil(count / 2) }, (_, index) => {
    const id = `${COUNCIL}/rec-${index}`;
    const full = fullRecommendation(id, {
      subject: `Subject ${index}`,
      council: COUNCIL,
      updates:
        index % 2 === 0
          ? []
          : [
              { date: '2018-02-03', text: `Update ${index}` },
              { date: null, text: 'Undated' },
            ],
    });
    return { id, data: recommendationSummary(full.data), filePath: recordFile(id, full.data) };
  });
  // Only what the tables read of an archive.
  return {
    councils: [],
    councilList: [{ id: COUNCIL, name: 'Epping Forest District Council', website: null }],
    committeeList: [{ id: COMMITTEE, name: 'Overview and Scrutiny Committee', council: COUNCIL, record: null }],
    meetings,
    reports: [],
    recommendations,
    persons: [],
    personSlug: (name: string) => (name.endsWith('1') ? 'a-person' : null),
  } as unknown as Archive;
}

const site = new URL('https://scrutiny.example.org/');

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

describe('the bulk data files the build writes', () => {
  it('are, table by table, the text the endpoints give, every group read in one pass', async () => {
    const held = archive(40);
    const written = await writeDataFiles(join(folder, 'out'), tableGroups(held, site));
    expect(written.sort()).toEqual(TABLES.flatMap((t) => [dataFilePath(t.name, 'csv'), dataFilePath(t.name, 'json')]).sort());
    for (const t of TABLES) {
      const csv = readFileSync(join(folder, 'out', dataFilePath(t.name, 'csv')), 'utf8');
      const json = readFileSync(join(folder, 'out', dataFilePath(t.name, 'json')), 'utf8');
      expect(csv, t.name).toBe(await text(csvChunks(t, tableRows(t.name, held, site))));
      expect(json, t.name).toBe(await text(jsonChunks(t, tableRows(t.name, held, site))));
    }
  });

  it('hold every record file’s rows, in order', async () => {
    const held = archive(25);
    await writeDataFiles(join(folder, 'out'), tableGroups(held, site));
    const resolutions = parse(readFileSync(join(folder, 'out', 'data/csv/resolutions.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const expected = held.meetings.flatMap((m, index) =>
      index % 3 === 0
        ? []
        : [
            { meeting_id: m.id, text: `Resolved ${index}`, position: '1' },
            { meeting_id: m.id, text: 'Line\ntwo', position: '2' },
          ],
    );
    expect(resolutions.map(({ meeting_id, text, position }) => ({ meeting_id, text, position }))).toEqual(expected);
    const updates = JSON.parse(readFileSync(join(folder, 'out', 'data/json/recommendation_updates.json'), 'utf8')) as Row[];
    expect(updates.map((u) => `${u.recommendation_id} ${u.position} ${u.date}`)).toEqual(
      held.recommendations.filter((_, index) => index % 2 === 1).flatMap((r) => [`${r.id} 1 2018-02-03`, `${r.id} 2 null`]),
    );
    const recommendations = JSON.parse(readFileSync(join(folder, 'out', 'data/json/recommendations.json'), 'utf8')) as Row[];
    expect(recommendations.map((r) => r.update_count)).toEqual(held.recommendations.map((_, index) => (index % 2 === 1 ? 2 : 0)));
  });

  it('name the record file that cannot be read', async () => {
    const held = archive(3);
    const broken = {
      ...held,
      meetings: [...held.meetings, { ...held.meetings[0], id: 'x/y/z', filePath: join(folder, 'missing.md') }],
    } as Archive;
    const group = tableGroups(broken, site).find((g) => g.tables.includes('resolutions'));
    await expect(writeGroup(join(folder, 'out'), group!)).rejects.toThrow(/missing\.md/);
  });

  it('write large tables in pieces, the same as whole', async () => {
    const rows: Row[] = Array.from({ length: 5000 }, (_, index) => ({
      id: `c${index}`,
      name: `Council ${'x'.repeat(index % 50)}`,
      website: null,
      licence: null,
      url: 'u',
    }));
    const units = Array.from({ length: 50 }, (_, index) => ({ rows: () => [rows.slice(index * 100, index * 100 + 100)] }));
    await writeGroup(join(folder, 'big'), { tables: ['councils'], units });
    expect(readFileSync(join(folder, 'big', 'data/csv/councils.csv'), 'utf8')).toBe(await text(csvChunks(table('councils'), [rows])));
    expect(JSON.parse(readFileSync(join(folder, 'big', 'data/json/councils.json'), 'utf8'))).toEqual(rows);
  });

  it('take each record’s tables from the build cache while its entry and its reads are the same, and make those that changed', async () => {
    const held = archive(6);
    // A person's address is a read of the archive, noted on the rows being made as the traced archive notes it.
    const slugs = new Map([['Councillor A 1', 'a-person']]);
    (held as { personSlug: (name: string) => string | null }).personSlug = (name) => {
      currentPageReads()?.note(`personSlug ${name}`, slugs.get(name) ?? '-');
      return slugs.get(name) ?? null;
    };
    const cacheDir = join(folder, 'cache');
    const withCache = async (out: string) => {
      const cache = PageCache.open(cacheDir, 'v1', { reuse: true });
      openPageCache(cache);
      // As the archive's reads are now.
      const check = { holds: (key: string, digest: string) => digest === (slugs.get(key.replace('personSlug ', '')) ?? '-') };
      try {
        await writeDataFiles(join(folder, out), tableGroups(held, site), check);
      } finally {
        openPageCache(undefined);
      }
      cache.commit();
      return cache.counts.rows;
    };
    // Six meetings (their four tables each), three recommendations with their updates.
    expect(await withCache('first')).toEqual({ rendered: 9, reused: 0 });
    const changed = held.meetings[1]!;
    writeFileSync(changed.filePath!, readFileSync(changed.filePath!, 'utf8').replace('Resolved 1', 'Changed 1'));
    held.meetings[1] = { ...changed, digest: 'file-1-changed' } as (typeof held.meetings)[number];
    // Meeting 2's attendee now has a page: its rows read that.
    slugs.set('Councillor A 2', 'another-person');
    expect(await withCache('second')).toEqual({ rendered: 2, reused: 7 });
    await writeDataFiles(join(folder, 'uncached'), tableGroups(held, site));
    for (const t of TABLES)
      for (const format of ['csv', 'json'] as const) {
        const path = dataFilePath(t.name, format);
        expect(readFileSync(join(folder, 'second', path), 'utf8'), path).toBe(readFileSync(join(folder, 'uncached', path), 'utf8'));
      }
    expect(readFileSync(join(folder, 'second', 'data/csv/resolutions.csv'), 'utf8')).toContain('Changed 1');
    expect(readFileSync(join(folder, 'second', 'data/csv/attendance.csv'), 'utf8')).toContain('another-person');
    expect(await withCache('third')).toEqual({ rendered: 0, reused: 9 });
  });
});
