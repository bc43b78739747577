/**
 * The header of a single report (kinds/report.ts): the lines above its first section, which name
 * the body it goes to, the date, the agenda item, the title, its reference and its author.
 *
 * The header is often a two-column form that PDF text conversion prints as all the labels first
 * and all the values after ("Agenda item:", "Decision maker:", ... then "5", "Cabinet Member
 * for ...", ...), so a value is known by its shape (a date, a lone number, a body's name, an
 * officer's title) when it does not stand beside its label. A cover with no labels names the
 * council, the body and the date on lines of their own, then the title. Nothing is read from the
 * report's summary: a date or a body it mentions there is not its meeting.
 */
import { parseDate, WRITTEN_DATE } from '../../../src/model/dates.ts';
import { referenceLine } from '../pdf-pack/pack-text.ts';
import { isCouncilName } from '../reader/council-name.ts';
import { wordCase } from '../reader/heading-case.ts';
import { titleRunsOn } from '../reader/runs-on.ts';
import { squash } from '../text.ts';
import { joinWrappedValues, OFFICER, postReportIsOf } from './report-header-lines.ts';

export const ITEM_MARK = /^(?:agenda\s+)?item\s*(?:no\.?|number)?\s*[:.]?\s*(\d{1,4}[a-z]?(?:\.\d{1,3})*)?\s*:?$/i;
/**
 * Labels of the header form; a line ending in ":" that is not one of these is text (a title may end in ":",
 * or hold one: "Budget Scrutiny 2026/27: Findings …" is no "Budget and policy framework:" field).
 */
const HEADER_LABEL =
  /^(agenda\s+item|item(?:\s+no\.?)?|decision\s+maker|decision\s+taker|meeting|committee|report\s+to|to|date(?:\s+of\s+(?:meeting|decision|report))?|report\s+(?:by|of|author|from)|report\s+(?:no\.?|number|ref(?:erence)?\.?)|author|lead\s+officer|contact(?:\s+officer)?|enquiries(?:\s+to)?|subject|title|report\s+title|title\s+of\s+(?:the\s+)?report|wards?(?:\s+affected)?|key\s+decision\b[^:]*|budget\b[^:]*\bframework\b[^:]*|classification|exempt\b[^:]*|forward\s+plan\b[^:]*)\s*:\s*(.*)$/i;
/** A body that takes decisions or receives reports, as a line of its own names it: "Cabinet Member for Roads", "Licensing Committee". */
export const DECISION_MAKER =
  /^(?:(?:the\s+)?cabinet(?:\s+member\s+for\s+.+)?|(?:full\s+)?council|(?:executive|lead)\s+member\s+for\s+.+|portfolio\s+holder\s+for\s+.+|leader\s+of\s+the\s+council|.+\s(?:committee|sub-committee|panel|board|cabinet))$/i;
/** Words of a title, never of a body's name: "Review of School Cleaning - Response to the Audit Panel", "Final Report of the … Group". */
const TITLE_WORDS = /\b(?:report|review|response|update|findings)\b|\s[-–]\s/i;
/** "Report by the Chief Executive", "Report by Director of Education to Education Committee on 3 May 2026" (Scottish councils). */
const REPORT_BY =
  /^report\s+by\s+(?:the\s+)?(.+?)(?:\s+to\s+(?:the\s+)?(.+?\b(?:committee|sub-committee|panel|board|cabinet|council|executive|forum)))?(?:\s+on\s+(\S.*\b\d{4}))?$/i;
/**
 * "Report of the Resources Scrutiny Committee", "Final Report of the Allotments Task and Finish Group": the
 * scrutiny body whose report it is, which made its recommendations (not the body it goes to).
 */
const REPORT_OF_BODY =
  /^(final\s+|interim\s+)?report\s+(?:of|from)\s+(?!(?:the\s+)?(?:(?:vice[\s-])?chair|leader|member)\b)(?:the\s+)?(.+?\b(?:committee|sub-committee|panel|group|commission))$/i;
