/**
 * The benchmark's search queries: a mix a reader of the archive would type, taken from the
 * generated archive itself as its records stream past, so the same seed and size give the same
 * queries in every run. BENCHMARKS.md ("The query mix") says why each kind is in it.
 *
 * Words are counted on a sample (the records of the first SAMPLE_MEETINGS meetings), so the
 * collector costs the same at 100,000 meetings as at 1,000; references are counted over the
 * whole archive, because a known item must be the only record with its reference.
 *
 * Queries drawn from one record carry `wanted`, the site path of the record a reader wants
 * (its person, report, recommendation or meeting page): the benchmark reports whether that
 * record is first, or in the top 3, of the results.
 */
import { formatDate } from '../../src/model/format.ts';
import { slugify } from '../../src/model/slug.ts';
import type { ImportRecord } from '../import/records.ts';

export type QueryKind =
  'rare word' | 'person' | 'report reference' | 'recommendation reference' | 'meeting' | 'place' | 'school' | 'topic' | 'common word';

export interface MixQuery {
  text: string;
  kind: QueryKind;
  /** Why it is in the mix, in a few words. */
  why: string;
  /** Site path of the record a reader wants first (`/reports/…/`), or null when no one record is wanted. */
  wanted: string | null;
}

/** Meetings whose records are sampled for word, title and name counts. */
export const SAMPLE_MEETINGS = 400;

/** The previous benchmark's two queries: words on most pages of the synthetic archive. */
export const COMMON_QUERIES = ['safeguarding', 'ofsted inspection'];

/** Words too common in any English text to be what a reader looks for. */
const STOP = new Set(
  'about above after again against also been before being below between both could does doing down during each from further have having here into more most once only other over same should some such than that their them then there these they this those through under until very were what when where which while whom with would your will shall which within without upon'.split(
    ' ',
  ),
);

/** Agenda items every meeting has: not topics. */
const PROCEDURAL = /\b(?:minutes|apologies|declarations?|work programme|urgent|next meeting)\b/i;

type Counts = Map<string, number>;

function bump(counts: Counts, key: string, by = 1): void {
  counts.set(key, (counts.get(key) ?? 0) + by);
}

