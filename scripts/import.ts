/**
 * npm run import -- [options] <file or folder>...
 *
 * Turns council records (text, PDF, saved web pages; folders of them) into Markdown files under
 * content/. Thin CLI: the work is in scripts/import (read and parse), scripts/import/store.ts (plan
 * and validate) and scripts/import/transaction.ts (write all or nothing), under scripts/import/lock.ts.
 * Every error is one line, `error: file:line: problem. fix`, never a stack trace:
 * exit 1 for a problem of the input or the folder, 2 for a wrong command line. A batch of files
 * shows its progress and ends with a summary on stderr (scripts/import/batch-report.ts).
 */
import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { z } from 'astro/zod';
import { checkIsoDate } from '../src/model/dates.ts';
import { reportError, UsageError } from './import/cli-errors.ts';
import { progressPrinter, summaryLines } from './import/batch-report.ts';
import { combineSources, readSources, type SourceOutcome } from './import/import-sources.ts';
import { expandInputs } from './import/source-files.ts';
import { toJsonRecord } from './import/json-output.ts';
import { lockContent } from './import/lock.ts';
import type { ImportRecord } from './import/records.ts';
import { checkPlan } from './import/plan-check.ts';
import { checkRoot, commitWrites, planWrites, type PlannedWrite } from './import/store.ts';
import { recover } from './import/transaction.ts';

const USAGE = `Usage: npm run import -- [options] <file or folder>...

Files: .txt .text (text), .pdf, .html .htm (saved web pages); folders are searched for them.

Options:
  --council NAME     council, when the record does not say
  --committee NAME   committee, when the record does not say
  --date YYYY-MM-DD  meeting date, when the record does not say
  --url URL          address of the published original
  --out DIR          content folder to write to (default: content)
  --force            overwrite files that were edited by hand
  --keep-going       import every file that reads; list the others (exit 1 if any was refused)
  --wait SECONDS     how long to wait for another import into the same folder (default: 30)
  --dry-run          parse and check everything; write nothing
  --json             with --dry-run: print the records as a JSON array
  --help             this text`;

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        council: { type: 'string' },
        committee: { type: 'string' },
        date: { type: 'string' },
        url: { type: 'string' },
        out: { type: 'string', default: 'content' },
        force: { type: 'boolean', default: false },
        'keep-going': { type: 'boolean', default: false },
        wait: { type: 'string', default: '30' },
        'dry-run': { type: 'boolean', default: false },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.replace(/\.?$/, '') : String(error));
  }
}

/** Checks the flags that carry values, so a bad one stops the run before any file is read. */
function checkFlags(values: ReturnType<typeof options>['values']): number {
  if (values.date !== undefined && checkIsoDate(values.date) === null) {
    throw new UsageError(
      `--date ${values.date}: not a calendar date written YYYY-MM-DD. Give the day of the meeting, e.g. --date 2017-07-11`,
    );
  }
  if (values.url !== undefined && !z.url().safeParse(values.url).success) {
    throw new UsageError(`--url ${values.url}: not a web address. Give the full address, e.g. --url https://democracy.example.gov.uk/...`);
  }
  const wait = Number(values.wait);
  if (!Number.isFinite(wait) || wait < 0) throw new UsageError(`--wait ${values.wait}: not a number of seconds. E.g. --wait 60`);
  if (values.json && !values['dry-run']) throw new UsageError('--json prints the records of a dry run. Add --dry-run');
  return wait * 1000;
}

function printPlan(plan: PlannedWrite[], root: string, dryRun: boolean): void {
  for (const write of plan) console.log(`${dryRun ? 'would ' : ''}${write.action.padEnd(16)} ${relative(root, write.path)}`);
  const kept = plan.filter((write) => write.action === 'kept-hand-edited');
  if (kept.length > 0) {
    console.warn(`\n${kept.length} file(s) were edited by hand and kept as they are; pass --force to overwrite them.`);
  }
}

function printWarnings(records: ImportRecord[]): void {
  for (const record of records) {
    const warnings = 'warnings' in record.data ? (record.data.warnings ?? []) : [];
    for (const warning of warnings) console.warn(`warning: ${record.collection}/${record.id}: ${warning}`);
  }
}

async function main(): Promise<number> {
  const { values, positionals } = options();
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('no file or folder to import');
  const waitMs = checkFlags(values);
  const root = process.cwd();
  const out = resolve(root, values.out);
  const dryRun = values['dry-run'];
  const flags = { council: values.council, committee: values.committee, date: values.date, url: values.url };
  const files = expandInputs(positionals);
  const batch = files.length > 1 || values['keep-going'];
  const progress = files.length > 1 ? progressPrinter(process.stderr) : null;
  let outcomes: SourceOutcome[];
  try {
    outcomes = await readSources(files, flags, root, progress ? { onProgress: progress.update } : {});
  } finally {
    progress?.end();
  }
  const refused = outcomes.filter((outcome) => outcome.error !== null);
  const summary = (plan: PlannedWrite[] | null) => {
    if (batch) console.warn(`\n${summaryLines(outcomes, plan, dryRun).join('\n')}`);
  };
  if (refused[0]?.error && !values['keep-going']) {
    // All or nothing: the first refusal (in file order) as the error, then every refused file in the summary.
    console.error(reportError(refused[0].error, process.argv.slice(2)).message);
    summary(null);
    return 1;
  }
  const records = combineSources(outcomes);
  const code = refused.length > 0 ? 1 : 0;

  if (dryRun) {
    // The same planning and validation as a real run (schema, file names, what is in the way).
    const plan = planWrites(records, out, values.force);
    checkPlan(records, plan, out);
    if (values.json) console.log(JSON.stringify(records.map(toJsonRecord), null, 2));
    else printPlan(plan, root, true);
    summary(plan);
    return code;
  }
  checkRoot(out);
  const lock = lockContent(out, { waitMs });
  let plan: PlannedWrite[];
  try {
    for (const done of recover(out)) console.warn(`note: ${relative(root, out) || '.'}: ${done}`);
    plan = planWrites(records, out, values.force);
    checkPlan(records, plan, out);
    commitWrites(plan, out);
    printPlan(plan, root, false);
  } finally {
    lock.release();
  }
  printWarnings(records);
  summary(plan);
  return code;
}

try {
  process.exitCode = await main();
} catch (error) {
  const report = reportError(error, process.argv.slice(2));
  console.error(report.message);
  process.exitCode = report.code;
}
