/**
 * Resolutions in minutes: the block after "RESOLVED:" (or AGREED, DECIDED, "Resolved:")
 * split into its numbered, lettered or bulleted entries, one string each.
 */
import {
  BULLET_MARK,
  comesAfter,
  endsWithListColon,
  isWrappedFigure,
  LABEL,
  labelOf,
  LIST_COLON,
  RECOMMENDATION_LABEL,
  withoutListColon,
} from './list-marks.ts';
import { MEETING_CLOSED } from './meeting-close.ts';
import { isPipeRule, isTableRow, pipeCells } from './reader/table-cells.ts';
import { SIDE_WORD, UNANIMITY, WELSH_SIDE_WORD } from './reader/vote-words.ts';
import { DECIDING_WORDS, NOTING_WORDS, oneOf, oneOfTitled } from './reader/decision-words.ts';
import { squash } from './text.ts';

/** "RESOLVED:", "It was therefore AGREED that …": a deciding word in capitals opening the line, what it decided in group 2. */
const UPPER_START = new RegExp(String.raw`^\s*(?:It\s+was\s+(?:therefore\s+)?)?(${oneOf(DECIDING_WORDS)})\b[\s:.,\-–—]*(.*)$`);
/**
 * "Resolved:", "Resolved -", and "Resolved:-" (the colon and dash some councils print) as one mark; and "Resolved That …",
 * and "Resolved      In accordance with …", the word as a label in a column of its own before what was resolved (a gap of
 * spaces, or one space before "That"), as Northern Ireland councils print it. "Noted:" with its colon is such a label too,
 * a decision beside "Agreed:" in Northern Irish minutes ("Noted: The Committee noted that …"); "Noted that …" is prose.
 */
const TITLE_START = new RegExp(
  String.raw`^\s*(?:It\s+was\s+)?(${oneOfTitled(DECIDING_WORDS)}|${oneOfTitled(NOTING_WORDS)}(?=\s*:))(?:\s*(?:${LIST_COLON}|[\-–—])| {2,}(?=[A-Z])|\s+(?=THAT\b|That\b))\s*(.*)$`,
);
/** A noting word as TITLE_START reads it, a label with its colon ("Noted:"). */
const NOTING_LABEL = new RegExp(String.raw`^${oneOfTitled(NOTING_WORDS)}$`);
/** A list entry: its label (list-marks.ts) or its bullet, then its text in group 5. */
const ENTRY = new RegExp(String.raw`^\s*(?:${LABEL}|${RECOMMENDATION_LABEL}|${BULLET_MARK})\s+(.*)$`);
/** True when a line opens with a list entry's number, letter or numeral ("b) the precept …", "(ii) …", "7.1 …"). */
export const opensLabelledEntry = (line: string): boolean => labelOf(line) !== undefined;
/** Word's second-level bullet as a text export prints it: a letter "o", a space or tab, a capital ("o That the report be noted"). */
const LETTER_BULLET = /^\s*o\s+(?=[A-Z])/;

/**
 * True when a line opens with Word's "o" bullet: only where a list can open or go on (the line before is
 * blank, ends a sentence or a lead-in, or opens with the bullet too), so a wrapped line of Welsh prose
 * ("… a chroesawodd aelodau" then "o Gyngor Sir …") is never one, nor "O'Neill" or "O Brien".
 */
function opensWithLetterBullet(line: string, before: string | undefined): boolean {
  if (!LETTER_BULLET.test(line)) return false;
  const previous = (before ?? '').trim();
  return previous === '' || /[.;!?]$/.test(previous) || endsWithListColon(previous) || LETTER_BULLET.test(previous);
}

/** A line's text after Word's "o" bullet when it opens with one (see opensWithLetterBullet); null otherwise. */
export function letterBulletEntry(line: string, before: string | undefined): string | null {
  return opensWithLetterBullet(line, before) ? line.replace(LETTER_BULLET, '') : null;
}

/** The text with each of Word's "o" bullets that opens a line taken off (the lines kept), so a sentence ends before one. */
export function withoutLetterBullets(text: string): string {
  const lines = text.split('\n');
  return lines.map((line, at) => letterBulletEntry(line, lines[at - 1]) ?? line).join('\n');
}

/** A line's text without the bullet, number or letter that opens it as a list entry; null when none does. */
function listEntryText(line: string, before: string | undefined): string | null {
  return ENTRY.exec(line)?.[5] ?? letterBulletEntry(line, before);
}

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

/** True when a line opens a resolution block. */
export function isResolutionStart(line: string): boolean {
  return UPPER_START.test(line) || TITLE_START.test(line);
}

/**
 * A vote's label as a block of fields prints it: "Voting:", "Vote:", "Vote result:", or named for the body that voted,
 * "Panel vote:", "Committee vote:" (that word capitalised). Regex source, for case-blind patterns.
 */
