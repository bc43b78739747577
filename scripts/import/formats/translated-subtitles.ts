/**
 * Records that print a translation under each English heading: a Scottish body's Gaelic subtitle ("1. Apologies for
 * Absence" over "Leisgeulan"), or a Welsh one. The subtitle says again what the heading says, so the heading is the
 * item's title and the subtitle is set aside, its line left blank (line numbers in messages still point into the
 * file), with a warning that names one; the source file keeps them. Read so, a subtitle is never taken for a name
 * under "Apologies" nor for the first words of an item's minutes.
 *
 * Only a record that plainly does this is changed: at least MIN_SUBTITLES numbered headings have a short line of no
 * English word right under them (then a blank), and at least MIN_MARKED of those lines, and half of them, read as
 * Gaelic (a grave accent, a Gaelic function word) or as Welsh (the language test of text-columns.ts). A heading
 * wrapped onto a second line ("Review of" / "Personal Licences") or a place under a heading stays.
 */
import { languageCounts, languageOf, type ColumnText } from './text-columns.ts';

/** A numbered heading: "1. Apologies for Absence", "5 Premises Licences", "6.1 Review of …". */
const HEADING = /^\s*\d{1,3}(?:\.\d{1,2})*\.?\s+\p{Lu}/u;
/** Most words a subtitle has: a heading's translation, not a sentence. */
const MAX_WORDS = 8;
/** Gaelic's grave-accented vowels, and function words no English text has ("a'", "agus" and, "fo" under, "gu" to). */
const GAELIC_MARK = /[àèìòù]|(?:^|\s)(?:a'|a’|agus|aig|bho|fo|gu|nan|mu|ri)(?=\s|$)/iu;
/** Fewest subtitles, and fewest that read plainly as another language, for a record to be read so. */
const MIN_SUBTITLES = 3;
const MIN_MARKED = 2;

/** True for the line at `at` when it could be a subtitle: right under a numbered heading, short, no English word, a blank after. */
function couldBeSubtitle(lines: string[], at: number): boolean {
  const line = (lines[at] ?? '').trim();
  if (line === '' || !HEADING.test(lines[at - 1] ?? '') || (lines[at + 1] ?? '').trim() !== '') return false;
  if (HEADING.test(line) || /[\d:;]|[.!?]$/.test(line) || line.split(/\s+/).length > MAX_WORDS) return false;
  return languageCounts(line).english === 0;
}

/** True for a subtitle that reads plainly as Gaelic or Welsh. */
const marked = (line: string): boolean => GAELIC_MARK.test(line) || languageOf(line) === 'welsh';

/** A record's text with the subtitles under its headings set aside, where it prints them (see above); the text unchanged otherwise. */
export function withoutTranslatedSubtitles(text: string): ColumnText {
  const lines = text.split('\n');
  const subtitles = lines.flatMap((_, at) => (at > 0 && couldBeSubtitle(lines, at) ? [at] : []));
  const plain = subtitles.filter((at) => marked(lines[at] ?? ''));
  if (subtitles.length < MIN_SUBTITLES || plain.length < MIN_MARKED || 2 * plain.length < subtitles.length) return { text, warning: null };
  const first = (lines[subtitles[0] ?? 0] ?? '').trim();
  for (const at of subtitles) lines[at] = '';
  return {
    text: lines.join('\n'),
    warning: `the record prints a translation under each heading (as "${first}"): the English headings are read and the ${subtitles.length} translations set aside (the source file keeps them)`,
  };
}
