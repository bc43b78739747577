/**
 * Line numbers printed in the left margin, as a Word document printed with line numbering gives them (parish and town
 * minutes often are): every line starts with its number, 1, 2, 3 … counting up by one line after line, often
 * starting again at 1 on each page, blank lines sometimes numbered too. Read as they stand, each number makes the line
 * an item and the real minute numbers ("26/01") are lost in the text; so the numbers are taken off before the readers
 * see the text, with a warning.
 *
 * Only a text plainly numbered so is changed (see numberedRuns): a number alone, with no stop or bracket after it (a
 * list's "1." or "1)" is never one), counting up by one on every line of a run of many lines, far more than any list,
 * and such runs covering most of the text's lines. Each line stays one line, so line numbers in messages still point
 * into the file.
 */

/** A line's leading number with no stop, bracket or figure after it: the number, and where its text starts. */
const MARGIN_NUMBER = /^[\f \t]*(\d{1,4})(?:[ \t]+|$)/;

/** Fewest lines one run must count over: a numbered agenda or list is much shorter, a page of minutes is not. */
const MIN_RUN = 20;

/** Share of the text's non-blank lines the runs must cover: line numbering numbers every line of a page. */
const MIN_COVER = 0.8;

export const LINE_NUMBERS_WARNING =
  'the record is printed with line numbers in its left margin: they were taken off before reading (the source file keeps them)';

/** A run of lines counting up by one: the indexes of its numbered lines. */
type Run = number[];

/**
 * The runs of lines whose margin numbers count up by one (blank lines, numbered or not, do not part a run). A
 * line whose number is not the next one, or that has none, ends the run; a new run may start at its number.
 */
function runsOf(lines: string[]): Run[] {
  const runs: Run[] = [];
  let run: Run = [];
  let expected: number | null = null;
  lines.forEach((line, index) => {
    const match = MARGIN_NUMBER.exec(line);
    if (!match) {
      if (line.trim() === '' && !line.includes('\f')) return;
      if (run.length > 0) runs.push(run);
      run = [];
      expected = null;
      return;
    }
    const number = Number(match[1]);
    if (number !== expected || line.includes('\f')) {
      if (run.length > 0) runs.push(run);
      run = [];
    }
    run.push(index);
    expected = number + 1;
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

/**
 * Whether a numbered line is no list entry's start: a number alone (a blank line numbered) or text going on in small
 * letters (a sentence carried on from the line above). Line numbering numbers such lines; a list numbers its entries.
 */
function midText(line: string): boolean {
  const rest = line.replace(MARGIN_NUMBER, '');
  return rest.trim() === '' || /^\p{Ll}/u.test(rest);
}

/**
 * The lines (indexes) whose leading number is a margin line number: those of every run, when one run counts over
 * MIN_RUN lines, the runs of two lines or more cover MIN_COVER of the non-blank lines, and some numbered line is no
 * list entry's start (midText); none otherwise.
 */
export function numberedLines(lines: string[]): Set<number> {
  const runs = runsOf(lines).filter((run) => run.length >= 2);
  if (!runs.some((run) => run.length >= MIN_RUN)) return new Set();
  const taken = [...new Set(runs.flat())];
  const filled = lines.filter((line) => line.trim() !== '').length;
  const covered = taken.filter((index) => lines[index]!.trim() !== '').length;
  const numbering = covered >= filled * MIN_COVER && taken.some((index) => midText(lines[index]!));
  return numbering ? new Set(taken) : new Set();
}

/** A line with its margin number taken off, and the margin's spaces up to `column` (where the text starts). */
function withoutNumber(line: string, column: number): string {
  // A page break before the number stays, so pages still part where they did; it takes no column.
  const page = line.includes('\f') ? '\f' : '';
  const plain = line.replace('\f', '');
  const number = /^[ \t]*\d{1,4}/.exec(plain)![0];
  const rest = plain.slice(number.length);
  const spaces = /^[ \t]*/.exec(rest)![0].length;
  return page + rest.slice(Math.min(spaces, Math.max(1, column - number.length)));
}

/** The most common column at which the numbered lines' text starts: the margin's width. */
function marginWidth(lines: string[], numbered: Set<number>): number {
  const counts = new Map<number, number>();
  for (const index of numbered) {
    const line = lines[index]!.replace('\f', '');
    const width = MARGIN_NUMBER.exec(line)![0].length;
    if (width < line.length) counts.set(width, (counts.get(width) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** A text with its margin line numbers taken off (see numberedLines), and a warning when there were any. */
export function withoutLineNumbers(text: string): { text: string; warning: string | null } {
  const lines = text.split('\n');
  const numbered = numberedLines(lines);
  if (numbered.size === 0) return { text, warning: null };
  const column = marginWidth(lines, numbered);
  const out = lines.map((line, index) => (numbered.has(index) ? withoutNumber(line, column) : line));
  return { text: out.join('\n'), warning: LINE_NUMBERS_WARNING };
}
