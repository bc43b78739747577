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
 *
 * Each query also carries `council`, the council a reader would search it within from that
 * council's page ("Search this council’s records"), because the benchmark measures the mix twice:
 * across all councils and within one, where the search page may load that council's own index
 * and the bytes differ. The council is the one a reader has in mind: the wanted record's; for a
 * person (whose page belongs to no one council) the council whose sampled attendance lists name
 * them most; else the council whose sampled records hold the words most (the place: the council
 * it names), and the first council for the fixed common queries. Without it, a word searched
 * within a council that never uses it would find nothing and weigh too little.
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
  /**
   * The council's name (as the search page's council filter holds it) a reader would search this
   * within; null only for an archive without councils.
   */
  council: string | null;
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

/** Counts of keys, and of each key by the council (its name) whose records held it. */
class Tally {
  readonly counts: Counts = new Map();
  private readonly councils = new Map<string, Counts>();

  add(key: string, council: string | null): void {
    bump(this.counts, key);
    if (council === null) return;
    const where = this.councils.get(key) ?? new Map<string, number>();
    this.councils.set(key, where);
    bump(where, council);
  }

  /** The council whose records held `key` most; ties go to the one that held it first. */
  councilOf(key: string | null): string | null {
    let best: [string, number] | null = null;
    for (const [council, count] of key === null ? [] : (this.councils.get(key) ?? [])) {
      if (best === null || count > best[1]) best = [council, count];
    }
    return best?.[0] ?? null;
  }
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

/** A query before the mix drops empty and repeated texts and gives a query of no one council the first. */
type Candidate = Omit<MixQuery, 'text' | 'council'> & { text: string | null | undefined; council: string | null };

interface Reference {
  count: number;
  path: string;
  /** The council (its name) of the record that holds the reference first. */
  council: string | null;
}

export class QueryMixCollector {
  private meetingsSeen = 0;
  private readonly meetingsWanted: number;
  /** Committee id → its name and its council's name. */
  private readonly committees = new Map<string, { name: string; council: string | null }>();
  /** Council names in archive order, and by id. */
  private readonly councils: string[] = [];
  private readonly councilNames = new Map<string, string>();
  private readonly words = new Tally();
  private readonly titles = new Tally();
  private readonly schools = new Tally();
  private readonly members = new Tally();
  private readonly officers = new Tally();
  private readonly reports = new Map<string, Reference>();
  private readonly recommendations = new Map<string, Reference>();
  private meeting: { text: string; path: string; council: string | null } | null = null;

  /** `meetings`: how many meetings the archive will have (the middle one is the meeting query). */
  constructor(meetings: number) {
    this.meetingsWanted = Math.floor(meetings / 2);
  }

  private get sampling(): boolean {
    return this.meetingsSeen <= SAMPLE_MEETINGS;
  }

  /** A council id as the search page's council filter holds it: its name (the id when no record names it). */
  private councilName(id: string | null | undefined): string | null {
    return id ? (this.councilNames.get(id) ?? id) : null;
  }

  private text(text: string | null | undefined, council: string | null): void {
    if (!text) return;
    for (const match of text.matchAll(/\b([A-Z][a-z]+) School\b/g)) if (match[1] !== 'The') this.schools.add(match[0], council);
    const seen = new Set(text.toLowerCase().match(/[a-z]{4,}/g) ?? []);
    for (const word of seen) if (!STOP.has(word)) this.words.add(word, council);
  }

  /** Sees one record of the archive, in the order they are written. */
  observe(record: ImportRecord): void {
    if (record.collection === 'councils') {
      this.councils.push(record.data.name);
      this.councilNames.set(record.id, record.data.name);
    } else if (record.collection === 'committees') {
      this.committees.set(record.id, { name: record.data.name, council: this.councilName(record.data.council) });
    } else if (record.collection === 'meetings') this.observeMeeting(record.id, record.data);
    else if (record.collection === 'reports' || record.collection === 'recommendations') {
      const council = this.councilName(record.data.council);
      const reference = record.data.reference;
      const references = record.collection === 'reports' ? this.reports : this.recommendations;
      if (reference) this.reference(references, reference, { path: `/${record.collection}/${record.id}/`, council });
      if (this.sampling) this.text(record.body, council);
    }
  }

  private reference(references: Map<string, Reference>, reference: string, holder: Omit<Reference, 'count'>): void {
    const known = references.get(reference);
    if (known) known.count += 1;
    else references.set(reference, { count: 1, ...holder });
  }

  private observeMeeting(id: string, data: Extract<ImportRecord, { collection: 'meetings' }>['data']): void {
    this.meetingsSeen += 1;
    const council = this.councilName(data.council);
    if (this.meetingsSeen === this.meetingsWanted || (this.meeting === null && this.meetingsSeen > this.meetingsWanted)) {
      if (data.status === 'minutes' && typeof data.date === 'string' && data.committee) {
        const committee = this.committees.get(data.committee)?.name ?? data.committee;
        this.meeting = { text: `${committee} ${formatDate(data.date)}`, path: `/meetings/${id}/`, council };
      }
    }
    if (!this.sampling) return;
    const attendance = data.attendance ?? {};
    for (const listed of attendance.present ?? []) {
      const name = plainName(listed);
      if (name) this.members.add(name, council);
    }
    for (const listed of attendance.officers ?? []) {
      const name = plainName(listed);
      if (name) this.officers.add(name, council);
    }
    for (const item of data.items ?? []) {
      if (!PROCEDURAL.test(item.title) && item.title.split(' ').length >= 3) this.titles.add(item.title, council);
      this.text(item.title, council);
      this.text(item.agendaText, council);
      this.text(item.minutes, council);
    }
  }