/** The key with the most (or, with `fewest`, the fewest) counts; ties go to the first in sort order. */
function extreme(counts: Counts, fewest = false, accept: (key: string) => boolean = () => true): string | null {
  let best: [string, number] | null = null;
  for (const [key, count] of [...counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (!accept(key)) continue;
    if (best === null || (fewest ? count < best[1] : count > best[1])) best = [key, count];
  }
  return best?.[0] ?? null;
}

/** The name a person page is titled with: no "Councillor", no role, no note in brackets. */
export function plainName(listed: string): string | null {
  const name = listed
    .replace(/\s*\(.*$/, '')
    .replace(/,.*$/, '')
    .replace(/^(?:County\s+)?(?:Councillor|Cllr\.?)\s+/, '')
    .trim();
  // Initials ("A Goggin") make a weak query and a person page that may merge with others.
  return /^[A-Z][a-z]+(?: [A-Z][a-z'-]+)+$/.test(name) ? name : null;
}

interface Reference {
  count: number;
  path: string;
}

export class QueryMixCollector {
  private meetingsSeen = 0;
  private readonly meetingsWanted: number;
  private readonly committees = new Map<string, string>();
  private readonly councils: string[] = [];
  private readonly words: Counts = new Map();
  private readonly titles: Counts = new Map();
  private readonly schools: Counts = new Map();
  private readonly members: Counts = new Map();
  private readonly officers: Counts = new Map();
  private readonly reports = new Map<string, Reference>();
  private readonly recommendations = new Map<string, Reference>();
  private meeting: { text: string; path: string } | null = null;

  /** `meetings`: how many meetings the archive will have (the middle one is the meeting query). */
  constructor(meetings: number) {
    this.meetingsWanted = Math.floor(meetings / 2);
  }

  private get sampling(): boolean {
    return this.meetingsSeen <= SAMPLE_MEETINGS;
  }

  private text(text: string | null | undefined): void {
    if (!text) return;
    for (const match of text.matchAll(/\b([A-Z][a-z]+) School\b/g)) if (match[1] !== 'The') bump(this.schools, match[0]);
    const seen = new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    for (const word of seen) if (!STOP.has(word)) bump(this.words, word);
  }

  /** Sees one record of the archive, in the order they are written. */
  observe(record: ImportRecord): void {
    if (record.collection === 'councils') this.councils.push(record.data.name);
    else if (record.collection === 'committees') this.committees.set(record.id, record.data.name);
    else if (record.collection === 'meetings') this.observeMeeting(record.id, record.data);
    else if (record.collection === 'reports') {
      const reference = record.data.reference;
      if (reference) this.reference(this.reports, reference, `/reports/${record.id}/`);
      if (this.sampling) this.text(record.body);
    } else if (record.collection === 'recommendations') {
      const reference = record.data.reference;
      if (reference) this.reference(this.recommendations, reference, `/recommendations/${record.id}/`);
      if (this.sampling) this.text(record.body);
    }
  }

  private reference(references: Map<string, Reference>, reference: string, path: string): void {
    const known = references.get(reference);
    if (known) known.count += 1;
    else references.set(reference, { count: 1, path });
  }

  private observeMeeting(id: string, data: Extract<ImportRecord, { collection: 'meetings' }>['data']): void {
    this.meetingsSeen += 1;
    if (this.meetingsSeen === this.meetingsWanted || (this.meeting === null && this.meetingsSeen > this.meetingsWanted)) {
      if (data.status === 'minutes' && typeof data.date === 'string' && data.committee) {
        const committee = this.committees.get(data.committee) ?? data.committee;
        this.meeting = { text: `${committee} ${formatDate(data.date)}`, path: `/meetings/${id}/` };
      }
    }
    if (!this.sampling) return;
    const attendance = data.attendance ?? {};
    for (const listed of attendance.present ?? []) {
      const name = plainName(listed);
      if (name) bump(this.members, name);
    }
    for (const listed of attendance.officers ?? []) {
      const name = plainName(listed);
      if (name) bump(this.officers, name);
    }
    for (const item of data.items ?? []) {
      if (!PROCEDURAL.test(item.title) && item.title.split(' ').length >= 3) bump(this.titles, item.title);
      this.text(item.title);
      this.text(item.agendaText);
      this.text(item.minutes);
    }
  }

  /** The queries, in the order the benchmark runs them; the first is the rare word of the cold search. */
  mix(): MixQuery[] {
    const queries: MixQuery[] = [];
    const add = (text: string | null | undefined, kind: QueryKind, why: string, wanted: string | null = null) => {
      if (text && !queries.some((query) => query.text === text)) queries.push({ text, kind, why, wanted });
    };
    const person = (name: string | null) => (name === null ? null : `/people/${slugify(name)}/`);

    add(
      extreme(this.words, true, (word) => word.length >= 7),
      'rare word',
      'the cold search: a word few records hold, so the bytes are start-up plus little else',
    );
    const member = extreme(this.members);
    add(member, 'person', 'the councillor named most often: a reader looks for their person page', person(member));
    const officer = extreme(this.officers);
    add(officer, 'person', 'an officer named often in attendance lists: their person page', person(officer));
    const seldom = extreme(this.members, true);
    add(seldom, 'person', 'a councillor seldom named: their person page', person(seldom));

    const unique = (references: Map<string, Reference>) => [...references].filter(([, reference]) => reference.count === 1);
    const reports = unique(this.reports);
    for (const [reference, { path }] of [reports[0], reports[Math.floor(reports.length / 2)]].filter((entry) => entry !== undefined)) {
      add(reference, 'report reference', 'a report reference, as a reader copies it from a paper: that report', path);
    }
    const recommendation = unique(this.recommendations).find(([reference]) => !this.reports.has(reference));
    if (recommendation) {
      add(
        recommendation[0],
        'recommendation reference',
        'a recommendation reference from a tracker: that recommendation',
        recommendation[1].path,
      );
    }
    add(this.meeting?.text, 'meeting', 'a committee and a date: that meeting', this.meeting?.path ?? null);

    const place = this.councils[1] ?? this.councils[0];
    add(place?.replace(/ (?:County|District|Borough|City) Council.*$/, ''), 'place', 'a place: every record of its council');
    add(extreme(this.schools), 'school', 'a school the records discuss');
    const committee = [...this.committees.values()][0];
    add(
      committee?.replace(/ (?:Overview and )?Scrutiny (?:Committee|Panel)$| Task and Finish Panel$/, '').toLowerCase(),
      'topic',
      'the topic of a committee',
    );
    add(extreme(this.titles)?.toLowerCase(), 'topic', 'the agenda item title seen most often');
    add(extreme(this.titles, true)?.toLowerCase(), 'topic', 'an agenda item title seen seldom');

    for (const common of COMMON_QUERIES) add(common, 'common word', 'the previous benchmark query: on most pages');
    add(
      extreme(this.words, false, (word) => word.length >= 5),
      'common word',
      'the word on most sampled records',
    );
    return queries;
  }
}

/** Passes the records on unchanged, showing each to the collector. */
export function* observed(records: Iterable<ImportRecord>, collector: QueryMixCollector): Generator<ImportRecord> {
  for (const record of records) {
    collector.observe(record);
    yield record;
  }
}
