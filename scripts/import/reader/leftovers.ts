/**
 * What stands above a meeting's first item that no reader took (not the attendance, the contact or
 * the header's title block): a councillor in no list, a labelled line, prose. Each is quoted in a
 * warning, so nothing is dropped unsaid.
 */
import { COUNCILLOR_SOURCE, COUNCILLORS_SOURCE } from '../../../src/model/honorifics.ts';
import { squash } from '../text.ts';
import { councilsIn } from './council-name.ts';
import { chairLinesAbove } from './next-item-heads.ts';
import type { AttendanceFound } from './attendance.ts';
import { beforeStatus } from './attendance-gap-table.ts';
import { readMarkKey } from './attendance-marks.ts';
import { englishHalves } from './list-split.ts';
import { cellTexts } from './table-cells.ts';
import { takesLine } from './header.ts';
import { isDetailsRow, LABEL, titlesBodysPaper } from './title-block-lines.ts';
import { minutesStatusWarning } from './minutes-status-line.ts';
import { headerStampWarnings } from './recording-stamps.ts';
import { emailEnvelope, emailHeaderLines } from './email-header.ts';
import { labelsTimes } from './header-times.ts';
import { numbersSession } from './document-heading.ts';

/** "Cllr A Shaw", "Councillors Mrs Fenn, …": a councillor named on a line; the surname is the last word of group 1. */
const NAMES_COUNCILLOR = new RegExp(
  `(?:^|[\\s(:;,])(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)`,
  'gu',
);
const TITLE_WORD = new RegExp(`^(?:${COUNCILLORS_SOURCE}|${COUNCILLOR_SOURCE})$`, 'iu');

/** The last word of a name, which stops before the next title ("C Brown Cllr D Green": "Brown"). */
function surname(name: string): string {
  const words = name.split(/\s+/);
  const next = words.findIndex((word) => TITLE_WORD.test(word));
  return (next > 0 ? words.slice(0, next) : words).at(-1) ?? '';
}

