/** Test helper: text set in two columns, as `pdftotext -layout` prints a page of two columns. */

/** Lines set in two columns: each pair's left text padded to `at` characters, then the right text (none: the left alone). */
export function columns(at: number, pairs: [string, string][]): string {
  return pairs.map(([left, right]) => (right === '' ? left : left.padEnd(at) + right).trimEnd()).join('\n');
}
