/**
 * What the record kinds that are not minutes or agendas (decision notices, forward plans,
 * reports, public questions) share: reading the few lines that name a council, a body and a
 * date, and telling page furniture from text. Kept apart from the minutes reader so each
 * family stays small and none of them guesses at another's layout.
 */
import { isoFromParts } from '../../../src/model/dates.ts';
import { HEADER_DATE_NOTE, type SourceMeta } from '../records.ts';
import { squash } from '../text.ts';
import { councilsIn } from '../reader/council-name.ts';

/** Words that name a meeting's body or a decision taker: "Cabinet", "Place Scrutiny Panel", "Cabinet Member for Roads". */
export const BODY_WORDS = /\b(?:committee|cabinet|council|panel|board|member|leader|mayor|executive|forum|commission|authority)\b/i;

/** A post of the executive that decides alone: "Cabinet Member for Roads", "Portfolio Holder for Housing", "Leader of the Council". */
const EXECUTIVE_POST = String.raw`(?:(?:deputy\s+)?(?:cabinet|executive|lead)\s+member|portfolio\s+holder)\s+for\s+.+|(?:deputy\s+)?leader\s+of\s+the\s+council|(?:the\s+)?(?:deputy\s+)?leader`;
/** Who holds it, as a decision's maker names them: "Councillor Janet Holroyd", "Cllr J Holroyd". */
const HOLDER = String.raw`(?:councillor|cllr\.?)\s+[^,()]+`;
/** "Cabinet Member for Roads (Councillor Ann Bell)": the post, then its holder in brackets. */
const POST_THEN_HOLDER = new RegExp(String.raw`^(?:the\s+)?(${EXECUTIVE_POST})\s*\((${HOLDER})\)$`, 'i');
/** "Councillor Ann Bell, Cabinet Member for Roads": the holder, then the post. */
const HOLDER_THEN_POST = new RegExp(String.raw`^(${HOLDER}),\s*(?:the\s+)?(${EXECUTIVE_POST})$`, 'i');

/**
 * A decision maker who is an executive member, named by post and by person ("Councillor Ann Bell, Cabinet Member for
 * Roads", "Cabinet Member for Roads (Councillor Ann Bell)"): the post, which is the body whose decisions they are (as a
 * forward plan files a cabinet member's decisions under the post, whoever holds it), and the holder; null for any
 * other maker ("Cabinet", "Head of Transport (Mr Idris Pell)").
 */
export function heldPost(maker: string): { post: string; holder: string } | null {
  const text = squash(maker);
  const after = POST_THEN_HOLDER.exec(text);
  if (after) return { post: after[1] ?? '', holder: squash(after[2] ?? '') };
  const before = HOLDER_THEN_POST.exec(text);
  return before ? { post: before[2] ?? '', holder: squash(before[1] ?? '') } : null;
}

/** Councils the text names ("X City Council", "London Borough of Y"), in order of first mention, each once: the general reader's rule (reader/council-name.ts). */
export function councilsNamed(text: string): string[] {
  const names = text.split('\n').flatMap((line) => councilsIn(line).map(({ name }) => name));
  return [...new Set(names)];
}

export interface NamedValue {
  value: string | null;
  warnings: string[];
}

/**
 * The council: from the header lines when they name one, else from the source header or flags,
 * else the one council the text names anywhere (said in a warning, since the text names it only
 * in passing). Two councils named and none in the header: not stated.
 */
export function councilFor(headerLines: string[], text: string, meta: SourceMeta): NamedValue {
  const addressed = addressedCouncils(headerLines);
  if (addressed.length > 1) {
    if (meta.council) return { value: meta.council, warnings: [] };
    return {
      value: null,
      warnings: [`council not stated: the report goes to ${addressed.length} councils (${addressed.join('; ')}) and names none its own`],
    };
  }
  const inHeader = councilsNamed(headerLines.join('\n'));
  if (inHeader[0]) return { value: inHeader[0], warnings: [] };
  if (meta.council) return { value: meta.council, warnings: [] };
  const named = councilsNamed(text);
  if (named.length === 1 && named[0]) {
    return { value: named[0], warnings: [`council read from a mention in the text ("${named[0]}"), not from a heading`] };
  }
  return { value: null, warnings: [] };
}

