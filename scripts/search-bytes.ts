/**
 * node scripts/search-bytes.ts [site folder] [base path] [query]...
 *
 * Serves a built site, runs the queries on its search page in Chromium and prints, per
 * search, the bytes fetched from /pagefind/ (the first search includes Pagefind's start-up).
 * Example: node scripts/search-bytes.ts dist / "Signs of Safety" "Worcestershire Children First"
 */
import { measureSiteSearch } from './browser/search-bytes.ts';

const [dir = 'dist', base = '/', ...given] = process.argv.slice(2);
const queries = given.length > 0 ? given : ['Signs of Safety', 'Worcestershire Children First'];

for (const search of await measureSiteSearch(dir, queries, base)) {
  console.log(`${search.bytes}\t${search.wireBytes}\t${search.requests}\t${search.results}\t${search.query}`);
}
