/**
 * The build log's lines on what a build reused from the one before it (issue 16, goal 3), written by
 * the build's integrations (src/integrations/markdown-cache.ts, pagefind.ts) and read back by the
 * benchmark (scripts/bench/run-build.ts): one wording, kept here for both.
 */

/** Said of what came from the build cache. */
export const REUSED = 'reused from the previous build';

/** What a build did with the cached record text: blocks rendered afresh and blocks reused. */
export interface TextReuse {
  rendered: number;
  reused: number;
}

/**
 * "Record text: 12 blocks rendered, 175106 reused from the previous build (rendered in 1 worker
 * thread)": the workers are the build's render pool (src/integrations/render-workers.ts).
 */
export function recordTextLine({ rendered, reused }: TextReuse, workers = 0): string {
  const where = workers === 0 ? "on the build's thread" : `in ${workers} worker thread${workers === 1 ? '' : 's'}`;
  return `Record text: ${rendered} blocks rendered, ${reused} ${REUSED} (rendered ${where})`;
}

/** The counts of a recordTextLine within a log line, or null. */
export function readRecordTextLine(line: string): TextReuse | null {
  const match = new RegExp(`Record text: (\\d+) blocks rendered, (\\d+) ${REUSED}`).exec(line);
  return match ? { rendered: Number(match[1]), reused: Number(match[2]) } : null;
}

/** What a build did with the pages it kept: rendered afresh, and sent as the previous build rendered them. */
export interface PageReuse {
  rendered: number;
  reused: number;
}

/** "Pages: 31 rendered, 19938 reused from the previous build; written files: 4 made, 10251 reused; data table rows: 1 made, 13702 reused". */
export function pagesLine(pages: PageReuse, files: PageReuse, rows: PageReuse): string {
  const made = ({ rendered, reused }: PageReuse) => `${rendered} made, ${reused} reused`;
  return `Pages: ${pages.rendered} rendered, ${pages.reused} ${REUSED}; written files: ${made(files)}; data table rows: ${made(rows)}`;
}

/**
 * What became of the output folder (src/site/output-folder.ts): "Output folder: kept in place; 20107
 * files left as the last build wrote them, 3 it wrote and this build did not deleted", or "Output
 * folder: emptied as the build started".
 */
export function outputLine(inPlace: boolean, { kept, deleted }: { kept: number; deleted: number }): string {
  if (!inPlace) return `Output folder: ${EMPTIED}`;
  return `Output folder: ${IN_PLACE}; ${kept} ${LEFT}, ${deleted} ${DELETED}`;
}

const EMPTIED = 'emptied as the build started';
const IN_PLACE = 'kept in place';
const LEFT = 'files left as the last build wrote them';
const DELETED = 'it wrote and this build did not deleted';

/** The counts of an outputLine within a log line (kept and deleted files; both 0 when the folder was emptied), or null. */
export function readOutputLine(line: string): { inPlace: boolean; kept: number; deleted: number } | null {
  if (line.includes(`Output folder: ${EMPTIED}`)) return { inPlace: false, kept: 0, deleted: 0 };
  const match = new RegExp(`Output folder: ${IN_PLACE}; (\\d+) ${LEFT}, (\\d+) ${DELETED}`).exec(line);
  return match ? { inPlace: true, kept: Number(match[1]), deleted: Number(match[2]) } : null;
}

/** The counts of a pagesLine within a log line, or null. */
export function readPagesLine(line: string): PageReuse | null {
  const match = new RegExp(`Pages: (\\d+) rendered, (\\d+) ${REUSED}`).exec(line);
  return match ? { rendered: Number(match[1]), reused: Number(match[2]) } : null;
}

/** The index's parts and how many of them were reused, as indexLine (pagefind.ts) words them. */
export function partsLine(parts: number, reused: number): string {
  if (parts === 1) return reused > 0 ? `one part, ${REUSED}` : 'one part';
  return reused > 0 ? `${parts} parts (${reused} ${REUSED})` : `${parts} parts`;
}

/** The parts and reused parts of an "Indexed …" line, or null. */
export function readPartsLine(line: string): { parts: number; reused: number } | null {
  const match = new RegExp(`Indexed \\d+ of the \\d+ pages .*\\((one part(, ${REUSED})?|(\\d+) parts( \\((\\d+) ${REUSED}\\))?)`).exec(
    line,
  );
  if (!match) return null;
  if (match[1]?.startsWith('one part')) return { parts: 1, reused: match[2] === undefined ? 0 : 1 };
  return { parts: Number(match[3]), reused: Number(match[5] ?? 0) };
}
