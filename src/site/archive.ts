/**
 * The whole archive for the pages: every collection read once per build, people worked
 * out from attendance and recommendations, the link index for record text, and lookups
 * built once so that no page scans the whole archive (builds of 100,000 meetings stay linear).
 */
import type { z } from 'astro/zod';
import { readRecord, readRecordSync, type RecordFile } from '../model/record-file.ts';
import { groupBy, type ArchiveData, type Entry } from './archive-data.ts';
import {
  collections,
  type CollectionName,
  type Committee,
  type Council,
  type MeetingSummary,
  type Person,
  type RecommendationSummary,
  type Report,
} from '../model/schema.ts';
import { sharedLinks, type SharedLinks } from './link-context.ts';
import { allCommittees, allCouncils, type CommitteeSummary, type CouncilSummary } from './bodies.ts';
import { appearances, movementsByPerson, personSlugs, type PersonMovement, type SitePerson } from './people.ts';
import { buildPeople } from '../people/build-people.ts';
import { votesByPerson, type PersonVote } from './votes.ts';
import { neighboursByMeeting, oldestFirst, type Neighbours } from './meetings.ts';
import { referenceIndex, type ReferenceIndex } from './references.ts';
import { mentionIndex, type MentionIndex } from './mentions.ts';
import { publishedRecords, recordsVersion } from './record-store.ts';
import { presetDigest } from '../model/page-reads.ts';
import { publishReadCheck, ReadCheck, tracedArchive } from './traced-archive.ts';
import { readLinkTable } from '../markdown/link-context.ts';
import { readCopy } from './record-copies.ts';

export interface Archive extends ArchiveData {
  /** People named in the records, each with a page. */
  persons: SitePerson[];
  /** Slug of the person page for a name as a record writes it. */
  personSlug: (name: string) => string | null;
  /** Each person's votes in recorded (named) votes, by the slug of their page. */
  votesByPerson: ReadonlyMap<string, PersonVote[]>;
  /** Each person's arrivals and departures during meetings, by the slug of their page. */
  movementsByPerson: ReadonlyMap<string, PersonMovement[]>;
  /** The link index, without `here`. */
  links: SharedLinks;
  /** Every council any record names, each with a page. */
  councilList: CouncilSummary[];
  /** Every committee any record names, each with a page. */
  committeeList: CommitteeSummary[];
  meetingById: ReadonlyMap<string, Entry<MeetingSummary>>;
  /** Each committee's meetings, oldest first. */
  meetingsByCommittee: ReadonlyMap<string, Entry<MeetingSummary>[]>;
  /**
   * Each meeting's previous and next meeting of its committee (none for a meeting without a date
   * or committee). A lookup of its own, not a read of the committee's list: after an import, only
   * the new meeting's neighbours show something new (the page cache sees reads: traced-archive.ts).
   */
  meetingNeighbours: ReadonlyMap<string, Neighbours>;
  meetingsByCouncil: ReadonlyMap<string, Entry<MeetingSummary>[]>;
  reportById: ReadonlyMap<string, Entry<Report>>;
  reportsByMeeting: ReadonlyMap<string, Entry<Report>[]>;
  reportsByCouncil: ReadonlyMap<string, Entry<Report>[]>;
  reportsByCommittee: ReadonlyMap<string, Entry<Report>[]>;
  recommendationById: ReadonlyMap<string, Entry<RecommendationSummary>>;
  recommendationsByCommittee: ReadonlyMap<string, Entry<RecommendationSummary>[]>;
  recommendationsByCouncil: ReadonlyMap<string, Entry<RecommendationSummary>[]>;
  recommendationsByReport: ReadonlyMap<string, Entry<RecommendationSummary>[]>;
  references: ReferenceIndex;
  mentions: MentionIndex;
}

/**
 * One collection's entries, as its loader kept them in this process (src/site/record-store.ts):
 * Astro's content store holds none of them (src/site/record-loader.ts).
 * src/content.config.ts makes every collection with one helper; at run time each folder is parsed
 * with its own schema, which is what the cast states.
 */
function entries<T>(name: CollectionName): Entry<T>[] {
  const records = publishedRecords(name);
  if (records === null)
    throw new Error(
      `${name}: no records were loaded in this process (the content loader of src/content.config.ts hands them to the pages)`,
    );
  // An entry is made from its file and the loader's context alone, and never changed: its reads are
  // noted by the loader's digest of both (src/site/record-loader.ts).
  for (const record of records) if (record.digest !== undefined) presetDigest(record, record.digest);
  return inIdOrder(records as Entry<T>[]);
}

/**
 * Entries in id order. The order Astro's content store holds them in depends on its history (a store
 * kept from the last build adds a new record last), and no list, table or person's address may: a
 * rebuild must give the site a build from nothing gives.
 */
