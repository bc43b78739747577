/**
 * Running headers and footers: a line the PDF prints on every page ("Overview and
 * Scrutiny Panel – 7 June 2016"). Such a line, repeated and naming the committee or
 * council, is page furniture and is blanked (not removed, so line numbers still hold).
 */

const MIN_REPEATS = 3;

function isCandidate(line: string, names: string[]): boolean {
  const text = line.trim();
  if (text === '' || text.length > 100 || line.includes('\t') || text.includes(':') || /^[-*•]/.test(text)) return false;
  const lower = text.toLowerCase();
  return names.some((name) => name !== '' && lower.includes(name.toLowerCase()));
}

/** Blanks repeated header lines from `from` on; the front sheet above stays as it is. */
export function blankRunningHeaders(lines: string[], from: number, names: (string | null)[]): string[] {
  const known = names.filter((name): name is string => name !== null);
  const counts = new Map<string, number>();
  for (const line of lines.slice(from)) {
    if (isCandidate(line, known)) counts.set(line.trim(), (counts.get(line.trim()) ?? 0) + 1);
  }
  return lines.map((line, index) => (index >= from && (counts.get(line.trim()) ?? 0) >= MIN_REPEATS ? '' : line));
}
