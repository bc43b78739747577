/**
 * Items a record marks as taken in private: those under the closed part's heading ("PART II –
 * EXEMPT", "Part B - Not open to the public", "Private business"), those after a resolution that
 * excludes the press and public (or the items it names), and those whose title or first lines carry
 * the mark ("Depot Lease (Exempt)", "Not for publication by virtue of paragraph 3 …"). What marks an
 * item is kept as printed, with the paragraphs of the schedule of exempt information it cites
 * (Schedule 12A to the Local Government Act 1972; Schedule 7A to the Scottish Act of 1973). A
 * Northern Irish council takes such business "In Committee": the items after "the Council proceed to
 * conduct the following business 'In Committee'" (or under a heading "IN COMMITTEE", or titled "… (In
 * Committee)") are private until it comes out of committee. Words
 * that only speak of exemption ("no exempt information", "Exempt information? Open", "that the press
 * and public not be excluded") mark nothing.
 */
import { MEETING_CLOSED } from '../meeting-close.ts';
import { squash } from '../text.ts';
import { headBlockLength, withFootExclusionsMoved, type FootRules } from './exempt-foot.ts';
import { BARE_PART, IN_COMMITTEE, isClosedHeading, isOpenPartHeading, isPartNote } from './exempt-headings.ts';
import { bareParagraphs, fieldMark, statementMark, titleMark, type ExemptMark } from './exempt-marks.ts';
import { citedParagraphs, NAMED_NUMBER, paragraphTables } from './exempt-paragraphs.ts';
import { paragraphsOf, REMAINED, sentencesOf, THIS_ITEM, withoutRemained } from './exempt-text.ts';
import { remainedForItself } from './exempt-own-session.ts';
import { saidPrivate } from './exempt-said.ts';
import type { ItemSlice } from './item-slice.ts';

/** "Exclusion of the Press and Public", "EXCLUSION OF THE PUBLIC": the item that closes the meeting, itself taken in public. */
const EXCLUSION_TITLE = /\bexclu(?:sion|de|ding)\b.*\b(?:press|public)\b|\b(?:press|public)\b.*\bexclu/i;
/**
 * "the press and public be excluded", "be temporarily excluded", "were excluded" (a town council's record of it under
 * the Public Bodies (Admission to Meetings) Act 1960), "Members of the public be asked to withdraw" (Northern Ireland's), "to exclude
 * the public", "moved into committee", "went into private session", and Northern Ireland's "the Council proceed to conduct the
 * following business 'In Committee'" and "that the Council move 'In Committee'".
 */
