/**
 * The whole archive for the pages: every collection read once per build, people worked
 * out from attendance and recommendations, the link index for record text, and lookups
 * built once so that no page scans the whole archive (builds of 100,000 meetings stay linear).
 */
import type { z } from 'astro/zod';
import { readRecord, type RecordFile } from '../model/record-file.ts';
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
import { appearances, personSlugs, type SitePerson } from './people.ts';
import { buildPeople } from '../people/build-people.ts';
import { oldestFirst } from './meetings.ts';
import { referenceIndex, type ReferenceIndex } from './references.ts';
import { mentionIndex, type MentionIndex } from './mentions.ts';
import { publishedRecords, recordsVersion } from './record-store.ts';

export interface Archive extends ArchiveData {
  /** People named in the records, each with a page. */
  persons: SitePerson[];
  /** Slug of the person page for a name as a record writes it. */
  personSlug: (name: string) => string | null;
  /** The link index, without `here`. */
  links: SharedLinks;
  /** Every council any record names, each with a page. */
  councilList: CouncilSummary[];
  /** Every committee any record names, each with a page. */
  committeeList: CommitteeSummary[];
  meetingById: Map<string, Entry<MeetingSummary>>;
  /** Each committee's meetings, oldest first. */
  meetingsByCommittee: Map<string, Entry<MeetingSummary>[]>;
  meetingsByCouncil: Map<string, Entry<MeetingSummary>[]>;
  reportById: Map<string, Entry<Report>>;
  reportsByMeeting: Map<string, Entry<Report>[]>;
  recommendationById: Map<string, Entry<RecommendationSummary>>;
  recommendationsByCommittee: Map<string, Entry<RecommendationSummary>[]>;
  recommendationsByCouncil: Map<string, Entry<RecommendationSummary>[]>;
  recommendationsByReport: Map<string, Entry<RecommendationSummary>[]>;
  references: ReferenceIndex;
  mentions: MentionIndex;
}

/**
 * One collection's entries, as its loader kept them in this process (src/site/record-store.ts):
 * Astro's content store holds only each record's file and digest (src/site/record-loader.ts).
 * src/content.config.ts makes every collection with one helper; at run time each folder is parsed
 * with its own schema, which is what the cast states.
 */
function entries<T>(name: CollectionName): Entry<T>[] {
  const records = publishedRecords(name);
  if (records === null)
    throw new Error(
      `${name}: no records were loaded in this process (the content loader of src/content.config.ts hands them to the pages)`,
    );
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
  const { meetings, reports, recommendations } = data;
  return {
    ...data,
    persons,
    personSlug: personSlugs(persons),
    links: sharedLinks(data, persons),
    councilList: allCouncils(data),
    committeeList: allCommittees(data),
    meetingById: new Map(meetings.map((m) => [m.id, m])),
    meetingsByCommittee: groupBy(oldestFirst(meetings), (m) => m.data.committee),
    meetingsByCouncil: groupBy(meetings, (m) => m.data.council),
    reportById: new Map(reports.map((r) => [r.id, r])),
    reportsByMeeting: groupBy(reports, (r) => r.data.meeting),
    recommendationById: new Map(recommendations.map((r) => [r.id, r])),
    recommendationsByCommittee: groupBy(recommendations, (r) => r.data.committee),
    recommendationsByCouncil: groupBy(recommendations, (r) => r.data.council),
    recommendationsByReport: groupBy(recommendations, (r) => r.data.report),
    references: referenceIndex(meetings, recommendations),
    mentions: mentionIndex(meetings),
  };
}

let cached: Promise<Archive> | undefined;
let cachedVersion = -1;

/** The archive, loaded on first use and shared by every page of the build (loaded again when the records are: `astro dev`). */
export function loadArchive(): Promise<Archive> {
  const version = recordsVersion();
  if (cached === undefined || version !== cachedVersion) {
    cached = load();
    cachedVersion = version;
  }
  return cached;
}

type Full<Name extends CollectionName> = z.output<(typeof collections)[Name]>;

/**
 * A record's full data and its body, read from its file: the collections hold summaries
 * of meetings, reports and recommendations (src/site/record-loader.ts), and a record's own
 * page is the one place that needs all of it.
 */
export async function fullRecord<Name extends CollectionName>(name: Name, entry: Entry<unknown>): Promise<RecordFile<Full<Name>>> {
  if (entry.filePath === undefined) throw new Error(`${name}/${entry.id}: the content loader stored no file path`);
  // collections[name] is the schema of `name`; TypeScript cannot follow the index to its output type.
  return readRecord(entry.filePath, collections[name]) as Promise<RecordFile<Full<Name>>>;
}
