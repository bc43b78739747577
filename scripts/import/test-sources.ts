/**
 * Inputs that the importer's tests build from the bundled seeds, shared by the CLI, fault and
 * fuzz tests so each states the same case the same way.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

export const SEED_002 = 'content/sources/002_1d9b914664a8f962.txt';

/** Seed 002 as its agenda: the page's header and each item's number and title, no minutes. */
export function agendaOf002(): string {
  const lines = readFileSync(SEED_002, 'utf8').split('\n');
  const first = lines.findIndex((line) => /^\d+\.$/.test(line));
  const out = lines.slice(0, first);
  lines.forEach((line, index) => {
    if (!/^\d+\.$/.test(line)) return;
    const title = lines.slice(index + 1).find((next) => next.trim() !== '') ?? '';
    out.push(line, '', title, '');
  });
  return out.join('\n');
}

/** Runs the import CLI as a person would, from the project root; its exit code and output. */
export function runImport(...args: string[]) {
  const result = spawnSync(process.execPath, ['scripts/import.ts', ...args], { encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
