/**
 * Issue 16, goal 6, on a 1,000-meeting archive of the benchmark's generator (seed 1: several councils,
 * reports and recommendations, about 2,000 pages): built whole and in 2 shards side by side, each with a cache
 * folder of its own, and assembled (sharded-site.ts says what is checked). The bundled records are one
 * council's few meetings; this is the shape of archive the shards are for.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { generateArchive } from '../../scripts/bench/archive-gen.ts';
import { loadCorpus } from '../../scripts/bench/corpus.ts';
import { observed, QueryMixCollector, type QueryKind } from '../../scripts/bench/query-mix.ts';
import { writeArchive } from '../../scripts/bench/write-archive.ts';
import { PROJECT } from './harness.ts';
import { buildSharded, describeShardedSite, type ShardedSite } from './sharded-site.ts';

const MEETINGS = 1000;
const ROOT = join(PROJECT, 'dist-test/sharded-synthetic');
const CONTENT = join(ROOT, 'content');

const SITE: ShardedSite = {
  shards: [join(ROOT, 'shard-1'), join(ROOT, 'shard-2')],
  assembled: join(ROOT, 'assembled'),
  whole: join(ROOT, 'whole'),
};

// The archive's records, and the benchmark's query mix drawn from them as they are made.
const collector = new QueryMixCollector(MEETINGS);
const records = [...observed(generateArchive({ meetings: MEETINGS, seed: 1 }, loadCorpus(join(PROJECT, 'content/sources'))), collector)];
const mix = collector.mix();

/**
 * The mix's queries that find tens of records or one (a rare word, people, references, a meeting), not
 * its school, topics, place and common words: every result is shown and compared, and a thousand results
 * take about half a minute to show on each site. The rare word is also searched sorted by date.
 */
const FEW: readonly QueryKind[] = ['rare word', 'person', 'report reference', 'recommendation reference', 'meeting'];
const found = mix.filter((query) => FEW.includes(query.kind)).map((query) => query.text);
const dated = mix.filter((query) => query.kind === 'rare word').map((query) => query.text);

beforeAll(async () => {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(ROOT, { recursive: true });
  writeArchive(records, CONTENT);
  // One build date for the three builds: the assembler refuses shards of different dates.
  await buildSharded(SITE, {
    env: { CONTENT_DIR: CONTENT, BUILD_DATE: '2026-12-03' },
    cacheRoot: join(ROOT, 'caches'),
    buildWhole: true,
  });
});

afterAll(() => rmSync(ROOT, { recursive: true, force: true }));

describeShardedSite(SITE, { found, dated });
