/**
 * Which numbers are items where paragraphs are numbered too: "N.0" headings among decimals, whole numbers over the
 * decimals of their paragraphs, "Agenda Item n" headings over paragraphs numbered through the record, and sub-items
 * with titles of their own ("4.1 Good Relations Action Plan") split out of their item. Apart from items.ts as the one
 * place numbered paragraphs are told from items.
 */
import { nextFilled, readsAsProse, SENTENCE_END } from './item-lines.ts';
import { squash } from '../text.ts';
import { proseRunsOn } from './runs-on.ts';
import { namesSubject } from './item-table.ts';
import type { ItemSlice } from './item-slice.ts';
import { type Candidate, candidateAt, candidates, isNextSubItem } from './numbering.ts';
import { schemeOfForm } from './numbering-scheme.ts';

/**
 * "1.0 APOLOGIES" over "1.1 Apologies were received …": when whole numbers written "N.0" rise one
 * by one among the decimals, they are the items and the other decimals their paragraphs.
 */
export function wholeDecimals(run: Candidate[]): Candidate[] {
  const whole = run.filter((candidate) => /^\d{1,3}\.0$/.test(candidate.number));
  const rising = whole.every((candidate, at) => at === 0 || Number(candidate.number) === Number(whole[at - 1]?.number) + 1);
  return whole.length >= 2 && whole.length < run.length && rising ? whole : run;
}

/**
 * "2.1   The Clerk reported that a reply had come from the" over "department …": a numbered paragraph of six words or
 * more whose sentence runs on to the next line, wrapped after a comma or a small word, or before one in lower case.
 */
function wrapsProse(lines: readonly string[], candidate: Candidate): boolean {
  const text = squash(candidate.title ?? '');
  const next = squash(lines[candidate.line + 1] ?? '');
  if (next === '' || SENTENCE_END.test(text) || text.split(/\s+/).length < 6) return false;
  return /,$/.test(text) || proseRunsOn(text) || /^\p{Ll}/u.test(next);
}

/**
 * "1   Apologies for Absence (Item 1)" over "1.1 Apologies for absence were received …", "1.2 …": minutes
 * that number every paragraph under its item's number (the London Assembly's, a city council's
 * "Procedural Business" over "1.1"). When most of the decimals are paragraphs, not titles (however short: "1.1 None.") and a whole
 * number with a title stands over the first paragraph of its stem, for two stems or more, the whole
 * numbers are the items and the decimals stay in their text. Decimals that are titles ("1.1 Apologies"
 * under "1 Preliminary Matters") are the items, under headings of sections.
 */
export function headedDecimals(run: Candidate[], lines: readonly string[]): Candidate[] {
  if (run.length < 2 || !run[0]?.form.includes('|decimal|')) return run;
  // Paragraphs too short to be sentences ("1.1 None.", "2.1 It was" over "PROPOSED by …") are no titles either.
  const prose = run.filter((candidate) => !isNumberedTitle(lines, candidate));
  if (prose.length * 2 < run.length) return run;
  const whole = candidates(lines).filter((candidate) => candidate.form.includes('|integer|') && candidate.title !== null);
  const heads = [...new Set(run.map((candidate) => candidate.stem))].flatMap((stem) => {
    const first = run.find((candidate) => candidate.stem === stem) as Candidate;
    const before = run.filter((candidate) => candidate.line < first.line).at(-1)?.line ?? -1;
    const head = whole.filter((candidate) => candidate.number === stem && candidate.line > before && candidate.line < first.line).at(-1);
    return head === undefined || readsAsProse(head.title ?? '') ? [] : [head];
  });
  const form = heads[0]?.form;
  if (heads.length < 2 || heads.some((head) => head.form !== form) || form === undefined) return run;
  const items = schemeOfForm(lines, form);
  return heads.every((head) => items.some((item) => item.line === head.line)) ? items : run;
}

