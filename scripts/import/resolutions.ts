/**
 * Resolutions in minutes: the block after "RESOLVED:" (or AGREED, DECIDED, "Resolved:")
 * split into its numbered, lettered or bulleted entries, one string each. The marker is read in resolution-markers.ts and
 * the lines a block takes in resolution-block-lines.ts; here each block's entries become its resolutions, a lead-in led
 * into each.
 */
import { endsWithListColon, LIST_COLON, withoutListColon } from './list-marks.ts';
import { pointsRunOn, tidy } from './list-entries.ts';
import { type Block, collectBlock } from './resolution-block-lines.ts';
import { NOTING_LABEL, TITLE_START, UPPER_START } from './resolution-markers.ts';

/**
 * An entry with its lead-in: "That the Committee: Note the report" keeps the colon; "that: the
 * report be noted" (an entry that carries on the sentence, or a bare "that:") reads without it;
 * "That the Committee" with no colon leads in as it stands.
 */
function withLeadIn(intro: string, entry: string): string {
  // "That the Committee:-" (the colon and dash some councils print) leads in as "That the Committee:" does.
  const carriesOn = /^[a-z]/.test(entry) || /^that$/i.test(withoutListColon(intro));
  return carriesOn ? `${withoutListColon(intro)} ${entry}` : `${intro} ${entry}`;
}

/**
 * The list's own entries, each with the points nested under it run on after its colon, their labels off ("… added: a …;
 * b …"). (The decision reader's withListAfterLeadIn, decisions.ts, runs a lead-in's list on with its labels kept.)
 */
function entriesWithPointsRunOn(block: Block): string[][] {
  const entries: string[][] = [];
  block.entries.forEach((lines, at) => {
    const parent = entries.at(-1);
    if (block.under[at] !== true || parent === undefined) entries.push([...lines]);
    else parent.push(`${endsWithListColon(tidy(parent.join(' '))) ? '' : ';'} ${tidy(lines.join(' '))}`.trim());
  });
  return entries.map((lines) => [lines.join(' ').replace(/\s+;/g, ';')]);
}

/**
 * "… as follows:", "… the following:", "that the following comments be forwarded to Cabinet on 5 February:", "The
 * committee recommended to Council:": a lead-in whose list does not carry on its sentence (the list is what "the
 * following" names, what was recommended to the body named), so its colon stays.
 */
const LEADS_TO_LIST = new RegExp(
  String.raw`\b(?:as\s+follows|the\s+following\b[^:;.]{0,80}?|recommend(?:ed|s)?\s+to\s+(?:the\s+)?(?:Council|Cabinet|Executive|Board|Committee|[A-Z][\w-]*\s+(?:Council|Committee|Board|Panel|Cabinet)))\s*${LIST_COLON}$`,
  'i',
);

/**
 * "REFUSED for the following reasons:", "… be refused on the following grounds:-": a lead-in to the reasons for one
 * decision, whose numbered points are the reasons, never decisions of their own.
 */
const REASONS_LEAD_IN = new RegExp(String.raw`\b(?:for|on)\s+the\s+following\s+(?:reasons?|grounds?)(?:\s*\(s\))?\s*${LIST_COLON}$`, 'i');

function blockResolutions(block: Block): string[] {
  const intro = tidy(block.intro.join(' '));
  if (block.entries.length === 0) return intro ? [intro] : [];
  // A refusal's numbered reasons are points of the one refusal, each keeping its number as a list's points keep theirs.
  if (REASONS_LEAD_IN.test(intro) && block.marks.every((mark) => mark !== ''))
    return [
      `${withoutListColon(intro)}: ${pointsRunOn(block.entries.map((lines, at) => ({ label: block.marks[at] ?? '', text: lines.join(' ') })))}`,
    ];
  // "That the Committee:" or "That the Committee" (no stop): the intro leads into every entry.
  const leadIn = intro !== '' && !/[.;!?]$/.test(intro);
  const join = (entry: string) => (LEADS_TO_LIST.test(intro) ? `${withoutListColon(intro)}: ${entry}` : withLeadIn(intro, entry));
  const results = entriesWithPointsRunOn(block).map((lines) => tidy(leadIn ? join(lines.join(' ')) : lines.join(' ')));
  if (intro && !leadIn) results.unshift(intro);
  return results.filter((entry) => entry.length > 0);
}

/** A resolution block of a minutes text: the line its marker opens (from 0), the line after its last, and its resolutions. */
export interface ResolutionBlock {
  start: number;
  end: number;
  resolutions: string[];
}

/**
 * Every resolution block in a minutes text, in order, with the lines it takes: the decision reader (decisions.ts)
 * reads the lines outside them for the decisions said in sentences of their own.
 */
export function resolutionBlocks(text: string): ResolutionBlock[] {
  const lines = text.split('\n');
  const found: ResolutionBlock[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index] ?? '';
    const match = UPPER_START.exec(line) ?? TITLE_START.exec(line);
    if (!match) continue;
    // "Noted:" alone over its points leads into each ("Noted: That the pier had reopened."), so what was only noted
    // reads apart from what was resolved; over its own words ("Noted: The Committee noted …") the label is no part of them.
    const notedList = NOTING_LABEL.test(match[1] ?? '') && (match[2] ?? '').trim() === '';
    const { block, next } = collectBlock(lines, index + 1, notedList ? `${match[1] ?? ''}:` : (match[2] ?? ''));
    found.push({ start: index, end: next, resolutions: blockResolutions(block) });
    index = next - 1;
  }
  return found;
}

/** Every resolution in a minutes text, in order. */
export function findResolutions(text: string): string[] {
  return resolutionBlocks(text).flatMap((block) => block.resolutions);
}
