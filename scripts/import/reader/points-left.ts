/**
 * A point of a resolution's list printed after the list has ended: a paragraph, or a table and a paragraph, between it and
 * the points above, past which the list does not go on (resolution-block-lines.ts), as "(b) …" after the band table and the note
 * under it. No reader takes it as a decision, and the minutes keep it, so a warning names it rather than a guess that
 * it is one of the list's points.
 */
import { comesAfter, labelOf } from '../list-marks.ts';
import { isResolutionStart } from '../resolution-markers.ts';
import { resolutionBlocks } from '../resolutions.ts';
import { tidy } from '../list-entries.ts';
import { squash } from '../text.ts';
import { endsOnWordOrComma, proseRunsOn } from './runs-on.ts';

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

/**
 * Each line that carries on a resolution's last words after a blank line the resolution ended at, as printed: the
 * resolution (or its list's last point) ends mid-sentence, on a small word ("… to the Chair of") whatever the line's
 * first letter, or on a word or comma over a line in lower case ("… over five years with" over "interest at …"); the
 * line opens no point, decision or block of its own, and no resolution holds its words. The minutes keep it; the
 * warning says the resolution is cut, which no reader guesses at.
 */
export function tailsLeftOut(text: string, resolutions: readonly string[]): string[] {
  const lines = text.split('\n');
  const held = resolutions.map(squash);
  return resolutionBlocks(text).flatMap((block) => {
    const end = squash(block.resolutions.at(-1) ?? '');
    const next = lines.slice(block.end).find((line) => line.trim() !== '');
    if (next === undefined || end === '' || labelOf(next) !== undefined || isResolutionStart(next)) return [];
    const cut = proseRunsOn(end) || (endsOnWordOrComma(end) && /^\p{Ll}/u.test(next.trim()));
    return cut && !held.some((resolution) => resolution.includes(tidy(next))) ? [squash(next)] : [];
  });
}
