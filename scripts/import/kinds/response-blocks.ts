/**
 * The blocks of a response paper, one a recommendation: "Recommendation 3" (or "3." alone) over the
 * recommendation's words, then its labelled fields, "Response: Accepted", "Action:", "Lead Officer:",
 * "Timescale:", "Status:", "Progress:". Apart because both a response paper (cabinet-response.ts) and a
 * scrutiny report on past reviews (review-progress.ts) set their responses out so.
 */
import { MEMBER_WORDS, OFFICER_WORDS, TARGET_WORDS } from '../pdf-pack/tracker-columns.ts';
import { squash } from '../text.ts';
import { isPageMark } from './common.ts';

/** A recommendation's block: "Recommendation 3", "Recommendation 3: That …", "Rec. 3 - That …", "Recommendation 2.1". */
export const BLOCK_START = /^(?:scrutiny\s+)?(rec(?:ommendation)?\.?\s*(\d{1,2}(?:\.\d{1,2})?[a-z]?))\b\s*[:.–—-]?\s*(.*)$/i;
/** A block numbered alone: "1. That the …", "2." (read only where every such block carries its response, readBlocks). */
const NUMBERED_START = /^((\d{1,2})[.)])(?:\s+(.*))?$/;
/** Where the blocks stop: the next appendix, the papers or the contact under them. */
const BLOCKS_END = /^(?:appendix|annex|background\s+papers|contact\s+officer|report\s+author)\b/i;
/** "Label: value" on one line; the label short. */
export const FIELD = /^(\p{Lu}[\p{L}'’/&(),\s-]{0,45}?)\s*[:?]\s*(.*)$/u;

/** "Action", "Proposed action", "Actions required": what will be done, said beside the response. */
const ACTION_LABEL = /^(?:(?:proposed|agreed|planned|further)\s+)?actions?(?:\s+(?:proposed|planned|required|to\s+be\s+taken))?$/i;

/** What a block's field holds, by its label (FIELD_KINDS). */
export type FieldKind = 'response' | 'officer' | 'member' | 'target' | 'status' | 'progress' | 'other';

/** A block's field labels by what they hold; any other short label is kept with the response's words. */
const FIELD_KINDS: [RegExp, FieldKind][] = [
  [
    /^(?:(?:cabinet(?:\s+member)?|executive(?:\s+member)?|portfolio\s+holder|leader|mayor)(?:['’]s)?\s+)?responses?$|^(?:accepted|agreed|accept|agree)\b.*$/i,
    'response',
  ],
  [new RegExp(String.raw`^(?:${OFFICER_WORDS}|officer)$`, 'i'), 'officer'],
  [new RegExp(String.raw`^(?:${MEMBER_WORDS})$`, 'i'), 'member'],
  [new RegExp(String.raw`^(?:${TARGET_WORDS})$`, 'i'), 'target'],
  // Where it stands and what has been done since, as a scrutiny progress report adds them under the response.
  [/^(?:current\s+|implementation\s+)?status$/i, 'status'],
  [/^(?:progress(?:\s+(?:to\s+date|made|update))?|latest\s+update|update)$/i, 'progress'],
  [ACTION_LABEL, 'other'],
];
/**
 * A field whose label a copy ran on after the last field's sentence ("… went live in May. Lead
 * officer: Head of Transport"): only the labels of a person or a date, after a full stop.
 */
const RUN_ON_FIELD = new RegExp(String.raw`(?<=[.;])\s+(?=(?:${OFFICER_WORDS}|officer|${MEMBER_WORDS}|${TARGET_WORDS})\s*:)`, 'i');

/** True for the label of the action a response agrees ("Action", "Proposed action"), a field or a table's column. */
export function isActionLabel(label: string): boolean {
  return ACTION_LABEL.test(label);
}

/** A block's labelled field: its label as printed, what it holds, and its lines. */
export interface Field {
  label: string;
  kind: FieldKind;
  lines: string[];
}

/** A recommendation's block: its label and number, its words, and the fields under them. */
export interface Block {
  /** The block's label as printed: "Recommendation 3". */
  label: string;
  number: string;
  text: string[];
  fields: Field[];
}

function kindOf(label: string): FieldKind | null {
  return FIELD_KINDS.find(([pattern]) => pattern.test(label))?.[1] ?? null;
}

/**
 * The blocks and their fields. A block's words run from its label to its first known field; after
 * that, a line "Label: value" opens a field, and other lines carry on the field above. Blocks
 * labelled "Recommendation N" are read where the paper has them; else blocks numbered "1.", "2."
 * alone, only when from the first that carries a response they run 1, 2, 3 … each with its own
 * "Response:" field: a numbered list inside a response, or the paper's numbered sections, are no blocks.
 */
export function readBlocks(lines: string[]): Block[] {
  const named = blocksOf(lines, BLOCK_START).filter(responds);
  if (named.length > 0) return named;
  const numbered = blocksOf(lines, NUMBERED_START);
  const first = numbered.findIndex(responds);
  const run = first < 0 ? [] : numbered.slice(first);
  const inOrder = run.every((block, index) => responds(block) && block.number === String(index + 1));
  return inOrder ? run.map((block) => ({ ...block, label: `Recommendation ${block.number}` })) : [];
}

function responds(block: Block): boolean {
  return block.fields.some((field) => field.kind === 'response');
}

/** The blocks whose first line the pattern opens (label in group 1, number in 2, words in 3). */
function blocksOf(lines: string[], startPattern: RegExp): Block[] {
  const blocks: Block[] = [];
  let open: Block | null = null;
  for (const raw of lines) {
    const line = squash(raw);
    if (isPageMark(line)) continue;
    const start = startPattern.exec(line);
    if (start) {
      open = { label: squash(start[1] ?? ''), number: start[2] ?? '', text: start[3] ? [start[3]] : [], fields: [] };
      blocks.push(open);
      continue;
    }
    if (!open) continue;
    if (BLOCKS_END.test(line)) {
      open = null;
      continue;
    }
    const parts = open.fields.length > 0 ? line.split(RUN_ON_FIELD) : [line];
    for (const part of parts) addLine(open, part);
  }
  return blocks;
}

/** A block's line: a field it opens, else more words for the field above or for the recommendation. */
function addLine(open: Block, line: string): void {
  const field = FIELD.exec(line);
  const label = squash(field?.[1] ?? '');
  const kind = field ? (kindOf(label) ?? (open.fields.length > 0 && label.split(' ').length <= 5 ? 'other' : null)) : null;
  if (field && kind) open.fields.push({ label, kind, lines: [field[2] ?? ''] });
  else if (open.fields.length > 0) open.fields.at(-1)?.lines.push(line);
  else open.text.push(line);
}

/** A field's words on their lines, trimmed; null when it has none (or there is no such field). */
export function valueOf(field: Field | undefined): string | null {
  const text = field ? field.lines.join('\n').trim() : '';
  return text === '' ? null : text;
}