/** "Lead Member: Councillor …, Chair of … Committee": a labelled field, never a body's name on a line of its own. */
const LABELLED = /^[A-Za-z][\w '’-]{0,30}:\s/;
/** A field that names whom to ask about the report: the author's name rather than a post. */
const CONTACT_LABEL = /^(?:author|report\s+author|lead\s+officer|contact|enquiries)/;

export interface Header {
  body: string | null;
  date: string | null;
  item: string | null;
  title: string | null;
  reference: string | null;
  /** A "Contact:", "Author:" or "Enquiries to:" field. */
  contact: string | null;
  /** The post the report is "of" or "by" ("Director of Place"). */
  author: string | null;
  /** The scrutiny body whose report it is ("Report of the Resources Scrutiny Committee"): it made the recommendations. */
  maker: string | null;
}

/** "Report of the Cabinet Member for Adult Social Care to Cabinet": who wrote the report, and the body it is to. */
const REPORT_TO = /^report\s+(?:of|by|from)\s+(?:the\s+)?(.+)\s+to\s+(?:the\s+)?(.+)$/i;

/**
 * "Eastbrook Town Council Meeting 14 March 2023", "Meeting of the Cabinet, 3 May 2019"; "Report of the Cabinet Member for
 * Housing to Cabinet, 8 April 2025": the body the report is to, never the words naming its author.
 */
function bodyAndDate(line: string): { body: string; date: string; author?: string } | null {
  const match = new RegExp(
    `^(?:meeting\\s+of\\s+(?:the\\s+)?)?(.+?)\\s*(?:meeting)?\\s*[-–,:]?\\s*(?:held\\s+on\\s+)?(?<!\\d)(${WRITTEN_DATE.source})`,
    'i',
  ).exec(line);
  const date = match ? parseDate(match[2] ?? '') : null;
  const body = squash((match?.[1] ?? '').replace(/\s+meeting$/i, ''));
  if (!match || !date || !body || HEADER_LABEL.test(line)) return null;
  const [, author, to] = REPORT_TO.exec(body) ?? [];
  return author && to && DECISION_MAKER.test(to) ? { body: to, date, author } : { body, date };
}

/** A labelled field's value into the header, when its label is one the header keeps. */
function readField(header: Header, label: string, value: string): void {
  if (value === '') return;
  if (/^(?:subject|title|report title|title of (?:the )?report)$/.test(label)) header.title ??= value;
  else if (/^(?:decision|meeting|committee|report to|to$)/.test(label)) readBody(header, value);
  else if (label.startsWith('date')) header.date ??= parseDate(value);
  else if (/^report\s+(?:no|number|ref)/.test(label)) header.reference ??= referenceLine(value) ?? value;
  else if (CONTACT_LABEL.test(label)) header.contact ??= value;
  else if (/^report\s+(?:by|of|from)/.test(label)) readAuthor(header, value);
}

/** "Report to: Cabinet – 14 January 2026": the body, and the meeting's date when the value gives one. */
function readBody(header: Header, value: string): void {
  const dated = bodyAndDate(value);
  header.body ??= wordCase(dated?.body ?? value);
  if (dated) header.date ??= dated.date;
}

/** "Report from: Place Scrutiny Committee" names the body whose report it is, as a "Report of the …" line does; else its author. */
function readAuthor(header: Header, value: string): void {
  const body = REPORT_OF_BODY.exec(`report of ${value}`)?.[2];
  if (body) header.maker ??= wordCase(body);
  else header.author ??= value;
}

/** "Report by X to Y on <date>": the author, and the body and date it names when it names them. */
function readReportBy(header: Header, line: string): void {
  const [, author, body, on] = REPORT_BY.exec(line) ?? [];
  header.author ??= author ?? null;
  if (body) header.body ??= wordCase(body);
  if (on && parseDate(on)) header.date ??= parseDate(on);
}

/** A "Report by" line wrapped onto lines that go on "to …" and "on …" is one line. */
function joinReportBy(lines: string[]): string[] {
  const out: string[] = [];
  for (const raw of joinWrappedValues(lines)) {
    const line = squash(raw);
    const last = out.at(-1) ?? '';
    if (REPORT_BY.test(last) && /^(?:to|on)\s/.test(line)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

export function readHeader(lines: string[]): Header {
  const header: Header = { body: null, date: null, item: null, title: null, reference: null, contact: null, author: null, maker: null };
  // "Report of the X Committee" above the title: the title when no other line is.
  let makerLine: string | null = null;
  const runs: string[][] = [[]];
  // "Agenda item:" printed without its value: the value is the lone number printed later.
  let itemLabelAlone = false;
  // A "Subject:" value cut where no title ends ("… Charges in the"): the next line of text carries it on.
  let carriesOn = false;
  for (const line of joinReportBy(lines)) {
    const labelled = HEADER_LABEL.exec(line);
    if (carriesOn && header.title && line !== '' && !labelled && !ITEM_MARK.test(line) && !parseDate(line)) {
      header.title = `${header.title} ${line}`;
      carriesOn = titleRunsOn(line);
      continue;
    }
    carriesOn = false;
    const item = ITEM_MARK.exec(line);
    const dated = bodyAndDate(line);
    const madeBy = REPORT_OF_BODY.exec(line);
    const post = postReportIsOf(line);
    if (line === '' || /^(?:yes|no|n\/a)$/i.test(line) || /^\d{1,2}\.$/.test(line)) {
      runs.push([]);
    } else if (item) {
      if (item[1]) header.item ??= item[1];
      else itemLabelAlone = true;
      runs.push([]);
    } else if (labelled) {
      const label = (labelled[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
      const titleBefore = header.title;
      readField(header, label, squash(labelled[2] ?? ''));
      carriesOn = header.title !== titleBefore && titleRunsOn(header.title ?? '');
      runs.push([]);
    } else if (REPORT_BY.test(line)) {
      readReportBy(header, line);
      runs.push([]);
    } else if (madeBy && !madeBy[1]) {
      header.maker ??= wordCase(madeBy[2] ?? '');
      makerLine ??= line;
      runs.push([]);
    } else if (post) {
      header.author ??= post;
      runs.push([]);
    } else if (isCouncilName(wordCase(line))) {
      // The council heading the cover: read by councilFor, never the title.
      runs.push([]);
    } else if (dated && !header.date) {
      header.date = dated.date;
      header.body ??= wordCase(dated.body);
      header.author ??= dated.author ?? null;
      runs.push([]);
    } else if (!header.date && parseDate(line) && line.split(/\s+/).length <= 6) {
      header.date = parseDate(line);
      runs.push([]);
    } else if (itemLabelAlone && /^\d{1,4}[a-z]?$/.test(line)) {
      header.item ??= line;
      runs.push([]);
    } else if (DECISION_MAKER.test(line) && !LABELLED.test(line) && line.split(/\s+/).length <= 12 && !TITLE_WORDS.test(line)) {
      header.body ??= wordCase(line);
      runs.push([]);
    } else if (OFFICER.test(line) && line.split(/\s+/).length <= 10) {
      header.author ??= line;
      runs.push([]);
    } else {
      // A final report's own name is its title, and names the group that made it.
      if (madeBy) header.maker ??= wordCase(madeBy[2] ?? '');
      runs.at(-1)?.push(line);
    }
  }
  // The title: the first run of text in the header that is not a sentence of the summary.
  const first = runs.find((run) => run.length > 0 && run.length <= 4 && !/\.\s*$/.test(run.at(-1) ?? ''));
  header.title ??= first ? squash(first.join(' ')) : makerLine;
  return header;
}

/**
 * Fields that close a report ("Author: Morag Lindie, Facilities Manager", "Contact officer: …", "Prepared by: …"), as Scottish and Welsh reports print them.
 * Also the end of a report's last section (report-recommendations.ts).
 */
export const CLOSING_CONTACT =
  /^(?:report\s+)?(?:author|prepared\s+by|contact(?:\s+officer)?s?|enquiries(?:\s+to)?|for\s+further\s+information\s+(?:please\s+)?contact)\s*:\s*(.+)$/i;

/** The contact a report's closing lines name; null when they name none. */
export function closingContact(lines: string[]): string | null {
  const closing = lines
    .map(squash)
    .filter((line) => line !== '')
    .slice(-15);
  const found = closing.map((line) => CLOSING_CONTACT.exec(line)?.[1]).find((value) => value !== undefined);
  return found ? squash(found) : null;
}
