/**
 * A forward plan's table with no tabs and no cells one a line under headings, as PDF text conversion gives it.
 *
 * PDF text conversion flattens such a table column by column within each page, so a row's
 * cells are not on one line: a page gives its titles in order and, elsewhere, its dates in the
 * same order. So rows are read as their date cells (a date standing alone, or ending a title
 * line, with the decision taker under it), titles as the lines just before a summary ("To seek
 * approval ..."), and the two are paired page by page only when a page has as many of each.
 * An officer's cell run into a short title ("Jo Bloggs, Head of City Kerbside Strategy") is
 * taken apart using the same officer's cell printed alone elsewhere in the plan.
 *
 * Apart from the plan's reading (forward-plan.ts) because it reads cells by where a page puts them, not by headings
 * (forward-plan-rows.ts): rows without a matched title come back untitled, for the plan to warn of.
 */
import { parseDate, WRITTEN_DATE } from '../../../src/model/dates.ts';
import { squash } from '../text.ts';
import { BODY_WORDS } from './common.ts';
import { wordCase } from '../reader/heading-case.ts';
import { planColumn, SUMMARY_START, type PlanRow } from './forward-plan-rows.ts';

/** Cells that only say how open or key a decision is. */
const STATUS_CELL = /^(?:non[\s-]?key|key(?:\s+decision)?|open|part\s+exempt|exempt|confidential|yes|no|\d)$/i;
const DATE_AT_END = new RegExp(`^(.*?)\\s*(${WRITTEN_DATE.source}|\\d{1,2}/\\d{1,2}/\\d{2,4})$`, 'i');
const NOT_A_ROW_DATE = /\b(?:published|updated|issued|printed|dated|on|by|from|until|before|after|since|of)\s*$/i;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]*)*/;
const NAME_ROLE = /^[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)+,\s*\S/;
const PAGE_BREAK = /^\s*(?:-\s*\d{1,3}\s*-|Page\s+\d+(?:\s+of\s+\d+)?)\s*$/i;

interface Row {
  date: string;
  body: string | null;
  /** Title printed on the date's own line, when the conversion put them together. */
  title: string | null;
}

/** A date cell: a date alone on its line, or ending a title line. */
function rowDate(line: string): { date: string; prefix: string } | null {
  const match = DATE_AT_END.exec(line);
  if (!match) return null;
  const prefix = squash(match[1] ?? '');
  if (NOT_A_ROW_DATE.test(prefix) || /[.,;:]$/.test(prefix)) return null;
  const date = parseDate(match[2] ?? '');
  return date ? { date, prefix } : null;
}

/** The decision taker printed under a date: a few short lines naming a body. */
function bodyAfter(lines: string[], index: number): string | null {
  const cell: string[] = [];
  for (const raw of lines.slice(index + 1, index + 4)) {
    const line = squash(raw);
    // An officer's cell ("Jo Bloggs, Parking Manager") or address under the taker ends it.
    if (line === '' || SUMMARY_START.test(line) || rowDate(line) || NAME_ROLE.test(line) || line.includes('@')) break;
    cell.push(line);
  }
  const text = squash(cell.join(' '));
  return text.length <= 100 && BODY_WORDS.test(text) ? wordCase(text) : null;
}

/** Officer cells: "Name, Role" lines down to their e-mail address, as printed alone. */
function officerCells(lines: string[]): { firsts: string[]; parts: Set<string> } {
  const firsts: string[] = [];
  const parts = new Set<string>();
  lines.forEach((raw, index) => {
    const line = squash(raw);
    if (!NAME_ROLE.test(line)) return;
    const end = lines.slice(index, index + 5).findIndex((next) => EMAIL.test(next) && next.includes('@'));
    if (end < 0) return;
    firsts.push(line);
    for (const part of lines.slice(index + 1, index + end)) parts.add(squash(part));
  });
  return { firsts, parts };
}

/** A title run: officer cells taken off ("Jo Bloggs, Head of City Kerbside Strategy" → "Kerbside Strategy"). */
function titleOf(run: string[], officers: { firsts: string[]; parts: Set<string> }): string | null {
  const kept: string[] = [];
  for (const line of run) {
    const officer = officers.firsts.filter((first) => line.startsWith(`${first} `)).sort((a, b) => b.length - a.length)[0];
    if (officer) kept.push(line.slice(officer.length + 1));
    else if (!officers.firsts.includes(line) && !officers.parts.has(line)) kept.push(line);
  }
  const title = squash(kept.join(' '));
  return title === '' ? null : title;
}

/** Titles of one page, in order: the lines between a cell boundary and a summary. */
function pageTitles(lines: string[], officers: { firsts: string[]; parts: Set<string> }): string[] {
  const titles: string[] = [];
  let run: string[] = [];
  let afterEmail = false;
  // A summary's wrapped lines ("Rosemary Lane") are not a title: only a cell boundary ends a summary.
  let inSummary = false;
  for (const raw of lines) {
    const line = squash(raw);
    const isEmailTail = afterEmail && /^[a-z.]{1,8}$/.test(line);
    afterEmail = line.includes('@');
    if (SUMMARY_START.test(line)) {
      const title = inSummary ? null : titleOf(run, officers);
      if (title) titles.push(title);
      run = [];
      inSummary = true;
    } else if (line === '' || line.includes('@') || isEmailTail || planColumn(line) || STATUS_CELL.test(line)) {
      run = [];
      inSummary = false;
    } else if (!inSummary) {
      const dated = rowDate(line);
      if (dated) run = dated.prefix ? [dated.prefix] : [];
      else if (run.length > 0 || /^[A-Z0-9£]/.test(line)) run.push(line);
    }
  }
  return titles;
}

/** The plan's pages (at "-5-" / "Page 5" marks), each with its rows and titles. */
function readPages(lines: string[], officers: { firsts: string[]; parts: Set<string> }): { rows: Row[]; titles: string[]; line: number }[] {
  const pages: { lines: string[]; line: number }[] = [{ lines: [], line: 0 }];
  lines.forEach((line, index) => {
    if (PAGE_BREAK.test(line)) pages.push({ lines: [], line: index + 1 });
    else pages.at(-1)?.lines.push(line);
  });
  return pages.map((page) => {
    const rows: Row[] = [];
    page.lines.forEach((raw, index) => {
      const dated = rowDate(squash(raw));
      if (dated) rows.push({ date: dated.date, body: bodyAfter(page.lines, index), title: dated.prefix || null });
    });
    return { rows, titles: pageTitles(page.lines, officers), line: page.line };
  });
}

/** The rows of a flattened table: date cells paired with titles page by page. */
export function flattenedRows(lines: string[], allLines: string[]): PlanRow[] {
  // Officers are known from the whole plan: the table may start above its date column's heading.
  const officers = officerCells(allLines);
  return readPages(lines, officers).flatMap((page) => {
    const paired = page.titles.length === page.rows.length;
    return page.rows.map((row, index) => ({
      title: row.title ?? (paired ? (page.titles[index] ?? null) : null),
      summary: null,
      body: row.body,
      date: row.date,
      dateText: null,
      details: [],
    }));
  });
}
