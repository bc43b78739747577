/**
 * Forward plan rows whose cells can be told apart: a table with tabs between its cells (a blank date
 * cell under a dated row is that row's date, a rule of dashes no row), labelled blocks ("Decision
 * maker: Cabinet", also as a web page parts every line by a blank one), and cells printed one a line,
 * row after row, under headings printed one a line. Each column is known by the words of its heading or label, from one list
 * (`PLAN_COLUMNS`), which also tells the flattened-table reader (forward-plan.ts) where cells end.
 */
import { WRITTEN_DATE, parseDate } from '../../../src/model/dates.ts';
import { isRuleRow } from '../pdf-pack/tables.ts';
import { squash } from '../text.ts';

export type PlanColumn = 'date' | 'body' | 'title' | 'summary' | 'officer' | 'key' | 'access' | 'other';

/**
 * The headings (or labels) of each column, whole: "Date of decision", "Decision maker", "Lead officer".
 * `other` columns are read as cells (so they end the one before) and kept in the item's text as printed.
 */
const PLAN_COLUMNS: [PlanColumn, RegExp][] = [
  [
    'date',
    /^(?:(?:expected|proposed|anticipated|provisional|earliest)\s+)?(?:(?:meeting|decision|committee)\s+)?(?:due\s+)?date(?:\s+of\s+(?:meeting|decision))?(?:\s+(?:decision\s+)?(?:due|expected))?$|^decision\s+due(?:\s+date)?$/i,
  ],
  ['body', /^(?:decision[\s-]*(?:maker|taker|making\s+body)s?|who\s+will\s+(?:take\s+the\s+decision|decide)|meeting|committee)$/i],
  ['officer', /^(?:lead|contact|responsible)\s+officers?(?:\s+and\s+(?:contact\s+)?details)?$|^report\s+author$|^contact$/i],
  ['key', /^(?:is\s+(?:it|this)\s+a\s+)?key\s+decision$|^key\s*\/\s*non[\s-]?key$/i],
  [
    'access',
    /^(?:open\s*(?:\/|or)\s*(?:part\s+)?(?:exempt|private|confidential)|(?:public|open)\s+or\s+private|exempt(?:\s+information)?|confidential(?:\s+or\s+exempt)?(?:\s+information)?|exempt\s+or\s+confidential|private)$/i,
  ],
  [
    'summary',
    /^(?:summary|purpose|description)(?:\s+of\s+(?:the\s+)?(?:decision|report|item|scrutiny|review))?$|^reasons?\s+for\s+(?:scrutiny|(?:the\s+)?review)$/i,
  ],
  [
    'title',
    /^(?:title(?:\s+and\s+summary)?(?:\s+of\s+(?:the\s+)?(?:decision|report))?|(?:report|decision)\s+title|subject|decision(?:\s+to\s+be\s+taken)?|matter\s+for\s+decision|proposed\s+decision|item|issue|topic|(?:scrutiny\s+)?(?:topic|item|subject)\s+title)$/i,
  ],
  [
    'other',
    /^(?:ref(?:erence)?(?:\s+no\.?)?|wards?(?:\s+affected)?|report\s+type|portfolio(?:\s+holder)?|documents?(?:\s+to\s+be\s+(?:considered|submitted))?|(?:date\s+)?(?:notice\s+of\s+(?:the\s+)?proposed\s+decision\s+)?first\s+published|date\s+added|background\s+papers|call[\s-]?in)$/i,
  ],
];

/** The column a heading or label names ("Lead Officer", "Decision due date:"); null when it is none. */
export function planColumn(text: string): PlanColumn | null {
  const heading = squash(text).replace(/\s*[:?]$/, '');
  if (heading === '' || heading.length > 60) return null;
  return PLAN_COLUMNS.find(([, words]) => words.test(heading))?.[0] ?? null;
}

/** A date heading that names what is dated ("Meeting date", "Date of decision"): a bare "Date" may head anything. */
export function isPlanDateHeading(text: string): boolean {
  return planColumn(text) === 'date' && !/^date\s*:?$/i.test(squash(text));
}

