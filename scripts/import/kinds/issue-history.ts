/**
 * ModernGov issue histories ("Issue - items at meetings - <title>", mgIssueHistoryHome.aspx, or
 * "Issue - meetings" over the title when a saved page kept only its heading):
 * one issue followed through the meetings it went to, newest first. Each meeting opens with a
 * line "Meeting: 18/07/2024 - Cabinet (Item 41)", then the item as that meeting's page shows
 * it: its number and title with the report ("pdf icon PDF 312 KB"), additional documents, and
 * "Decision:" and "Minutes:" text when the meeting has been held.
 *
 * Output: one meeting record per meeting listed, holding that one item (read as on a ModernGov
 * meeting page, moderngov-items.ts): status `minutes` when the item has a decision or minutes,
 * else `agenda`; a warning says the meeting's other items are not held. Meeting records rather
 * than references only, because the page states what each meeting considered and decided, as a
 * single agenda item page does, and a reference needs a meeting record to belong to. What one
 * meeting's text says of another ("at its meeting on 25 June 2024") becomes a reference, as
 * everywhere; the page's list of meetings itself is not taken as one meeting referring to another.
 */
import type { AgendaItem, MeetingReference } from '../../../src/model/schema.ts';
import { parseDate, WRITTEN_DATE } from '../../../src/model/dates.ts';
import { meetingRecords, type MeetingDraft } from '../assemble.ts';
import { hasMinutesLabels, readItem, type RawItem } from '../moderngov-items.ts';
import { findDecisions } from '../reader/decisions.ts';
import { moverRoster } from '../reader/item-movers.ts';
import { ImportError, type ImportRecord, type ParseContext, type Parser } from '../records.ts';
import { uniqueReferences } from '../references.ts';
import { squash, uniqueAnchor } from '../text.ts';
import { councilFor, dateFor, headLines } from './common.ts';

const PAGE_TITLE = /^Issue\s*[-–:]\s*items\s+at\s+meetings\s*(?:[-–:]\s*(.*))?$/i;
/** "Issue - meetings": the page's heading, the issue's title on the line under it, when the page's own title was not kept. */
const PAGE_HEADING = /^Issue\s*[-–:]\s*meetings$/i;

/** The issue's title: from the page's title, else the line under its heading that opens no meeting. */
function issueTitle(header: string[]): string | null {
  const titled = header.map((line) => PAGE_TITLE.exec(squash(line))?.[1]).find((title) => title);
  if (titled) return titled;
  const filled = header.map(squash).filter((line) => line !== '');
  const under = filled[filled.findIndex((line) => PAGE_HEADING.test(line)) + 1];
  return filled.some((line) => PAGE_HEADING.test(line)) && under !== undefined && !MEETING_LINE.test(under) ? under : null;
}
/** "Meeting: 18/07/2024 - Cabinet (Item 41)": the date, the body, and the item's number there. */
const MEETING_LINE = new RegExp(
  `^Meeting\\s*:\\s*(\\d{1,2}/\\d{1,2}/\\d{2,4}|${WRITTEN_DATE.source})\\s*[-–]\\s*(.+?)(?:\\s*\\(\\s*Item\\s+([\\w.]+)\\s*\\))?\\s*$`,
  'i',
);
/** The item's heading under its meeting line: "41." alone, or "41. Title" / "41 Title". */
const LONE_NUMBER = /^(\d{1,4}[a-z]?)\.?$/i;
const INLINE_NUMBER = /^(\d{1,4}[a-z]?)\.?\s+(\S.*)$/i;

interface Entry {
  date: string | null;
  body: string;
  /** The number given on the meeting line, "(Item 41)". */
  itemNumber: string | null;
  lines: string[];
  /** 0-based index of the meeting line. */
  start: number;
}

function splitEntries(lines: string[]): { header: string[]; entries: Entry[] } {
  const entries: Entry[] = [];
  lines.forEach((raw, index) => {
    const match = MEETING_LINE.exec(squash(raw));
    if (match) {
      entries.push({
        date: parseDate(match[1] ?? ''),
        body: squash(match[match.length - 2] ?? ''),
        itemNumber: match[match.length - 1] ?? null,
        lines: [],
        start: index,
      });
    } else {
      entries.at(-1)?.lines.push(raw);
    }
  });
  return { header: lines.slice(0, entries[0]?.start ?? lines.length), entries };
}

