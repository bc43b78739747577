/**
 * Minutes printed with an "Action" column beside the text (initials or names of who is to act): the
 * column's cells taken out of the lines the reader slices into items, and put back in each item's text
 * as "Action: IB" after what they stood beside. Three layouts: a table whose last column is headed
 * Action, a right-hand margin of initials under an "ACTION" heading, and cells one a line.
 */
import { talliesOnly } from './decision-run-on.ts';
import { MOVER_WORD } from './motions.ts';
import { candidateAt } from './numbering.ts';
import { cellTexts } from './table-cells.ts';

/** "ACTION", "Action by": the heading of a column beside the minutes naming who is to act on each point. */
export const ACTION_HEADING = /^action(?:\s+by)?$/i;
/** Who is to act, as the column names them: initials ("IB", "JS/KT", "SE / PG"), or "All". */
const OWNERS = /^(?:[A-Z]{2,4}|All|ALL)(?:\s*[/&,]\s*(?:[A-Z]{2,4}|All|ALL))*$/;
/** Short words in capitals that are text, not initials: "NONE", "AOB", "TBC". */
const NOT_INITIALS = /^(?:NONE|NIL|AOB|TBC|TBA|AGM|EGM|NB)$/;
const isOwners = (text: string) => OWNERS.test(text) && !NOT_INITIALS.test(text);
/** A name in a table's cell of its own ("Janine Trott"): two to four words, each with a capital. */
const NAME_CELL = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/**
 * The heading of a minutes table's column of item numbers: "Item", "Item No", "Minute No", "Min No.", "Minute Ref",
 * "Minute Number", "Min. Ref.", "Ref", "Ref No." (a town council's Word table heads it any of these ways).
 */
export const ITEM_HEADING =
  /^(?:(?:agenda\s+)?item(?:\s+no\.?)?|no\.?|(?:minute|min\.?)(?:\s+(?:no\.?|number|ref(?:erence)?\.?))?|ref(?:erence)?\.?(?:\s+no\.?)?)$/i;
/** The heading of its column of titles: "Subject", "Title", or "Item" beside an "Item No" column. */
export const SUBJECT_HEADING = /^(?:subject|title|topic|matter|issue|(?:agenda\s+)?item)$/i;
/**
 * What a column of the minutes' own text is headed: "Minutes", "Discussion", "Discussion / Decision", "Notes and
 * decisions", "Discussion / Resolution", "Action / Decision". "Action" beside a word of text heads that text (what
 * was done); alone it heads who is to act (ACTION_HEADING).
 */
const TEXT_WORD = String.raw`(?:minutes?|notes?|discussion|details|description|summary|decisions?|resolutions?|outcomes?)`;
const TEXT_PART = String.raw`(?:${TEXT_WORD}|actions?)`;
export const TEXT_HEADING = new RegExp(String.raw`^(?=.*\b${TEXT_WORD}\b)${TEXT_PART}(?:\s*(?:\/|&|,|and)\s*${TEXT_PART})*$`, 'i');
/** "Resolution", "Decision", "Members' Decision": the heading of a column of what was resolved, row by row (item-table.ts, decision-table.ts). */
export const DECISION_HEADING = /^(?:(?:members['’]?\s+|committee['’]?s?\s+)?decisions?|resolutions?)$/i;
/** The heading of a column naming who is to act, beside the minutes' text: "Action by", "Officer", "Lead officer", "Owner". */
export const OWNER_HEADING = /^(?:action(?:\s+by)?|(?:lead|responsible)(?:\s+officer)?|officers?|owner|by\s+whom|who|responsibility)$/i;
/** The heading of a column saying when an action is due: "By", "By when", "Date", "Deadline", "Target date", "Timescale". */
export const DUE_HEADING = /^(?:by(?:\s+when)?|when|(?:due|target|completion)(?:\s+date)?|date|deadline|timescales?)$/i;
/** A heading of the table's other columns: "Item", "Subject", "Minute No", "Discussion". */
const isColumnHeading = (cell: string) => [ITEM_HEADING, SUBJECT_HEADING, TEXT_HEADING].some((heading) => heading.test(cell));

/** The record's lines with the action column's cells taken out; who is to act, by the line the action ends on (or the cell's own, blanked). */
export interface ActionColumn {
  lines: string[];
  /** Who is to act ('' when the row names no one), by when where the cell says, and the row's status where a Status column gives one ("Agreed"). */
  actions: { line: number; owner: string; due?: string; status?: string }[];
  /** The column heading's first line, where the items' table starts; -1 when there is none. */
  heading: number;
}

