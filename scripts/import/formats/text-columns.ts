/**
 * Bilingual Welsh records printed in two columns, Cymraeg beside English, as their text comes out of
 * `pdftotext -layout` or a text file a council publishes: each line holds a line of each language, a gutter of
 * spaces between them. The readers read one language, so the English column is kept, in reading order, and the
 * Welsh column set aside with a warning (the source file, the record's source, keeps both).
 *
 * Only a page plainly laid out so is split: most of its lines break at one gutter position, one column reads as Welsh
 * and the other as English (a table in English, or prose, is never split). The text keeps its number of lines (a
 * Welsh-only line becomes a blank one), so line numbers in messages still point into the file; a line across the
 * gutter (a heading over both columns) stays as it is. A PDF printed so is read by pdf-bilingual.ts, from where its
 * text stands, with the same page and record tests (columnsOf, bilingualPages).
 */

/** Words that mark a text as Welsh: common function words and the words of a council's minutes. None is English. */
const WELSH_WORDS = new Set([
  'y',
  'yr',
  "a'r",
  "i'r",
  "o'r",
  'yn',
  'ac',
  'ar',
  'gan',
  'wedi',
  'oedd',
  'mae',
  'bod',
  'gyda',
  'hefyd',
  'ei',
  'eu',
  'nad',
  'fel',
  'cyngor',
  'pwyllgor',
  'cofnodion',
  'ymddiheuriadau',
  'penderfynwyd',
  'cynghorydd',
  'cynghorwyr',
  'cadeirydd',
  'cyfarfod',
  'eitem',
  'adroddiad',
  'swyddog',
  'swyddogion',
  'clerc',
  'cyfieithydd',
  // A decision's verb right after PENDERFYNWYD ("resolved"), which may be the only word of it that is not a name or a
  // figure ("gosod praesept o £184,500"): to set, give, accept, approve, note, agree, confirm, recommend, adopt, refuse.
  'gosod',
  'rhoi',
  'derbyn',
  'cymeradwyo',
  'nodi',
  'cytuno',
  'cadarnhau',
  'argymell',
  'mabwysiadu',
  'gwrthod',
]);

/** Words that mark a text as English: function words and the words of a council's minutes. None is Welsh. */
const ENGLISH_WORDS = new Set([
  'the',
  'of',
  'and',
  'to',
  'in',
  'for',
  'that',
  'was',
  'were',
  'by',
  'with',
  'on',
  'from',
  'which',
  'had',
  'has',
  'council',
  'committee',
  'minutes',
  'apologies',
  'resolved',
  'councillor',
  'councillors',
  'chair',
  'meeting',
  'item',
  'report',
  'officer',
  'officers',
]);

type Language = 'welsh' | 'english';

/** A column of a page printed in two. */
export type Side = 'left' | 'right';

/** How many words of a text are Welsh and how many English (each word compared in lower case, apostrophes straight). */
export function languageCounts(text: string): Record<Language, number> {
  const counts = { welsh: 0, english: 0 };
  for (const raw of text
    .toLowerCase()
    .replace(/\u2019/g, "'")
    .split(/\s+/)) {
    const word = raw.replace(/^[^\p{L}']+|[^\p{L}']+$/gu, '');
    if (WELSH_WORDS.has(word)) counts.welsh += 1;
    else if (ENGLISH_WORDS.has(word)) counts.english += 1;
  }
  return counts;
}

/**
 * The language a text leans to: one language's words more than twice the other's, and at least `least` of them; null
 * when neither (names, numbers, a mixed line).
 */
export function languageOf(text: string, least = 1): Language | null {
  const { welsh, english } = languageCounts(text);
  if (welsh >= least && welsh > 2 * english) return 'welsh';
  if (english >= least && english > 2 * welsh) return 'english';
  return null;
}

