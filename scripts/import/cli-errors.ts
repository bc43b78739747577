/**
 * How the import CLI reports a failure: always one line `error: ...` and an exit code, never a
 * stack trace. Kept apart from scripts/import.ts (which runs on import) so it can be tested.
 */
import { InternalError } from './import-sources.ts';
import { ImportError } from './records.ts';

/** A wrong command line (unknown option, bad flag value): exit 2, with a pointer to --help. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What to print on stderr and the exit code to use. */
export interface Report {
  message: string;
  code: number;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return (message.split('\n')[0] ?? '').replace(/\.?\s*$/, '') || 'unknown error';
}

/**
 * The one-line report of any error: usage errors exit 2; problems of the input or the folder
 * (ImportError) exit 1 with `file:line: problem. fix`; anything else is a bug, reported as
 * `error: <file being read, else the arguments>: internal error: <message>. Please report this`.
 */
export function reportError(error: unknown, args: string[]): Report {
  if (error instanceof UsageError) return { message: `error: ${error.message}\nRun npm run import -- --help for the options.`, code: 2 };
  if (error instanceof ImportError) return { message: `error: ${error.message}\nNothing was written.`, code: 1 };
  const where = error instanceof InternalError ? error.file : args.join(' ') || 'import';
  return { message: `error: ${where}: internal error: ${firstLine(error)}. Please report this\nNothing was written.`, code: 1 };
}
