/** The import CLI's error reports (issue 12 row 11): one line, an exit code, never a stack trace. */
import { describe, expect, it } from 'vitest';
import { reportError, UsageError } from './cli-errors.ts';
import { InternalError } from './import-sources.ts';
import { ImportError } from './records.ts';

describe('reportError', () => {
  it('reports an unexpected exception as an internal error naming the file being read, without a stack', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'title')\n    at parse (x.ts:1:1)");
    const report = reportError(new InternalError('content/sources/a.txt', bug), ['a.txt']);
    expect(report.code).toBe(1);
    expect(report.message).toBe(
      "error: content/sources/a.txt: internal error: Cannot read properties of undefined (reading 'title'). Please report this\nNothing was written.",
    );
  });

  it('names the arguments when no file was being read', () => {
    const report = reportError(new RangeError('Invalid time value'), ['--out', 'x', 'a.txt']);
    expect(report.message).toMatch(/^error: --out x a\.txt: internal error: Invalid time value\. Please report this/);
    expect(report.message).not.toMatch(/\n\s+at /);
  });

  it('gives exit 2 for a usage error and 1 for a problem of the input', () => {
    expect(reportError(new UsageError('--url x: not a web address'), []).code).toBe(2);
    const input = reportError(new ImportError('a.txt', 3, 'date "2015-02-29" is not a calendar date', 'Fix it'), []);
    expect(input).toEqual({ code: 1, message: 'error: a.txt:3: date "2015-02-29" is not a calendar date. Fix it\nNothing was written.' });
  });
});
