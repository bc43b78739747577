/**
 * What marks one item as held in private by its own words: a mark at its title's end ("Depot Lease (Exempt)",
 * "(exempt information, paragraph 3)", "(Not for publication – para 3)"), a first paragraph stating it ("Not for
 * publication by virtue of paragraph 3 …"), a decision record's field ("Exempt appendix: Paragraph 3 …") or a forward
 * plan's open-or-exempt cell; and the one list of words that say business is private, which every pattern of
 * exempt.ts is built from too.
 */
import { squash } from '../text.ts';
import { citedParagraphs, PARAGRAPH_WORD } from './exempt-paragraphs.ts';

/** What the record says of an item held in private. */
export interface ExemptMark {
  text: string;
  paragraphs: string[];
}

/**
 * "Exempt", "Confidential", "Not for publication": words that say business is private wherever they open a sentence.
 * Regex source.
 */
export const EXEMPT_WORDS = String.raw`(?:exempt|confidential|not\s+for\s+publication)`;
/**
 * The same and "Private", "Restricted", which say it only as a heading, a mark, a label or a cell ("Private sector
 * rents …" opens a sentence): the one list each pattern of this module is built from. Regex source.
 */
export const PRIVATE_WORDS = String.raw`(?:${EXEMPT_WORDS}|private|restricted)`;

/**
 * " of Part 1 of Schedule 12A to the Local Government Act 1972", " of Part 1 of Schedule 6 of the Local Government Act
 * (Northern Ireland) 2014", ", Part 1 of Schedule 7A, Local Government (Scotland) Act 1973": the schedule a mark's
 * paragraph is of, as English, Northern Irish and Scottish agendas cite it. Regex source.
 */
const SCHEDULE_CITED = String.raw`(?:(?:\s+of|,)\s+part\s+(?:1|i|one)\s+(?:of|to)\s+schedule\s+\d{1,2}[a-z]?(?:(?:\s+(?:of|to)\s+the|,)\s+local\s+government(?:\s+\(scotland\))?\s+act(?:\s+\(northern\s+ireland\))?\s+\d{4})?)?`;
/**
 * "(Exempt)", "(Not for publication)", "(Confidential – paragraph 3)", "(exempt information, paragraph 3)", "(Not for
 * publication – para 3)", "(In Committee)", "- Private", "(Confidential by
 * reason of paragraph 3 of Part 1 of Schedule 6 …)": a mark at a title's end, before any pages it prints.
 */
const TITLE_MARK = new RegExp(
  String.raw`\s*(?:[([]\s*((?:${PRIVATE_WORDS}|part\s+(?:ii|2|b)|in\s+committee)(?:\s+(?:information|item|report|business))?(?:\s*[-–—:,]?\s*(?:by\s+(?:virtue|reason)\s+of\s+)?${PARAGRAPH_WORD}\s+[\d\s,&and–-]+${SCHEDULE_CITED})?)\s*[)\]]|\s[-–—]\s*(${PRIVATE_WORDS}(?:\s+item)?))(?=\s*(?:\(\s*pages?\b[^)]*\))?\s*$)`,
  'i',
);

/** The title without a mark at its end, and the mark, when it carries one and words stay. */
export function titleMark(title: string): { title: string; mark: ExemptMark | null } {
  const found = TITLE_MARK.exec(title);
  const words = found ? `${title.slice(0, found.index)}${title.slice(found.index + found[0].length)}`.trim() : '';
  if (!found || !/\p{L}/u.test(words)) return { title, mark: null };
  const text = squash(found[0]).replace(/^[-–—]\s*/, '');
  return { title: words, mark: { text, paragraphs: citedParagraphs(text) } };
}

/**
 * "(Paragraph 3)", "(Paragraphs 1 and 3)": a bare citation at a title's end, with no word saying the item is
 * exempt. Minutes whose exclusion resolution cites "the paragraphs … shown against each item" print it so.
 * Elsewhere the same words may be a cross-reference ("Fees and charges (paragraph 4)": a paragraph of a report
 * or of the constitution), so it is read as the schedule's paragraphs only for an item already held in private.
 */
const BARE_PARAGRAPHS = new RegExp(
  String.raw`\s*[([]\s*(${PARAGRAPH_WORD}\s+\d{1,2}[a-z]?(?:\s*(?:,|and|&|to|-|–)\s*\d{1,2}[a-z]?)*${SCHEDULE_CITED})\s*[)\]](?=\s*(?:\(\s*pages?\b[^)]*\))?\s*$)`,
  'i',
);

