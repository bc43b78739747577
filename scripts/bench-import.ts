/**
 * node scripts/bench-import.ts: how long the importer takes on a generated 150-page agenda pack PDF and on a folder
 * of 1,000 meeting records (text), each as a real CLI run (--dry-run: read, parse, plan and check, no writes), and a
 * folder of 8 PDFs with and without the worker threads. Prints the figures (issue 13 targets: <= 5 s and <= 60 s);
 * asserts nothing. Files are made in a temporary folder from our own words.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { textToPdf } from './import/formats/test-pdf.ts';
import { splitSource } from './import/source-header.ts';

const SEED = 'content/sources/002_1d9b914664a8f962.txt';

function run(...args: string[]): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['scripts/import.ts', '--dry-run', ...args], { encoding: 'utf8', env: { ...process.env } });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0)
    throw new Error(
      `import failed: ${result.stderr
        .split('\n')
        .filter((line) => !line.startsWith('['))
        .join(' ')
        .slice(0, 400)}`,
    );
  return seconds;
}

function timedWith(env: Record<string, string>, ...args: string[]): number {
  const saved = { ...process.env };
  Object.assign(process.env, env);
  try {
    return run(...args);
  } finally {
    process.env = saved;
  }
}

/** An agenda pack of `pages` pages: a front page, an agenda, then each item's report over several pages. */
function packText(pages: number): string {
  const items = 10;
  const out: string[] = [`Example Borough Council\nOverview and Scrutiny Committee\nDate: 3 March 2031\nTime: 19:00\n\nAgenda`];
  for (let i = 1; i <= items; i++) out.push(`${i}. Report number ${i} on parks and open spaces`);
  const page = out.join('\n\n');
  const body: string[] = [page];
  for (let p = 1; p < pages; p++) {
    const item = Math.ceil((p / pages) * items);
    const lines = [`Report number ${item} on parks and open spaces, page ${p}`];
    for (let l = 0; l < 45; l++) lines.push(`Line ${l} of the report: the committee considered paths, benches and lighting in ward ${l}.`);
    body.push(lines.join('\n'));
  }
  return body.join('\f');
}

const folder = mkdtempSync(join(tmpdir(), 'bench-import-'));
const pack = join(folder, 'pack.pdf');
writeFileSync(pack, await textToPdf(packText(150), { size: 9 }));

const records = join(folder, 'records');
const { text } = splitSource(readFileSync(SEED, 'utf8'), SEED);
for (let i = 0; i < 1000; i++) {
  const sub = join(records, `c${i % 10}`);
  mkdirSync(sub, { recursive: true });
  // Each record its own committee, so no two files give the same meeting.
  const own = text.replace(/Children['’]s Services Overview and Scrutiny Committee/g, `Scrutiny Committee ${i}`);
  writeFileSync(join(sub, `m${i}.txt`), `---\ncouncil: Council ${i % 10}\n---\n${own}`);
}

const pdfs = join(folder, 'pdfs');
mkdirSync(pdfs);
for (let i = 0; i < 8; i++)
  writeFileSync(join(pdfs, `pack-${i}.pdf`), await textToPdf(packText(40).replace('3 March 2031', `${i + 1} March 2031`), { size: 9 }));

const packSeconds = run('--council', 'Example Borough Council', pack);
const folderSeconds = run(records);
const serial = timedWith({ IMPORT_WORKERS: '0' }, '--council', 'Example Borough Council', pdfs);
const pooled = timedWith({ IMPORT_WORKERS: '2' }, '--council', 'Example Borough Council', pdfs);
console.log(`150-page agenda pack PDF:          ${packSeconds.toFixed(2)} s (target <= 5 s)`);
console.log(`folder of 1,000 meeting records:    ${folderSeconds.toFixed(2)} s (target <= 60 s)`);
console.log(`8 PDFs of 40 pages, no workers:     ${serial.toFixed(2)} s`);
console.log(`8 PDFs of 40 pages, 2 worker threads: ${pooled.toFixed(2)} s`);
