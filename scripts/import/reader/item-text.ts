/**
 * What one item's text holds: its minutes in Markdown, decisions, recorded votes, references to
 * other meetings, and whether it was cut short ("... view the full minutes text for item 5").
 */
import type { AgendaItemInput, ListedDocument, MeetingReference } from '../../../src/model/schema.ts';
import { DOC_LABEL, documentFrom, headsDocuments, titleDocument } from '../listed-documents.ts';
import { toMarkdown } from '../minutes-markdown.ts';
import { findReferencesIn } from '../references.ts';
import { numberAnchor, uniqueAnchor } from '../text.ts';
import { carriedUnworded, findDecisions } from './decisions.ts';
import { titleAndKeyFlag } from './decision-flags.ts';
import { withDecisionTables } from './decision-table.ts';
import { unreadComments } from './decisions-planning.ts';
import { pointsLeftOut, tailsLeftOut } from './points-left.ts';
import type { ItemSlice } from './items.ts';
import { withoutLostProposals } from './motions.ts';
import { pointedResolutions } from './resolution-pointers.ts';
import { readReasons } from './reasons.ts';
import { notVoting } from './vote-own-names.ts';
import { ballotLines } from './ballots.ts';
import { groupVoteLines } from './group-votes.ts';
import { voteTotalsOff } from './vote-table.ts';
import { findVotesAndMotions } from './votes.ts';
import { motionsWithoutOutcome } from './moved-outcome.ts';
import { CASTING_VOTE } from './vote-words.ts';

const STUB = /\s*(?:\.{3}|…)\s*view the full (?:minutes|decision|decisions) text for item\s+[\w.()/]+\.?\s*$/i;

/** "Highways Programme (Pages 9 - 30)": the pages an agenda prints for an item, after its title. */
const PRINTED_PAGES = /\s*\(\s*Pages?\s+(\d{1,4})(?:\s*[-–]\s*(\d{1,4}))?\s*\)\s*$/i;

/**
 * "Budget Monitoring   13 - 28": a "Page No" column's range run onto the title's line. Only a rising
 * range of pages, so "2022 - 23" and "Phase 2 - 3" in a title stay in it.
 */
const PAGE_COLUMN = /\s+(\d{1,3})\s[-–]\s(\d{1,3})$/;

/** The title without its printed pages, and those pages ("9-30", "31") when it gives them. */
function titleAndPages(title: string): { title: string; pages: string | null } {
  const column = PAGE_COLUMN.exec(title);
  const rising =
    column && Number(column[1]) < Number(column[2]) && !/\b(?:phase|stage|part|year|years|ages?)$/i.test(title.slice(0, column.index));
  const printed = PRINTED_PAGES.exec(title) ?? (rising ? column : null);
  if (!printed) return { title, pages: null };
  const [from, to] = [printed[1] ?? '', printed[2]];
  return { title: title.slice(0, printed.index), pages: to === undefined || to === from ? from : `${from}-${to}` };
}

/** True when a title's line ends on the pages an agenda prints for it ("… (Pages 3 - 20)", "…   13 - 28"): the title ends there. */
export const endsOnPages = (title: string): boolean => titleAndPages(title).pages !== null;

/** "(Pages 11 - 48)" alone on a line, as an agenda prints an item's pages under its purpose, officer and time. */
const PAGES_LINE = new RegExp(String.raw`^${PRINTED_PAGES.source}`, 'i');

/**
 * The item's lines with its pages read from a line of their own ("(Pages 11 - 48)"), the line taken out of the text,
 * when the title prints none and the item one such line only: two are two papers' pages, and stay in the text.
 */
function pagesOnOwnLine(lines: string[], titlePages: string | null): { lines: string[]; pages: string | null } {
  const found = lines.flatMap((line, at) => (PAGES_LINE.test(line) ? [at] : []));
  const [at] = found;
  if (titlePages !== null || at === undefined || found.length > 1) return { lines, pages: titlePages };
  return { lines: lines.filter((_line, index) => index !== at), pages: titleAndPages((lines[at] ?? '').trim()).pages };
}

/**
 * "To receive apologies", "Members are asked to agree the minutes": an agenda's titles and the lines
 * under them, which say what the meeting is to do.
 */
export const TO_DO =
  /^(?:To\s+\p{Ll}|Members\s+are\s+(?:asked|invited|reminded)\b|The\s+\p{Lu}\p{Ll}+\s+(?:is|are)\s+(?:asked|invited)\s+to\b)/u;

/**
 * Minutes that keep the agenda's line over what happened ("To receive any apologies for absence." over
 * "Apologies were received from …"), as a meeting page prints both: that first line is the agenda's text.
 */
function agendaLine(text: string): { agenda: string | null; rest: string } {
  const [first, ...rest] = text.split('\n');
  const after = rest.join('\n').trim();
  return first !== undefined && TO_DO.test(first.trim()) && /\.$/.test(first.trim()) && after !== ''
    ? { agenda: first.trim(), rest: after }
    : { agenda: null, rest: text };
}

