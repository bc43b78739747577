/**
 * Item numbers run into their text: "NP/41/25There were no apologies for absence.", as a PDF or Word export that lost the
 * tab between the number and the text prints every item. A space is put back after each such number of the record's own
 * numbering, so the items are read as the same minutes with the tab kept would be. Apart from numbering.ts, whose readings
 * take one line at a time: whether a glued number is an item's needs the whole record.
 */
import { GLUED_NUMBER } from './numbering.ts';
import { chooseScheme } from './numbering-scheme.ts';

/**
 * The fewest glued numbers in the record's numbering that make the layout the record's: one or two such lines may be a
 * figure run into a word ("2024Budget"), or a list of references that happen to rise ("25/101Mill House").
 */
const FEWEST_GLUED = 3;

/**
 * The lines with a space after each item number run into its text, when the record's numbering (numbering-scheme.ts,
 * chosen as if every such number had its space) holds at least FEWEST_GLUED of them; else the lines as given. A number
 * outside that numbering (a reference, a sum) is left as printed.
 */
export function spacedItemNumbers(lines: readonly string[]): string[] {
  const glued = new Map<number, string>();
  lines.forEach((line, at) => {
    const number = GLUED_NUMBER.exec(line)?.[0];
    if (number !== undefined) glued.set(at, `${number} ${line.slice(number.length)}`);
  });
  if (glued.size < FEWEST_GLUED) return [...lines];
  const scheme = chooseScheme(lines.map((line, at) => glued.get(at) ?? line));
  const items = new Set(scheme.flatMap((candidate) => (glued.has(candidate.line) ? [candidate.line] : [])));
  if (items.size < FEWEST_GLUED) return [...lines];
  return lines.map((line, at) => (items.has(at) ? (glued.get(at) ?? line) : line));
}