const EXCLUDES =
  /\b(?:press|public)\b[^.]{0,40}?\b(?:be|were|was)\s+(?:temporarily\s+)?(?:excluded\b|asked\s+to\s+withdraw\b)|\bexclude\s+(?:the\s+)?(?:press|public)\b|\b(?:go|went|moved?|proceeded)\s+(?:into\s+(?:committee|(?:closed|private)\s+session)|['‘"“]?in\s+committee)\b|\b(?:go|went|proceed(?:ed)?)\s+to\s+(?:conduct|consider|take)\s+the\s+(?:following|remaining)\s+(?:business|items?|matters)\s+['‘"“]?in\s+committee\b/i;
/**
 * "came out of committee", "the Council proceed out of Committee", "The Council resumed in public", "returned
 * to public session", and a town council's "The public were readmitted at 7.25 pm", "The press and public were
 * re-admitted", "Members of the public rejoined (returned to) the meeting": the private business is over, and the
 * items after it are open. Letting the public back in is said of the press or public, never of a councillor who
 * "returned to the meeting", and never in the words that exclude them.
 */
const RESUMES =
  /\b(?:came|come|comes|went|go|proceed(?:ed)?|moved?)\s+out\s+of\s+committee\b|\bresumed?\s+in\s+(?:public|open\s+session)\b|\b(?:resumed|returned\s+to)\s+(?:the\s+)?(?:public|open)\s+session\b|\b(?:press|public)\b(?:(?!exclu)[^.;]){0,30}?\b(?:re-?admitted|(?:rejoined|returned\s+to)\s+the\s+(?:meeting|room|chamber))\b/i;
/** "not be excluded", "whether the press and public should be excluded": no resolution to exclude. */
const NOT_EXCLUDED = /\bnot\s+(?:be\s+)?exclude|\bwhether\b|\bno\s+(?:need|reason)\b/i;
/**
 * "for items 16 and 17", "agenda item 9", Northern Ireland's "item E047/25", a town council's "item TC/25/210" or
 * "item 25/210": the items a resolution names.
 */
const NAMED_ITEMS = new RegExp(
  String.raw`\b(?:agenda\s+)?(?:items?|minutes?)\s+(?:nos?\.?\s+)?(${NAMED_NUMBER}(?:\s*(?:,|and|&)\s*${NAMED_NUMBER})*)\b`,
  'i',
);

/** "for the following item of business", "the next item": a resolution that closes the one item after it. */
const NEXT_ITEM = /\b(?:following|next)\s+(?:agenda\s+)?item\b(?!s)/i;
/** "the following items", "the remaining business", "the remainder of the meeting": one that closes every item after it. */
const ITEMS_AFTER =
  /\b(?:following|remaining)\s+(?:agenda\s+)?(?:items|business|matters|reports)\b|\bremainder\s+of\s+the\s+(?:meeting|agenda|business)\b/i;

/**
 * True when a resolution to exclude the press and public says it is for the item it is printed in ("for this item"); or
 * when the item's business is printed under it. Opening the item's text, it is that item's, as Scottish minutes print
 * "The Council resolved under Section 50A(4) … to exclude the public … for the following item of business" at the head
 * of the item it covers (the items after it so too only when it closes the following items). Further down, a sentence
 * that says nothing of the items after it is the item's own: "Following the hearing the Panel went into private session
 * to consider its recommendation.", over the recommendation, closes that item, never the next. One that names items, or
 * is all its item holds, or has nothing under it but the meeting's close, closes the items after it.
 */
function closesOwnItem({ mark, said: text }: { mark: ExemptMark; said: string }, slice: ItemSlice): boolean {
  if (THIS_ITEM.test(text) && !NEXT_ITEM.test(text) && !ITEMS_AFTER.test(text)) return true;
  if (EXCLUSION_TITLE.test(slice.title) || NAMED_ITEMS.test(text)) return false;
  const paragraphs = paragraphsOf(slice.lines);
  const at = paragraphs.indexOf(mark.text);
  // "PART II – EXEMPT" alone under it heads the items below, and the meeting's close or its return to public is no business of the item's.
  const business = paragraphs
    .slice(at + 1)
    .filter((paragraph) => !isClosedHeading(paragraph) && !RESUMES.test(paragraph) && !MEETING_CLOSED.test(paragraph))
    .filter((paragraph) => withoutRemained(paragraph) !== '');
  if (at === -1 || business.length === 0) return false;
  // Opening the item, alone or under its heading and movers ('"IN COMMITTEE"', "Proposed by …"): the item it heads.
  return at === 0 || headBlockLength(slice.lines, FOOT_RULES) > 0 || itemsClosed(text) === 0;
}

/** A sentence saying the meeting remained in private: its mark, the items it names, how many items after it it closes. */
interface Remained {
  mark: ExemptMark;
  items: string[];
  count: number;
}

/**
 * The sentence of the item's text saying the meeting remained in private, with the items it names, and how many
 * items after it stay private when it names none: those it says ("the remaining items"), else the next one.
 */
function remainedPrivate(lines: readonly string[]): Remained | null {
  const text = paragraphsOf(lines)
    .flatMap(sentencesOf)
    .find((sentence) => REMAINED.test(sentence) && !remainedForItself(sentence));
  if (text === undefined) return null;
  return { mark: { text, paragraphs: citedParagraphs(text) }, items: namedItems(text), count: itemsClosed(text) || 1 };
}

/**
 * How many items after it a resolution says it closes: one ("the following item"), all of them ("the following
 * items", "the remainder of the meeting"), or none said (0): then its paragraphs are no item's own.
 */
function itemsClosed(text: string): number {
  if (NEXT_ITEM.test(text)) return 1;
  return ITEMS_AFTER.test(text) ? Number.POSITIVE_INFINITY : 0;
}

/**
 * An item's own mark that cites no paragraph ("6. Fostering Contract (exempt)"), with the paragraphs of the
 * resolution that the record says closes it: by its number, or as "the following item".
 */
function withParagraphs(own: ExemptMark | null, covering: ExemptMark | null): ExemptMark | null {
  if (own === null || own.paragraphs.length > 0 || covering === null) return own;
  return { ...own, paragraphs: covering.paragraphs };
}

/** The bare numbers of the items a sentence names ("items 8 and 9"); none when it names none. */
function namedItems(text: string): string[] {
  const named = NAMED_ITEMS.exec(text)?.[1] ?? '';
  return named === '' ? [] : named.split(/\s*(?:,|and|&)\s*/).map(bareNumber);
}

/**
 * A resolution to exclude the press and public in the item's text: its paragraph, and the item numbers it names (none:
 * the items after it). `said` is the paragraph without a sentence saying the meeting remained in private, which
 * remainedPrivate reads: the items that sentence names are not the resolution's.
 */
function exclusion(slice: ItemSlice): { mark: ExemptMark; items: string[]; said: string } | null {
  const text = paragraphsOf([slice.title, '', ...slice.lines]).find((paragraph) => excludesPublic(withoutRemained(paragraph)));
  if (text === undefined) return null;
  const said = withoutRemained(text);
  return { mark: { text, paragraphs: citedParagraphs(text) }, items: namedItems(said), said };
}

/** True when the paragraph resolves to exclude the press and public (or go into committee), not the opposite or a return. */
function excludesPublic(paragraph: string): boolean {
  return EXCLUDES.test(paragraph) && !NOT_EXCLUDED.test(paragraph) && !RESUMES.test(paragraph);
}

/** A resolution closing the items after it ("the following item", "the remaining items"), naming none: it heads them (exempt-foot.ts). */
function closesItemsAfter(paragraph: string): boolean {
  const said = withoutRemained(paragraph);
  return excludesPublic(said) && !NAMED_ITEMS.test(said) && itemsClosed(said) > 0;
}

/** The rules exempt-foot.ts moves a resolution at an item's foot by. */
const FOOT_RULES: FootRules = { closesItemsAfter, isClosedHeading, isExclusionTitle: (title) => EXCLUSION_TITLE.test(title) };

/** "16.", "(16)", "16": an item's number as a resolution names it. */
function bareNumber(number: string | null): string {
  return (number ?? '').replace(/^\(|[.)]$/g, '').toLowerCase();
}

/** Each slice with its title (a mark at its end taken off) and what marks it as held in private, if anything. */
export interface ExemptRead {
  slices: ItemSlice[];
  marks: (ExemptMark | null)[];
}

/** Where a closed part's heading was printed, in the text of the item above the part; `under` when printed under the resolution that closed the part. */
interface Pending {
  slice: number;
  line: number;
  under: boolean;
}

/**
 * "Part 2 - Items likely to be considered in private" at the foot of the item above "7. Exclusion of the Press and
 * Public": the heading opens the closed part with the item that excludes the public, which marks the items after it
 * (itself taken in public), so the heading is no part of the text above.
 */
function headsExclusion(out: readonly ItemSlice[], pending: Pending | null, slice: ItemSlice): pending is Pending {
  const above = pending === null ? undefined : out[pending.slice];
  if (pending === null || above === undefined || pending.slice !== out.length - 2 || !EXCLUSION_TITLE.test(slice.title)) return false;
  return above.lines.findLastIndex((line) => line.trim() !== '') === pending.line;
}

/** True when the item's title or first paragraph says the private business is over ("PROCEED OUT OF COMMITTEE"): the item itself is open. */
function opensResumed(slice: ItemSlice): boolean {
  return RESUMES.test(slice.title) || RESUMES.test(paragraphsOf(slice.lines)[0] ?? '');
}

/**
 * Reads the marks item by item: a heading of the closed part (in the text of the item above it) or a
 * resolution to exclude the press and public marks the items after it until a heading of the open
 * part, or words saying the meeting resumed in public; a resolution naming items marks those. An
 * item's own mark comes first. A heading that marked an item leaves the text it was printed in, since
 * it heads the items below, not that item; so does one printed under the resolution, in the same item,
 * once the item below is marked by either ("PART II – EXEMPT ITEMS" under "RESOLVED: that the public be
 * excluded …", over "23. Asset allocation (Exempt)"), the resolution staying the mark, since it says more. `above` is the
 * last line above the first item, a closed part's heading when the record opens with its private part.
 * A resolution at an item's foot that closes the items after it is moved first to head the next item (exempt-foot.ts).
 */
export function readExempt(printed: readonly ItemSlice[], above = ''): ExemptRead {
  const slices = withFootExclusionsMoved(printed, FOOT_RULES);
  const out: ItemSlice[] = [];
  const marks: (ExemptMark | null)[] = [];
  // "PART II – EXEMPT BUSINESS" as the last line above the first item: the items under it are private from the first.
  let following: ExemptMark | null = isClosedHeading(above) ? { text: squash(above), paragraphs: [] } : null;
  let named: { mark: ExemptMark; items: string[] } | null = null;
  let pending: Pending | null = null;
  // The resolution in force and how many more items it says it closes: their own marks take its paragraphs.
  let carry: { mark: ExemptMark; items: number } | null = null;
  for (const slice of slices) {
    const own = titleMark(slice.title);
    const byName = named?.items.includes(bareNumber(slice.number)) ? named.mark : null;
    const excluded = exclusion(slice);
    // "to exclude the press and public for this item": the item it is printed in, and no item after it.
    const itself = excluded !== null && closesOwnItem(excluded, slice) ? excluded.mark : saidPrivate(slice.lines);
    if (opensResumed(slice)) [following, pending] = [null, null];
    const inherited = EXCLUSION_TITLE.test(slice.title) ? null : following;
    const carried = carry !== null && carry.items > 0 && inherited === carry.mark ? carry.mark : null;
    if (carry !== null) carry.items -= 1;
    const mark =
      withParagraphs(own.mark, byName ?? carried) ?? statementMark(slice.lines) ?? fieldMark(slice.lines) ?? itself ?? byName ?? inherited;
    if (mark !== null && pending !== null && (mark === inherited || pending.under)) {
      out[pending.slice]?.lines.splice(pending.line, 1);
      pending = null;
    }
    // A bare "(Paragraph 3)" is read only when something else holds the item in private (see BARE_PARAGRAPHS):
    // its paragraphs are said of this item alone, so they stand for the item over the resolution's list.
    const bare = own.mark === null && mark !== null ? bareParagraphs(own.title) : null;
    marks.push(bare !== null && mark !== null ? { ...mark, paragraphs: bare.paragraphs } : mark);
    out.push({ ...slice, title: bare?.title ?? own.title, lines: [...slice.lines] });
    const last = slice.lines.findLastIndex((line) => line.trim() !== '');
    // '"IN COMMITTEE"' over the resolution heading this item: its heading, not the items' below.
    const head = headBlockLength(slice.lines, FOOT_RULES);
    for (const [index, line] of slice.lines.entries()) {
      // "Part B" alone may head a section of an item's text; only right above the next item does it head items.
      const closed = index >= head && isClosedHeading(line) && (index === last || !BARE_PART.test(squash(line)));
      // A resolution already in force says more than a heading under it, which then stays where it was printed.
      if (closed && (following === null || pending !== null)) {
        following = withNote(line, slice.lines.slice(index + 1));
        pending = { slice: out.length - 1, line: index, under: false };
      } else if (isOpenPartHeading(line)) [following, pending] = [null, null];
    }
    // "the following item": the one item after the resolution, and the items after that open again.
    if (carry?.items === 0 && carry.mark === following) [following, carry] = [null, null];
    // "C250/25 IN COMMITTEE" with no resolution printed under it: the item that takes the business after it in committee.
    if (excluded === null && IN_COMMITTEE.test(squash(own.title))) following = { text: squash(own.title), paragraphs: [] };
    if (excluded !== null && excluded.items.length > 0) named = excluded;
    // At the head of its item, "the following items" close that item and those after it; "the following item", that one alone.
    else if (excluded !== null && (excluded.mark !== itself || itemsClosed(excluded.said) > 1)) {
      // The closed part's heading printed last, under the resolution: it heads the items the resolution closes.
      const under: Pending | null = pending?.slice === out.length - 1 && pending.line === last ? { ...pending, under: true } : null;
      if (headsExclusion(out, pending, slice)) out[pending?.slice ?? -1]?.lines.splice(pending?.line ?? 0, 1);
      [following, pending] = [excluded.mark, under];
      carry = { mark: excluded.mark, items: itemsClosed(excluded.said) };
    }
    // "The Council came out of committee" at the end of a private item (its words wrapped or not): the items after it are open.
    // So too under the resolution that heads the item: the business it took in committee is over.
    if (paragraphsOf(slice.lines.slice(head)).some((paragraph) => RESUMES.test(paragraph)) && (excluded === null || head > 0))
      [following, pending] = [null, null];
    // "The meeting remained in private session for items 8 and 9": a session that would end with this item goes on.
    // Under a closed part or a resolution still in force, the items after are private already and stay so.
    // So too a session opened at its foot, for the items it says rather than all of them.
    const remained: Remained | null = following === null || following === excluded?.mark ? remainedPrivate(slice.lines) : null;
    if (remained !== null && remained.items.length > 0) [named, following, pending, carry] = [remained, null, null, null];
    else if (remained !== null) [following, pending, carry] = [remained.mark, null, { mark: remained.mark, items: remained.count }];
  }
  return { slices: out, marks: withTables(slices, marks) };
}

/** The closed part's heading as a mark, with the note in brackets under it (`isPartNote`) that says why, and the paragraphs it cites. */
function withNote(heading: string, below: readonly string[]): ExemptMark {
  const note = below.find((line) => line.trim() !== '');
  if (note === undefined || !isPartNote(note)) return { text: squash(heading), paragraphs: [] };
  return { text: squash(`${heading} ${note}`), paragraphs: citedParagraphs(note) };
}

/**
 * The marks with what a table of items and paragraphs says (exempt-paragraphs.ts), wherever the record prints it: under
 * the resolution or at the foot of the minutes, "Item No. | Paragraph No. of Part 1 of Schedule 12A" over "14 | 3". An
 * item it lists is held in private under the paragraphs of its row, which are said of it alone and so stand over a
 * resolution's; the mark's words stay the record's, and an item nothing else marked takes the table's lead-in.
 */
function withTables(slices: readonly ItemSlice[], marks: readonly (ExemptMark | null)[]): (ExemptMark | null)[] {
  const tables = slices.flatMap((slice) => paragraphTables(slice.lines));
  return marks.map((mark, index) => {
    const number = bareNumber(slices[index]?.number ?? null);
    const table = tables.find((found) => found.rows.has(number));
    const paragraphs = table?.rows.get(number);
    if (table === undefined || paragraphs === undefined) return mark;
    return { text: mark?.text ?? table.text, paragraphs };
  });
}