/** The last line of the paragraph that line `at` is in: the next blank line ends it. */
function paragraphEnd(lines: readonly string[], at: number): number {
  let end = at;
  while (end + 1 < lines.length && (lines[end + 1] ?? '').trim() !== '' && candidateAt(lines[end + 1] ?? '', end + 1) === null) end += 1;
  return end;
}

/**
 * "Item<tab>Subject<tab>Action" over the rows: the last column names who acts, a name or initials, on
 * the row it ends; the row keeps its other cells.
 */
function actionTable(lines: readonly string[]): ActionColumn | null {
  const heading = lines.findIndex((line) => {
    const cells = cellTexts(line.trim());
    return cells.length >= 2 && ACTION_HEADING.test(cells.at(-1) ?? '') && cells.slice(0, -1).every(isColumnHeading);
  });
  if (heading === -1) return null;
  const width = cellTexts((lines[heading] ?? '').trim()).length;
  const out = [...lines];
  const actions: ActionColumn['actions'] = [];
  lines.forEach((line, index) => {
    // Tabs part cells surely, and a row may leave its first cells out; spaces only in a row of the heading's width.
    const tabbed = line.includes('\t');
    const cells = cellTexts(line);
    const owner = (cells.at(-1) ?? '').trim();
    const others = cells.slice(0, -1);
    const fits = tabbed ? cells.length >= 2 && cells.length <= width : cells.length === width;
    if (index <= heading || !fits || !(isOwners(owner) || NAME_CELL.test(owner))) return;
    if (others.every((cell) => cell.trim() === '')) return;
    out[index] = line.slice(0, line.lastIndexOf(owner)).replace(/\s+$/, '');
    actions.push({ line: index, owner });
  });
  return { lines: out, actions, heading };
}

/** How far right a margin's column starts: a heading there, or a cell after a wide gap, is beside the text, not in it. */
const MARGIN = 30;

/** "Action", "ACTION BY" alone far to the right: the heading of a column beside the minutes, never a name nor text. */
export const isMarginHeading = (line: string): boolean => ACTION_HEADING.test(line.trim()) && line.search(/\S/) >= MARGIN;
/** "Action: Clerk by 12 March", "ACTION – RFO", "Action by: Cllr Dee": a cell that labels itself who acts (group 1). */
const ACTION_LABEL = /^actions?(?:\s+by)?\s*[:–-]\s*(\S.*)$/i;
/** "Clerk by 12 March": who acts (group 1), then by when (group 2), as a labelled cell says both. */
const OWNER_BY = /^(.+?)\s+by\s+(\S.*)$/i;

/** Who acts and by when, as a labelled cell's words after its label give them ("Clerk by 12 March"; "Chair to attend" alone). */
function ownerAndDue(words: string): { owner: string; due?: string } {
  const by = OWNER_BY.exec(words);
  return by === null ? { owner: words } : { owner: by[1] ?? '', due: by[2] ?? '' };
}

/** A line's words before a cell of its own after a wide gap (a line below the action's may hold one). */
const wordsOf = (line: string): string => /^(.*\S)\s{3,}\S/.exec(line)?.[1] ?? line;

/** A line's text that closes a sentence: a stop, "?" or "!", then a closing bracket or quote at most. */
const ENDS_SENTENCE = /[.!?][)\]"'”’]*$/;

/**
 * The line on which the sentence running at the end of line `at` closes (`text` that line's words without its cell):
 * `at` itself when its text ends a sentence, else the first line after it that does, within its paragraph (the
 * paragraph's last line when none does). An action beside "The bench is to be repaired." acts on that sentence, not
 * on the sentences under it in the same paragraph.
 */
function sentenceEnd(lines: readonly string[], at: number, text: string): number {
  const end = paragraphEnd(lines, at);
  for (let line = at; line < end; line += 1) {
    const words = line === at ? text : wordsOf(lines[line] ?? '');
    if (ENDS_SENTENCE.test(words.trimEnd())) return withVote(lines, line, end);
  }
  return end;
}

/** "Proposed Cllr Ash, seconded Cllr Elm, carried.", "Carried unanimously.": a line opening with who moved or how it went. */
const OPENS_VOTE = new RegExp(String.raw`^\W*(?:${MOVER_WORD.source})`, 'i');

/** The line a decision's sentence ends on, past the lines under it in the paragraph that record its movers and vote (they are its). */
function withVote(lines: readonly string[], at: number, end: number): number {
  let last = at;
  const votes = (line: string): boolean => OPENS_VOTE.test(line) || talliesOnly(line.trim());
  while (last < end && votes(wordsOf(lines[last + 1] ?? ''))) last += 1;
  return last;
}

