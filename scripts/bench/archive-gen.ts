/**
 * The synthetic archive as a stream of records: councils, committees, then each meeting
 * with its reports and recommendations. Only one council's plan is held at a time, so
 * 100,000 meetings cost no more memory than 100.
 */
import type { ImportRecord } from '../import/records.ts';
import type { Corpus } from './corpus.ts';
import { meetingData } from './meeting-gen.ts';
import { committeePlans, councilPlan, type CommitteePlan } from './plan.ts';
import { createRng, type Rng } from './prng.ts';
import { recommendationRecords, reportRecord, reportReference } from './report-gen.ts';

export interface ArchiveOptions {
  meetings: number;
  seed: number;
}

/**
 * Where the archive stops: its last committee and what its next meeting would be (date, item
 * number, the meeting before). Filled in as the archive is generated, for `nextMeeting`.
 */
export interface ArchiveEnd {
  committee: CommitteePlan | null;
  /** The date after the committee's last meeting, as its next one would come. */
  date: string;
  previousDate: string | null;
  firstItem: number;
  file: string;
}

export function archiveEnd(): ArchiveEnd {
  return { committee: null, date: '', previousDate: null, firstItem: 1, file: '' };
}

/** Share of meetings published as agenda packs with report texts, and of reports carrying a tracker. */
const PACK_SHARE = 0.2;
const TRACKER_SHARE = 0.15;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

function statusFor(index: number, count: number, scheduled: number, rng: Rng): 'agenda' | 'minutes' | 'scheduled' {
  if (index >= count - scheduled) return 'scheduled';
  if (index === count - scheduled - 1) return 'agenda';
  return rng.chance(0.04) ? 'agenda' : 'minutes';
}

function* committeeMeetings(
  rng: Rng,
  corpus: Corpus,
  committee: CommitteePlan,
  count: number,
  counter: { reports: number; file: string },
  end: ArchiveEnd,
): Generator<ImportRecord> {
  let date = addDays('2004-01-06', rng.int(0, 1500));
  let previousDate: string | null = null;
  let firstItem = rng.int(1, 300);
  const pastDates: string[] = [];
  const scheduled = count >= 20 ? rng.int(1, 4) : 0;
  for (let index = 0; index < count; index++) {
    const status = statusFor(index, count, scheduled, rng);
    const meetingId = `${committee.id}/${date}`;
    const file = `${counter.file}/${meetingId}`;
    const pack = status !== 'scheduled' && rng.chance(PACK_SHARE);
    const references = pack ? Array.from({ length: rng.int(1, 4) }, () => reportReference(committee, ++counter.reports, date)) : [];
    const data = meetingData(
      rng,
      corpus,
      { committee, date, previousDate, status, firstItem, reportIds: references.map((ref) => ref.id) },
      file,
    );
    yield { collection: 'meetings', id: meetingId, data, body: '' };
    const items = data['items'] as { number: number; reports?: string[] }[];
    for (const item of items) {
      for (const reportId of item.reports ?? []) {
        const reference = references.find((ref) => ref.id === reportId)?.reference ?? null;
        const context = { committee, meetingId, date, item: item.number, pastDates, file };
        yield reportRecord(rng, corpus, context, reportId, reference ?? reportId);
        if (pastDates.length > 0 && rng.chance(TRACKER_SHARE)) yield* recommendationRecords(rng, corpus, context, reportId);
      }
    }
    firstItem += items.length;
    previousDate = status === 'scheduled' ? previousDate : date;
    if (status !== 'scheduled') pastDates.splice(0, pastDates.length, ...pastDates.slice(-4), date);
    date = addDays(date, rng.int(28, 63));
  }
  Object.assign(end, { committee, date, previousDate, firstItem, file: counter.file });
}

/**
 * Every record of the archive, in a fixed order for a seed; `end` (when given) says where the
 * committee in the middle of the archive (by id, the order pages are built in) stopped (see nextMeeting).
 */
export function* generateArchive(options: ArchiveOptions, corpus: Corpus, end: ArchiveEnd = archiveEnd()): Generator<ImportRecord> {
  const rng = createRng(options.seed);
  let remaining = options.meetings;
  const ends: ArchiveEnd[] = [];
  for (let councilIndex = 0; remaining > 0; councilIndex++) {
    const council = councilPlan(councilIndex, corpus, rng);
    yield { collection: 'councils', id: council.id, data: { name: council.name }, body: '' };
    const counter = { reports: 0, file: `synthetic/seed-${options.seed}` };
    for (const committee of committeePlans(council, rng.int(3, 8), rng)) {
      if (remaining <= 0) break;
      yield {
        collection: 'committees',
        id: committee.id,
        data: { name: committee.name, council: council.id, type: committee.type, parent: committee.parent, members: committee.members },
        body: '',
      };
      const count = Math.min(remaining, rng.int(40, 120));
      const ended = archiveEnd();
      ends.push(ended);
      yield* committeeMeetings(rng, corpus, committee, count, counter, ended);
      remaining -= count;
    }
  }
  // The committee in the middle of the order pages are built and indexed in (by id).
  ends.sort((a, b) => ((a.committee?.id ?? '') < (b.committee?.id ?? '') ? -1 : 1));
  Object.assign(end, ends[Math.floor(ends.length / 2)] ?? archiveEnd());
}

/**
 * A meeting the archive does not have, as the next import would bring it: the minutes of the next
 * meeting (after its last one, so a new date and id) of the committee in the middle of the archive by
 * id, so that its pages fall among the archive's, not after them all (the last committee's would be
 * the last pages built and indexed: the kindest case for a rebuild), from a generator of
 * its own seeded by `seed`, so the archive's records are the same with or without it. It lists
 * people of the committee and council and refers to the committee's previous meeting, so the
 * committee, council, year, people and home pages that list meetings change with it.
 */
export function nextMeeting(end: ArchiveEnd, seed: number, corpus: Corpus): ImportRecord {
  const { committee } = end;
  if (committee === null) throw new Error('the archive has no committee to add a meeting to: generate it first');
  const rng = createRng((seed ^ 0x5eed0001) >>> 0);
  const meetingId = `${committee.id}/${end.date}`;
  const data = meetingData(
    rng,
    corpus,
    { committee, date: end.date, previousDate: end.previousDate, status: 'minutes', firstItem: end.firstItem, reportIds: [] },
    `${end.file}/${meetingId}`,
  );
  return { collection: 'meetings', id: meetingId, data, body: '' };
}
