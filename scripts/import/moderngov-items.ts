/**
 * Agenda items of a ModernGov page: number, title with its "pdf icon PDF 97 KB" furniture
 * turned into a document, agenda text, "Minutes:" text, resolutions, recorded votes, cut-short marker.
 */
import type { AgendaItem, ListedDocument, MeetingReference } from '../../src/model/schema.ts';
import { DOC_LABEL, documentFrom, titleDocument } from './listed-documents.ts';
import { findReferencesIn } from './references.ts';
import { findDecisions } from './reader/decisions.ts';
import { readReasons } from './reader/reasons.ts';
import { findVotesAndMotions } from './reader/votes.ts';
import { itemMoversNamed, type MoverRoster } from './reader/item-movers.ts';
import { toMarkdown } from './minutes-markdown.ts';
import { shortSlug } from '../../src/model/slug.ts';
import { numberAnchor, uniqueAnchor } from './text.ts';

/** A slice of the page that belongs to one item, before it is read. */
export interface RawItem {
  /** The number that orders the items: 39 of "39/20". */
  number: number | null;
  /** The number as printed ("44", "39/20", a sub-item's "4.1", whose `number` is its item's); null with `number`. */
  label: string | null;
  /** Title when it stood on the number's line ("44. Minutes"). */
  inlineTitle: string | null;
  lines: string[];
  /** 1-based line of the item's first line in the source, for messages. */
  line: number;
}

const LABEL = /^\s*(Minutes|Decisions?)\s*:\s*(.*)$/i;
const TRUNCATED = /\s*\.{3}\s*view the full (?:minutes|decision|decisions) text for item\s+[\w.()]+\.?\s*$/i;
/** "• Share this item": a link under each item's title on newer pages. */
const SHARE_LINK = /^\s*[•·*-]?\s*share\s+this\s+item\s*$/i;

export interface ReadItem {
  item: AgendaItem;
  references: MeetingReference[];
  /** What the item's reading could not settle: movers printed as initials that name no one. */
  warnings: string[];
}

/** True when the line is a "Minutes:" or "Decision:" label, which opens an item's minutes. */
export const isMinutesLabel = (line: string): boolean => LABEL.test(line);

/** True when any of the items carries a "Minutes:" label. */
export function hasMinutesLabels(items: RawItem[]): boolean {
  return items.some((raw) => raw.lines.some(isMinutesLabel));
}

/** Removes the cut-short marker; true when it was there. */
function stripTruncation(text: string): { text: string; truncated: boolean } {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => TRUNCATED.test(line));
  if (index === -1) return { text, truncated: false };
  const line = lines[index] ?? '';
  lines[index] = `${line.replace(TRUNCATED, '').replace(/\s+$/, '')} …`;
  return { text: lines.slice(0, index + 1).join('\n'), truncated: true };
}

function anchorFor(label: string | null, title: string, used: Set<string>): string {
  const base = label === null ? `item-${shortSlug(title, 60) || 'untitled'}` : numberAnchor(label);
  const anchor = uniqueAnchor(base, (taken) => used.has(taken));
  used.add(anchor);
  return anchor;
}

/** Splits an item's lines into title, agenda text and minutes, documents aside. */
function sections(raw: RawItem, minutesByDefault: boolean) {
  const lines = [...raw.lines];
  let titleLine = raw.inlineTitle;
  if (titleLine === null) {
    while (lines.length > 0 && (lines[0] ?? '').trim() === '') lines.shift();
    titleLine = lines.shift() ?? '';
  }
  const { title, document } = titleDocument(titleLine);
  const documents: ListedDocument[] = document ? [document] : [];
  const agenda: string[] = [];
  const minutes: string[] = [];
  // The "Decision:" and "Minutes:" parts apart as well, as each prints the item's resolutions (decisionsOf).
  const parts = { decision: [] as string[], minutes: [] as string[] };
  let part: keyof typeof parts = 'minutes';
  let inMinutes = minutesByDefault;
  let docKind: ListedDocument['kind'] = 'other';
  for (const line of lines.filter((candidate) => !SHARE_LINK.test(candidate))) {
    const label = LABEL.exec(line);
    const docLabel = DOC_LABEL.exec(line);
    const listed = documentFrom(line, docKind);
    if (label) {
      inMinutes = true;
      part = /^decision/i.test(label[1] ?? '') ? 'decision' : 'minutes';
      if ((label[2] ?? '').trim()) {
        minutes.push(label[2] ?? '');
        parts[part].push(label[2] ?? '');
      }
    } else if (docLabel) {
      docKind = /additional/i.test(docLabel[1] ?? '') ? 'additional' : 'other';
      if (docKind === 'additional')
        documents.push({ name: 'Additional documents', kind: 'additional', size: null, url: null, report: null });
    } else if (listed) {
      documents.push(listed);
    } else {
      (inMinutes ? minutes : agenda).push(line);
      if (inMinutes) parts[part].push(line);
    }
  }
  return {
    title,
    documents,
    agenda: agenda.join('\n').trim(),
    minutes: minutes.join('\n').trim(),
    decisionPart: parts.decision.join('\n').trim(),
    minutesPart: parts.minutes.join('\n').trim(),
  };
}