function inIdOrder<E extends { id: string }>(list: readonly E[]): E[] {
  return [...list].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

async function load(): Promise<Archive> {
  const data: ArchiveData = {
    councils: entries<Council>('councils'),
    committees: entries<Committee>('committees'),
    meetings: entries<MeetingSummary>('meetings'),
    reports: entries<Report>('reports'),
    recommendations: entries<RecommendationSummary>('recommendations'),
    people: entries<Person>('people'),
  };
  const persons = buildPeople(appearances(data), data.people);
  const personSlug = personSlugs(persons);
  const { meetings, reports, recommendations } = data;
  const byCommittee = groupBy(oldestFirst(meetings), (m) => m.data.committee);
  return {
    ...data,
    persons,
    personSlug,
    votesByPerson: votesByPerson(meetings, personSlug),
    movementsByPerson: movementsByPerson(meetings, personSlug),
    links: sharedLinks(data, persons),
    councilList: allCouncils(data),
    committeeList: allCommittees(data),
    meetingById: new Map(meetings.map((m) => [m.id, m])),
    meetingsByCommittee: byCommittee,
    meetingNeighbours: neighboursByMeeting(byCommittee),
    meetingsByCouncil: groupBy(meetings, (m) => m.data.council),
    reportById: new Map(reports.map((r) => [r.id, r])),
    reportsByMeeting: groupBy(reports, (r) => r.data.meeting),
    reportsByCouncil: groupBy(reports, (r) => r.data.council),
    reportsByCommittee: groupBy(reports, (r) => r.data.committee),
    recommendationById: new Map(recommendations.map((r) => [r.id, r])),
    recommendationsByCommittee: groupBy(recommendations, (r) => r.data.committee),
    recommendationsByCouncil: groupBy(recommendations, (r) => r.data.council),
    recommendationsByReport: groupBy(recommendations, (r) => r.data.report),
    references: referenceIndex(meetings, recommendations),
    mentions: mentionIndex(meetings),
  };
}

interface Loaded {
  /** The archive itself. */
  raw: Archive;
  /** The archive as pages read it: each read noted on the page being rendered (traced-archive.ts). */
  traced: Archive;
  /** Whether reads noted by an earlier build give the same in this archive. */
  check: ReadCheck;
}

let cached: Promise<Loaded> | undefined;
let cachedVersion = -1;

function loaded(): Promise<Loaded> {
  const version = recordsVersion();
  if (cached === undefined || version !== cachedVersion) {
    cached = load().then((raw) => ({
      raw,
      traced: tracedArchive(raw),
      // The link index read with no `here`: its tables depend only on its lists (link-context.ts).
      check: new ReadCheck(raw, (table, key) => readLinkTable({ ...raw.links, here: { council: null, committee: null } }, table, key)),
    }));
    cachedVersion = version;
    publishReadCheck(cached.then((loaded) => loaded.check));
  }
  return cached;
}

/**
 * The archive, loaded on first use and shared by every page of the build (loaded again when the
 * records are: `astro dev`). Pages read it traced, so that a later build knows what they read.
 */
export async function loadArchive(): Promise<Archive> {
  return (await loaded()).traced;
}

/** Checks reads an earlier build's pages noted against this archive (src/site/page-cache.ts). */
export async function archiveReadCheck(): Promise<ReadCheck> {
  return (await loaded()).check;
}

type Full<Name extends CollectionName> = z.output<(typeof collections)[Name]>;

/**
 * A record's full data and its body: the collections hold summaries of meetings, reports and
 * recommendations (src/site/record-loader.ts), and a record's own page is the one place that needs
 * all of it. From the copy the loader kept (src/site/record-copies.ts), else read from its file.
 */
export async function fullRecord<Name extends CollectionName>(name: Name, entry: Entry<unknown>): Promise<RecordFile<Full<Name>>> {
  // collections[name] is the schema of `name`; TypeScript cannot follow the index to its output type.
  return (readCopy(name, entry) ?? (await readRecord(recordPath(name, entry), collections[name]))) as RecordFile<Full<Name>>;
}

/**
 * fullRecord, synchronously, for the build's loops over many records (the feeds, the data tables):
 * awaited one after the other, promise-based reads left the build's thread waiting while the index
 * merge had libuv's threads (src/model/event-loop.ts).
 */
export function fullRecordSync<Name extends CollectionName>(name: Name, entry: Entry<unknown>): RecordFile<Full<Name>> {
  return (readCopy(name, entry) ?? readRecordSync(recordPath(name, entry), collections[name])) as RecordFile<Full<Name>>;
}

function recordPath(name: CollectionName, entry: Entry<unknown>): string {
  if (entry.filePath === undefined) throw new Error(`${name}/${entry.id}: the content loader stored no file path`);
  return entry.filePath;
}
