import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../import/records.ts';
import { generateArchive } from './archive-gen.ts';
import { loadCorpus } from './corpus.ts';
import { COMMON_QUERIES, observed, plainName, QueryMixCollector, SAMPLE_MEETINGS, type MixQuery } from './query-mix.ts';

const corpus = loadCorpus(new URL('../../content/sources', import.meta.url).pathname);

function mixOf(meetings: number, seed: number): { mix: MixQuery[]; records: ImportRecord[] } {
  const collector = new QueryMixCollector(meetings);
  const records = [...observed(generateArchive({ meetings, seed }, corpus), collector)];
  return { mix: collector.mix(), records };
}

describe('the query mix', () => {
  const { mix, records } = mixOf(200, 3);

  it('has at least 15 queries of every kind the benchmark documents, the rare word first', () => {
    expect(mix.length).toBeGreaterThanOrEqual(15);
    expect(mix[0]?.kind).toBe('rare word');
    const kinds = new Set(mix.map((query) => query.kind));
    for (const kind of ['person', 'report reference', 'recommendation reference', 'meeting', 'place', 'topic', 'common word'] as const) {
      expect(kinds, kind).toContain(kind);
    }
    for (const common of COMMON_QUERIES) expect(mix.map((query) => query.text)).toContain(common);
    expect(new Set(mix.map((query) => query.text)).size).toBe(mix.length);
  });

  it('is the same for the same archive, and another for another seed', () => {
    expect(mixOf(200, 3).mix).toEqual(mix);
    expect(mixOf(200, 4).mix).not.toEqual(mix);
  });

  it('wants the one record a reference names, and the meeting of a committee and date', () => {
    for (const query of mix.filter((one) => one.kind === 'report reference' || one.kind === 'recommendation reference')) {
      const collection = query.kind === 'report reference' ? 'reports' : 'recommendations';
      const holders = records.filter((record) => record.collection === collection && record.data.reference === query.text);
      expect(holders.map((record) => `/${collection}/${record.id}/`)).toEqual([query.wanted]);
    }
    const meeting = mix.find((query) => query.kind === 'meeting');
    const id = /^\/meetings\/(.+)\/$/.exec(meeting?.wanted ?? '')?.[1];
    const record = records.find((one) => one.collection === 'meetings' && one.id === id);
    expect(record?.collection === 'meetings' && record.data.status).toBe('minutes');
    expect(meeting?.text).toMatch(/ \d{1,2} [A-Z][a-z]+ \d{4}$/);
  });

  it('names people as their pages are titled, for the person page a reader wants', () => {
    expect(plainName('Councillor Ann Honeywood')).toBe('Ann Honeywood');
    expect(plainName('Mike Howard, Head of Commissioning')).toBe('Mike Howard');
    expect(plainName('Councillor Ann Honeywood (for Councillor Bob Smith)')).toBe('Ann Honeywood');
    expect(plainName('Councillor A Goggin')).toBeNull();
    for (const person of mix.filter((query) => query.kind === 'person')) expect(person.wanted).toMatch(/^\/people\/[a-z-]+\/$/);
  });
});

/** A meeting of `council` with the given members present and one agenda item, as the generator writes one. */
function meeting(council: string, day: number, present: string[], minutes: string): ImportRecord {
  const date = `2020-01-${String(day).padStart(2, '0')}`;
  return {
    collection: 'meetings',
    id: `${council}/scrutiny/${date}`,
    body: '',
    data: {
      council,
      committee: `${council}/scrutiny`,
      date,
      dateStatus: 'exact',
      status: 'minutes',
      attendance: { present },
      items: [{ number: '1', title: 'Budget', anchor: 'item-1', minutes }],
      provenance: { format: 'synthetic', file: 'synthetic', retrieved: '2020-01-01' },
    },
  } as ImportRecord;
}

