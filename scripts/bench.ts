/**
 * npm run bench -- [--meetings N] [--seed S] [--json] [--keep] [--no-search] [--no-bare] [--subscribe-cost]
 *
 * Generates a synthetic archive, builds the site and a bare Astro project from it, and
 * prints the figures (BENCHMARKS.md says what each means). Thin CLI over scripts/bench.
 */
import { parseArgs } from 'node:util';
import { table } from './bench/report.ts';
import { runBench } from './bench/run-bench.ts';

const USAGE = `Usage: npm run bench -- [options]

Options:
  --meetings N   meetings to generate (default 1000)
  --seed S       seed of the generator (default 1): the same seed gives the same archive
  --json         print one JSON object instead of a table
  --keep         keep the temporary folder (archive, builds, logs) and print its path
  --no-search    skip the search measurement in Chromium
  --no-bare      skip the bare-Astro floor
  --subscribe-cost  build again without feeds, calendars and data files, and report what they cost
  --help         this text`;

function positiveInteger(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} ${text}: expected a whole number of at least 1, e.g. ${flag} 1000`);
  return value;
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      meetings: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      'no-bare': { type: 'boolean', default: false },
      'subscribe-cost': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const result = await runBench({
    meetings: positiveInteger(values.meetings, '--meetings'),
    seed: positiveInteger(values.seed, '--seed'),
    keep: values.keep,
    search: !values['no-search'],
    bare: !values['no-bare'],
    subscribeCost: values['subscribe-cost'],
    log: (message) => console.error(`bench: ${message}`),
  });
  console.log(values.json ? JSON.stringify(result) : table(result));
  if (result.folder) console.error(`bench: kept ${result.folder}`);
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