  /** The queries, in the order the benchmark runs them; the first is the rare word of the cold search. */
  mix(): MixQuery[] {
    const rare = this.pick(this.words, true, (word) => word.length >= 7);
    const candidates: Candidate[] = [
      {
        ...rare,
        kind: 'rare word',
        why: 'the cold search: a word few records hold, so the bytes are start-up plus little else',
        wanted: null,
      },
      ...this.peopleQueries(),
      ...this.referenceQueries(),
      ...this.subjectQueries(),
      ...this.commonQueries(),
    ];
    // A query whose words come from no one council's records is searched within the first council.
    const first = this.councils[0] ?? null;
    const queries: MixQuery[] = [];
    for (const { text, council, ...rest } of candidates) {
      if (text && !queries.some((query) => query.text === text)) queries.push({ text, ...rest, council: council ?? first });
    }
    return queries;
  }

  /** The key a tally holds most (or, with `fewest`, fewest) of, as the text of a query, and the council that holds it most. */
  private pick(tally: Tally, fewest = false, accept?: (key: string) => boolean): { text: string | null; council: string | null } {
    const text = extreme(tally.counts, fewest, accept);
    return { text, council: tally.councilOf(text) };
  }

  private peopleQueries(): Candidate[] {
    const person = (picked: { text: string | null; council: string | null }, why: string): Candidate => ({
      ...picked,
      kind: 'person',
      why,
      wanted: picked.text === null ? null : `/people/${slugify(picked.text)}/`,
    });
    return [
      person(this.pick(this.members), 'the councillor named most often: a reader looks for their person page'),
      person(this.pick(this.officers), 'an officer named often in attendance lists: their person page'),
      person(this.pick(this.members, true), 'a councillor seldom named: their person page'),
    ];
  }

  /** References held by one record only (a known item), and the meeting of a committee and a date. */
  private referenceQueries(): Candidate[] {
    const unique = (references: Map<string, Reference>) => [...references].filter(([, reference]) => reference.count === 1);
    const reports = unique(this.reports);
    const candidates: Candidate[] = [reports[0], reports[Math.floor(reports.length / 2)]]
      .filter((entry) => entry !== undefined)
      .map(([text, { path, council }]) => ({
        text,
        kind: 'report reference',
        why: 'a report reference, as a reader copies it from a paper: that report',
        wanted: path,
        council,
      }));
    const recommendation = unique(this.recommendations).find(([reference]) => !this.reports.has(reference));
    if (recommendation) {
      const [text, { path, council }] = recommendation;
      const why = 'a recommendation reference from a tracker: that recommendation';
      candidates.push({ text, kind: 'recommendation reference', why, wanted: path, council });
    }
    const meeting = this.meeting;
    if (meeting) {
      const { text, path, council } = meeting;
      candidates.push({ text, kind: 'meeting', why: 'a committee and a date: that meeting', wanted: path, council });
    }
    return candidates;
  }

  /** A place, a school and topics: queries for no one record. */
  private subjectQueries(): Candidate[] {
    const place = this.councils[1] ?? this.councils[0] ?? null;
    const committee = [...this.committees.values()][0];
    const topic = committee?.name.replace(/ (?:Overview and )?Scrutiny (?:Committee|Panel)$| Task and Finish Panel$/, '').toLowerCase();
    const often = this.pick(this.titles);
    const rarely = this.pick(this.titles, true);
    const none = { wanted: null };
    return [
      {
        // The place's words are its council's name, so it is searched within that council.
        text: place?.replace(/ (?:County|District|Borough|City) Council.*$/, ''),
        council: place,
        kind: 'place',
        why: 'a place: every record of its council',
        ...none,
      },
      { ...this.pick(this.schools), kind: 'school', why: 'a school the records discuss', ...none },
      { text: topic, council: committee?.council ?? null, kind: 'topic', why: 'the topic of a committee', ...none },
      { text: often.text?.toLowerCase(), council: often.council, kind: 'topic', why: 'the agenda item title seen most often', ...none },
      { text: rarely.text?.toLowerCase(), council: rarely.council, kind: 'topic', why: 'an agenda item title seen seldom', ...none },
    ];
  }

  private commonQueries(): Candidate[] {
    const previous = COMMON_QUERIES.map((text): Candidate => {
      // Not drawn from the records: searched within the first council.
      return { text, council: null, kind: 'common word', why: 'the previous benchmark query: on most pages', wanted: null };
    });
    const commonest = this.pick(this.words, false, (word) => word.length >= 5);
    return [...previous, { ...commonest, kind: 'common word', why: 'the word on most sampled records', wanted: null }];
  }
}

/** Passes the records on unchanged, showing each to the collector. */
export function* observed(records: Iterable<ImportRecord>, collector: QueryMixCollector): Generator<ImportRecord> {
  for (const record of records) {
    collector.observe(record);
    yield record;
  }
}