export const VOTE_LABEL = String.raw`(?:(?-i:[A-Z][a-z'’-]+)\s+)?(?:Voting|Votes?|Vote\s+result)\s*:`;
/**
 * "Voting: For 7, Against 0, Abstain 1", "Vote: 4 for, 3 against", "Panel vote: 2 in favour, 1 against", "Vote: Unanimous":
 * the vote on a decision as a labelled block prints it on the line before or after, which ends the decision (votes.ts
 * reads the vote).
 */
export const VOTING_FIELD = new RegExp(String.raw`^\s*${VOTE_LABEL}\s*(?=.*\d|(?:${UNANIMITY})\b)`, 'i');

/** One side of a vote with its count, label first or count first: "For 5", "Against: 1", "Abstentions – 0", "6 for", "1 abstention", "4 o blaid". */
/** The members of a side named by their initials in brackets after its count, as town councils print them: "2 against (RC, YL)". */
const SIDE_INITIALS = String.raw`(?:\s*\((?:[A-Z]{2,3}(?:\s*,\s*|\s+and\s+|\s*&\s*))*[A-Z]{2,3}\))?`;
const SIDE_COUNT = String.raw`(?:(?:${SIDE_WORD}|${WELSH_SIDE_WORD})\s*[:–-]?\s*\d{1,3}|\d{1,3}\s+(?:${SIDE_WORD}|${WELSH_SIDE_WORD}))${SIDE_INITIALS}`;
/**
 * A vote's counts and nothing else: "For 5, Against 1.", "(6 for, 2 against and 1 abstention)", "Voting: For 3;
 * Against 1". Parish and community council minutes print it after the decision it carried; the vote reader
 * (votes.ts) reads it from the minutes, and it is no part of what was decided.
 */
export const COUNTS_ONLY = new RegExp(
  String.raw`^\s*\(?\s*(?:(?:Voting|Votes?|Vote\s+result)\s*:\s*)?${SIDE_COUNT}(?:\s*(?:[,;]|and|with)\s*${SIDE_COUNT})+[\s.)]*$`,
  'i',
);

/**
 * "Action: Clerk", "ACTION: Briefing to be sent to members", "Action by: SH": who is to act on what was
 * decided, or what they are to do, printed after a decision or between a report's points; "Lead officer: Director
 * of Operations", "Contact officer: …", "Wards affected: All", "Key decision: Yes", as a decision bulletin prints
 * under each decision. It is the minutes' text, no part of a decision (action-column.ts puts an Action column's
 * cells back in this form). Capitalised as a label is: "action: none" in a sentence is no label.
 */
export const ACTION_LABEL =
  /^\s*(?=[A-Z])(?:action(?:\s+by)?|(?:lead|contact|responsible|report(?:ing)?)\s+officers?|officer\s+responsible|wards?\s+affected|key\s+decision)\s*:\s*\S/i;

/** Trailing joiners that only link list entries: "; and", ";", ", and". The decision reader's grants list tidies its entries so too. */
export function tidy(entry: string): string {
  return squash(entry)
    .replace(/\s*(?:;|,)\s*(?:and|or)?\s*$/i, '')
    .replace(/\s+and$/i, '')
    .trim();
}

/** "; and", "; or": what joins a list's last point to the point before it. */
const JOINS_LAST = /;\s*(?:and|or)\s*$/i;

/**
 * True when a line under a list's last point is prose after the list, no part of the point: the point before
 * it ends with "; and" (so this one is the last), this one has ended its sentence, and the line opens another
 * with a capital ("(b) he attend training within three months." over "A decision notice will be published.").
 * The decision reader's lower-case lists (decisions.ts) end their last point so too.
 */
export function endsLastPoint(before: string, point: string, line: string): boolean {
  return JOINS_LAST.test(before.trim()) && /[.!?]["”’)]?$/.test(point.trim()) && /^\s*\p{Lu}/u.test(line);
}

interface Block {
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

/** Whether a line ends a decision: the meeting's close, a vote's counts or field, or an "Action:" label under it. */
const endsDecision = (line: string): boolean =>
  [MEETING_CLOSED, VOTING_FIELD, COUNTS_ONLY, ACTION_LABEL].some((pattern) => pattern.test(line));

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

function collectBlock(lines: string[], start: number, first: string): { block: Block; next: number } {
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

/** An entry's label as its line prints it, before the entry's text ("1." of "  1. The dormer …"). */
const markOf = (line: string, entry: string): string =>
  line
    .trim()
    .slice(0, line.trim().length - entry.trim().length)
    .trim();

/**
 * Points run on after what leads into them, each with its label as printed, parted by semicolons, a stop only after the
 * last: "(a) the budget; (b) the precept." (a bullet's point has no label: '').
 */
export function pointsRunOn(points: readonly { label: string; text: string }[]): string {
  return points
    .map(({ label, text }, at) => {
      const point = [label, tidy(text)].filter(Boolean).join(' ');
      return at < points.length - 1 ? point.replace(/\.$/, '') : point;
    })
    .join('; ');
}

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