/** A resolution's words alone, for comparing two printings of it: case, marks, spacing and stops aside. */
const wordsOf = (resolution: string): string =>
  resolution
    .toLowerCase()
    .replace(/[^\p{L}\p{N}£%]+/gu, ' ')
    .trim();

/** A point's label inside a run of points, with the joiner before it: "; and (2) ", "(b) ", "(ii) ". */
const POINT_LABEL = /(?:[;,]\s*(?:and|or)\s+|[;,]\s*)?\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)\s+/g;

/**
 * A list's points as one run, in words, as "That (1) …; and (2) …" prints them on one line: their shared lead-in
 * ("That") once, or none, then each point after it. The lead-in is some of the words every point opens with ("That the …"
 * may lead in "That" alone), so one run for each; none for fewer than two points.
 */
function runsTogether(points: string[]): string[] {
  if (points.length < 2) return [];
  const words = points.map((point) => wordsOf(point).split(' '));
  const first = words[0] ?? [];
  // No lead-in: "(a) … ; (b) …" in the minutes, each point whole.
  const runs = [words.flat().join(' ')];
  for (let lead = 0; lead < first.length && words.every((point) => point[lead] === first[lead]); lead += 1) {
    runs.push([first.slice(0, lead + 1), ...words.map((point) => point.slice(lead + 1))].flat().join(' '));
  }
  return runs;
}

/**
 * An item's resolutions. A page that prints both a "Decision:" and a "Minutes:" part under an item prints its
 * resolutions in each, so the decision's are read, then only those of the minutes that the decision does not
 * already hold (the same words, however marked or spaced, or the decision's points run together in one: "That
 * (1) …; and (2) …"); the minutes' other text stays as it is.
 */
function decisionsOf(parts: { minutes: string; decisionPart: string; minutesPart: string }): string[] {
  if (parts.decisionPart === '' || parts.minutesPart === '') return findDecisions(stripTruncation(parts.minutes).text);
  const decided = findDecisions(stripTruncation(parts.decisionPart).text);
  const held = new Set([...decided.map(wordsOf), ...runsTogether(decided)]);
  const minuted = findDecisions(stripTruncation(parts.minutesPart).text);
  return [...decided, ...minuted.filter((resolution) => !held.has(wordsOf(resolution.replace(POINT_LABEL, ' '))))];
}

/**
 * Reads one item. `minutesByDefault`: unlabelled text is minutes (pages with no labels at all). `roster`: what the page
 * says of its members, which names movers printed as initials ("Proposed CW, seconded TP.").
 */
export function readItem(
  raw: RawItem,
  minutesByDefault: boolean,
  used: Set<string>,
  meetingDate: string | null,
  roster: MoverRoster,
): ReadItem {
  const parts = sections(raw, minutesByDefault);
  const agenda = stripTruncation(parts.agenda);
  const minutes = stripTruncation(parts.minutes);
  // A sub-item ("4.1") is ordered by its item's number, but its references name it as printed.
  const referenceItem = raw.label?.includes('.') ? raw.label : raw.number;
  const references = [
    ...findReferencesIn(agenda.text, referenceItem, meetingDate),
    ...findReferencesIn(minutes.text, referenceItem, meetingDate),
  ];
  const resolutions = decisionsOf(parts);
  // The reasons under the decisions leave the minutes' text for fields of their own, as in the general reader.
  const why = readReasons(minutes.text, resolutions.length > 0);
  const item: AgendaItem = {
    number: raw.label,
    title: parts.title || 'Untitled item',
    anchor: anchorFor(raw.label, parts.title, used),
    agendaText: agenda.text ? toMarkdown(agenda.text) : null,
    minutes: why.rest ? toMarkdown(why.rest) : null,
    resolutions,
    ...(why.reasons.length > 0 ? { reasons: why.reasons } : {}),
    ...(why.alternatives.length > 0 ? { alternatives: why.alternatives } : {}),
    documents: parts.documents,
    truncated: agenda.truncated || minutes.truncated,
    pages: null,
    reports: [],
  };
  const { votes, motions } = findVotesAndMotions(minutes.text);
  const found = { number: raw.label, ...(votes.length > 0 ? { votes } : {}), ...(motions.length > 0 ? { motions } : {}) };
  const movers = itemMoversNamed(found, roster);
  return { item: { ...item, ...movers.named }, references, warnings: movers.warnings };
}
