/**
 * npm run assemble -- <out> <shard folder>...: puts the shards of a sharded build
 * (`npm run build -- --shard k/n`, each in a folder of its own) together into one site in
 * <out>, a new or empty folder, with one search index over all of it (scripts/shard/assemble.ts;
 * docs/sharded-build.md). Prints a warning with the reason when the shards' search indexes stay
 * in parts. Exits 1 with the reason when the shards do not make one site, 2 on a wrong command
 * line.
 */
import { assemble } from './shard/assemble.ts';
import { AssembleError } from './shard/shard-folder.ts';

const [out, ...shards] = process.argv.slice(2);
if (out === undefined || out.startsWith('-') || shards.length === 0) {
  console.error('usage: npm run assemble -- <out> <shard folder>...   e.g. npm run assemble -- dist shards/shard-1 shards/shard-2');
  process.exit(2);
}
try {
  const summary = await assemble(out, shards);
  for (const warning of summary.warnings) console.warn(`warning: ${warning}`);
  const parts = summary.searchParts.length;
  const search = summary.searchMerged
    ? `search: ${summary.shards} shards merged into one index`
    : parts === 1
      ? 'search: one index'
      : `search in ${parts} parts, merged by the search page`;
  console.log(
    `Assembled ${summary.shards} shard${summary.shards === 1 ? '' : 's'} into ${out}: ${summary.pages} pages, ${summary.files} files, ` +
      `${search}, ${summary.sitemapUrls} URLs in the sitemap`,
  );
} catch (error) {
  if (!(error instanceof AssembleError)) throw error;
  console.error(`error: ${error.message}`);
  process.exitCode = 1;
}