describe('the council each query is searched within', () => {
  // 1,000 meetings at seed 3 span three councils, and the sample (the first 400 meetings) two.
  const { mix, records } = mixOf(1000, 3);
  const councilNames = new Map(records.flatMap((record) => (record.collection === 'councils' ? [[record.id, record.data.name]] : [])));
  const [first] = councilNames.values();
  const nameOf = (id: string | null | undefined) => (id ? councilNames.get(id) : undefined);

  it('is a council of the archive for every query, and not the same one for all', () => {
    for (const query of mix) expect([...councilNames.values()], query.text).toContain(query.council);
    expect(new Set(mix.map((query) => query.council)).size).toBeGreaterThan(1);
  });

  it('is the council of the wanted report, recommendation or meeting', () => {
    const byPath = new Map(records.map((record) => [`/${record.collection}/${record.id}/`, record]));
    const known = mix.filter((query) => query.wanted !== null && query.kind !== 'person');
    expect(known.length).toBeGreaterThanOrEqual(4);
    for (const query of known) {
      const record = byPath.get(query.wanted ?? '');
      const council = record && 'council' in record.data ? record.data.council : undefined;
      expect(query.council, query.text).toBe(nameOf(council));
    }
    expect(known.map((query) => query.council)).toContain('Epping Forest County Council');
  });

  it('is, for a person, the council whose sampled attendance lists name them most', () => {
    // Members as the present list names them, officers as the officers list does, as the mix counts them.
    const named = { present: new Map<string, Map<string, number>>(), officers: new Map<string, Map<string, number>>() };
    const sampled = records.filter((record) => record.collection === 'meetings').slice(0, SAMPLE_MEETINGS);
    for (const record of sampled) {
      if (record.collection !== 'meetings') continue;
      const council = record.data.council ?? '';
      for (const role of ['present', 'officers'] as const) {
        for (const name of (record.data.attendance?.[role] ?? []).map(plainName)) {
          if (name === null) continue;
          const where = named[role].get(name) ?? new Map<string, number>();
          named[role].set(name, where.set(council, (where.get(council) ?? 0) + 1));
        }
      }
    }
    const people = mix.filter((query) => query.kind === 'person');
    expect(people).toHaveLength(3);
    for (const person of people) {
      const where = [...(named[person.why.includes('officer') ? 'officers' : 'present'].get(person.text) ?? [])];
      const most = Math.max(...where.map(([, count]) => count));
      const councils = where.filter(([, count]) => count === most).map(([id]) => nameOf(id));
      expect(councils, person.text).toContain(person.council);
    }
    expect(people.map((person) => person.council)).toContain('Epping Forest County Council');
  });

  it('is the council whose sampled records hold the words, the one a place names, else the first', () => {
    const rare = mix.find((query) => query.kind === 'rare word');
    const word = new RegExp(`\\b${rare?.text}\\b`, 'i');
    const holders = records.filter((record) => word.test(JSON.stringify(record)));
    expect(holders.length).toBeGreaterThan(0);
    expect(holders.map((record) => ('council' in record.data ? nameOf(record.data.council) : null))).toContain(rare?.council);
    const place = mix.find((query) => query.kind === 'place');
    expect(place?.council).toBe(`${place?.text} County Council`);
    for (const common of COMMON_QUERIES) expect(mix.find((query) => query.text === common)?.council).toBe(first);
  });

  it('counts where a person is named, not where they are named first', () => {
    const collector = new QueryMixCollector(4);
    const archive: ImportRecord[] = [
      { collection: 'councils', id: 'north', data: { name: 'North Council' }, body: '' },
      { collection: 'councils', id: 'south', data: { name: 'South Council' }, body: '' },
      meeting('north', 1, ['Councillor Ann Brook', 'Councillor Bob Dale'], 'The unusually long-winded discussion.'),
      meeting('south', 2, ['Councillor Ann Brook'], 'Nothing.'),
      meeting('south', 3, ['Councillor Ann Brook'], 'Nothing.'),
    ];
    for (const _record of observed(archive, collector));
    const mix = collector.mix();
    expect(mix.find((query) => query.text === 'Ann Brook')?.council).toBe('South Council');
    expect(mix.find((query) => query.text === 'Bob Dale')?.council).toBe('North Council');
    expect(mix.find((query) => query.kind === 'rare word')).toMatchObject({ text: 'discussion', council: 'North Council' });
    expect(mix.find((query) => query.kind === 'place')).toMatchObject({ text: 'South Council', council: 'South Council' });
  });
});
