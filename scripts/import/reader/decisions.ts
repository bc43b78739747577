/**
 * Decisions in an item's minutes, in the forms clerks write them: RESOLVED (that ...), It was
 * RESOLVED, UNANIMOUSLY RESOLVED, (The Committee) AGREED, APPROVED, DECIDED, "Decision:",
 * "Resolved:", "The Committee resolved:-", "Decision" over a list, Welsh PENDERFYNWYD,
 * recommendations CARRIED, and the lower-case forms of parish minutes ("agreed as a correct
 * record", "approved and signed", "It was agreed that", "Councillors agreed to"). An item that only
 * notes has none. What an earlier meeting agreed is not a decision. The general reader, ModernGov
 * pages (moderngov-items.ts) and the minutes in a PDF agenda pack (pdf-pack/minutes.ts) all read
 * decisions here, trying in turn the marked blocks (decisions-marked.ts), a motion moved and declared carried
 * (decisions-moved.ts) and the clerk's sentences (decisions-in-prose.ts).
 */
import { endsWithListColon } from '../list-marks.ts';
import { languageOf } from '../formats/text-columns.ts';
import { leadersAsDashes } from '../text.ts';
import { isPlanningTitle, planningComments } from './decisions-planning.ts';
import { sentences } from './decision-clerk-forms.ts';
import { withoutRunOn, withoutTally } from './decision-run-on.ts';
import { clerkDecisions, THIS_DECIDED } from './decisions-in-prose.ts';
import { markedAndOwn } from './decisions-marked.ts';
import { movedAndCarried } from './decisions-moved.ts';
import { listedDecisions } from './decisions-listed.ts';
import { outcomeParagraphs } from './decision-outcome-lines.ts';
import { PUT_AND } from './vote-words.ts';

