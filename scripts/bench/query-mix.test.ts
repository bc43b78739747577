import { describe, expect, it } from 'vitest';
import type { ImportRecord } from '../import/records.ts';
import { generateArchive } from './archive-gen.ts';
import { loadCorpus } from './corpus.ts';
import { COMMON_QUERIES, observed, plainName, QueryMixCollector, type MixQuery } from './query-mix.ts';

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
