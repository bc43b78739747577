/** The command line of `npm run bench`: its usage text and what its flags ask for. */
import { parseArgs } from 'node:util';
import type { BenchOptions } from './run-bench.ts';

export const USAGE = `Usage: npm run bench -- [options]

Options:
  --meetings N   meetings to generate (default 1000)
  --seed S       seed of the generator (default 1): the same seed gives the same archive
  --json         print one JSON object instead of a table
  --keep         keep the temporary folder (archive, builds, logs) and print its path
  --no-search    skip the search measurement in Chromium (the query mix across all councils and within one)
  --no-bare      skip the bare-Astro floor
  --no-rebuild   skip the rebuild after importing one meeting (and the full build it is compared with)
  --subscribe-cost  build again without feeds, calendars and data files, and report what they cost
  --pairs N      build the site and the bare floor N times each, in turn (default 1), and report
                 every pair's ratio and their median (goal 2 on a busy machine)
  --help         this text`;

export interface BenchCommand {
  help: boolean;
  json: boolean;
  options: Omit<BenchOptions, 'log'>;
}

function positiveInteger(text: string, flag: string): number {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} ${text}: expected a whole number of at least 1, e.g. ${flag} 1000`);
  return value;
}

/** The flags read; an Error saying what is wrong with one (parseArgs' own for an unknown flag). */
export function parseBenchArgs(args: string[]): BenchCommand {
  const { values } = parseArgs({
    args,
    options: {
      meetings: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '1' },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      'no-search': { type: 'boolean', default: false },
      'no-bare': { type: 'boolean', default: false },
      'no-rebuild': { type: 'boolean', default: false },
      'subscribe-cost': { type: 'boolean', default: false },
      pairs: { type: 'string', default: '1' },
      help: { type: 'boolean', default: false },
    },
  });
  const pairs = positiveInteger(values.pairs, '--pairs');
  if (pairs > 1 && values['no-bare']) throw new Error(`--pairs ${pairs} builds the bare floor ${pairs} times: leave out --no-bare`);
  return {
    help: values.help,
    json: values.json,
    options: {
      meetings: positiveInteger(values.meetings, '--meetings'),
      seed: positiveInteger(values.seed, '--seed'),
      keep: values.keep,
      search: !values['no-search'],
      bare: !values['no-bare'],
      rebuild: !values['no-rebuild'],
      subscribeCost: values['subscribe-cost'],
      pairs,
    },
  };
}