/** A paragraph's number before its text ("4.3 RESOLVED: That …", "4.3. That …"), as some councils number every paragraph. */
const PARAGRAPH_NUMBER = /^(\s*)\d{1,3}\.\d{1,2}\.?\s+(?=[\p{Lu}(])/u;

/**
 * The minutes in paragraphs, each numbered paragraph ("5.2 …", "5.3 …") one of its own without its
 * number: a paragraph number opening a line starts a new paragraph, so no decision runs on into the
 * next one ("… RESOLVED to award £1,000." then "5.3 Ashcombe in Bloom – £800 requested."). Minutes
 * that number no paragraph are one. Under a lead-in that ends with a colon ("RESOLVED that:"), the numbers
 * label its points ("7.1 The tariffs …"): they stay, each a list entry of the paragraph, as a resolution block's entries
 * are read (resolution-block-lines.ts).
 */
function numberedParagraphs(minutes: string): string[] {
  const paragraphs: string[][] = [[]];
  let point: string | null = null;
  for (const line of minutes.split('\n')) {
    const current = paragraphs.at(-1) ?? [];
    point = pointOf(line, point, current);
    if (point === null && PARAGRAPH_NUMBER.test(line) && current.some((before) => before.trim() !== '')) paragraphs.push([]);
    paragraphs.at(-1)?.push(point === null ? line.replace(PARAGRAPH_NUMBER, '$1') : line);
  }
  return paragraphs.map((lines) => lines.join('\n'));
}

/**
 * The number of the lead-in's point a line is or goes on with ("7.2" for "7.2 The fees …" after "7.1 …", or a
 * line it wraps onto), given the point before (null when none) and the paragraph's lines so far: a numbered
 * line is a point under a line that ends with a colon, or right after the point before it ("7.2" after "7.1");
 * a blank goes on with the points, prose after a blank ends them. Null when the line is no point's.
 */
function pointOf(line: string, previous: string | null, paragraph: string[]): string | null {
  const number = PARAGRAPH_NUMBER.test(line) ? (/\d{1,3}\.\d{1,2}/.exec(line)?.[0] ?? null) : null;
  if (number === null) return line.trim() !== '' && (paragraph.at(-1) ?? '').trim() === '' ? null : previous;
  const [major, minor] = number.split('.');
  const next = previous !== null && previous === `${major}.${Number(minor) - 1}`;
  const leadIn = endsWithListColon(paragraph.filter((before) => before.trim() !== '').at(-1) ?? '');
  return next || leadIn ? number : null;
}

/**
 * Each decision of an item, in order: marked blocks first, else the clerk's sentences; a Welsh one printed beside
 * its English twin once. Given the item's title, a planning item's comments on its applications too (decisions-planning.ts).
 */
export function findDecisions(printed: string, title?: string): string[] {
  // Dot leaders are a separator ("Tree Warden ........ Cllr Ellery"), never a sentence's stop that ends the decision.
  const minutes = leadersAsDashes(printed);
  // In a planning item a bare reference heading an application's line ("25/0198 – …") names the decision under it.
  const planning = title !== undefined && isPlanningTitle(title);
  const read = withoutWelshTwins(decisionsIn(numberedParagraphs(minutes), planning).map((decision) => withoutTally(unspaced(decision))));
  const found = withListed(minutes, read);
  if (!planning) return found;
  // An application's line may end with its vote ("… – no objection. Proposed AB, seconded CD. 3 for, 1 abstention."): the comment ends before it.
  return [...found, ...planningComments(minutes.split('\n').map(withoutRunOn).join('\n'), found)];
}

/** Where a decision's first words are printed in the minutes, whatever the line breaks between them; the end when not found. */
function printedAt(minutes: string, decision: string): number {
  const words = decision.split(/\s+/).filter(Boolean).slice(0, 4);
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return escaped.length === 0 ? minutes.length : (new RegExp(escaped.join(String.raw`\s+`)).exec(minutes)?.index ?? minutes.length);
}

/**
 * The decisions read with those listed as entries ("- Skate park lighting (£400) - agreed", decisions-listed.ts), each
 * where it is printed, so the bids decided come before the sentence under their list ("The Youth Council agreed to fund
 * £650."); an entry already read (as a marked decision's point) is not read twice.
 */
function withListed(minutes: string, read: string[]): string[] {
  const offsets = minutes.split('\n').reduce<number[]>((starts, line) => [...starts, (starts.at(-1) ?? 0) + line.length + 1], [0]);
  const listed = listedDecisions(minutes).filter(({ text }) => !read.some((decision) => decision.includes(text)));
  if (listed.length === 0) return read;
  const placed = [
    ...read.map((text) => ({ text, at: printedAt(minutes, text) })),
    ...listed.map(({ text, line }) => ({ text, at: offsets[line] ?? minutes.length })),
  ];
  return placed.sort((one, other) => one.at - other.at).map(({ text }) => text);
}

/** The figures a decision names ("£250", "8 July 2025" as "250", "8 2025"): a decision and its translation name the same. */
const figuresOf = (decision: string): string => (decision.match(/\d+(?:[.,]\d+)*/g) ?? []).join(' ');

/**
 * Bilingual minutes print each paragraph in Welsh, then in English (or the other way round), so a decision twice:
 * "PENDERFYNWYD rhoi £250 i …" beside "RESOLVED to give £250 to …". A run of Welsh decisions just before or after
 * a run of English ones as long, each pair naming the same figures, is one set of decisions: the English is kept,
 * as a record printed in two columns is read in English (formats/text-columns.ts, whose language test this is).
 * A Welsh decision with no English twin stays; the minutes' text keeps both languages.
 */
function withoutWelshTwins(decisions: string[]): string[] {
  const language = decisions.map((decision) => languageOf(decision));
  const twinned = new Set<number>();
  const used = new Set<number>();
  const pairs = (welsh: number, english: number, length: number): boolean =>
    english >= 0 &&
    Array.from({ length }, (_, step) => step).every((step) => {
      const twin = english + step;
      return (
        language[twin] === 'english' && !used.has(twin) && figuresOf(decisions[welsh + step] ?? '') === figuresOf(decisions[twin] ?? '')
      );
    });
  for (let start = 0; start < decisions.length; start += 1) {
    if (language[start] !== 'welsh') continue;
    let end = start;
    while (language[end + 1] === 'welsh') end += 1;
    const length = end - start + 1;
    const english = [end + 1, start - length].find((from) => pairs(start, from, length));
    for (let step = 0; english !== undefined && step < length; step += 1) {
      twinned.add(start + step);
      used.add(english + step);
    }
    start = end;
  }
  return decisions.filter((_, at) => !twinned.has(at));
}

/**
 * The clerk's decisions with the outcomes printed alone (decision-outcome-lines.ts) put in where they are printed, each
 * before the first of the clerk's printed after it; the clerk's keep their order, since the same words ("Approved.")
 * may stand more than once.
 */
function withOutcomesAlone(text: string, clerk: string[], alone: string[]): string[] {
  const merged = [...clerk];
  for (const outcome of alone) {
    const at = printedAt(text, outcome);
    const before = merged.findIndex((decision) => !alone.includes(decision) && printedAt(text, decision) > at);
    merged.splice(before === -1 ? merged.length : before, 0, outcome);
  }
  return merged;
}

/** "T H A T", spaced out for weight after RESOLVED, as one word. */
const unspaced = (decision: string) => decision.replace(/\bT H A T\b/g, 'THAT');

/**
 * "The motion was put and CARRIED.": a vote's outcome alone, the motion not worded, so no decision's text (the vote
 * reader keeps the outcome); the motion's words are the decision when the record quotes them (movedAndCarried).
 */
const MOTION_OUTCOME_ONLY = new RegExp(
  String.raw`^(?:(?:On|Upon|After|Following)\s+a\s+(?:show\s+of\s+hands|(?:recorded\s+)?vote)(?:\s+being\s+taken)?,?\s+)?(?:[Tt]he\s+)?(?:substantive\s+|original\s+)?(?:motion|amendment|proposal)\s+was\s+(?:then\s+)?(?:${PUT_AND}\s+)?(?:declared\s+)?CARRIED(?:\s*\([^()]{1,80}\))?\.?$`,
  'i',
);

/**
 * True when an item's text says a motion was carried but only that ("The motion was put and CARRIED."), or opens with a
 * decision that only points back ("This was AGREED."): its words are not stated.
 */
export const carriedUnworded = (text: string): boolean => {
  const all = sentences(text);
  return all.some((sentence) => MOTION_OUTCOME_ONLY.test(sentence)) || THIS_DECIDED.test(all[0] ?? '');
};

function decisionsIn(paragraphs: string[], planning: boolean): string[] {
  // A blank line between numbered paragraphs ends a marked block at the next one, as a blank line before prose does.
  const text = paragraphs.join('\n\n');
  const marked = markedAndOwn(text, planning);
  if (marked.length > 0) return marked;
  const moved = movedAndCarried(text);
  if (moved.length > 0) return moved;
  const carried = /\b(?:motion|recommendations?|proposal)\b[^.]*\bCARRIED\b/.test(text);
  // An outcome printed alone ("DEFERRED - pending …", "NOTED.") beside the clerk's sentences, each where it is printed.
  const alone = outcomeParagraphs(text);
  const clerk = paragraphs
    .flatMap((paragraph) => clerkDecisions(paragraph, planning))
    .filter((decision) => !MOTION_OUTCOME_ONLY.test(decision) && !alone.some((outcome) => outcome.includes(decision)));
  if (clerk.length > 0 || alone.length > 0) return withOutcomesAlone(text, clerk, alone);
  return carried ? sentences(text).filter((sentence) => /\bCARRIED\b/.test(sentence) && !MOTION_OUTCOME_ONLY.test(sentence)) : [];
}
