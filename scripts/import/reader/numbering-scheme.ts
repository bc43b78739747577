/**
 * How a record numbers its items. The record's scheme is the form whose candidates (numbering.ts) make the
 * longest run rising by one down the page: evidence, not the first number seen. Decimal
 * paragraphs, lettered points and statement numbers are other forms, or break the run. Apart from the reading of
 * one line's number, which the readers of a single heading use alone.
 */
import { type Candidate, candidates, spellsWord } from './numbering.ts';

/**
 * "A2" then "B1": the next part's letter, its numbers starting again at 1, as minutes that number each part on its own
 * print them (codeForm); the parts' items are one sequence, as "A41" … "B43" are.
 */
function opensNextPart(previous: Candidate, next: Candidate): boolean {
  if (!next.form.includes('|part-letter|') || next.key !== 1 || next.stem !== previous.stem) return false;
  return next.number.charCodeAt(0) === previous.number.charCodeAt(0) + 1;
}

/** True when `next` follows `previous` in a sequence: the key rises by one (a new stem may start again at 1, a new part's letter too). */
function follows(previous: Candidate, next: Candidate): boolean {
  const last = previous.through ?? previous.key;
  if (next.key === last + 1 && (next.stem === previous.stem || previous.form.includes('yy.mm.n'))) return true;
  if (opensNextPart(previous, next)) return true;
  return previous.form.includes('decimal') && Number(next.stem) === Number(previous.stem) + 1 && next.key <= 1;
}

/** Lines of text between two candidates that are not blank: a repeated number with an item between is a misprint, not a statement list. */
function textBetween(lines: readonly string[], from: number, to: number): number {
  return lines.slice(from + 1, to).filter((line) => line.trim() !== '').length;
}

/** "01", "02": reference lists (statements, questions) are numbered so; agenda items are not. */
function isPadded(candidate: Candidate): boolean {
  return /^0\d/.test(candidate.number);
}

/**
 * For each candidate, the longest run of its form rising by one that ends there, among runs that neither hold nor continue a
 * zero-padded list ("01" ... "09", "10" ... is a list of statements) unless `padded` allows them. A number printed wrong between two that fit
 * ("55", "6", "57") is kept in the run, as printed; so is a number printed twice with an
 * item's text between ("5", "5").
 */
function runsOf(form: Candidate[], lines: readonly string[], padded: boolean): Candidate[][] {
  const best: number[] = form.map(() => 1);
  const previous: number[] = form.map(() => -1);
  const skipped: (number | null)[] = form.map(() => null);
  const tainted: boolean[] = form.map((candidate) => !padded && isPadded(candidate));
  const repeated = (candidate: Candidate) => {
    const index = form.indexOf(candidate);
    const before = form[previous[index] ?? -1];
    return before !== undefined && before.number === candidate.number;
  };
  for (let i = 0; i < form.length; i += 1) {
    const here = form[i] as Candidate;
    for (let j = 0; j < i; j += 1) {
      const there = form[j] as Candidate;
      if (tainted[j] && j === i - 1 && follows(there, here)) tainted[i] = true;
      if (tainted[j]) continue;
      const repeat = here.number === there.number && textBetween(lines, there.line, here.line) >= 3 && j === i - 1 && !repeated(there);
      if ((follows(there, here) || repeat) && (best[j] ?? 0) + 1 > (best[i] ?? 0)) {
        best[i] = (best[j] ?? 0) + 1;
        previous[i] = j;
        skipped[i] = null;
      }
      const misprint = j === i - 2 && here.key === there.key + 2 && here.stem === there.stem;
      if (misprint && (best[j] ?? 0) + 2 > (best[i] ?? 0)) {
        best[i] = (best[j] ?? 0) + 2;
        previous[i] = j;
        skipped[i] = i - 1;
      }
    }
  }
  const runs: Candidate[][] = [];
  form.forEach((_candidate, last) => {
    if (tainted[last]) return;
    const run: Candidate[] = [];
    for (let end = last; end >= 0 && form[end]; end = previous[end] ?? -1) {
      run.unshift(form[end] as Candidate);
      const skip = skipped[end];
      if (skip !== null && skip !== undefined) run.unshift(form[skip] as Candidate);
    }
    runs.push(run.sort((a, b) => a.line - b.line));
  });
  return runs;
}