/** "Applicant: Mr J Gill", "Quorum: 3": a labelled line, which says what it holds. */
const LABELLED_LINE = /^\p{Lu}[\p{L}'’ /&-]{1,40}:(?:\s|$)/u;

/**
 * Warnings for what stands above the first item: lines (but the contact's) that name a councillor
 * who is in no list of the attendance nor the membership, labelled lines that nothing read (not the
 * header's Date/Time/Venue labels), prose after those present, and list headings whose names the
 * attendance reader could not read (`unread`, from attendance.ts).
 */
export function leftoverWarnings(
  headerLines: string[],
  read: Set<number>,
  contact: number[],
  listedNames: string[],
  unread: AttendanceFound['unread'] = [],
): string[] {
  const listed = new Set(listedNames.flatMap((name) => name.split(/[\s,()]+/)));
  // A table's cells are read apart, as the table readers part them (tabs or wide gaps), so a name does not run on into
  // the next cell ("Councillor A Ash<tab>Chair", "Cllr S Cobbold      Ap"); nor into the status at a row's end whose gap
  // was lost ("Cllr S Cobbold Apologies", a code the printed key states), which is no surname.
  const key = readMarkKey(headerLines).key;
  // A bilingual title is read by its English half ("Cynghorydd Sir / County Councillor Rhys Ifan"), as the attendance is.
  const named = (cell: string) => [...beforeStatus(englishHalves(squash(cell)), key).matchAll(NAMES_COUNCILLOR)];
  const unlisted = (raw: string) => cellTexts(raw).some((cell) => named(cell).some((match) => !listed.has(surname(match[1] ?? ''))));
  const headings = unread.map(({ heading, first, public: named, counted, nobody, said }) =>
    said !== undefined
      ? said
      : counted
        ? `those present are counted, not named ("${first}"): no list holds them, as the attendance lists each person by name`
        : nobody
          ? namesNoOneWarning(heading, first)
          : named
            ? `members of the public are named under "${heading}" ("${first}"): they are not kept, as the attendance lists only members, officers and guests`
            : `the names under "${heading}" were not read (the line after it: "${first}"), so they are not in the attendance: add them to the meeting file by hand`,
  );
  return [
    ...envelopeWarning(headerLines),
    ...sessionWarnings(headerLines, read),
    ...lineWarnings(headerLines, read, contact, unlisted, new Set(proseParagraphs(headerLines, read).flat())),
    ...proseWarning(headerLines, read),
    ...tableWarnings(headerLines, read),
    ...headings,
    ...headerStampWarnings(headerLines),
  ];
}

/** The warning that a list of those present names no one ("Present: the same members as above."), so no one is recorded. */
export function namesNoOneWarning(heading: string, first: string): string {
  return `"${heading}" names no one ("${first}"): no one is recorded as present; add those present to the meeting file by hand`;
}

/**
 * "No declarations of interest were intimated.", "There were no declarations of pecuniary or other interests made.":
 * one sentence that says no interest was declared, the "None." under a declarations heading in words; nothing is
 * lost by leaving it, as nothing is recorded. A sentence that goes on past a comma ("…, but Councillor …") says more.
 */
const NO_INTERESTS_DECLARED =
  /^(?:there\s+(?:were|was)\s+no|no)\s+(?:[\p{L}-]+\s+){0,2}?(?:declarations?|disclosures?|interests?)\b[^.;:,]*\.$/iu;

/** A line that ends a sentence, and a line too short to be a wrapped paragraph's (a title's, a label's). */
const ENDS_SENTENCE = /[.!?]["”’)]?$/;
const WRAPPED_LINE = 40;

/**
 * Prose above the first item that no reader took: before or after the lists of those present ("The
 * Chairman welcomed everyone …"), or with none ("The decisions below will come into force … unless they
 * are called in", a decision list's preamble). No field holds it, so one warning quotes its first line.
 * A sentence wrapped over lines is one paragraph: long lines that end no sentence, over the line that
 * ends it; the run under a line the header reads ("Minutes of the meeting … held on" over "Thursday
 * 4 December 2025 in the Council Chamber.") is that line's end, not prose.
 */
function proseWarning(headerLines: string[], read: Set<number>): string[] {
  const prose = proseParagraphs(headerLines, read).flatMap((paragraph) => paragraph.map((index) => headerLines[index] ?? ''));
  return prose.length === 0 ? [] : [unreadText('the first item', prose, ' of prose')];
}

/** The indexes of each paragraph of prose above the first item that no reader took (proseWarning). */
function proseParagraphs(headerLines: string[], read: Set<number>): number[][] {
  const lines = headerLines.map(squash);
  const header = (index: number) => !read.has(index) && takesLine(lines[index] ?? '');
  // "The Vice-Chair, Councillor Ash, took the Chair.": the first item's text opens with it (next-item-heads.ts).
  const chairs = new Set(chairLinesAbove(headerLines));
  const free = (index: number) => index >= 0 && !read.has(index) && !header(index) && !chairs.has(index);
  // A wrapped sentence's earlier lines: long, ending no sentence; never a label's line or a table's row.
  const wraps = (index: number) => {
    const line = lines[index] ?? '';
    const whole = ENDS_SENTENCE.test(line) || LABELLED_LINE.test(line) || (headerLines[index] ?? '').includes('\t');
    return free(index) && line.length >= WRAPPED_LINE && !whole;
  };
  return lines.flatMap((line, end) => {
    if (!free(end) || !ENDS_SENTENCE.test(line)) return [];
    let first = end;
    while (wraps(first - 1)) first -= 1;
    const paragraph = headerLines.slice(first, end + 1);
    const indexes = paragraph.map((_, offset) => first + offset);
    const said = squash(paragraph.join(' '));
    return said.length >= WRAPPED_LINE && !header(first - 1) && !NO_INTERESTS_DECLARED.test(said) ? [indexes] : [];
  });
}

/**
 * A table above the first item that no reader took (a declarations table, a PDF's or a text's table with its cells
 * parted by tabs): one warning a table, quoting its first row, for no field holds it. Its rows are no prose and no
 * labelled line, so without this it would go unsaid.
 */
function tableWarnings(headerLines: string[], read: Set<number>): string[] {
  const row = (index: number) => {
    const line = headerLines[index] ?? '';
    return !read.has(index) && line.includes('\t') && !isDetailsRow(line);
  };
  return headerLines.flatMap((raw, index) => {
    if (!row(index) || row(index - 1)) return [];
    let end = index;
    while (row(end + 1)) end += 1;
    const rows = end - index + 1;
    const more = rows > 1 ? ` and ${rows - 1} more row${rows > 2 ? 's' : ''}` : '';
    const first = raw.split('\t').map(squash).filter(Boolean).join(' | ');
    return [
      `a table above the first item was not read: "${first}"${more}; nothing of it is imported: copy it into the meeting file by hand`,
    ];
  });
}

/**
 * The warning for lines that stand above a record's first item and no reader took, the first quoted and
 * the rest counted ("text above the first item was not read: "…" and 2 more lines of prose; …").
 */
export function unreadText(first: string, lines: string[], kind = ''): string {
  const more = lines.length > 1 ? ` and ${lines.length - 1} more line${lines.length > 2 ? 's' : ''}${kind}` : '';
  return `text above ${first} was not read: "${squash(lines[0] ?? '')}"${more}; nothing of it is imported`;
}

/**
 * One warning for an e-mailed bulletin's envelope ("From:", "Sent:", "To:", "Cc:"), naming its lines: the sender and the
 * time it was sent are the e-mail's, kept in no field of the meeting, and no line of the meeting's text went unread.
 */
function envelopeWarning(headerLines: string[]): string[] {
  const lines = emailEnvelope(headerLines).map((index) => `"${squash(headerLines[index] ?? '')}"`);
  if (lines.length === 0) return [];
  return [
    `the record was e-mailed: its sender and the time it was sent are not kept, as they are the e-mail's, not the meeting's (${lines.join(', ')})`,
  ];
}

/** "NOTE OF EVIDENCE SESSION 2": the header takes it as the document's name, but no field holds the session's number. */
function sessionWarnings(headerLines: string[], read: Set<number>): string[] {
  return headerLines.flatMap((line, index) =>
    !read.has(index) && numbersSession(line)
      ? [`the title names the inquiry's session, which no field holds: "${squash(line)}"; nothing of it is imported`]
      : [],
  );
}

/** One warning a line: a councillor in no list, or a labelled line nothing read (with the lines it runs on to that no prose warning quotes). */
function lineWarnings(
  headerLines: string[],
  read: Set<number>,
  contact: number[],
  unlisted: (line: string) => boolean,
  prose: Set<number>,
): string[] {
  const mailed = emailHeaderLines(headerLines);
  return headerLines.flatMap((raw, index) => {
    const line = squash(raw);
    // An e-mailed bulletin's "Subject:" is read as its title; its envelope is warned of once (envelopeWarning).
    if (contact.includes(index) || mailed.has(index)) return [];
    if (unlisted(raw))
      return [
        `a line above the first item names a councillor who is in no list of the attendance: "${line}"; add them to the meeting file by hand`,
      ];
    // A line naming a council ("To: All Members of the Westfell National Park Authority") is the header's.
    // "Housing Committee minutes: 4 February 2025" is the body's title, read by the header.
    const label = LABELLED_LINE.test(line) && !LABEL.test(line) && !titlesBodysPaper(line);
    if (!read.has(index) && label && !labelsTimes(line) && councilsIn(line).length === 0) {
      const status = minutesStatusWarning(line);
      if (status !== null) return [status];
      const taken = (at: number) => read.has(at) || prose.has(at) || contact.includes(at) || unlisted(headerLines[at] ?? '');
      const under = runOn(headerLines, index + 1, taken);
      const more = under === 0 ? '' : under === 1 ? ' and the line under it' : ` and the ${under} lines under it`;
      return [`a line above the first item was not read: "${line}"${more}; nothing of it is imported`];
    }
    return [];
  });
}

/**
 * How many lines from `from` carry on an unread labelled line ("Parties present: Applicant: … represented by" over
 * "Mr K Ford (solicitor) and …"): each filled, unread and no label, table row or header line of its own, up to a blank
 * line. Its warning counts them, so they are not dropped unsaid.
 */
function runOn(headerLines: string[], from: number, taken: (index: number) => boolean): number {
  let at = from;
  for (; at < headerLines.length; at += 1) {
    const raw = headerLines[at] ?? '';
    const line = squash(raw);
    if (line === '' || taken(at) || LABELLED_LINE.test(line) || raw.includes('\t') || takesLine(line)) break;
  }
  return at - from;
}
