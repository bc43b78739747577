/**
 * The text a web page's reading writes: paragraphs with their breaks, a list entry's mark, a `<br>`, a table's
 * row as cells parted by tabs, and a cell's phrases on one line. Apart because every part of the page's
 * reading (html-blocks.ts, html-text.ts) writes through it, and it reads no element itself.
 */

/** What parts two phrases of a cell's line: "; ", or a space after a stop or comma ("Agreed.", "Cllr A Ash,"). */
export const phraseJoint = (before: string): string => (/[.;,:!?]$/.test(before) ? ' ' : '; ');

/** Builds text with pending breaks, so that empty blocks leave no blank lines behind. */
export class TextOut {
  private parts: string[] = [];
  private pending: '' | ' ' | '\n' | '\n\n' = '';
  private atStart = true;
  /** A list entry's mark, written before the entry's first text (past the paragraph a `<p>` in the entry opens). */
  private mark = '';
  /** A `<br>` since the last text, in a table's cell. */
  private broken = false;

  /** In a table's cell, what a `<br>` puts between the phrases it parts on the row's line; null outside a cell. */
  private readonly cellJoint: ((before: string) => string) | null;

  /** `cellJoint`: the text of one table cell, where a `<br>` parts phrases on the row's line instead of ending it. */
  constructor(cellJoint: ((before: string) => string) | null = null) {
    this.cellJoint = cellJoint;
  }

  text(value: string): void {
    const collapsed = value.replace(/[\s\u00a0]+/g, ' ');
    if (collapsed === '') return;
    const leading = collapsed.startsWith(' ');
    const body = collapsed.trim();
    if (leading) this.gap(' ');
    if (body === '') return;
    if (!this.atStart) this.parts.push(this.joint());
    this.parts.push(this.mark + body);
    this.mark = '';
    this.pending = collapsed.endsWith(' ') ? ' ' : '';
    this.atStart = false;
    this.broken = false;
  }

  /** Opens the next text with a list entry's mark ("• "). */
  entryMark(mark: string): void {
    this.mark = mark;
  }

  /**
   * A `<br>`: a line break, but in a table's cell the cell's joint ("; ", phraseJoint), so "Agreed<br>Update due
   * in March" stays one row's cell and its words stay apart.
   */
  lineBreak(): void {
    if (this.cellJoint !== null) this.broken = true;
    else this.gap('\n');
  }

  /** What goes between the last text and the next: the pending break, or a cell's "; " for a `<br>`. */
  private joint(): string {
    if (!this.broken || this.pending === '\n' || this.pending === '\n\n') return this.pending;
    return this.cellJoint?.(this.parts.at(-1) ?? '') ?? this.pending;
  }

  /** A table's row: its cells separated by tabs on a line of their own (a cell's own text has no tab or line break). */
  row(cells: string[]): void {
    this.gap('\n');
    if (!this.atStart) this.parts.push(this.pending);
    this.parts.push(cells.join('\t'));
    this.pending = '\n';
    this.atStart = false;
  }

  /** A line of its own for what comes next (a document's link), except in a table's cell, whose text is one line. */
  ownLine(): void {
    if (this.cellJoint === null) this.gap('\n');
  }

  /** Asks for at least this much space before the next text. */
  gap(kind: ' ' | '\n' | '\n\n'): void {
    const rank = { '': 0, ' ': 1, '\n': 2, '\n\n': 3 } as const;
    if (rank[kind] > rank[this.pending]) this.pending = kind;
  }

  result(): string {
    const text = this.parts.join('');
    return text === '' ? '' : text.replace(/ *\n */g, '\n').replace(/\n{3,}/g, '\n\n') + '\n';
  }

  /** What a table cell holds: its text on one line, or null when it holds more than one paragraph or line. */
  cell(): string | null {
    const text = this.result().trim();
    return text.includes('\n') ? null : text;
  }
}