/**
 * How much a run looks like items: members with text of their own between them count, members
 * packed one a line (a list of statements, names or payments) barely do; length breaks ties.
 */
function weight(run: Candidate[], lines: readonly string[]): number {
  const spaced = run.filter((member, index) => index === 0 || textBetween(lines, (run[index - 1] as Candidate).line, member.line) > 1);
  return spaced.length + run.length / 1000;
}

/** The most numbers a gap may leave out: an agenda that lists only its public items ("4.", "7.", "9."). */
const MOST_LEFT_OUT = 3;

function fitsGap(from: Candidate, to: Candidate): boolean {
  const last = from.through ?? from.key;
  return to.stem === from.stem && to.key > last && to.key <= last + MOST_LEFT_OUT + 1;
}

/**
 * The run carried on past its ends by numbers of its form that keep rising with a gap, as an
 * agenda prints only its public items; each must rise from the one before, so a list that starts
 * again at 1 within the last item stays in its text.
 */
function withGaps(run: Candidate[], form: Candidate[]): Candidate[] {
  const out = [...run];
  for (const candidate of form.filter((member) => member.line > (run.at(-1)?.line ?? Infinity))) {
    const last = out.at(-1) as Candidate;
    if (fitsGap(last, candidate)) out.push(candidate);
    else if (candidate.stem === last.stem && candidate.key <= last.key) break;
  }
  for (const candidate of form.filter((member) => member.line < (run[0]?.line ?? -1)).reverse()) {
    const first = out[0] as Candidate;
    if (fitsGap(candidate, first)) out.unshift(candidate);
    else if (candidate.stem === first.stem && candidate.key >= first.key) break;
  }
  return out;
}

/**
 * The item numbering of a record: the run of one form that weighs most (ties: the form that
 * starts first), carried on past gaps. Empty when no form has two items in sequence: the record has no numbers.
 */
export function chooseScheme(lines: readonly string[]): Candidate[] {
  const plain = chosenScheme(lines, withoutContents(candidates(lines)));
  // "AT 5", "AT 6": a code that spells a word numbers the items only where nothing else does, every item having it.
  return plain.length > 0 ? plain : chosenScheme(lines, withoutContents(candidates(lines, true).filter(spellsWord)));
}

/** The item numbering among the candidates found: see chooseScheme. */
function chosenScheme(lines: readonly string[], found: Candidate[]): Candidate[] {
  // "01", "02": statements are numbered so within an item; a record with no other numbering numbers its items so.
  const unpadded = bestRun(found, lines, false);
  const best = unpadded.length > 0 ? unpadded : bestRun(found, lines, true);
  const chosen = outerHeadings(best, found, lines) ?? best;
  const form = found.filter((candidate) => candidate.form === chosen[0]?.form);
  return chosen.length === 0 ? chosen : withGaps(chosen, form);
}

/**
 * "1. APOLOGIES" … "5. MATTERS ARISING" over "5.1 Item 7 – Bus Shelter", "2. Evidence Session A" over "Q1 (Cllr Chauhan):
 * …": a second numbering within some items, whose run may weigh more than the items' own. A run of another form that
 * starts above the chosen run's first number, with every chosen number under its headings, under two of them or more,
 * and a heading of its own with text and no chosen number under it (an item in its own right, as a section's heading
 * over "1.1 Apologies" never is): those headings are the items, the chosen numbers paragraphs of theirs. A heading
 * scheme never yields to one that starts after it. Null when no such run is found.
 */
function outerHeadings(chosen: Candidate[], found: Candidate[], lines: readonly string[]): Candidate[] | null {
  const first = chosen[0];
  if (first === undefined) return null;
  const outer = [...new Set(found.map((candidate) => candidate.form))]
    .filter((form) => form !== first.form)
    .map((form) =>
      bestRun(
        found.filter((candidate) => candidate.form === form),
        lines,
        false,
      ),
    )
    .filter(
      (heads) =>
        heads.length >= 2 &&
        (heads[0]?.line ?? Infinity) < first.line &&
        (holdsRun(heads, chosen, lines) || numbersParagraphs(heads, chosen, lines)),
    );
  return outer.sort((a, b) => weight(b, lines) - weight(a, lines))[0] ?? null;
}

