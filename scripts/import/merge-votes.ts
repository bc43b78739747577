/**
 * One meeting from two files: its page of items (minutes or agenda) and a recorded vote page
 * (kinds/recorded-vote.ts), which holds one item and its vote. Imported together, in one run or two,
 * they make one meeting: the vote joins the item of the same number in the items' record (or the item
 * is added when that record lacks it), once however often either file is imported. Two vote pages of
 * one meeting make one record of both items.
 */
import type { AgendaItemInput } from '../../src/model/schema.ts';
import { RECORDED_VOTE_PAGE } from './kinds/recorded-vote.ts';
import { holdsMore, meetingHolding, type ImportRecord } from './records.ts';

type MeetingRecord = Extract<ImportRecord, { collection: 'meetings' }>;

/** The note a joined meeting carries for each vote from a recorded vote page: the item and the page's file. */
const NOTE = /^the vote on item (.+) is read from (.+), a recorded vote page$/;

function fromVotePage(record: MeetingRecord): boolean {
  return (record.data.warnings ?? []).some((warning) => warning.startsWith(RECORDED_VOTE_PAGE));
}

/** The notes of votes a record was joined with earlier, so a later import of its page of items keeps them. */
function notesOf(record: MeetingRecord): string[] {
  return (record.data.warnings ?? []).filter((warning) => NOTE.test(warning));
}

type Vote = NonNullable<AgendaItemInput['votes']>[number];
/** What tells one vote from another, however its fields are ordered (a file read back, a record just parsed). */
const voteKey = (vote: Vote): string => [vote.outcome, vote.for, vote.against, vote.abstentions, vote.text].join('|');

/** The item with the votes it does not already hold. */
function withVotes(item: AgendaItemInput, votes: Vote[]): AgendaItemInput {
  const held = new Set((item.votes ?? []).map(voteKey));
  const added = votes.filter((vote) => !held.has(voteKey(vote)));
  return added.length === 0 ? item : { ...item, votes: [...(item.votes ?? []), ...added] };
}

/** The items with each of the page's items joined: its votes on the item of its number, else the item added. */
function joinItems(items: AgendaItemInput[], page: AgendaItemInput[]): AgendaItemInput[] {
  let out = items;
  for (const item of page) {
    const at = out.findIndex((other) => other.number !== null && other.number === item.number);
    out = at === -1 ? [...out, item] : out.map((other, index) => (index === at ? withVotes(other, item.votes ?? []) : other));
  }
  return out;
}

const fileOf = (record: MeetingRecord): string => record.data.provenance?.file ?? 'a recorded vote page';
const byNumber = (x: AgendaItemInput, y: AgendaItemInput) => String(x.number).localeCompare(String(y.number), 'en', { numeric: true });

/** Two vote pages of one meeting as one record: the page from the file named first takes the other's item. */
function bothPages(a: MeetingRecord, b: MeetingRecord): MeetingRecord {
  const [page, meeting] = fileOf(a) > fileOf(b) ? [a, b] : [b, a];
  const items = joinItems(meeting.data.items ?? [], page.data.items ?? []).sort(byNumber);
  const warnings = [...new Set([...(meeting.data.warnings ?? []), ...(page.data.warnings ?? [])])].sort();
  return { ...meeting, data: { ...meeting.data, items, warnings } };
}

/**
 * The two records of one meeting as one, when one comes from a recorded vote page, or was joined with one
 * before (a file on disk, its note says so): the other record with those votes joined to its items and a note
 * of where each came from. Null otherwise, or when the new record is thinner than the joined one (the caller
 * keeps the fuller). The result is the same whichever came first, and joining again changes nothing.
 */
export function mergeVotes(a: ImportRecord, b: ImportRecord): ImportRecord | null {
  if (a.collection !== 'meetings' || b.collection !== 'meetings') return null;
  if (fromVotePage(a) && fromVotePage(b)) return bothPages(a, b);
  const pageFirst = fromVotePage(a) || (!fromVotePage(b) && notesOf(a).length > 0 && notesOf(b).length === 0);
  const [page, meeting] = pageFirst ? [a, b] : [b, a];
  const fresh = fromVotePage(page);
  if (!fresh && (notesOf(page).length === 0 || holdsMore(meetingHolding(page), meetingHolding(meeting)))) return null;
  // A joined record gives back only the votes its notes name; a vote page, its item.
  const named = new Set(notesOf(page).map((note) => NOTE.exec(note)?.[1]));
  const given = (page.data.items ?? []).filter((item) => fresh || named.has(String(item.number ?? item.title)));
  const notes = fresh
    ? given.map((item) => `the vote on item ${item.number ?? item.title} is read from ${fileOf(page)}, a recorded vote page`)
    : notesOf(page);
  const warnings = [...new Set([...(meeting.data.warnings ?? []), ...notes])];
  return { ...meeting, data: { ...meeting.data, items: joinItems(meeting.data.items ?? [], given), warnings } };
}
