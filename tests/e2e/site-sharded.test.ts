/**
 * Issue 16, goal 6, on the bundled records: built in 2 shards and assembled, the site the global
 * setup's build makes (sharded-site.ts says what is checked).
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { SITE_DIR } from './harness.ts';
import { buildSharded, describeShardedSite, removeSharded, type ShardedSite } from './sharded-site.ts';

/** The whole build, made by this file too under SKIP_BUILD: the global setup's may be older than the code. */
const WHOLE_AGAIN = process.env['SKIP_BUILD'] ? 'dist-test/root-whole' : null;

const SITE: ShardedSite = {
  shards: ['dist-test/shard-1', 'dist-test/shard-2'],
  assembled: 'dist-test/sharded',
  whole: WHOLE_AGAIN ?? SITE_DIR,
};

/** The shards' caches, of their own: the global setup's build keeps the project's. */
const CACHES = 'dist-test/shard-caches';

beforeAll(() => buildSharded(SITE, { cacheRoot: CACHES, buildWhole: WHOLE_AGAIN !== null }));
afterAll(() => {
  removeSharded(SITE, WHOLE_AGAIN !== null);
  rmSync(CACHES, { recursive: true, force: true });
});

describeShardedSite(SITE, {
  found: ['home to school transport', 'Deanes School', 'carers strategy', 'PAF/01/15', 'safeguarding', 'Gooding', 'budget'],
  dated: ['budget', 'safeguarding'],
});
