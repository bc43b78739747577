/**
 * Issue 12, end to end: a content folder of mutated records (tests/integration/content-mutations.ts)
 * that `npm run check` accepts builds with Astro, and every mutated record gets its page.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check/content-check.ts';
import { collections, type CollectionName } from '../../src/model/schema.ts';
import { recordFilesSync, recordId } from '../../src/model/record-file.ts';
import { mutateRecord, random } from '../integration/content-mutations.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261129);
const OUT = 'dist-test/fuzz';

interface Mutation {
  collection: CollectionName;
  original: string;
  text: string;
  file: string;
}

const root = mkdtempSync(join(tmpdir(), 'fuzz-build-'));
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(OUT, { recursive: true, force: true });
});

/** Puts the original back in place of a mutation. */
function revert(mutation: Mutation): void {
  rmSync(mutation.file, { force: true });
  writeFileSync(mutation.original, mutation.text);
}

describe(`a content folder of mutated records that check accepts (seed ${SEED})`, () => {
  it('builds, with a page for every mutated record', () => {
    for (const folder of Object.keys(collections)) cpSync(join('content', folder), join(root, folder), { recursive: true });
    const r = random(SEED);
    const candidates = (['meetings', 'reports', 'recommendations', 'people'] as CollectionName[]).flatMap((collection) =>
      recordFilesSync(join(root, collection)).map((name) => ({ collection, name })),
    );
    // One mutation at a time, kept only when check still passes with it.
    const mutations: Mutation[] = [];
    for (let tries = 0; tries < 200 && mutations.length < 12; tries += 1) {
      const { collection, name } = r.pick(candidates);
      const original = join(root, collection, name);
      if (mutations.some((mutation) => mutation.original === original)) continue;
      const text = readFileSync(original, 'utf8');
      const mutated = mutateRecord(r, collection, name, text);
      if (mutated === null) continue;
      const file = join(root, collection, mutated.name);
      if (existsSync(file) && file !== original) continue;
      const mutation = { collection, original, text, file };
      rmSync(original);
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, mutated.text);
      } catch {
        writeFileSync(original, text);
        continue;
      }
      if (checkContent(root).length === 0) mutations.push(mutation);
      else revert(mutation);
    }
    expect(checkContent(root)).toEqual([]);
    expect(mutations.length, 'mutations check accepted').toBeGreaterThan(0);

    execFileSync('node', ['node_modules/astro/bin/astro.mjs', 'build'], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, CONTENT_DIR: root, OUT_DIR: OUT, BASE_PATH: '/', NO_COLOR: '1' },
    });
    for (const mutation of mutations) {
      const id = recordId(mutation.file.slice(join(root, mutation.collection).length + 1));
      const page = mutation.collection === 'people' ? null : join(OUT, mutation.collection, id, 'index.html');
      if (page !== null) expect(existsSync(page), page).toBe(true);
    }
  }, 300_000);
});
