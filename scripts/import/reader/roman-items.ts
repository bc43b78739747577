/**
 * Items numbered in lower-case Roman numerals: "(i) Apologies for absence", "ii. Declarations of interest", "iii) Minutes",
 * as town and parish councils number their items. The same marks number a resolution's points ("RESOLVED:" over "(i) the
 * Clerk write …"), so a numeral opens an item only as a heading does (set apart from a lead-in, a title of its own) and
 * only in a run i, ii, iii … from "i"; a numbered list inside one of the items stays that item's. Apart from numbering.ts,
 * whose candidates are the numbers every record may use, as this reading is taken only over them (withRomanItems).
 */
import { isResolutionStart } from '../resolution-markers.ts';
import { LOWER_NUMERAL, romanValue } from '../roman-numerals.ts';
import { squash } from '../text.ts';
import { nextFilled, previousFilled } from './item-lines.ts';
import type { Candidate } from './numbering.ts';

/** "(i)", "i." or "i)" opening the line, alone or before its title (group 4). */
const LOWER_ROMAN = new RegExp(String.raw`^(?:\((${LOWER_NUMERAL})\)|(${LOWER_NUMERAL})([.)]))(?:\s*$|\s+(\S.*)$)`);
/** A title as a heading starts: a capital, a quote, a bracket, £ or &. */
const TITLE_START = /^[A-Z"'‘“(£&]/;
/** How a point of a list ends, or its lead-in: "… be approved;", "… and", "RESOLVED that", "the following:". */
const LIST_JOIN = /(?:[;,:–—-]|:-|\b(?:and|or|that|to|following))$/i;
/** Longer than a heading: a title of that length is a sentence, a point of a list. */
const LONGEST_TITLE = 120;

/** True for a title a heading may have: opens like one, short, not ending as a list's point does. */
const headingTitle = (title: string): boolean => TITLE_START.test(title) && title.length <= LONGEST_TITLE && !LIST_JOIN.test(title);

/** The line as a lower-case Roman numeral heading an item, or null: its title (or the line under it) reads as a heading's. */
export function romanCandidate(lines: readonly string[], at: number): Candidate | null {
  const match = LOWER_ROMAN.exec(squash(lines[at] ?? ''));
  const numeral = match?.[1] ?? match?.[2] ?? '';
  const key = romanValue(numeral);
  if (match === null || key === null) return null;
  const title = match[4] ?? null;
  if (!headingTitle(title ?? squash(lines[nextFilled(lines, at + 1, lines.length)] ?? ''))) return null;
  const above = squash(lines[previousFilled(lines, at)] ?? '');
  // "RESOLVED:", "It was agreed that" over "(i) …": the lead-in of a list, whose points these are ("RESOLVED accordingly." ends one).
  if (LIST_JOIN.test(above) || (isResolutionStart(above) && !/[.!?]$/.test(above))) return null;
  const form = `${title === null ? 'alone' : 'inline'}|||roman-lower|${match[1] === undefined ? (match[3] ?? '') : '()'}`;
  return { line: at, number: numeral, form, key, stem: '', title };
}

/**
 * The run i, ii, iii … of one form down the lines, from an "i": each next numeral the first after the one before, passing
 * a point of a list inside an item (a numeral right under its predecessor that is no member: "(i)", "(ii)", "(iii)" of a
 * resolution under item ii). The longest such run; empty when none has two members.
 */
export function romanRun(lines: readonly string[]): Candidate[] {
  const found = lines.flatMap((_line, at) => romanCandidate(lines, at) ?? []);
  const byLine = new Map(found.map((candidate) => [candidate.line, candidate]));
  // The numeral on the filled line right above each one, when there is one: the point before it in a list.
  const under = new Map(found.map((candidate) => [candidate, byLine.get(previousFilled(lines, candidate.line))]));
  let best: Candidate[] = [];
  for (const first of found.filter((candidate) => candidate.key === 1)) {
    const run = [first];
    for (const candidate of found) {
      const last = run.at(-1) as Candidate;
      if (candidate.line <= last.line || candidate.form !== first.form || candidate.key !== last.key + 1) continue;
      const point = under.get(candidate);
      if (point !== undefined && point.key === candidate.key - 1 && point !== last) continue;
      run.push(candidate);
    }
    if (run.length > best.length) best = run;
  }
  return best.length >= 2 ? best : [];
}

/**
 * The items' numbering with lower-case Roman numerals weighed in: their run (romanRun) numbers the items where nothing
 * else does, or where it starts above the `chosen` numbering and either runs as long or holds all of that numbering
 * inside one of its items (a list of that item's, "1. Insurance" … "3. Energy" under "(ii) Budget").
 */
export function withRomanItems(lines: readonly string[], chosen: Candidate[]): Candidate[] {
  const roman = romanRun(lines);
  const first = roman[0];
  if (first === undefined) return chosen;
  if (chosen.length === 0) return roman;
  if ((chosen[0]?.line ?? 0) < first.line) return chosen;
  const holders = new Set(chosen.map((number) => roman.findLastIndex((member) => member.line < number.line)));
  return roman.length >= chosen.length || holders.size === 1 ? roman : chosen;
}
