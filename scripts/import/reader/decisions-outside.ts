/**
 * The lines of an item's text that no marked decision block takes (resolutions.ts's resolutionBlocks), where the
 * decision reader (decisions.ts) still reads the decisions said in sentences of their own, and the order both kinds
 * were printed in: an item may close a lettered "The Committee agreed to:" list and then decide again in prose.
 */
import type { ResolutionBlock } from '../resolutions.ts';

/** A decision and the line of the item's text it starts at, so decisions read apart keep the order printed. */
export interface Placed {
  at: number;
  decision: string;
}

/** A run of lines together outside every block: the line it starts at (from 0) and its lines joined. */
export interface Run {
  at: number;
  text: string;
}

/** The runs of lines no block takes, in order, each with the line it starts at. */
export function runsOutside(lines: string[], blocks: ResolutionBlock[]): Run[] {
  const inside = (at: number) => blocks.some((block) => at >= block.start && at < block.end);
  const runs: { at: number; lines: string[] }[] = [];
  lines.forEach((line, at) => {
    if (inside(at)) return;
    const run = runs.at(-1);
    if (run !== undefined && run.at + run.lines.length === at) run.lines.push(line);
    else runs.push({ at, lines: [line] });
  });
  return runs.map((run) => ({ at: run.at, text: run.lines.join('\n') }));
}

/** Decisions in the order printed: by the line each starts at, those at one line as they were given (a block's first). */
export function inPrintedOrder(placed: Placed[]): string[] {
  return [...placed].sort((a, b) => a.at - b.at).map((each) => each.decision);
}
