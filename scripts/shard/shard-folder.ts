/**
 * A shard's output folder read and checked for the assembler (assemble.ts): its manifest
 * (SHARD_MANIFEST), the set of shards given checked to make one whole site, and the list of its
 * search index's parts and the sort values its build kept beside that index.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SORT_VALUES_FILE } from '../../src/model/pagefind-merge.ts';
import { formatShard, pagesText, SHARD_MANIFEST, SHARED_FIELDS, type ShardManifest } from '../../src/model/shard.ts';

/** A refusal: the message says which shards or files and what to do. */
export class AssembleError extends Error {}

export interface Shard {
  dir: string;
  manifest: ShardManifest;
}

export function label(shard: Shard): string {
  return `${shard.dir} (shard ${formatShard({ index: shard.manifest.shard, count: shard.manifest.shards })})`;
}

const isString = (value: unknown): value is string => typeof value === 'string';
const isCount = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

/** Reads and checks the manifest of the shard built into `dir`. */
export async function readShard(dir: string): Promise<Shard> {
  const file = join(dir, SHARD_MANIFEST);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    if (missing && !(await stat(dir).catch(() => null))?.isDirectory()) throw new AssembleError(`${dir}: no such folder`);
    throw new AssembleError(
      missing
        ? `${dir} is not the output of a shard's build: it has no ${SHARD_MANIFEST} (build it with npm run build -- --shard k/n; a build that failed writes none)`
        : `${file}: ${(error as Error).message}`,
    );
  }
  let data: Partial<Record<keyof ShardManifest, unknown>>;
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    throw new AssembleError(`${file} is not JSON: build the shard again`);
  }
  const valid =
    data.format === 1 &&
    isCount(data.shards) &&
    isCount(data.shard) &&
    data.shard >= 1 &&
    data.shard <= data.shards &&
    (data.commit === null || isString(data.commit)) &&
    isString(data.content) &&
    isString(data.base) &&
    (data.site === null || isString(data.site)) &&
    isString(data.buildDate) &&
    isCount(data.pages) &&
    isString(data.pagesDigest) &&
    Array.isArray(data.built) &&
    data.built.every(isString);
  if (!valid) throw new AssembleError(`${file} is not a shard manifest this version reads: build the shard again with this commit`);
  return { dir, manifest: data as ShardManifest };
}

/** Refuses a set of shards that does not make one whole site; returns them in shard order. */
export function checkShards(shards: readonly Shard[]): Shard[] {
  const first = shards[0];
  if (first === undefined) throw new AssembleError('no shards given: give the output folder of every shard');
  for (const field of SHARED_FIELDS) {
    const other = shards.find((shard) => shard.manifest[field] !== first.manifest[field]);
    if (other !== undefined)
      throw new AssembleError(
        `${label(first)} and ${label(other)} are not shards of one build: their ${field} differs (${JSON.stringify(first.manifest[field])} and ${JSON.stringify(other.manifest[field])}); build every shard from the same commit, content and settings`,
      );
  }
  const count = first.manifest.shards;
  const byIndex = new Map<number, Shard>();
  for (const shard of shards) {
    const twice = byIndex.get(shard.manifest.shard);
    if (twice !== undefined)
      throw new AssembleError(
        `${twice.dir} and ${shard.dir} are both shard ${formatShard({ index: shard.manifest.shard, count })}: give each shard once`,
      );
    byIndex.set(shard.manifest.shard, shard);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !byIndex.has(index));
  if (missing.length > 0)
    throw new AssembleError(
      `${missing.map((index) => `shard ${formatShard({ index, count })}`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} missing: give the output folder of every shard (${count} in all)`,
    );
  const ordered = [...byIndex.keys()].sort((a, b) => a - b).map((index) => byIndex.get(index) as Shard);
  // Every page of the site in exactly one shard.
  const builtBy = new Map<string, Shard>();
  for (const shard of ordered)
    for (const page of shard.manifest.built) {
      const other = builtBy.get(page);
      if (other !== undefined)
        throw new AssembleError(`the page /${page} was built by ${label(other)} and by ${label(shard)}: a page belongs to one shard`);
      builtBy.set(page, shard);
    }
  const digest = createHash('sha256').update(pagesText(builtBy.keys())).digest('hex');
  if (builtBy.size !== first.manifest.pages || digest !== first.manifest.pagesDigest) {
    const lacking = first.manifest.pages - builtBy.size;
    throw new AssembleError(
      lacking > 0
        ? `${lacking} of the site's ${first.manifest.pages} pages ${lacking === 1 ? 'was' : 'were'} built by no shard: the shards do not make the whole site`
        : `the shards built pages that are not the site's ${first.manifest.pages} pages: the shards do not make one site`,
    );
  }
  return ordered;
}

export async function readParts(dir: string, shard: Shard): Promise<string[]> {
  const file = join(dir, 'parts.json');
  let parts: unknown;
  try {
    parts = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new AssembleError(`${label(shard)} has no search index (${file} is missing or not JSON): build the shard again`);
  }
  if (!Array.isArray(parts) || !parts.every(isString)) throw new AssembleError(`${file} is not a list of index parts`);
  return parts;
}

const isStringRecord = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every(isString);

/**
 * The sort values a shard's build kept beside its index (SORT_VALUES_FILE), by page number; null
 * if it has none (built before the assembler merged indexes, or its index is in parts).
 */
export async function readSortValues(dir: string, shard: Shard): Promise<Record<string, string>[] | null> {
  const file = join(dir, SORT_VALUES_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new AssembleError(`${file}: ${(error as Error).message}`);
  }
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch {
    values = null;
  }
  if (!Array.isArray(values) || !values.every(isStringRecord))
    throw new AssembleError(`${file} is not a list of each page's sort values (${label(shard)}): build the shard again with this commit`);
  return values;
}