/** The title without a bare "(Paragraph 3)" at its end, and the paragraphs it cites; null when it has none. */
export function bareParagraphs(title: string): { title: string; paragraphs: string[] } | null {
  const found = BARE_PARAGRAPHS.exec(title);
  if (!found) return null;
  const words = `${title.slice(0, found.index)}${title.slice(found.index + found[0].length)}`.trim();
  return /\p{L}/u.test(words) ? { title: words, paragraphs: citedParagraphs(found[1] ?? '') } : null;
}

/**
 * "Not for publication by virtue of paragraph 3 …", "Exempt information under paragraph 1 …", Scotland's "(Exempt
 * information, paragraphs 6 and 9, Part 1 of Schedule 7A, …)": an item's own statement, which cites a paragraph.
 */
const STATEMENT = new RegExp(
  String.raw`^[([]?\s*(?:this\s+(?:item|report)\s+(?:is|contains)\s+)?${EXEMPT_WORDS}(?:\s+information)?\b`,
  'i',
);
/** "Exempt information? Open", "Exempt: No", "no exempt information": words that say the item is open. */
const SAYS_OPEN = /\b(?:no|none|nil|not)\s+(?:exempt|confidential)\b|\b(?:exempt|confidential)\b[^.]*?[?:]\s*(?:no|none|nil|n\/a|open)\b/i;

/** A statement printed in brackets, up to the bracket that closes it ("(… Local Government (Scotland) Act 1973)"): the text after it is the item's own. */
function bracketed(text: string): string {
  if (!text.startsWith('(')) return text;
  let depth = 0;
  for (let index = 0; index < text.length; index += 1) {
    depth += text[index] === '(' ? 1 : text[index] === ')' ? -1 : 0;
    if (depth === 0) return text.slice(0, index + 1);
  }
  return text;
}

/** The first paragraph of an item's text, when it states the item is exempt and cites its paragraph. */
export function statementMark(lines: readonly string[]): ExemptMark | null {
  const first = bracketed(
    paragraphOf(
      lines,
      lines.findIndex((line) => line.trim() !== ''),
    ),
  );
  if (!STATEMENT.test(first) || SAYS_OPEN.test(first) || citedParagraphs(first).length === 0) return null;
  return { text: first, paragraphs: citedParagraphs(first) };
}

/**
 * "Exempt appendix: Paragraph 3, Schedule 12A …", "Confidential appendices – paragraphs 1 and 3": a decision record's
 * field, anywhere in the item's text, saying its papers are closed, with the paragraph cited. One that cites none or
 * says the papers are open ("Exempt information: None") marks nothing.
 */
const CLOSED_FIELD = new RegExp(String.raw`^\s*${PRIVATE_WORDS}\s+(?:appendix|appendices|annex(?:es)?|information)\s*[:–—-]\s*\S`, 'i');

/** The item's field saying its papers are closed and citing their paragraph, as printed. */
export function fieldMark(lines: readonly string[]): ExemptMark | null {
  const line = lines.find((found) => CLOSED_FIELD.test(found) && !SAYS_OPEN.test(found) && citedParagraphs(found).length > 0);
  return line === undefined ? null : { text: squash(line), paragraphs: citedParagraphs(line) };
}

/** The paragraph (lines between blank lines) holding line `at`, squashed; '' when none. */
function paragraphOf(lines: readonly string[], at: number): string {
  if (at < 0) return '';
  let from = at;
  while (from > 0 && (lines[from - 1] ?? '').trim() !== '') from -= 1;
  let to = at;
  while (to + 1 < lines.length && (lines[to + 1] ?? '').trim() !== '') to += 1;
  return squash(lines.slice(from, to + 1).join(' '));
}

/**
 * "Exempt", "Private - paragraph 3", "Confidential": a forward plan's open-or-exempt cell that says
 * the whole item is to be taken in private. "Open", "Part exempt" (only some papers closed) and "No"
 * mark nothing.
 */
const CLOSED_CELL = new RegExp(
  String.raw`^(?:fully\s+)?${PRIVATE_WORDS}\b(?:\s*[-–—:,(]?\s*(?:by\s+virtue\s+of\s+|under\s+)?${PARAGRAPH_WORD}\s+\d.*)?$`,
  'i',
);

/** The mark a plan's open-or-exempt cell gives, when it closes the whole item. */
export function accessMark(cell: string): ExemptMark | null {
  const text = squash(cell);
  return CLOSED_CELL.test(text) ? { text, paragraphs: citedParagraphs(text) } : null;
}
