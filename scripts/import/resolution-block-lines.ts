/**
 * The lines a resolution block takes, from the line after its marker: its intro and its entries, each entry's label
 * and whether it is a point under the entry before it; where it ends (a blank line and prose, a heading, a table,
 * a vote, the meeting's close). Apart from how the entries become resolutions (resolutions.ts), which reads the block.
 */
import { BULLET_MARK, comesAfter, endsWithListColon, isWrappedFigure, LABEL, labelOf, LIST_COLON } from './list-marks.ts';
import { isPipeRule, isTableRow, pipeCells } from './reader/table-cells.ts';
import { endsDecision } from './decision-end-lines.ts';
import { endsLastPoint, ENTRY, listEntryText, tidy } from './list-entries.ts';
import { isResolutionStart } from './resolution-markers.ts';

/**
 * True when a labelled line printed after a blank line belongs to the block: it opens a list ("(a)", "1.",
 * "(i)") or comes next after one of the block's entries. "(b) Speed limit on Harcourt Road" after a resolution
 * that closed petition (a), or "7. 14-18 CALDER ROAD" after one that closed item 6, is the next heading.
 */
function continuesList(line: string, block: Block, labels: (string | null)[]): boolean {
  const label = labelOf(line);
  if (label === undefined || ['1', 'a', 'i', 'A'].includes(label)) return true;
  if (block.entries.length === 0) return !/[.!?]$/.test(block.intro.join(' ').trim());
  // Against every label so far, not the last only: "(b)" goes on after "(a)" and the "(i)", "(ii)" under it.
  return labels.some((previous) => previous !== null && comesAfter(label, previous));
}

/** A resolution block as collectBlock reads it: the intro before its list, then the list's entries. */
export interface Block {
  intro: string[];
  entries: string[][];
  /** Each entry's label as printed ("1.", "(b)", "ii)"); '' for a bullet's. */
  marks: string[];
  /** For each entry, whether it is a point under the entry before it (the conditions a point lists), not one of the list's own. */
  under: boolean[];
}

/** After a blank line, prose that is not a list entry ends the block unless the intro still waits for its list. */
function endsBlock(block: Block): boolean {
  if (block.entries.length > 0) return true;
  const intro = block.intro.join(' ').trim();
  return intro !== '' && !endsWithListColon(intro);
}

/**
 * The block the marker's line opens: "Resolved:- (1) That …" opens its list, the first entry's label taken off
 * as the others' are; else what follows the marker is the intro.
 */
function openingBlock(opening: string): { block: Block; labels: (string | null)[] } {
  const label = labelOf(opening);
  const entry = label === undefined ? undefined : ENTRY.exec(opening)?.[5];
  if (label !== undefined && entry !== undefined)
    return { block: { intro: [], entries: [[entry]], under: [false], marks: [markOf(opening, entry)] }, labels: [label] };
  return { block: { intro: opening.trim() ? [opening] : [], entries: [], under: [], marks: [] }, labels: [] };
}

/**
 * True when the sentence on the marker's line has ended ("AGREED: the report be noted.") and the line after
 * starts something new: a list entry, a bullet, or a line that opens with a capital. Parish and community
 * council minutes print "AGREED:" / "RESOLVED:" between the lines of a report, a lettered list of business
 * or a grants list with no blank line around it; those lines are no part of the decision. A list belongs
 * to the decision only when the marker's sentence leads into it ("RESOLVED that:", "… the Committee").
 */
