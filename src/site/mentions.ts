/**
 * "Mentioned in": agenda items whose title or text names a committee of their council. Records rarely use a
 * body's full name ("the Children Services Task and Finish Panel", "EFDC's Task and Finish
 * Panel's report on children services"), so a panel or task and finish group of the same
 * council also counts as named when an item says its kind ("task and finish panel") and
 * every topic word of its name ("children").
 */
import type { AgendaItem, AgendaItemSummary, Committee, Meeting, MeetingSummary } from '../model/schema.ts';
import { pushTo } from './group.ts';
import type { Entry } from './archive-data.ts';

/** Lower case, apostrophes and possessives folded, punctuation to spaces, padded for word matching. */
export function normalise(text: string): string {
  const words = text
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return ` ${words} `;
}

const KIND_PHRASES = ['task and finish panel', 'task and finish group', 'task and finish', 'scrutiny panel', 'panel'];
const GENERIC_WORDS = new Set([
  'and',
  'the',
  'of',
  'for',
  'on',
  'in',
  'services',
  'service',
  'scrutiny',
  'overview',
  'committee',
  'panel',
  'group',
  'board',
  'select',
  'sub',
  'task',
  'finish',
  'working',
]);

interface NamePattern {
  full: string;
  kind: string | null;
  topics: string[];
}

/** How a committee's name is looked for in text. */
export function namePattern(committee: Committee): NamePattern {
  const full = normalise(committee.name);
  const loose = committee.type === 'task-and-finish' || committee.type === 'scrutiny-panel';
  const kind = loose ? (KIND_PHRASES.find((phrase) => full.includes(` ${phrase} `)) ?? null) : null;
  const topics = full
    .trim()
    .split(' ')
    .filter((word) => word !== '' && !GENERIC_WORDS.has(word));
  return { full, kind, topics };
}

const patterns = new WeakMap<Committee, NamePattern>();

function patternOf(committee: Committee): NamePattern {
  let pattern = patterns.get(committee);
  if (pattern === undefined) {
    pattern = namePattern(committee);
    patterns.set(committee, pattern);
  }
  return pattern;
}

const itemTexts = new WeakMap<AgendaItem, string>();

/** An item's title, agenda text, minutes and resolutions, normalised once. */
function itemText(item: AgendaItem): string {
  let text = itemTexts.get(item);
  if (text === undefined) {
    text = normalise([item.title, item.agendaText ?? '', item.minutes ?? '', ...item.resolutions].join(' \n '));
    itemTexts.set(item, text);
  }
  return text;
}

/**
 * Whether an agenda item of a meeting names a committee. Only meetings of the same council
 * count, since names like "Overview and Scrutiny Committee" are shared by many councils,
 * and never the committee's own meetings.
 */
export function namesCommittee(committee: Entry<Committee>, meeting: Meeting, item: AgendaItem): boolean {
  if (meeting.committee === committee.id || meeting.council !== committee.data.council) return false;
  const pattern = patternOf(committee.data);
  const text = itemText(item);
  if (text.includes(pattern.full)) return true;
  if (pattern.kind === null || pattern.topics.length === 0) return false;
  return text.includes(` ${pattern.kind} `) && pattern.topics.every((word) => text.includes(` ${word} `));
}

export interface Mention {
  meeting: Entry<MeetingSummary>;
  item: AgendaItemSummary;
}

export interface MentionIndex {
  /** Agenda items that name each committee, by committee id, in the meetings' order. */
  byCommittee: Map<string, Mention[]>;
}

/**
 * Every mention in the archive, from the committees each item summary says it names
 * (src/site/record-summary.ts works them out from the text while the content loads).
 */
export function mentionIndex(meetings: Entry<MeetingSummary>[]): MentionIndex {
  const index: MentionIndex = { byCommittee: new Map() };
  for (const meeting of meetings) {
    for (const item of meeting.data.items) {
      for (const committee of item.committeesNamed) pushTo(index.byCommittee, committee, { meeting, item });
    }
  }
  return index;
}
