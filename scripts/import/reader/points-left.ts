/**
 * A point of a resolution's list printed after the list has ended: a paragraph, or a table and a paragraph, between it and
 * the points above, past which the list does not go on (resolutions.ts), as "(b) …" after the band table and the note
 * under it. No reader takes it as a decision, and the minutes keep it, so a warning names it rather than a guess that
 * it is one of the list's points.
 */
import { comesAfter, labelOf } from '../list-marks.ts';
import { resolutionBlocks, tidy } from '../resolutions.ts';
import { squash } from '../text.ts';

/**
 * Each line of a minutes text that opens its resolution list's next point ("(2)" after "(1)", "(c)" after that "(b)")
 * below the block the list ended with and above the next block, as printed, whose words none of `resolutions` holds.
 */
export function pointsLeftOut(text: string, resolutions: readonly string[]): string[] {
  const lines = text.split('\n');
  const blocks = resolutionBlocks(text);
  const held = resolutions.map(squash);
  return blocks.flatMap((block, at) => {
    const labels = lines.slice(block.start, block.end).flatMap((line) => labelOf(line) ?? []);
    const left: string[] = [];
    for (const line of lines.slice(block.end, blocks[at + 1]?.start ?? lines.length)) {
      const label = labelOf(line);
      if (label === undefined || !labels.some((previous) => comesAfter(label, previous))) continue;
      labels.push(label);
      const words = tidy(line.replace(/^\s*\S+\s+/, ''));
      if (!held.some((resolution) => resolution.includes(words))) left.push(squash(line));
    }
    return left;
  });
}