function sentenceDone(block: Block, ownLine: boolean, line: string, entry: string | null): boolean {
  if (!ownLine || block.entries.length > 0 || !/[.!?]["”’)]?$/.test(tidy(block.intro.join(' ')))) return false;
  return entry !== null || !/^\s*\p{Ll}/u.test(line);
}

/**
 * Whether a line is one of a table's rows as the readers give them (cells parted by tabs or pipes, or the rule under its
 * header); a labelled line is a point, as collectBlock reads it ("2.<tab>the plan be agreed").
 */
const inTable = (line: string): boolean =>
  labelOf(line) === undefined && (line.includes('\t') || isPipeRule(line) || pipeCells(line) !== null);

/**
 * Whether a line is one a point sets out after a blank line ("… approved as below:" over a table's rows that no table reader
 * parted, figures parted by single spaces or one cell a line): no point of the list, no decision's marker nor end.
 */
const setOut = (line: string): boolean =>
  line.trim() !== '' && labelOf(line) === undefined && !isResolutionStart(line) && !endsDecision(line);

/** Whether a point ends with a colon, so leads to what is set out under it ("… be as set out below:", "… the following:-"). */
const leadsOn = (point: readonly string[] | undefined): boolean => endsWithListColon(tidy((point ?? []).join(' ')));

/**
 * Where a list goes on after the run of lines that starts at line `at` (a table's rows, or the lines a point sets out: `inRun`),
 * then any blank lines: the line after them, when it opens the list's next point ("(6)" after "(5)"); null when it does
 * not, so the run ends the decision.
 */
function pointAfterRun(lines: string[], at: number, labels: (string | null)[], inRun: (line: string) => boolean): number | null {
  let end = at;
  while (end < lines.length && inRun(lines[end] ?? '')) end += 1;
  while (end < lines.length && (lines[end] ?? '').trim() === '') end += 1;
  const label = labelOf(lines[end] ?? '');
  return label !== undefined && labels.some((previous) => previous !== null && comesAfter(label, previous)) ? end : null;
}

/** "That (a) the swings be replaced; and", "that:- (i) …": a lead-in with a list's first label after it (group 1 the lead-in, 3 or 4 the label, 5 the part). */
const FIRST_PART_IN_INTRO = new RegExp(String.raw`^(that\s*${LIST_COLON}?)\s*(${LABEL})\s+(\S.*)$`, 'is');

/**
 * The block with its intro's first part apart: "That (a) the swings be replaced …; and" on the marker's line, then "(b) a
 * decision … be deferred" after a blank line, is a list whose first part follows "That" on the marker's line, so "That" leads
 * into each part; never an intro that leads into "(b)" with its own "(a)" run on. Only when the first entry's label comes next.
 */
function firstPartApart(block: Block, first: string | null | undefined): Block {
  const found = FIRST_PART_IN_INTRO.exec(block.intro.join('\n'));
  const label = found?.[3] ?? found?.[4];
  if (found === null || label === undefined || first == null || !comesAfter(first, label)) return block;
  const part = found[5] ?? '';
  const entries = [part.split('\n'), ...block.entries];
  return { intro: [found[1] ?? ''], entries, under: [false, ...block.under], marks: [(found[2] ?? '').trim(), ...block.marks] };
}

/** The block whose marker is on the line before `start` (`first` what follows the marker), and the line after its last. */
export function collectBlock(lines: string[], start: number, first: string): { block: Block; next: number } {
  // "RESOLVED: o That …": a bullet run onto the marker's line opens no entry, the marker's colon before it.
  const opening = first.replace(new RegExp(String.raw`^(?:${BULLET_MARK}|o)\s+(?=[A-Z])`), '');
  const { block, labels } = openingBlock(opening);
  // The decision written on the marker's line ends with its sentence (sentenceDone).
  const ownLine = block.intro.length > 0;
  let index = start;
  let sawBlank = false;
  for (; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    if (line.trim() === '') {
      sawBlank = true;
      continue;
    }
    if (isResolutionStart(line) || endsDecision(line)) break;
    // The line after the marker's follows what the marker's line leaves ("RESOLVED:" alone opens a list); a figure
    // wrapped onto a line's start ("until" / "11.30 pm …") carries on the sentence.
    const before = sawBlank ? '' : index === start ? opening : lines[index - 1];
    const entry = isWrappedFigure(lines, index) ? null : listEntryText(line, before);
    if (sentenceDone(block, ownLine, line, entry)) break;
    if (entry === null && isTableRow(line)) {
      // A table set out under a point ("… be as set out below:") stays in the minutes; the list goes on after it.
      const resumes = pointAfterRun(lines, index, labels, inTable);
      if (block.entries.length === 0 || resumes === null) break;
      index = resumes - 1;
      sawBlank = false;
      continue;
    }
    if (entry !== null && sawBlank && !continuesList(line, block, labels)) break;
    if (entry !== null) {
      block.under.push(isUnder(block, labels, labelOf(line)));
      block.entries.push([entry]);
      block.marks.push(labelOf(line) === undefined ? '' : markOf(line, entry));
      labels.push(labelOf(line) ?? null);
    } else if (sawBlank && endsBlock(block)) {
      // Lines a point sets out after a blank line (a table no reader parted) stay in the minutes, as a table's rows do;
      // the list goes on at its next point. Under a point that leads to nothing, the paragraph ends the list.
      const resumes = leadsOn(block.entries.at(-1)) ? pointAfterRun(lines, index, labels, setOut) : null;
      if (resumes === null) break;
      index = resumes - 1;
      sawBlank = false;
      continue;
    } else if (block.entries.length > 0) {
      const [before, point] = block.entries.slice(-2).map((lines) => lines.join(' '));
      if (point !== undefined && endsLastPoint(before ?? '', point, line)) break;
      block.entries.at(-1)?.push(line);
    } else block.intro.push(line);
    sawBlank = false;
  }
  return { block: firstPartApart(block, labels[0]), next: index };
}

/**
 * True when a labelled entry is a point under the entry before it: that entry ends with a colon ("(c) the following
 * conditions be added:") or is such a point itself, and the label does not come next in the list ("1." under "(c)",
 * never "(d)").
 */
function isUnder(block: Block, labels: (string | null)[], label: string | undefined): boolean {
  const last = block.entries.length - 1;
  const top = labels.filter((_label, at) => block.under[at] !== true).at(-1);
  if (last < 0 || label === undefined || top == null || comesAfter(label, top)) return false;
  return block.under[last] === true || leadsOn(block.entries[last]);
}

/** An entry's label as its line prints it, before the entry's text ("1." of "  1. The dormer …"). */
const markOf = (line: string, entry: string): string =>
  line
    .trim()
    .slice(0, line.trim().length - entry.trim().length)
    .trim();