/** The item with its text read, and the references it makes. */
export interface ReadItem {
  item: AgendaItemInput;
  references: MeetingReference[];
  /** What the record leaves out of the item, said for the meeting's warnings: a title it does not print. */
  warnings: string[];
}

/**
 * The title of an item the record prints no title for: the model needs one, so it is made from the number
 * ("Item 4"), and the warning says the record gave none, so the made title is never taken for a printed one.
 */
function madeTitle(number: string | null): { title: string; warning: string } {
  return number
    ? { title: `Item ${number}`, warning: `Item ${number} has no title in the record: titled "Item ${number}" from its number` }
    : { title: 'Untitled item', warning: 'an item has no number and no title in the record: titled "Untitled item"' };
}

/** An item as a warning names it: by its number, else its title. */
const itemName = (item: AgendaItemInput): string => (item.number === null ? `"${item.title}"` : `Item ${item.number}`);

/** A motion the item says was carried with no resolution read, as "The motion was put and CARRIED." leaves it: said, never a resolution made up. */
function unwordedWarning(item: AgendaItemInput, text: string): string[] {
  if (item.minutes === null || (item.resolutions ?? []).length > 0 || !carriedUnworded(text)) return [];
  return [`${itemName(item)} says a motion was carried but not its words: no resolution recorded for it`];
}

/** Each member the item minutes as not voting ("Cllr Haverstock did not vote."): said, as no vote's side holds them. */
function notVotingWarnings(item: AgendaItemInput, text: string): string[] {
  return notVoting(text).map((words) => `${itemName(item)}: "${words}" is not read: no vote's side holds a member who did not vote`);
}

/** The first vote the item says a casting vote settled: said once, as no field of a vote holds it (its text keeps it). */
function castingWarning(item: AgendaItemInput): string[] {
  const cast = (item.votes ?? []).find((vote) => CASTING_VOTE.test(vote.text));
  return cast === undefined
    ? []
    : [`${itemName(item)}: a casting vote settled the vote "${cast.text}": no field holds it, kept in the vote's text`];
}

/** A ballot between candidates the item counts ("Councillor Delahaye 5 votes"): said with its counts, as no vote holds candidates. */
function ballotWarning(item: AgendaItemInput, text: string): string[] {
  const lines = ballotLines(text);
  if (lines.length === 0) return [];
  return [`${itemName(item)}: a ballot between candidates is not read as a vote (a vote holds no candidates): "${lines.join('; ')}"`];
}

/** A vote taken by group ("Group A - in favour"): said once with its lines, kept in the text, as no vote holds a side per group. */
function groupVoteWarning(item: AgendaItemInput, text: string): string[] {
  const lines = groupVoteLines(text);
  if (lines.length === 0) return [];
  return [
    `${itemName(item)}: a vote by group is kept in the text, not read as a vote (a vote holds no side per group): "${lines.join('; ')}"`,
  ];
}

/** A vote cast by bodies ("For 3 (Woldmarsh, Fenstow, Saltby)"): said once with the votes' words, as no side holds a body. */
function bodyVoteWarning(item: AgendaItemInput, bodies: readonly string[]): string[] {
  if (bodies.length === 0) return [];
  return [
    `${itemName(item)}: a vote's sides name bodies, not members, kept in its text only (a vote's sides hold members): "${bodies.join('; ')}"`,
  ];
}

/** Each recorded vote's table whose Total row disagrees with its marks: said, as the marks are read and the printed sum is not. */
function voteTotalWarnings(item: AgendaItemInput, text: string): string[] {
  return voteTotalsOff(text).map((off) => `${itemName(item)}: a recorded vote's table disagrees with itself (${off}): the marks are read`);
}

/** Anchor from the number ("item-18-05-1") or the title, unique within the meeting. */
function anchorFor(slice: ItemSlice, used: Set<string>): string {
  const base = slice.number
    ? numberAnchor(slice.number)
    : `item-${
        slice.title
          .toLowerCase()
          .replace(/[^a-z0-9]+/g, '-')
          .replace(/^-|-$/g, '')
          .slice(0, 50)
          .replace(/-$/, '') || 'untitled'
      }`;
  const anchor = uniqueAnchor(base, (taken) => used.has(taken));
  used.add(anchor);
  return anchor;
}

/** Removes a "view the full text" stub; true when there was one. */
function withoutStub(text: string): { text: string; truncated: boolean } {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => STUB.test(line));
  if (index === -1) return { text, truncated: false };
  lines[index] = `${(lines[index] ?? '').replace(STUB, '')} …`;
  return { text: lines.slice(0, index + 1).join('\n'), truncated: true };
}

/**
 * The documents an item lists as a meeting page's links ("Minutes PDF 130 KB" as its title, "Appendix 1
 * PDF 61 KB" on a line of its own, under "Additional documents:"), and its lines without them.
 */