const LABEL = /^([A-Za-z][A-Za-z /'’?-]{1,60}?)\s*:\s*(.*)$/;
const WHOLE_DATE = new RegExp(`^(?:${WRITTEN_DATE.source}|\\d{1,2}/\\d{1,2}/\\d{2,4})$`, 'i');
export const SUMMARY_START = /^(?:\d{1,2}[.)]\s*)?To\s+[a-z]/;

/** A row's date cell as ISO when it is a day and nothing else ("14 April 2026"); "May 2026", "Not before 5 May" are not. */
export function cellDate(text: string): string | null {
  const cell = squash(text);
  return WHOLE_DATE.test(cell) ? parseDate(cell) : null;
}

/** One planned decision, its cells as printed: `cells` keeps the heading each was printed under. */
export interface PlanRow {
  title: string | null;
  summary: string | null;
  body: string | null;
  date: string | null;
  /** The date cell as printed, when it is not a day ("May 2026", "Not before 5 May 2026"). */
  dateText: string | null;
  /** Every other cell (reference, lead officer, key decision, open or exempt, wards …): [heading as printed, cell]. */
  details: [string, string][];
  /** True for a row whose date cell was blank and is taken to be the row above's (continuedDates). */
  continued?: boolean;
}

type Cells = { column: PlanColumn; heading: string; text: string }[];

/** A row from its cells; a title cell that runs on into a summary ("To consider ...") is parted there. */
function rowOf(cells: Cells): PlanRow {
  const row: PlanRow = { title: null, summary: null, body: null, date: null, dateText: null, details: [] };
  for (const { column, heading, text } of cells) {
    const cell = squash(text);
    const printed = squash(heading).replace(/\s*[:?]$/, '');
    if (cell === '') continue;
    if (column === 'title') {
      const lines = text.split('\n').map(squash).filter(Boolean);
      const at = lines.findIndex((line, index) => index > 0 && SUMMARY_START.test(line));
      row.title = squash((at > 0 ? lines.slice(0, at) : lines).join(' '));
      if (at > 0) row.summary = squash(lines.slice(at).join(' '));
    } else if (column === 'summary') row.summary = cell;
    else if (column === 'body') row.body = cell;
    else if (column === 'date') {
      row.date = cellDate(cell);
      row.dateText = row.date ? null : cell;
      if (!row.date) row.details.push([printed, cell]);
    } else row.details.push([printed, cell]);
  }
  return row;
}

/** The header row of a table with tabs between its cells: it names a date column and a title column. */
export function isPlanTableHeader(line: string): boolean {
  const columns = line.split('\t').map(planColumn);
  return line.includes('\t') && columns.includes('date') && columns.includes('title');
}

/**
 * A row whose date cell is blank under a dated row: a table that prints a meeting's date (and its body) once,
 * on the meeting's first row, leaves the cell blank on the rows that follow it. Each takes the date, and
 * the body when its own cell is blank too, of the row above; a blank date cell with no dated row above stays
 * undated.
 */
function continuedDates(rows: PlanRow[]): PlanRow[] {
  let above: PlanRow | null = null;
  return rows.map((row) => {
    const blankDate = row.date === null && row.dateText === null;
    if (!blankDate || above === null) {
      above = row;
      return row;
    }
    return { ...row, date: above.date, dateText: above.dateText, body: row.body ?? above.body, continued: true };
  });
}

/** The lines after a table's last row: what the table's reader does not read. */
function linesAfter(lines: string[], header: number): string[] {
  const last = lines.findLastIndex((line) => line.includes('\t'));
  return lines.slice(Math.max(last, header) + 1);
}

/** A table with tabs between its cells: the header row names the columns, each later row with tabs is a decision. */
function tableRows(lines: string[]): PlanRow[] | null {
  const at = lines.findIndex(isPlanTableHeader);
  if (at < 0) return null;
  const headings = (lines[at] ?? '').split('\t');
  const columns = headings.map(planColumn);
  const rows = lines
    .slice(at + 1)
    // The header row printed again (over a later section or page) is no row, even with a heading no word list knows;
    // nor is a rule of dashes under the header.
    .filter((line) => line.includes('\t') && squash(line) !== squash(lines[at] ?? '') && !isRuleRow(line))
    .filter((line) => !line.split('\t').every((cell) => squash(cell) === '' || planColumn(cell)))
    .map((line) =>
      rowOf(
        line.split('\t').flatMap((text, index) => {
          // A column no word list knows is kept under its own heading, as the row printed it.
          const heading = headings[index] ?? '';
          const column = columns[index] ?? (squash(heading) === '' ? null : 'other');
          return column ? [{ column, heading, text }] : [];
        }),
      ),
    );
  return continuedDates(rows);
}

/**
 * True when a blank line only parts a row's lines, as a web page's paragraphs are parted (a ModernGov plan's
 * title, then each "Label: value" a paragraph): the next line is a label the row does not have yet. Before
 * anything else (a title, or a label the row has) the blank line ends the row.
 */
function blankWithinRow(lines: string[], from: number, current: Cells): boolean {
  const next = lines
    .slice(from)
    .map(squash)
    .find((line) => line !== '');
  const label = LABEL.exec(next ?? '');
  if (!label) return false;
  const column = planColumn(label[1] ?? '');
  const heading = squash(label[1] ?? '').toLowerCase();
  if (column === null && !current.some((cell) => cell.column !== 'title')) return false;
  return !current.some((cell) => squash(cell.heading).toLowerCase() === heading || (column !== 'other' && cell.column === column));
}

/**
 * Labelled blocks: a title line, then "Decision maker: …", "Decision due date: …" lines. A line that is
 * not a label continues the label above it, or, before a label the row already has, is the next row's title.
 * A blank line ends a row, unless a label the row has not had yet follows it (blankWithinRow).
 */
function labelledRows(lines: string[]): PlanRow[] | null {
  const hasDates = lines.some((line) => {
    const label = LABEL.exec(squash(line));
    return label && planColumn(label[1] ?? '') === 'date' && (label[2] ?? '') !== '';
  });
  const hasBodies = lines.some((line) => planColumn(LABEL.exec(squash(line))?.[1] ?? '') === 'body');
  if (!hasDates || !hasBodies) return null;
  const rows: Cells[] = [];
  let current: Cells = [];
  let pending: string[] = [];
  const finish = (): void => {
    if (current.some((cell) => cell.column !== 'title')) rows.push(current);
    current = [];
  };
  for (const [at, raw] of [...lines, ''].entries()) {
    const line = squash(raw);
    const label = LABEL.exec(line);
    const column = label ? planColumn(label[1] ?? '') : null;
    const labelled = label && (column || current.some((cell) => cell.column !== 'title'));
    if (line === '' && blankWithinRow(lines, at + 1, current)) continue;
    if (line === '') {
      if (pending.length > 0 && current.some((cell) => cell.column !== 'title')) {
        const last = current.at(-1);
        if (last) last.text += `\n${pending.join('\n')}`;
      } else if (pending.length > 0) current.push({ column: 'title', heading: '', text: pending.join('\n') });
      pending = [];
      finish();
    } else if (labelled && label) {
      const kind = column ?? 'other';
      const started = current.some((cell) => cell.column !== 'title');
      if (started && current.some((cell) => cell.column === kind && kind !== 'other') && pending.length > 0) {
        finish();
        current.push({ column: 'title', heading: '', text: pending.join('\n') });
      } else if (pending.length > 0) {
        const last = current.at(-1);
        if (started && last) last.text += `\n${pending.join('\n')}`;
        else current.push({ column: 'title', heading: '', text: pending.join('\n') });
      }
      pending = [];
      current.push({ column: kind, heading: label[1] ?? '', text: label[2] ?? '' });
    } else pending.push(line);
  }
  return rows.map(rowOf);
}

/**
 * Cells one a line: a block of headings alone ("Title and summary", "Decision taker", "Meeting date"),
 * then one block per row, its cells in the headings' order around its one date. A title cell takes
 * the lines left over (its summary); a row with fewer lines than headings cannot be told apart.
 */
function lineRows(lines: string[]): { rows: PlanRow[]; unread: number } | null {
  const blocks: string[][] = [[]];
  for (const raw of lines) {
    const line = squash(raw);
    if (line === '') blocks.push([]);
    else blocks.at(-1)?.push(line);
  }
  const at = blocks.findIndex(
    (block) => block.length >= 2 && block.every((line) => planColumn(line)) && block.some((line) => planColumn(line) === 'date'),
  );
  const headings = blocks[at] ?? [];
  const columns = headings.map((line) => planColumn(line) ?? 'other');
  const dateAt = columns.indexOf('date');
  const rowBlocks = blocks.slice(at + 1).filter((block) => block.length > 0);
  if (at < 0 || rowBlocks.length === 0 || !rowBlocks.every((block) => block.filter((line) => cellDate(line)).length === 1)) return null;
  const rows: PlanRow[] = [];
  let unread = 0;
  for (const block of rowBlocks) {
    const split = block.findIndex((line) => cellDate(line));
    const parts = [
      { lines: block.slice(0, split), columns: columns.slice(0, dateAt), offset: 0 },
      { lines: block.slice(split + 1), columns: columns.slice(dateAt + 1), offset: dateAt + 1 },
    ];
    const cells: Cells = [{ column: 'date', heading: headings[dateAt] ?? '', text: block[split] ?? '' }];
    for (const part of parts) {
      if (part.lines.length < part.columns.length) {
        unread += 1;
        continue;
      }
      const spare = part.lines.length - part.columns.length;
      const wide = part.columns.includes('title') ? part.columns.indexOf('title') : part.columns.length - 1;
      let next = 0;
      part.columns.forEach((column, index) => {
        const take = index === wide ? 1 + spare : 1;
        cells.push({ column, heading: headings[part.offset + index] ?? '', text: part.lines.slice(next, next + take).join('\n') });
        next += take;
      });
    }
    rows.push(rowOf(cells));
  }
  return { rows, unread };
}

/**
 * The rows of a plan whose cells can be told apart, and how many rows had cells that could not; null for a
 * flattened table. For a table with tabs, also the lines below it (forward-plan-lists.ts reads what it can of them).
 */
export function plainRows(lines: string[]): { rows: PlanRow[]; unread: number; after?: string[] } | null {
  const table = tableRows(lines);
  if (table) return { rows: table, unread: 0, after: linesAfter(lines, lines.findIndex(isPlanTableHeader)) };
  const labelled = labelledRows(lines);
  if (labelled) return { rows: labelled, unread: 0 };
  return lineRows(lines);
}