/** A "Report to:" line with the lines it wraps onto, up to a blank line or the next label. */
const REPORT_TO = /^report\s+to\s*:/i;
const LABEL = /^[A-Za-z][\w '’-]{0,30}:/;

/** The councils a "Report to:" field names: a joint body's report goes to each of its partner councils. */
function addressedCouncils(headerLines: string[]): string[] {
  const lines = headerLines.map(squash);
  const start = lines.findIndex((line) => REPORT_TO.test(line));
  if (start < 0) return [];
  const after = lines.slice(start + 1, start + 3);
  const end = after.findIndex((line) => line === '' || LABEL.test(line));
  return councilsNamed([lines[start], ...after.slice(0, end < 0 ? undefined : end)].join(' '));
}

export interface DateFields {
  date: string | null;
  dateStatus: 'exact' | 'not-stated';
  dateNote: string | null;
}

/** The text's own date first, then the source header or flag. */
export function dateFor(stated: string | null, meta: SourceMeta): DateFields {
  if (stated) return { date: stated, dateStatus: 'exact', dateNote: null };
  const [year, month, day] = (meta.date ?? '').split('-').map(Number);
  if (meta.date && isoFromParts(year ?? 0, month ?? 0, day ?? 0)) {
    return { date: meta.date, dateStatus: 'exact', dateNote: HEADER_DATE_NOTE };
  }
  return { date: null, dateStatus: 'not-stated', dateNote: null };
}

/** Page numbers and running footers a PDF conversion leaves on their own line: "1", "-5-", "- 10 -", "Page 2 of 7". */
export function isPageMark(line: string): boolean {
  return /^\s*(?:\d{1,3}|-\s*\d{1,3}\s*-|Page\s+\d+(?:\s+of\s+\d+)?)\s*$/i.test(line);
}

/** Non-blank lines near the top, for detection. */
export function headLines(text: string, count: number): string[] {
  // Every kind's detector asks for the head of every file: read only as far as it goes.
  const head: string[] = [];
  let from = 0;
  while (head.length < count && from <= text.length) {
    const end = text.indexOf('\n', from);
    const line = squash(text.slice(from, end === -1 ? text.length : end));
    if (line !== '') head.push(line);
    from = end === -1 ? text.length + 1 : end + 1;
  }
  return head;
}

/** "Councillor Emma Edwards," as printed, without the trailing comma a list leaves. */
export function cleanName(line: string): string {
  return squash(line).replace(/[,;]+$/, '');
}

/**
 * A scrutiny body's name as text prints it: capitalised words ending in "Scrutiny Committee",
 * "Scrutiny Management Board", "Scrutiny Panel", "Select Committee" ("Place Scrutiny Committee",
 * "Overview and Scrutiny Management Board"). Words inside a name may be joined by "and", "&", "of" or "for".
 */
const SCRUTINY_BODY =
  /(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:and|&|of|for)\s+)?){0,6}(?:Scrutiny|Select)\s+(?:(?:Management|Co-?ordinating|Coordination|Co-ordination)\s+)?(?:Sub-Committee|Committee|Panel|Commission|Board)\b/gu;
/** Capitalised words a sentence or a phrase opens with, which are not part of the body's name. */
const LEADING_WORDS = /^(?:(?:The|To|By|Of|And|At|In|On|That|This|Our|Its|From|For|With)\s+)+/;

/**
 * The scrutiny bodies a text names, each once, in order of first mention: the committee that
 * made or received a review, or is asked to review a decision called in.
 */
export function scrutinyBodiesNamed(text: string): string[] {
  // "Summary The Children's Select Committee": a heading run on into the sentence under it ends at "The".
  const names = [...squashLines(text).matchAll(SCRUTINY_BODY)].map((match) =>
    match[0].replace(/^.*\sThe\s+/, '').replace(LEADING_WORDS, ''),
  );
  const distinct = [...new Set(names.filter((name) => /^\p{Lu}/u.test(name)))];
  // "the Select Committee" after "the Children's Select Committee" is that committee named short.
  return distinct.filter((name) => !distinct.some((other) => other.endsWith(` ${name}`)));
}

/** The scrutiny body a text names, when it names one only; else null, with the names when there are several. */
export function scrutinyBodyFor(text: string, what: string): NamedValue {
  const named = scrutinyBodiesNamed(text);
  if (named.length === 1 && named[0]) return { value: named[0], warnings: [] };
  const which = named.length === 0 ? 'the text names none' : `the text names several (${named.join('; ')})`;
  return { value: null, warnings: [`${what} not stated: ${which}`] };
}

/** Lines run together, so a name that wraps onto the next line is read whole; a blank line parts them. */
function squashLines(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => squash(paragraph.replace(/\n/g, ' ')))
    .join(' | ');
}
