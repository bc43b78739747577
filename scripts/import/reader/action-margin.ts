/**
 * Reads an action column far to the right beside the minutes (a PDF's text kept in its layout): initials or names
 * under an "ACTION" heading, or cells that label themselves ("Action: Clerk by 12 March"), each put after the sentence
 * it stood beside, past the movers and vote under a decision; owners wrapped onto a line of their own joined. Apart
 * from the tables' readers (action-table.ts) because a margin is found by where its text stands, not by its cells.
 */
import { type ActionColumn, isOwners, OWNER_CELL } from './action-owners.ts';
import { ACTION_HEADING } from './column-headings.ts';
import { talliesOnly } from './decision-run-on.ts';
import { MOVER_WORD } from './motions.ts';
import { candidateAt } from './numbering.ts';

/** The last line of the paragraph that line `at` is in: the next blank line ends it. */
function paragraphEnd(lines: readonly string[], at: number): number {
  let end = at;
  while (end + 1 < lines.length && (lines[end + 1] ?? '').trim() !== '' && candidateAt(lines[end + 1] ?? '', end + 1) === null) end += 1;
  return end;
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
export function actionMargin(lines: readonly string[]): ActionColumn | null {
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
