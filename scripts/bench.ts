/**
 * npm run bench -- [--meetings N] [--seed S] [--json] [--keep] [--no-search] [--no-bare] [--no-rebuild] [--subscribe-cost] [--pairs N]
 *
 * Generates a synthetic archive, builds the site and a bare Astro project from it, rebuilds the
 * site after importing one meeting, and prints the figures (BENCHMARKS.md says what each means).
 * Thin CLI over scripts/bench.
 */
import { parseBenchArgs, USAGE } from './bench/cli.ts';
import { table } from './bench/report.ts';
import { runBench } from './bench/run-bench.ts';

async function main(): Promise<number> {
  const command = parseBenchArgs(process.argv.slice(2));
  if (command.help) {
    console.log(USAGE);
    return 0;
  }
  const result = await runBench({ ...command.options, log: (message) => console.error(`bench: ${message}`) });
  console.log(command.json ? JSON.stringify(result) : table(result));
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
