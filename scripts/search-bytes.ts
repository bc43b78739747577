/**
 * node scripts/search-bytes.ts [site folder] [base path] [query]...
 *
 * Serves a built site, runs the queries on its search page in Chromium and prints, per
 * search, the bytes fetched from /pagefind/ (the first search includes Pagefind's start-up).
 * Example: node scripts/search-bytes.ts dist / "Signs of Safety" "Worcestershire Children First"
 */
import { serveStatic } from '../tests/e2e/harness.ts';
import { measureSearchBytes } from '../tests/e2e/search-bytes.ts';

const [dir = 'dist', base = '/', ...given] = process.argv.slice(2);
const queries = given.length > 0 ? given : ['Signs of Safety', 'Worcestershire Children First'];

const server = await serveStatic(dir, base);
try {
  for (const search of await measureSearchBytes(`${server.url}search/`, queries)) {
    console.log(`${search.bytes}\t${search.requests}\t${search.query}`);
  }
} finally {
  await server.close();
}