/**
 * "Agenda Item 3: Minutes" over "2. The minutes … were approved.", "3. There were no matters arising.": minutes whose
 * paragraphs are numbered through the whole record under headings that name the agenda's items (a national park
 * authority's). When the run chosen is of bare numbers and a run of "Agenda Item n" / "Item n" headings has paragraphs
 * of that run under every heading, the headings are the items and the paragraphs ("4. Action: None.") their text.
 */
export function headedParagraphs(run: Candidate[], lines: readonly string[]): Candidate[] {
  if (run.length < 2 || wordOf(run[0]) !== '') return run;
  const forms = new Set(candidates(lines).flatMap((candidate) => (ITEM_WORDS.has(wordOf(candidate)) ? [candidate.form] : [])));
  for (const form of forms) {
    const headings = schemeOfForm(lines, form);
    const under = (at: number) =>
      run.some((member) => member.line > (headings[at]?.line ?? 0) && member.line < (headings[at + 1]?.line ?? lines.length));
    if (headings.length >= 2 && headings.every((_heading, at) => under(at))) return headings;
  }
  return run;
}

/** The word a number's form has before it ("agenda", "item", "minute"), or "" for a bare number. */
const wordOf = (candidate: Candidate | undefined): string => candidate?.form.split('|')[1] ?? '';
const ITEM_WORDS = new Set(['agenda', 'item']);

/**
 * "4.1   Good Relations Action Plan" under "4.    Report from Head of Community Development", its text below: a
 * sub-item with a title of its own, as the record numbers it, is an item of its own (the schema's number is as
 * printed), so its title never runs into its text or its decision. It is one when its line holds a short title with no
 * stop that names a subject ("It was" over "PROPOSED by …" opens a sentence), not a paragraph of prose (`readsAsProse`,
 * `wrapsProse`), with a blank line under it and text below that.
 */
function isSubItem(lines: readonly string[], at: number, stem: string, count: number): Candidate | null {
  const candidate = candidateAt(lines[at] ?? '', at);
  if (!isNextSubItem(candidate, stem, count) || !isNumberedTitle(lines, candidate)) return null;
  if ((lines[at + 1] ?? '').trim() !== '' || nextFilled(lines, at + 1, lines.length) === -1) return null;
  return candidate;
}

/**
 * A number's line that is a title ("4.1 Good Relations Action Plan"): short, with no stop, naming a subject, not a
 * paragraph's opening ("It was" over "PROPOSED by …"), a sentence (`readsAsProse`) or prose wrapped on (`wrapsProse`).
 */
function isNumberedTitle(lines: readonly string[], candidate: Candidate): boolean {
  const title = squash(candidate.title ?? '');
  if (title === '' || title.length > 90 || /[.,;:]$/.test(title)) return false;
  return namesSubject(title, 12) && !readsAsProse(title) && !wrapsProse(lines, candidate);
}

/**
 * Each whole-numbered item split at its sub-items with titles (`isSubItem`), "N.1" first and rising one by one: the
 * text above the first stays the item's, each sub-item takes the text down to the next. Numbered paragraphs of
 * prose ("5.1 Councillor Nugent asked that …") stay in their item's text.
 */
export function withSubItems(lines: readonly string[], items: ItemSlice[]): ItemSlice[] {
  return items.flatMap((item, index) => {
    const end = items[index + 1]?.line ?? lines.length;
    if (item.number === null || !/^\d{1,3}$/.test(item.number)) return [item];
    const subs: Candidate[] = [];
    for (let at = item.line + 1; at < end; at += 1) {
      const sub = isSubItem(lines, at, item.number, subs.length);
      if (sub !== null) subs.push(sub);
    }
    if (subs.length === 0) return [item];
    const cut = item.lines.indexOf(lines[subs[0]?.line ?? end] ?? '');
    if (cut === -1) return [item];
    const parent = { ...item, lines: item.lines.slice(0, cut) };
    return [parent, ...subs.map((sub, at) => subSlice(lines, sub, subs[at + 1]?.line ?? end))];
  });
}

const subSlice = (lines: readonly string[], sub: Candidate, stop: number): ItemSlice => ({
  number: sub.number,
  title: squash(sub.title ?? ''),
  lines: lines.slice(sub.line + 1, stop),
  line: sub.line,
});
