import { createHash } from 'node:crypto';

/**
 * Text clean-up shared by the parsers. Flattened web pages and PDF text carry
 * non-breaking spaces, odd quotes and blank lines made of spaces.
 */

/**
 * The first step for any raw file, before its header is looked for: drops a UTF-8 byte order
 * mark and turns CRLF and CR-only line ends into LF, so a header after a BOM or on a file saved
 * with old Mac line ends is still a header, and line numbers count the same way everywhere.
 */
export function normaliseLineEnds(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Normalises line endings and space characters, trims line ends. */
export function normaliseText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200c\u200d]/g, '')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/g, ''))
    .join('\n');
}

/** Collapses runs of spaces inside a line (a single space is left alone, not replaced by itself: three times faster). */
export function squash(line: string): string {
  return line.replace(/\t[ \t]*| [ \t]+/g, ' ').trim();
}

/**
 * Dot leaders between a label and its value on one line ("Tree Warden ........ Cllr Ellery", "Main hall ………… £18",
 * "Room . . . . . £9"): four stops or more, two ellipses or more, or three spaced stops, with words on both sides.
 */
const DOT_LEADER = /(?<=\S)[^\S\n]*(?:[.…]*…[.…]*…[.…]*|\.{4,}|(?:\.[^\S\n]+){3,}\.?)[^\S\n]*(?=\S)/gu;

/** The text with each dot leader read as the separator it stands for, " – ", as a list printed with dashes reads. */
export function leadersAsDashes(text: string): string {
  return text.replace(DOT_LEADER, ' – ');
}

/** Splits text into paragraphs: blocks of non-blank lines. */
export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block.length > 0);
}

/** Content hash prefix, used for ids of records that have no date. */
export function shortHash(text: string, length = 8): string {
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}

/** An agenda item's anchor from its number as printed: "44" -> "item-44", "18.05.1" -> "item-18-05-1", "39/20" -> "item-39-20". */
export function numberAnchor(number: string): string {
  const slug = number
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `item-${slug}`;
}

/**
 * `base`, or when `taken` says another item of the meeting has it (two items of one number, a title printed twice),
 * the first of `${stem}-2`, `${stem}-3`, … it has not: "item-3", then "item-3-2". The page links to each item by its
 * anchor, so no two may share one. `stem` is `base` unless the base stands in for an empty slug ("item-untitled").
 */
export function uniqueAnchor(base: string, taken: (anchor: string) => boolean, stem = base): string {
  let anchor = base;
  for (let suffix = 2; taken(anchor); suffix += 1) anchor = `${stem}-${suffix}`;
  return anchor;
}