/** Fewest lines, in a whole record, holding both columns: a heading pair or two is not a two-column layout. */
const MIN_PAIRED = 4;
/** Fewest words of its language each column must have in a whole record. */
const MIN_WORDS = 6;
/** How many characters a column's edge may stray from the gutter (proportional fonts set to a character grid). */
const SLACK = 2;

/**
 * One line read against a gutter: its text in the left and the right column, or the whole line across it. A text's line
 * is read by its characters (cellsOf), a PDF's by where its text stands (pdf-bilingual.ts).
 */
export type Cells = { kind: 'blank' } | { kind: 'across' } | { kind: 'columns'; left: string; right: string };

/** The runs of two or more spaces between a line's words: where each starts and where the next word starts. */
function gaps(line: string): { start: number; end: number }[] {
  return [...line.matchAll(/(?<=\S) {2,}(?=\S)/g)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
}

/**
 * Where a page's right column starts: the column with the most lines that have a gap of spaces just before it (words
 * on both sides), the rightmost of equals, so a right column that starts a character later on some lines, or is
 * indented, still starts there. Null for a page with no line of two runs of words.
 */
function gutterOf(lines: string[]): number | null {
  const through = new Map<number, number>();
  for (const line of lines) {
    for (const gap of gaps(line))
      for (let column = gap.start + 1; column <= gap.end; column++) through.set(column, (through.get(column) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [column, count] of through) {
    const bestCount = best === null ? 0 : through.get(best)!;
    if (count > bestCount || (count === bestCount && best !== null && column > best)) best = column;
  }
  return best;
}

/** A column's text with its indent past the gutter kept, where that is more than a column's stray (a list's wrap). */
function indented(text: string, start: number, gutter: number): string {
  return start - gutter > SLACK ? ' '.repeat(start - gutter) + text : text;
}

/** A line's columns at a gutter: split at a gap by it, or wholly on one side, or across it. */
function cellsOf(line: string, gutter: number): Cells {
  if (line.trim() === '') return { kind: 'blank' };
  const gap = gaps(line).find((candidate) => candidate.start <= gutter + SLACK && candidate.end >= gutter - SLACK);
  if (gap) return { kind: 'columns', left: line.slice(0, gap.start), right: indented(line.slice(gap.end), gap.end, gutter) };
  const start = line.length - line.trimStart().length;
  if (start >= gutter - SLACK) return { kind: 'columns', left: '', right: indented(line.trimStart(), start, gutter) };
  if (line.trimEnd().length <= gutter) return { kind: 'columns', left: line.trimEnd(), right: '' };
  return { kind: 'across' };
}

/** A page read as two columns: its lines' cells, from its first line of both columns to its last; null when it is not. */
export interface PageColumns {
  cells: Cells[];
  /** How many of its lines hold both columns. */
  paired: number;
  first: number;
  last: number;
  left: string;
  right: string;
}

/** A page of text's two columns, when it is laid out so (see columnsOf); side-columns.ts reads English ones. */
export function textPageColumns(lines: string[]): PageColumns | null {
  const gutter = gutterOf(lines);
  return gutter === null ? null : columnsOf(lines.map((line) => cellsOf(line, gutter)));
}

/**
 * A page's two columns from its lines' cells, when it is laid out so: between its first and last line holding both
 * columns, at least half the lines hold both and at most a quarter run across the gutter. Null otherwise.
 */
export function columnsOf(cells: Cells[]): PageColumns | null {
  const both = (cell: Cells): boolean => cell.kind === 'columns' && cell.left.trim() !== '' && cell.right.trim() !== '';
  const first = cells.findIndex(both);
  const last = cells.findLastIndex(both);
  if (first < 0) return null;
  const run = cells.slice(first, last + 1).filter((cell) => cell.kind !== 'blank');
  const paired = run.filter(both).length;
  const across = run.filter((cell) => cell.kind === 'across').length;
  if (paired * 2 < run.length || across * 4 > run.length) return null;
  const side = (pick: Side): string => run.map((cell) => (cell.kind === 'columns' ? cell[pick] : '')).join('\n');
  return { cells, paired, first, last, left: side('left'), right: side('right') };
}

/**
 * A two-column page's lines in English: each line's English column, a line across the gutter as it is. Where only the
 * Welsh column goes on (its paragraph is the longer), the English paragraph has no gap in it, so those lines become
 * blank lines after the paragraph: its lines stay together and every later line keeps its line number.
 */
function englishLines(lines: string[], columns: PageColumns, english: Side): string[] {
  const out = lines.slice(0, columns.first);
  let held = 0;
  const closeParagraph = (): void => {
    for (; held > 0; held--) out.push('');
  };
  for (let at = columns.first; at <= columns.last; at++) {
    const cell = columns.cells[at]!;
    if (cell.kind === 'blank') closeParagraph();
    if (cell.kind === 'columns' && cell[english].trim() === '') held += 1;
    else out.push(cell.kind === 'columns' ? cell[english].trimEnd() : lines[at]!);
  }
  closeParagraph();
  return [...out, ...lines.slice(columns.last + 1)];
}

/** The text of a record to read, and a warning when a Welsh column was set aside. */
export interface ColumnText {
  text: string;
  warning: string | null;
}

export const WELSH_COLUMN_WARNING =
  'the record is printed in two columns, Welsh and English: the English column is read and the Welsh column set aside (the source file keeps both)';

/**
 * A record's text with its Welsh column set aside, where its pages are printed in two columns, one Welsh and one
 * English (pages split at form feeds, each with its own gutter); the text unchanged otherwise.
 */
export function englishColumn(text: string): ColumnText {
  const unchanged = { text, warning: null };
  const pages = text.split('\f').map((page) => page.split('\n'));
  const found = pages.map(textPageColumns);
  const bilingual = bilingualPages(found);
  if (bilingual === null) return unchanged;
  const lines = pages.map((page, index) =>
    (bilingual.split[index] ? englishLines(page, found[index]!, bilingual.english) : page).join('\n'),
  );
  const result = lines.join('\f');
  return result === text ? unchanged : { text: result, warning: WELSH_COLUMN_WARNING };
}

/** Which column of a record's two-column pages is English, and which pages to read so. */
export interface Bilingual {
  english: Side;
  /** By page: whether the page is read in its English column alone. */
  split: boolean[];
}

/**
 * Whether a record is printed in two columns, Welsh and English, from its pages' columns (null for a page not in two
 * columns), for a text (englishColumn) and a PDF (pdf-bilingual.ts) alike: the whole record must read plainly as Welsh
 * beside English, with MIN_PAIRED lines of both, and the English column is the same side on every page split.
 */
export function bilingualPages(found: (PageColumns | null)[]): Bilingual | null {
  const split = found.filter((page): page is PageColumns => page !== null);
  if (split.reduce((sum, page) => sum + page.paired, 0) < MIN_PAIRED) return null;
  const english = englishSide(split.map((page) => page.left).join('\n'), split.map((page) => page.right).join('\n'));
  if (english === null) return null;
  const welsh = english === 'right' ? 'left' : 'right';
  // Each page must itself read Welsh beside English, so a page of a table in English in a bilingual record stays.
  const pages = found.map(
    (columns) => columns !== null && languageOf(columns[english]) === 'english' && languageOf(columns[welsh]) === 'welsh',
  );
  return pages.some(Boolean) ? { english, split: pages } : null;
}

/** Which column is English: the one reading as English beside one reading as Welsh, each with MIN_WORDS of its words. */
function englishSide(left: string, right: string): Side | null {
  const languages = `${languageOf(left, MIN_WORDS)}/${languageOf(right, MIN_WORDS)}`;
  return languages === 'welsh/english' ? 'right' : languages === 'english/welsh' ? 'left' : null;
}
