/**
 * "Minutes - Environment and Leisure Committee - 18 February 2025 - Wyke St Giles District Council": the date a web
 * page's title (`<title>`) gives, for a page whose text states none (an old content system prints the date in the
 * window's title only). It stands where a header's date would, under the text's own (import-sources.ts), and the record
 * says where it came from (record-notes.ts). Apart from html-text.ts, which reads the page's title and text.
 */
import { findDates } from '../../../src/model/dates.ts';

/** The one date, its year stated, that the page's title gives; null when it gives none or more than one. */
export function titleDate(title: string | null): string | null {
  const dates = new Set(
    findDates(title ?? '')
      .filter((found) => found.yearStated)
      .map((found) => found.iso),
  );
  return dates.size === 1 ? ([...dates][0] ?? null) : null;
}
