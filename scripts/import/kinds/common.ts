/**
 * What the record kinds that are not minutes or agendas (decision notices, forward plans,
 * reports, public questions) share: reading the few lines that name a council, a body and a
 * date, and telling page furniture from text. Kept apart from the minutes reader so each
 * family stays small and none of them guesses at another's layout.
 */
import { isoFromParts } from '../../../src/model/dates.ts';
import type { SourceMeta } from '../records.ts';
import { squash } from '../text.ts';
import { councilsIn } from '../reader/council-name.ts';

/** All-capitals headings ("BRISTOL CITY COUNCIL") shown as words ("Bristol City Council"). */
export function titleCase(text: string): string {
  if (/[a-z]/.test(text)) return text;
  return text.toLowerCase().replace(/(^|[\s(/-])([a-z])/g, (_match, before: string, letter: string) => `${before}${letter.toUpperCase()}`);
}

/** Councils the text names ("X City Council", "London Borough of Y"), in order of first mention, each once: the general reader's rule (reader/council-name.ts). */
export function councilsNamed(text: string): string[] {
  const names = text.split('\n').flatMap((line) => councilsIn(line).map(({ name }) => name));
  return [...new Set(names)];
}

export interface NamedValue {
  value: string | null;
  warnings: string[];
}

/**
 * The council: from the header lines when they name one, else from the source header or flags,
 * else the one council the text names anywhere (said in a warning, since the text names it only
 * in passing). Two councils named and none in the header: not stated.
 */
export function councilFor(headerLines: string[], text: string, meta: SourceMeta): NamedValue {
  const inHeader = councilsNamed(headerLines.join('\n'));
  if (inHeader[0]) return { value: inHeader[0], warnings: [] };
  if (meta.council) return { value: meta.council, warnings: [] };
  const named = councilsNamed(text);
  if (named.length === 1 && named[0]) {
    return { value: named[0], warnings: [`council read from a mention in the text ("${named[0]}"), not from a heading`] };
  }
  return { value: null, warnings: [] };
}

export interface DateFields {
  date: string | null;
  dateStatus: 'exact' | 'not-stated';
  dateNote: string | null;
}

/** The text's own date first, then the source header or flag. */
export function dateFor(stated: string | null, meta: SourceMeta): DateFields {
  if (stated) return { date: stated, dateStatus: 'exact', dateNote: null };
  const [year, month, day] = (meta.date ?? '').split('-').map(Number);
  if (meta.date && isoFromParts(year ?? 0, month ?? 0, day ?? 0)) {
    return { date: meta.date, dateStatus: 'exact', dateNote: 'Given in the source header or on the command line, not in the record text.' };
  }
  return { date: null, dateStatus: 'not-stated', dateNote: null };
}

/** Page numbers and running footers a PDF conversion leaves on their own line: "1", "-5-", "- 10 -", "Page 2 of 7". */
export function isPageMark(line: string): boolean {
  return /^\s*(?:\d{1,3}|-\s*\d{1,3}\s*-|Page\s+\d+(?:\s+of\s+\d+)?)\s*$/i.test(line);
}

/** Non-blank lines near the top, for detection. */
export function headLines(text: string, count: number): string[] {
  return text
    .split('\n')
    .map(squash)
    .filter((line) => line !== '')
    .slice(0, count);
}

/** "Councillor Emma Edwards," as printed, without the trailing comma a list leaves. */
export function cleanName(line: string): string {
  return squash(line).replace(/[,;]+$/, '');
}
