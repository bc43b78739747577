/**
 * Runs the importer CLI (`import --dry-run --json`) on every corpus file, as a user would, and
 * scores each against its label. A child process per file, so a crash or a hang in the reader is
 * a result to report, not the end of the run. The corpus is read from its folder at run time and
 * never copied into the repository.
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { scoreRecord, type ImportOutcome, type Label, type RecordScore } from './score.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DEFAULT_CORPUS = resolve(REPO_ROOT, '../shared/corpus');
export const SETS = ['text', 'original'] as const;
export type SetName = (typeof SETS)[number];

const TIMEOUT_MS = 60_000;
const PARALLEL = 2;

export interface RecordResult extends RecordScore {
  /** "NN", the file's number in the corpus. */
  id: string;
  file: string;
}

export interface SetResult {
  set: SetName;
  records: RecordResult[];
  right: number;
  labelled: number;
  refused: number;
  crashed: number;
}

/** A stack trace or a JavaScript error name on stderr: the importer fell over rather than refused. */
export function isCrash(stderr: string): boolean {
  return /^\s+at .+/m.test(stderr) || /\b(Type|Range|Reference|Syntax|Internal|Eval|URI|Aggregate)Error\b/.test(stderr);
}

function firstLine(text: string): string {
  return (
    text
      .split('\n')
      .map((line) => line.trim())
      .find((line) => line !== '') ?? ''
  );
}

/** `error: some/dir/NN_x.txt:12: problem. fix` → `line 12: problem. fix` (the record line already names the file). */
export function withoutPath(message: string, file: string): string {
  const at = message.indexOf(`${basename(file)}:`);
  if (!message.startsWith('error: ') || at < 0) return message;
  const rest = message.slice(at + basename(file).length + 1);
  const line = rest.match(/^(\d+):\s*/);
  return line ? `line ${line[1]}: ${rest.slice(line[0].length)}` : rest.trimStart();
}

/** Runs the importer on one file and says how it ended. */
export function importFile(file: string, node = process.execPath): Promise<ImportOutcome> {
  const script = join(REPO_ROOT, 'scripts/import.ts');
  return new Promise((done) => {
    execFile(
      node,
      [script, '--dry-run', '--json', file],
      { cwd: REPO_ROOT, timeout: TIMEOUT_MS, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error) {
          if (error.killed || error.signal) {
            done({ status: 'crash', message: `stopped after ${TIMEOUT_MS / 1000} s or by ${error.signal ?? 'a signal'}` });
          } else if (typeof error.code === 'string') {
            done({ status: 'crash', message: `could not run the importer: ${error.message}` });
          } else {
            const crash = isCrash(stderr);
            const line = crash ? (stderr.match(/\b\w*Error\b.*$/m)?.[0] ?? firstLine(stderr)) : withoutPath(firstLine(stderr), file);
            done({ status: crash ? 'crash' : 'refused', message: line || `exit ${String(error.code)}` });
          }
          return;
        }
        try {
          done({ status: 'ok', records: JSON.parse(stdout) as unknown });
        } catch {
          done({ status: 'crash', message: 'exit 0 but stdout is not JSON' });
        }
      },
    );
  });
}

/** Reads every labels/NN.json, keyed by NN. */
export function readLabels(corpus: string): Map<string, Label> {
  const labels = new Map<string, Label>();
  for (const name of readdirSync(join(corpus, 'labels')).sort()) {
    if (!name.endsWith('.json')) continue;
    labels.set(name.replace(/\.json$/, ''), JSON.parse(readFileSync(join(corpus, 'labels', name), 'utf8')) as Label);
  }
  return labels;
}

/** The label of a corpus file: the one naming it, else the one with its number. */
function labelFor(labels: Map<string, Label>, set: SetName, file: string, id: string): Label {
  for (const label of labels.values()) if ((set === 'text' ? label.file : label.original) === file) return label;
  return labels.get(id) ?? { file, original: file, meetings: [] };
}

/** Maps over items with at most `limit` promises running at once, keeping the order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Imports and scores every file of one set (`text/*.txt` or `original/*`), in sorted order. */
export async function runSet(corpus: string, set: SetName, labels = readLabels(corpus)): Promise<SetResult> {
  const folder = join(corpus, set);
  const files = readdirSync(folder)
    .filter((name) => !name.startsWith('.') && (set !== 'text' || name.endsWith('.txt')))
    .sort();
  const records = await mapLimited(files, PARALLEL, async (file): Promise<RecordResult> => {
    const id = basename(file).split('_')[0] ?? file;
    const outcome = await importFile(join(folder, file));
    return { id, file, ...scoreRecord(labelFor(labels, set, file, id), outcome) };
  });
  const sum = (pick: (record: RecordResult) => number): number => records.reduce((total, record) => total + pick(record), 0);
  return {
    set,
    records,
    right: sum((record) => record.right),
    labelled: sum((record) => record.labelled),
    refused: records.filter((record) => record.status === 'refused').length,
    crashed: records.filter((record) => record.status === 'crash').length,
  };
}

/** Runs the sets asked for; throws when the corpus folder is not there. */
export async function runCorpus(corpus: string, sets: readonly SetName[]): Promise<SetResult[]> {
  if (!existsSync(join(corpus, 'labels'))) throw new Error(`no corpus at ${corpus} (expected labels/, text/ and original/ there)`);
  const labels = readLabels(corpus);
  const results: SetResult[] = [];
  for (const set of sets) results.push(await runSet(corpus, set, labels));
  return results;
}

/** Fields right / fields labelled, 0 when nothing is labelled. */
export function share(result: { right: number; labelled: number }): number {
  return result.labelled === 0 ? 0 : result.right / result.labelled;
}