/**
 * A column far to the right beside the minutes (a PDF's text kept in its layout), under a heading "ACTION", or of
 * cells that label themselves ("Action: Clerk by 12 March") with or without one: a cell at the end of a line after
 * a wide gap is the column's, and acts on the sentence it stood beside. Unlabelled, it is initials well to the right or a name in
 * the column under the heading; a labelled cell is the column's wherever it starts past the margin.
 */
function actionMargin(lines: readonly string[]): ActionColumn | null {
  const heading = lines.findIndex(isMarginHeading);
  const column = heading === -1 ? Number.POSITIVE_INFINITY : (lines[heading] ?? '').search(/\S/) - COLUMN_SLACK;
  const out = [...lines];
  const actions: ActionColumn['actions'] = [];
  lines.forEach((line, index) => {
    const cell = /^(.*\S)\s{3,}(\S.*?)\s*$/.exec(line);
    const text = cell?.[1] ?? '';
    const owner = cell?.[2] ?? '';
    const starts = text.length + line.slice(text.length).search(/\S/);
    const labelled = starts >= MARGIN ? ACTION_LABEL.exec(owner) : null;
    const inColumn = cell !== null && starts >= column && OWNER_CELL.test(owner);
    // Initials well to the right (a ragged column); other words only in the column itself; a label anywhere past the margin.
    if (index <= heading || !cell || !(labelled || (isOwners(owner) && text.length >= 30) || inColumn)) return;
    out[index] = text;
    actions.push({ line: sentenceEnd(lines, index, text), ...(labelled ? ownerAndDue(labelled[1] ?? '') : { owner }) });
  });
  if (heading === -1 && actions.length === 0) return null;
  return { lines: out, actions: withWrappedOwners(lines, out, actions, column), heading };
}

