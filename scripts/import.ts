/**
 * npm run import -- [options] <file or folder>...
 *
 * Turns raw council records into Markdown files under content/. Thin CLI: the work is
 * in scripts/import (parse) and scripts/import/store.ts (write all or nothing).
 */
import { parseArgs } from 'node:util';
import { relative, resolve } from 'node:path';
import { expandInputs, importSources } from './import/import-sources.ts';
import { ImportError } from './import/records.ts';
import { commitWrites, planWrites } from './import/store.ts';
import { toJsonRecord } from './import/json-output.ts';
import { checkIsoDate } from '../src/model/dates.ts';

const USAGE = `Usage: npm run import -- [options] <file or folder>...

Options:
  --council NAME     council, when the record does not say
  --committee NAME   committee, when the record does not say
  --date YYYY-MM-DD  meeting date, when the record does not say
  --url URL          address of the published original
  --out DIR          content folder to write to (default: content)
  --force            overwrite files that were edited by hand
  --dry-run          parse only; write nothing
  --json             with --dry-run: print the records as a JSON array
  --help             this text`;

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      council: { type: 'string' },
      committee: { type: 'string' },
      date: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string', default: 'content' },
      force: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.date !== undefined && checkIsoDate(values.date) === null) {
    console.error(
      `error: --date ${values.date}: not a calendar date written YYYY-MM-DD. Give the day of the meeting, e.g. --date 2017-07-11`,
    );
    return 2;
  }
  const root = process.cwd();
  const flags = { council: values.council, committee: values.committee, date: values.date, url: values.url };
  const records = importSources(expandInputs(positionals), flags, root);

  if (values['dry-run']) {
    if (values.json) console.log(JSON.stringify(records.map(toJsonRecord), null, 2));
    else for (const record of records) console.log(`${record.collection}/${record.id}`);
    return 0;
  }
  const plan = planWrites(records, resolve(root, values.out), values.force);
  commitWrites(plan);
  for (const write of plan) console.log(`${write.action.padEnd(16)} ${relative(root, write.path)}`);
  const kept = plan.filter((write) => write.action === 'kept-hand-edited');
  if (kept.length > 0) {
    console.warn(`\n${kept.length} file(s) were edited by hand and kept as they are; pass --force to overwrite them.`);
  }
  for (const record of records) {
    const warnings = 'warnings' in record.data ? (record.data.warnings ?? []) : [];
    for (const warning of warnings) console.warn(`warning: ${record.collection}/${record.id}: ${warning}`);
  }
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  if (error instanceof ImportError) {
    console.error(`error: ${error.message}\nNothing was written.`);
    process.exitCode = 1;
  } else {
    throw error;
  }
}
