/**
 * What the import CLI tells a person about a batch on stderr: a progress line while files are read (one line that
 * updates itself on a terminal, a plain line per file elsewhere, e.g. in CI) and a summary at the end.
 */
import { InternalError, type Progress, type SourceOutcome } from './import-sources.ts';
import type { PlannedWrite } from './store.ts';

/** Something to write progress to: stderr, or a test's stand-in. */
export interface Output {
  write(text: string): unknown;
  isTTY?: boolean | undefined;
  columns?: number | undefined;
}

/** Prints progress; `end()` clears a terminal's line so what follows starts clean. */
export function progressPrinter(out: Output): { update: (progress: Progress) => void; end: () => void } {
  let drawn = false;
  return {
    update({ done, total, records, file }) {
      const count = `[${String(done).padStart(String(total).length)}/${total}]`;
      if (out.isTTY) {
        const line = `${count} ${records} record${records === 1 ? '' : 's'}  ${file}`;
        const columns = Math.max(20, (out.columns ?? 80) - 1);
        const shown = line.length > columns ? `${line.slice(0, columns - 1)}…` : line;
        out.write(`\r\u001b[2K${shown}`);
        drawn = true;
      } else {
        out.write(`${count} ${file}\n`);
      }
    },
    end() {
      if (drawn) out.write('\r\u001b[2K');
      drawn = false;
    },
  };
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * The summary of a run: files read and refused, records new, updated, unchanged and hand edits kept (null when
 * nothing was planned, because a refusal stopped the run), and each refused file with its reason.
 */
export function summaryLines(outcomes: readonly SourceOutcome[], plan: readonly PlannedWrite[] | null, dryRun: boolean): string[] {
  const refused = outcomes.filter((outcome) => outcome.error !== null);
  const read = outcomes.length - refused.length;
  const lines = [`Summary: ${plural(read, 'file')} read, ${refused.length} refused.`];
  if (plan) {
    const count = (...actions: PlannedWrite['action'][]) => plan.filter((write) => actions.includes(write.action)).length;
    const would = dryRun ? 'would be ' : '';
    const parts = [
      `${count('create')} ${would}new`,
      `${count('update')} ${would}updated`,
      `${count('unchanged')} unchanged`,
      `${plural(count('kept-hand-edited'), 'hand edit')} kept`,
    ];
    const kept = count('kept-existing', 'kept-fuller');
    if (kept > 0) parts.push(`${kept} kept as they are (existing council or committee, or fuller minutes)`);
    lines.push(`Records: ${parts.join(', ')}.`);
  } else {
    lines.push('Records: none written, because a file was refused (pass --keep-going to import the others).');
  }
  for (const outcome of refused) {
    const error = outcome.error;
    const reason = error instanceof InternalError ? `internal error: ${error.message}. Please report this` : (error?.message ?? '');
    const text = reason.startsWith(outcome.file) ? reason : `${outcome.file}: ${reason}`;
    lines.push(`refused: ${text.split('\n')[0]}`);
  }
  return lines;
}