/**
 * True when `inner`'s numbers stand under two of `heads` or more and a head with none under it has text of its own; or
 * under one head while two heads or more hold text of their own ("1. Repairs – questions" over "Q1" … "Q4", then "2.
 * Panel's conclusions" and "3. Date of next meeting", each with its text): a list within one item, not the items.
 */
function holdsRun(heads: Candidate[], inner: Candidate[], lines: readonly string[]): boolean {
  const under = new Set(inner.map((member) => heads.findLastIndex((head) => head.line < member.line)));
  const alone = heads.filter((head, at) => !under.has(at) && textBetween(lines, head.line, heads[at + 1]?.line ?? lines.length) > 0);
  return !under.has(-1) && ((under.size >= 2 && alone.length > 0) || (under.size === 1 && alone.length >= 2));
}

/** "41.1 The committee considered the report.": a numbered line that is a sentence, ended by its stop or wrapped in lower case. */
function isSentence(member: Candidate, lines: readonly string[]): boolean {
  const next = (lines[member.line + 1] ?? '').trim();
  return /[.;]$/.test((member.title ?? '').trim()) || /^\p{Ll}/u.test(next);
}

/**
 * "C.41 LIBRARY OPENING HOURS" over "41.1 The committee considered …", "41.2 RESOLVED that …": decimals each under the
 * heading whose number is their stem, every one a sentence, are the paragraphs of those items (as minutes number each
 * item's paragraphs), never items of their own, though each heading holds some ("1 Preliminary Matters" over "1.1
 * Apologies" is a section over items, titles and no sentences).
 */
function numbersParagraphs(heads: Candidate[], inner: Candidate[], lines: readonly string[]): boolean {
  return inner.every((member) => {
    const head = heads.findLast((candidate) => candidate.line < member.line);
    return head !== undefined && member.form.includes('|decimal|') && member.stem === String(head.key) && isSentence(member, lines);
  });
}

/** The run of one form alone (`form` as a candidate's), carried on past gaps: the items when another form's run was chosen first but only numbers their paragraphs. */
export function schemeOfForm(lines: readonly string[], form: string): Candidate[] {
  const found = withoutContents(candidates(lines, true)).filter((candidate) => candidate.form === form);
  const run = bestRun(found, lines, true);
  return run.length === 0 ? run : withGaps(run, found);
}

/** An inline title's first word, to tell a contents list's entry from the item it lists. */
const firstWord = (candidate: Candidate) => /^[\p{L}']+/u.exec(candidate.title ?? '')?.[0]?.toLowerCase() ?? null;

/**
 * Without an agenda's contents list: entries printed again further down with the same number and
 * first word of title ("1. Introductions" … "1. INTRODUCTIONS"), when two or more are, are the list, not the items.
 */
function withoutContents(found: Candidate[]): Candidate[] {
  const listed = found.filter((candidate) =>
    found.some(
      (later) =>
        later.line > candidate.line &&
        later.form === candidate.form &&
        later.number === candidate.number &&
        firstWord(later) !== null &&
        firstWord(later) === firstWord(candidate),
    ),
  );
  return listed.length >= 2 ? found.filter((candidate) => !listed.includes(candidate)) : found;
}

function bestRun(found: Candidate[], lines: readonly string[], padded: boolean): Candidate[] {
  const forms = new Map<string, Candidate[]>();
  for (const candidate of found) forms.set(candidate.form, [...(forms.get(candidate.form) ?? []), candidate]);
  let chosen: Candidate[] = [];
  let top = 0;
  for (const run of [...forms.values()].flatMap((form) => runsOf(form, lines, padded))) {
    const score = weight(run, lines);
    const better = score > top || (score === top && (run[0]?.line ?? 0) < (chosen[0]?.line ?? 0));
    if (run.length >= 2 && better) {
      chosen = run;
      top = score;
    }
  }
  return chosen;
}
