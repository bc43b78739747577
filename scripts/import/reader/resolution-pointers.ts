/**
 * Resolutions that only point back at a motion ("RESOLVED accordingly.", "RESOLVED that the motion be adopted.",
 * "Resolved in the terms of the motion set out above."): the decision is the motion's words, so a pointer reads as
 * the words of the motion the item states (its movers' "moved that …" sentence, a quoted motion, a "Moved:" line or
 * the paragraph under a movers' line ending in a colon). With no motion worded in the item, the resolution stays as
 * printed and the reader warns: the record says no more, and nothing is made up. Apart from motions.ts because it
 * reads the item's lines as well as its votes.
 */
import type { RecordedVote } from '../../../src/model/schema.ts';
import { squash } from '../text.ts';
import { SHORT_WORD } from './list-split.ts';
import { MOVER_WORD } from './motions.ts';
import { flat } from './vote-words.ts';

/** Who resolved, before "accordingly": "The committee resolved", "It was agreed", "Members decided", "Resolved unanimously". */
const WHO_RESOLVED = String.raw`(?:(?:(?:The\s+[\p{L}' -]{1,60}?|It\s+was|Members)\s+)?(?:resolved|agreed|decided)(?:\s+unanimously)?\s+)?`;
/** What a motion is called when a resolution points at it. */
const PROPOSAL = String.raw`(?:(?:substantive\s+|above\s+)?motion|proposal)`;
/** "(as) set out above", "as printed above", "above": where the pointed-at motion stands. */
const ABOVE = String.raw`(?:\s+(?:as\s+)?(?:(?:set\s+out|printed|stated|moved)\s+)?above)?`;
/**
 * A resolution in pointing words alone: "accordingly", "that the motion be adopted", "as set out above", "in the
 * terms of the motion (set out above)", "that the motion as moved be carried", "as moved".
 */
const POINTER = new RegExp(
  String.raw`^${WHO_RESOLVED}(?:that\s+)?(?:accordingly|as\s+moved|(?:as\s+)?(?:set\s+out|printed)\s+above|in\s+the\s+terms\s+of\s+the\s+${PROPOSAL}${ABOVE}|the\s+${PROPOSAL}${ABOVE}(?:\s+as\s+moved)?\s+be\s+(?:adopted|agreed|approved|carried|accepted|supported))\s*\.?$`,
  'iu',
);

/** True when a resolution is only a pointer to the motion above it. */
export function pointsBack(resolution: string): boolean {
  return POINTER.test(squash(resolution));
}

/** "Councillor Ash, seconded by Councillor Elm, moved (as an amendment) that …": the proposal's own words, in group 1. */
const MOVED_THAT = /\bmoved\s+(?:as\s+an\s+amendment\s+)?that\s+(.+?)\.?$/i;
/** Where a sentence ends in flat text: a stop before a capital, never a short word's (SHORT_WORD: "Mr. Ash", "R. Ash"). */
const SENTENCE_END = new RegExp(String.raw`(?<=(?<!${SHORT_WORD})\.)\s+(?=[A-Z])`, 'u');

/** The words a mover's "moved that …" sentence put, as a resolution reads ("That the committee approve …."); null when none names them. */
function movedWords(text: string, mover: string): string | null {
  for (const sentence of flat(text).split(SENTENCE_END)) {
    const moved = MOVED_THAT.exec(sentence);
    // The mover named before the verb: "Councillor Qureshi, seconded by …, moved that", never a name in what was moved.
    if (moved === null || !sentence.slice(0, moved.index).includes(mover)) continue;
    return `That ${moved[1] ?? ''}.`;
  }
  return null;
}

/** "Moved: That …", "Motion: That …": a motion on its label's line, group 1 its words. */
const MOTION_LABEL = /^\s*(?:Moved|Motion|Proposed|Proposal)\s*:\s*(["“]?That\b.*)$/i;
/** A line opening with a mover's or seconder's word ("Seconded: Cllr Steed", "Proposed by …"): no motion's words. */
const MOVERS_LINE = /^\s*(?:moved|proposed|seconded)\b/i;
/** A paragraph that is a motion's words: "That …", quoted or not. */
const MOTION_WORDS = /^\s*["“]?That\b/i;
/** A quoted paragraph's own quotes, taken off the motion's words ("“That …”." → "That …."). */
const unquoted = (words: string): string => words.replace(/^["“]/, '').replace(/["”](\.?)$/, '$1');

/**
 * The motions the item's lines state, in order: a "Moved:" line, or a "That …" paragraph (quoted or not) under a
 * line naming its movers that ends in a colon ("It was moved by the Mayor, seconded by …:"), or a quoted "“That …”"
 * paragraph on its own. Each runs to its paragraph's end.
 */
function statedMotions(lines: string[]): string[] {
  // A paragraph ends at a blank line, or at a line naming a mover or seconder ("Seconded: Cllr Steed").
  const paragraphEnd = (at: number) => {
    const end = lines.findIndex((line, index) => index > at && (line.trim() === '' || MOVERS_LINE.test(line)));
    return end === -1 ? lines.length : end;
  };
  return lines.flatMap((line, at) => {
    const labelled = MOTION_LABEL.exec(line);
    const above = lines
      .slice(0, at)
      .reverse()
      .find((before) => before.trim() !== '');
    const introduced = above !== undefined && /:\s*$/.test(above) && MOVER_WORD.test(above);
    const quoted = /^\s*["“]That\b/i.test(line);
    const opens = at === 0 || (lines[at - 1] ?? '').trim() === '';
    if (labelled === null && !(opens && MOTION_WORDS.test(line) && (introduced || quoted))) return [];
    const first = labelled?.[1] ?? line;
    return [unquoted(squash([first, ...lines.slice(at + 1, paragraphEnd(at))].join(' ')))];
  });
}

/** Pointing resolutions read (`resolutions`), and those left as printed for want of a worded motion (`unworded`). */
export interface PointedResolutions {
  resolutions: string[];
  unworded: string[];
}

/**
 * Resolutions that point back at a motion read as that motion's words: the proposal last carried as its mover's
 * "moved that …" sentence words it (a vote's movers name it, as the Scottish "X, seconded by Y, moved that …" prints
 * them), else the last motion the item states above the pointer (`statedMotions`). With none, the resolution stays
 * as printed and is listed in `unworded`, for the item's warning.
 */
export function pointedResolutions(resolutions: string[], text: string, votes: RecordedVote[]): PointedResolutions {
  if (!resolutions.some(pointsBack)) return { resolutions, unworded: [] };
  const mover = votes.filter((vote) => vote.outcome === 'carried' && vote.movedBy !== undefined).at(-1)?.movedBy;
  const lines = text.split('\n');
  // Above the pointer: a motion stated after the decision is another's. The pointer's line is the last that ends as it does
  // ("… be adopted.", "accordingly."): a quoted motion above may share its first words, never its last.
  const tail = squash(resolutions.find(pointsBack) ?? '')
    .toLowerCase()
    .split(' ')
    .slice(-2)
    .join(' ');
  const pointer = lines.findLastIndex((line) => squash(line).toLowerCase().includes(tail));
  const stated = statedMotions(pointer === -1 ? lines : lines.slice(0, pointer)).at(-1) ?? null;
  const words = (mover === undefined ? null : movedWords(text, mover)) ?? stated;
  const read = resolutions.map((resolution) => (words !== null && pointsBack(resolution) ? words : resolution));
  return { resolutions: read, unworded: words === null ? resolutions.filter(pointsBack) : [] };
}
