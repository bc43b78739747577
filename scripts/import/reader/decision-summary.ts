/**
 * A summary of decisions printed above the minutes ("SUMMARY OF DECISIONS" over "Item 5   Fees and Charges 2025/26 -
 * recommended to Council for approval."): a list of the items and what was decided on each, which the full minutes
 * below repeat. Read only to say what became of it: nothing of it is imported (the minutes' own items hold the
 * decisions), and an entry the minutes do not repeat is named as lost. No decision is ever made from an entry.
 */
import { squash } from '../text.ts';
import { DECISIONS_DOCUMENT } from './document-heading.ts';
import { candidateAt } from './numbering.ts';

/** "SUMMARY OF DECISIONS", "Record of Decisions:", "Decision list": the heading over the summary, in the decision documents' words. */
const SUMMARY_HEADING = new RegExp(String.raw`^(?:${DECISIONS_DOCUMENT})\s*:?$`, 'i');
/** Where an entry's title ends and what was decided begins: a spaced dash or a colon. */
const TITLE_END = /\s+[-–—]\s+|:\s+/;
/** A word of a title that tells one item from another: four letters or more. */
const TELLING_WORD = /\p{L}{4,}/gu;

/** An item of the minutes, as the summary's entries are checked against it. */
export interface MinutesItem {
  number: string | number | null;
  title: string;
}

/** The summary found: its lines (heading and entries, as indexes of the lines above the first item) and its warnings. */
export interface DecisionSummary {
  lines: number[];
  warnings: string[];
}

/** An entry's number and title, from its line. */
interface Entry {
  text: string;
  number: string;
  title: string;
}

/** The entries under the heading at `heading`: numbered lines and the lines wrapped under them, up to the first other line. */
function entriesUnder(lines: readonly string[], heading: number): { entries: Entry[]; lines: number[] } {
  const entries: Entry[] = [];
  const taken: number[] = [];
  for (let at = heading + 1; at < lines.length; at += 1) {
    const text = squash(lines[at] ?? '');
    if (text === '') continue;
    const candidate = candidateAt(text, at);
    const last = entries.at(-1);
    if (candidate !== null && candidate.title !== null) {
      const title = candidate.title.split(TITLE_END)[0] ?? candidate.title;
      entries.push({ text, number: candidate.number, title });
    } else if (last !== undefined && taken.at(-1) === at - 1 && !/[.!?]$/.test(last.text)) {
      // "Item 8   Community Grants Round 2 - five grants" over "awarded totalling £18,450.": one entry wrapped.
      last.text = `${last.text} ${text}`;
    } else break;
    taken.push(at);
  }
  return { entries, lines: taken };
}

/** The item the minutes number as the entry is, its title sharing a telling word with the entry's. */
function repeats(entry: Entry, items: readonly MinutesItem[]): boolean {
  const words = new Set((entry.title.toLowerCase().match(TELLING_WORD) ?? []) as string[]);
  return items.some(
    (item) =>
      String(item.number ?? '').toLowerCase() === entry.number.toLowerCase() &&
      (words.size === 0 || (item.title.toLowerCase().match(TELLING_WORD) ?? []).some((word) => words.has(word))),
  );
}

/**
 * The summary of decisions above the first item, when there is one: a heading in a decision document's words over
 * numbered entries. Its warnings say the entries the minutes repeat are not imported, being theirs, and name each entry
 * no item of the minutes repeats (by number and title) as not imported. Null when the lines hold no such summary.
 */
export function decisionSummary(headerLines: readonly string[], items: readonly MinutesItem[]): DecisionSummary | null {
  const heading = headerLines.findIndex((line) => SUMMARY_HEADING.test(squash(line)));
  if (heading === -1) return null;
  const found = entriesUnder(headerLines, heading);
  if (found.entries.length === 0) return null;
  const repeated = found.entries.filter((entry) => repeats(entry, items));
  const lost = found.entries.filter((entry) => !repeats(entry, items));
  const warnings = [
    ...(repeated.length === 0
      ? []
      : [
          `a summary of decisions above the minutes, repeated by them, not imported: ${repeated.length} entr${repeated.length === 1 ? 'y' : 'ies'} ("${repeated[0]?.text ?? ''}"${repeated.length > 1 ? ' …' : ''})`,
        ]),
    ...lost.map(
      (entry) =>
        `a summary of decisions above the minutes lists "${entry.text}", which no item of the minutes repeats: not imported, copy it into the meeting file by hand`,
    ),
  ];
  return { lines: [heading, ...found.lines], warnings };
}