function listedDocuments(title: string, lines: readonly string[]): { title: string; documents: ListedDocument[]; lines: string[] } {
  const titled = titleDocument(title);
  const documents: ListedDocument[] = titled.document ? [titled.document] : [];
  let kind: ListedDocument['kind'] = 'other';
  const rest = lines.filter((line, at) => {
    const label = DOC_LABEL.exec(line);
    if (label) kind = /additional/i.test(label[1] ?? '') ? 'additional' : 'other';
    const listed = label ? null : documentFrom(line, kind);
    if (listed) documents.push(listed);
    return label === null && listed === null && !headsDocuments(lines, at);
  });
  return { title: titled.title, documents, lines: rest };
}

/** The item's time stamp (item-slice.ts) as the first paragraph of its text; kept out of what the text is read for. */
function stamped(stamp: string | undefined, markdown: string | null): string | null {
  return stamp === undefined ? markdown : [stamp, markdown].filter((part) => part !== null).join('\n\n');
}

/** The item's text as the decision and vote readers take it: each line the slice rewords (`readAs`) in the readers' words. */
function readAs(text: string, lines: ItemSlice['readAs']): string {
  if (lines === undefined) return text;
  return text
    .split('\n')
    .map((line) => lines.find(({ printed }) => printed === line)?.read ?? line)
    .join('\n');
}

/** Reads one item. `minutes`: its text is minutes (else agenda text); dates set the references' context. */
export function readItemText(slice: ItemSlice, minutes: boolean, used: Set<string>, own: string | null, context: string | null): ReadItem {
  const listed = listedDocuments(slice.title, slice.lines);
  const paged = titleAndPages(listed.title);
  const { lines, pages } = pagesOnOwnLine(listed.lines, paged.pages);
  const { text, truncated } = withoutStub(lines.join('\n').trim());
  const { agenda, rest } = minutes ? agendaLine(text) : { agenda: null, rest: text };
  // A table of decisions ("… | Members' Decision") is read row by row, a register's row in the readers' words; the minutes keep both as printed.
  const read = readAs(rest, slice.readAs);
  const decided = withDecisionTables(read);
  const { votes, motions, bodies } = findVotesAndMotions(decided === read ? readAs(text, slice.readAs) : decided);
  const pointed = minutes
    ? pointedResolutions(withoutLostProposals(findDecisions(decided, listed.title ?? undefined), votes), decided, votes)
    : { resolutions: [], unworded: [] };
  const { resolutions } = pointed;
  // The reasons under the decisions leave the minutes' text for fields of their own.
  const why = minutes ? readReasons(rest, resolutions.length > 0) : { reasons: [], alternatives: [], rest };
  // "… KEY DECISION" beside the title: no part of it, and no field holds it, so it opens the item's text.
  const { title, flag } = titleAndKeyFlag(paged.title);
  const markdown = stamped(flag ?? undefined, stamped(slice.stamp, why.rest ? toMarkdown(why.rest) : null));
  const made = title ? null : madeTitle(slice.number);
  const item: AgendaItemInput = {
    number: slice.number,
    title: made?.title ?? title,
    anchor: anchorFor(slice, used),
    agendaText: minutes ? (agenda === null ? null : toMarkdown(agenda)) : markdown,
    minutes: minutes ? markdown : null,
    resolutions,
    truncated,
    ...(why.reasons.length > 0 ? { reasons: why.reasons } : {}),
    ...(why.alternatives.length > 0 ? { alternatives: why.alternatives } : {}),
    ...(listed.documents.length > 0 ? { documents: listed.documents } : {}),
    ...(pages === null ? {} : { pages }),
    ...(votes.length > 0 ? { votes } : {}),
    ...(motions.length > 0 ? { motions } : {}),
  };
  const references = findReferencesIn(`${slice.title}\n${text}`, slice.number, own, context);
  const warnings = [
    ...(made === null ? [] : [made.warning]),
    ...unwordedWarning(item, rest),
    ...motionsWithoutOutcome(itemName(item), resolutions.length + votes.length + motions.length, rest),
    ...pointed.unworded.map(
      (resolution) => `${itemName(item)}: the resolution "${resolution}" points to a motion the item does not word: kept as printed`,
    ),
    ...notVotingWarnings(item, text),
    ...castingWarning(item),
    ...ballotWarning(item, text),
    ...groupVoteWarning(item, text),
    ...bodyVoteWarning(item, bodies),
    ...voteTotalWarnings(item, text),
    ...pointsLeftOut(decided, resolutions).map(
      (line) =>
        `${itemName(item)}: the line "${line}" goes on the list of a resolution above it, but the list ended before it: it is not read as a resolution`,
    ),
    ...tailsLeftOut(decided, resolutions).map(
      (line) =>
        `${itemName(item)}: the line "${line}" carries on the words of a resolution above it, but the resolution ended before it: it is not read as part of it`,
    ),
    ...unreadComments(decided, listed.title ?? '', resolutions).map(
      (row) => `${itemName(item)}: planning application ${row} is not read as a comment: no resolution holds it`,
    ),
  ];
  return { item, references, warnings };
}
