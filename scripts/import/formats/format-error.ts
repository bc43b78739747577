/**
 * The one error the format readers throw: it names the file, says what is wrong with it in plain words and what
 * the user can do about it, so the importer can print one line instead of a library's stack trace.
 * (Plain fields, not constructor parameter properties: Node runs these files by stripping types only.)
 */
export class FormatError extends Error {
  readonly file: string;
  readonly problem: string;
  readonly fix: string;

  constructor(file: string, problem: string, fix: string) {
    super(`${file}: ${problem}. ${fix}`);
    this.name = 'FormatError';
    this.file = file;
    this.problem = problem;
    this.fix = fix;
  }
}
