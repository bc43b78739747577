/**
 * npm run corpus -- [--originals] [--json] [--corpus DIR]
 *
 * Scores the importer on the labelled corpus (../shared/corpus by default): how many labelled
 * fields the reader gets right, record by record. Thin CLI over scripts/corpus.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { jsonReport, textReport } from './corpus/report.ts';
import { DEFAULT_CORPUS, runCorpus, type SetName } from './corpus/run.ts';

const USAGE = `Usage: npm run corpus -- [options]

Options:
  --originals   also score the original files (PDF, HTML), each beside its text twin
  --json        print one JSON summary object instead of lines
  --corpus DIR  the corpus folder (default: ../shared/corpus from the repository root)
  --help        this text`;

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        originals: { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        corpus: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const corpus = values.corpus === undefined ? DEFAULT_CORPUS : resolve(values.corpus);
  if (!existsSync(resolve(corpus, 'labels')) || !existsSync(resolve(corpus, 'text'))) {
    console.error(`No corpus at ${corpus}: expected labels/ and text/ there. Pass --corpus DIR, or put the corpus at ../shared/corpus.`);
    return 2;
  }
  const sets: SetName[] = values.originals ? ['text', 'original'] : ['text'];
  const results = await runCorpus(corpus, sets);
  console.log(values.json ? JSON.stringify(jsonReport(results), null, 2) : textReport(results));
  return 0;
}

process.exitCode = await main();
