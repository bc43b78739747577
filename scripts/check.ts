/**
 * npm run check: validates all content (schema and cross-references) and prints each
 * problem as file:line: message. Exits 1 when there is any. `npm run build` runs it first.
 */
import { relative } from 'node:path';
import { contentRoot } from '../src/model/content-root.ts';
import { checkContent } from './check/content-check.ts';

const root = contentRoot();
const problems = checkContent(root);
for (const problem of problems) {
  console.error(`${relative(process.cwd(), problem.file)}:${problem.line}: ${problem.message}`);
}
if (problems.length > 0) {
  console.error(`\n${problems.length} problem(s) in ${root}. Fix them by hand, or re-import the source with --force.`);
  process.exitCode = 1;
} else {
  console.log(`Content in ${root} is valid.`);
}