/** How far left of its heading the column's names may start ("Graham Tull /" under "ACTION BY" set right). */
const COLUMN_SLACK = 8;
/** A name, or a few words, in the column under its heading: no sentence ("Owen Bradshaw", "Graham Tull /", "all partners"). */
const OWNER_CELL = /^[\p{L}'’.&/ -]{2,40}$/u;

/**
 * The owners' cells wrapped onto a line of their own, alone in the column ("Graham Tull /" over "all partners"): each
 * joined to the owner above (one that ends open: "/", "&", ",", "and"), its line taken out of the text.
 */
function withWrappedOwners(
  lines: readonly string[],
  out: string[],
  actions: ActionColumn['actions'],
  column: number,
): ActionColumn['actions'] {
  let last: ActionColumn['actions'][number] | undefined;
  let lastLine = -1;
  lines.forEach((line, index) => {
    const found = actions.find((action) => out[index] !== line && action.owner === line.slice(out[index]?.length ?? 0).trim());
    if (found !== undefined) [last, lastLine] = [found, index];
    const alone = line.search(/\S/) >= column && OWNER_CELL.test(line.trim()) && /[/&,]$|\band$/.test(last?.owner ?? '');
    if (last !== undefined && index === lastLine + 1 && alone) {
      last.owner = `${last.owner} ${line.trim()}`;
      out[index] = '';
      lastLine = index;
      // The paragraph the owner stood beside now ends before the line taken out.
      if (last.line >= index) last.line = paragraphEnd(out, index - 1);
    }
  });
  return actions;
}

/**
 * "Item", "Subject", "Action" each on a line (a table's text extracted cell by cell): a line of initials
 * alone is that column's cell, for its row's item.
 */
function actionCells(lines: readonly string[]): ActionColumn | null {
  const heading = lines.findIndex((line, index) => {
    const above = lines.slice(Math.max(0, index - 3), index).filter((text) => text.trim() !== '');
    return ACTION_HEADING.test(line.trim()) && above.length > 0 && above.every((text) => isColumnHeading(text.trim()));
  });
  if (heading === -1) return null;
  const out = [...lines];
  const actions: ActionColumn['actions'] = [];
  lines.forEach((line, index) => {
    if (index <= heading || !isOwners(line.trim())) return;
    out[index] = '';
    actions.push({ line: index, owner: line.trim() });
  });
  let top = heading;
  while (top > 0 && isColumnHeading((lines[top - 1] ?? '').trim())) top -= 1;
  return { lines: out, actions, heading: top };
}

/** "Status", "Progress": the heading of a column giving what became of each item ("Noted", "Agreed"). */
const STATUS_HEADING = /^(?:status|progress)$/i;
/** What a Status column says became of an item: a decision's word alone, never a sentence. */
const STATUS_WORD =
  /^(?:noted|agreed|approved|resolved|decided|deferred|withdrawn|recommended|rejected|refused|carried|lost|completed?|closed|open|ongoing|in progress|for information)$/i;

/**
 * A header row ending in a Status and an action column, after the minutes' own headings: "Item | Description/Resolution |
 * Status | Action". A web page's text may leave one space between its cells, so the words are read one by one then.
 */
function isStatusHeading(line: string): boolean {
  const cells = cellTexts(line.trim());
  const words = cells.length >= 3 ? cells : line.trim().split(/\s+/);
  const [status = '', owner = ''] = words.slice(-2);
  const heads = words.slice(0, -2);
  return heads.length > 0 && heads.every(isColumnHeading) && STATUS_HEADING.test(status) && OWNER_HEADING.test(owner);
}

/**
 * A table whose each item ends in a row of its own of its Status and Action cells ("Agreed  Head of Shared Audit", or
 * "Noted" with no one to act), as a ModernGov page prints its minutes: the status word, then a wide gap and who acts.
 */
function statusTable(lines: readonly string[]): ActionColumn | null {
  const heading = lines.findIndex(isStatusHeading);
  if (heading === -1) return null;
  const out = [...lines];
  const actions: ActionColumn['actions'] = [];
  lines.forEach((line, index) => {
    const [status = '', owner = '', ...rest] = cellTexts(line.trim()).map((cell) => cell.trim());
    if (
      index <= heading ||
      rest.length > 0 ||
      !STATUS_WORD.test(status) ||
      !(owner === '' || NAME_CELL.test(owner) || OWNER_CELL.test(owner))
    )
      return;
    out[index] = '';
    actions.push({ line: index, owner, status });
  });
  return { lines: out, actions, heading };
}

/** The action column of minutes printed with one, each kind of text extraction in turn. */
export function actionColumn(lines: readonly string[]): ActionColumn {
  return (
    statusTable(lines) ?? actionTable(lines) ?? actionMargin(lines) ?? actionCells(lines) ?? { lines: [...lines], actions: [], heading: -1 }
  );
}

/**
 * Who is to act, as the item's text keeps it: a paragraph "Action: IB" of its own, after a blank line; with
 * when, where the minutes print it, "Action: V Ince, by Dec 2025" (or "Action: by Dec 2025" with no one named).
 */
export function actionLines(owner: string, due = ''): string[] {
  const by = due === '' ? '' : `by ${due}`;
  return ['', `Action: ${[owner, by].filter((part) => part !== '').join(', ')}`];
}

/** A Status cell, as the item's text keeps it (no field holds an item's status): "Status: Agreed", a paragraph of its own. */
const statusLines = (status: string | undefined): string[] => (status === undefined ? [] : ['', `Status: ${status}`]);

/**
 * Each action as "Action: IB", a paragraph of its own after the paragraph it was printed beside (on the
 * title's line, the text after the title), or at the end of its item's text when the cell stood alone
 * (beside a title with no text, or on a line of its own).
 */
export function withActions(items: { line: number; lines: string[] }[], column: ActionColumn, end: number): void {
  items.forEach((item, at) => {
    const stop = items[at + 1]?.line ?? end;
    let from = 0;
    for (const { line, owner, due, status } of column.actions.filter(({ line }) => line >= item.line && line < stop)) {
      const text = column.lines[line] ?? '';
      // The title's own row: its text on the title's line (item.lines[0]) is what the action was printed beside.
      const own = line === item.line && (item.lines[0] ?? '').trim() !== '';
      const found = own ? 0 : text.trim() === '' ? -1 : item.lines.indexOf(text, from);
      const added = [...statusLines(status), ...(owner === '' ? [] : actionLines(owner, due))];
      if (found === -1) {
        item.lines.push(...added);
        continue;
      }
      item.lines.splice(found + 1, 0, ...added, '');
      from = found + added.length + 2;
    }
  });
}

/** True when the action column's heading, just over the first item, opens the items' table (the header ends there, not at the first item). */
export function opensItems(all: readonly string[], column: ActionColumn, start: number): boolean {
  const between = all.slice(column.heading + 1, start).map((line) => line.trim());
  const heads = between.every((line) => line === '' || isColumnHeading(line) || ACTION_HEADING.test(line));
  return column.heading !== -1 && column.heading < start && column.actions.length > 0 && heads;
}
