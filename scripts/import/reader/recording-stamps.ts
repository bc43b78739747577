/**
 * A webcast's time stamps on lines of their own ("[00:38:22]", "(01:02:47)"): where in the recording each part of a
 * broadcast meeting starts. No field holds them, so each stays with the line it heads: over an item's heading, numbered
 * or not, it is that item's stamp (item-text.ts puts it first in its text), never the last line of the item above; over
 * anything above the first item (the attendance) it is warned of. Apart from numbered-items.ts so that every way of
 * slicing items gives a stamp to the item under it.
 */
import type { ItemSlice } from './item-slice.ts';
import { RECORDING_STAMP } from './numbering.ts';
import { squash } from '../text.ts';

/** "[00:38:22]", "(01:02:47)" alone on a line (RECORDING_STAMP, numbering.ts, reads one before the number on its line). */
const RECORDING_STAMP_LINE = new RegExp(String.raw`^\s*(${RECORDING_STAMP})\s*$`);

/**
 * Each item's slice with the webcast's stamp on the line over its heading (`lines` the record's, `from` its first line below
 * the title block): over the first item it is the item's first line, no line of the title block; over a later one it is
 * taken off the end of the item above. An item that has a stamp already (before its number) keeps it, and the line
 * stays where it is.
 */
export function withRecordingStamps(lines: readonly string[], given: ItemSlice[], from: number): ItemSlice[] {
  const slices = given.map((slice) => ({ ...slice }));
  for (const [index, slice] of slices.entries()) {
    if (slice.stamp !== undefined) continue;
    const above = slices[index - 1];
    if (above === undefined) {
      const at = lines.slice(from, slice.line).findLastIndex((line) => line.trim() !== '') + from;
      const stamp = at >= from ? RECORDING_STAMP_LINE.exec(lines[at] ?? '') : null;
      if (stamp !== null) Object.assign(slice, { line: at, stamp: stamp[1] ?? '' });
      continue;
    }
    const at = above.lines.findLastIndex((line) => line.trim() !== '');
    const stamp = RECORDING_STAMP_LINE.exec(above.lines[at] ?? '');
    if (stamp === null) continue;
    above.lines = above.lines.slice(0, at);
    slice.stamp = stamp[1] ?? '';
  }
  return slices;
}

/**
 * Warnings for the webcast's stamps among the lines above the first item (`headerLines`), over the attendance or the
 * title block's lines: no item holds them and no field says where in the recording a part of the meeting starts.
 */
export function headerStampWarnings(headerLines: readonly string[]): string[] {
  return headerLines.flatMap((line, at) => {
    const stamp = RECORDING_STAMP_LINE.exec(line)?.[1];
    if (stamp === undefined) return [];
    const next = headerLines.slice(at + 1).find((below) => below.trim() !== '');
    const over = next === undefined ? '' : ` over "${squash(next)}"`;
    return [
      `a webcast's time stamp above the first item, "${stamp}"${over}, is not imported: no field holds where in the recording a part of the meeting starts`,
    ];
  });
}