/** The item of one entry: the number as printed under the meeting line (else the line's "(Item N)"), title and text. */
function readEntry(entry: Entry, context: ParseContext): { item: AgendaItem; references: MeetingReference[]; warnings: string[] } {
  const lines = [...entry.lines];
  while (lines.length > 0 && squash(lines[0] ?? '') === '') lines.shift();
  const first = squash(lines[0] ?? '');
  if (first === '') {
    throw new ImportError(
      context.file,
      entry.start + 1,
      'an issue history meeting with no item under it',
      'Check the file is complete: the item title follows each "Meeting:" line',
    );
  }
  const lone = LONE_NUMBER.exec(first);
  const inline = lone ? null : INLINE_NUMBER.exec(first);
  const printed = lone?.[1] ?? inline?.[1] ?? entry.itemNumber;
  const numeric = printed !== null && /^\d+$/.test(printed) ? Number(printed) : null;
  const raw: RawItem = {
    number: numeric,
    label: numeric === null ? null : String(numeric),
    inlineTitle: lone ? null : (inline?.[2] ?? first),
    lines: lines.slice(1),
    line: entry.start + 2,
  };
  // An item printed with no "Minutes:" or "Decision:" label whose text decides ("RESOLVED that …") is minuted.
  const unlabelledMinutes = !hasMinutesLabels([raw]) && findDecisions(raw.lines.join('\n')).length > 0;
  // The history lists no one who attended: movers printed as initials name no one, and are warned of.
  const { item, references, warnings } = readItem(raw, unlabelledMinutes, new Set(), entry.date, moverRoster([], raw.lines));
  // A number such as "5a" is kept as printed, with an anchor of its own.
  const number = printed === null ? null : printed.toLowerCase();
  const anchor = number === null ? item.anchor : `item-${number}`;
  return { item: { ...item, number, anchor, resolutions: [...new Set(item.resolutions)] }, references, warnings };
}

function parseHistory(text: string, context: ParseContext): ImportRecord[] {
  const lines = text.split('\n');
  const { header, entries } = splitEntries(lines);
  if (entries.length === 0) {
    throw new ImportError(
      context.file,
      null,
      'an issue history with no meetings',
      'Check the file is complete: each meeting the issue went to opens with a line such as "Meeting: 18/07/2024 - Cabinet (Item 41)"',
    );
  }
  const issue = issueTitle(header);
  const council = councilFor(header, text, context.meta);
  // The same meeting listed twice (the issue came back at it) is one meeting with two items.
  const meetings = new Map<string, { entry: Entry; items: AgendaItem[]; references: MeetingReference[]; warnings: string[] }>();
  for (const entry of entries) {
    const key = `${entry.date ?? `line ${entry.start}`}|${entry.body.toLowerCase()}`;
    const { item, references, warnings } = readEntry(entry, context);
    const meeting = meetings.get(key) ?? { entry, items: [], references: [], warnings: [] };
    const anchor = uniqueAnchor(item.anchor, (taken) => meeting.items.some((other) => other.anchor === taken));
    meeting.items.push({ ...item, anchor });
    meeting.references.push(...references);
    meeting.warnings.push(...warnings);
    meetings.set(key, meeting);
  }
  const records = new Map<string, ImportRecord>();
  for (const { entry, items, references, warnings } of meetings.values()) {
    const draft: MeetingDraft = {
      councilName: council.value,
      committeeName: entry.body || context.meta.committee || null,
      // A --date flag or header date can only stand for the meeting of a one-meeting history.
      ...dateFor(entry.date, entries.length === 1 ? context.meta : {}),
      status: items.some((item) => item.minutes) ? 'minutes' : 'agenda',
      items,
      references: uniqueReferences(references),
      warnings: [
        ...council.warnings,
        `from an issue history${issue ? ` ("${issue}")` : ''}: this issue's item at the meeting, not the meeting's other items`,
        ...(entry.date === null ? [`the meeting line's date was not understood: ${squash(lines[entry.start] ?? '')}`] : []),
        ...warnings,
      ],
    };
    const source = [lines[entry.start] ?? '', ...entry.lines].join('\n');
    for (const record of meetingRecords(draft, context, source, 'moderngov-item')) {
      records.set(`${record.collection}/${record.id}`, record);
    }
  }
  return [...records.values()];
}

export const issueHistoryParser: Parser = {
  // The provenance names the layout of each record's text: a ModernGov agenda item view, as on a
  // single "Agenda item" page (the site and search then treat the record as one item of its meeting).
  format: 'moderngov-item',
  label: 'ModernGov issue history ("Issue - items at meetings")',
  detect(text) {
    const titled = headLines(text, 6).some((line) => PAGE_TITLE.test(line) || PAGE_HEADING.test(line));
    return titled && text.split('\n').some((line) => MEETING_LINE.test(squash(line)));
  },
  parse(text, context) {
    return { records: parseHistory(text, context) };
  },
};
