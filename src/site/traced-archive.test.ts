import { describe, expect, it } from 'vitest';
import { digestOf, PageReads, readingPage } from '../model/page-reads.ts';
import { noteLinkRead, ReadCheck, readKey, tracedArchive } from './traced-archive.ts';

interface Shape {
  committees: { id: string; data: { name: string } }[];
  meetingsByCommittee: ReadonlyMap<string, string[]>;
  references: { meetings: ReadonlyMap<string, string[]> };
  personSlug: (name: string) => string | null;
  links: { people: string[] };
}

function archive(meetings: Record<string, string[]>, committeeName = 'Health'): Shape {
  return {
    committees: [{ id: 'c', data: { name: committeeName } }],
    meetingsByCommittee: new Map(Object.entries(meetings)),
    references: { meetings: new Map([['2016-05-12', ['m1']]]) },
    personSlug: (name) => (name === 'Ray Gooding' ? 'ray-gooding' : null),
    links: { people: ['Ray Gooding'] },
  };
}

/** Renders a "page" that reads `read` of the traced archive; returns what it read. */
async function page(raw: Shape, read: (archive: Shape) => unknown): Promise<{ value: unknown; reads: PageReads }> {
  const traced = tracedArchive(raw);
  const reads = new PageReads();
  const value = await readingPage(reads, async () => read(traced));
  return { value, reads };
}

describe('tracedArchive', () => {
  it('gives the same values and notes each read with the finest key the archive offers', async () => {
    const raw = archive({ c: ['m1', 'm2'], d: ['m3'] });
    const { value, reads } = await page(raw, (a) => [
      a.meetingsByCommittee.get('c'),
      a.meetingsByCommittee.has('x'),
      a.references.meetings.get('2016-05-12'),
      a.personSlug('Ray Gooding'),
      a.committees.length,
    ]);
    expect(value).toEqual([['m1', 'm2'], false, ['m1'], 'ray-gooding', 1]);
    expect([...reads.reads.keys()]).toEqual([
      readKey('meetingsByCommittee', 'get', 'c'),
      readKey('meetingsByCommittee', 'has', 'x'),
      readKey('references.meetings', 'get', '2016-05-12'),
      readKey('personSlug', 'call', ['Ray Gooding']),
      readKey('committees', 'value'),
    ]);
  });

  it('notes iterating a map as a read of the whole map', async () => {
    const { value, reads } = await page(archive({ c: ['m1'] }), (a) => [...a.meetingsByCommittee.keys()]);
    expect(value).toEqual(['c']);
    expect([...reads.reads.keys()]).toEqual([readKey('meetingsByCommittee', 'all')]);
  });

  it('leaves the link index to the render cache, and notes nothing outside a page', async () => {
    const raw = archive({ c: ['m1'] });
    const { reads } = await page(raw, (a) => a.links.people);
    expect(reads.reads.size).toBe(0);
    expect(tracedArchive(raw).meetingsByCommittee.get('c')).toEqual(['m1']);
  });
});

describe('ReadCheck', () => {
  it('holds for reads that give the same in the new archive, and not for those that changed', async () => {
    const before = archive({ c: ['m1', 'm2'], d: ['m3'] });
    const { reads } = await page(before, (a) => [a.meetingsByCommittee.get('c'), a.meetingsByCommittee.get('d'), a.committees]);
    const after = new ReadCheck(archive({ c: ['m1', 'm2', 'm4'], d: ['m3'] }), () => undefined);
    const held = [...reads.reads].map(([key, digest]) => after.holds(key, digest));
    expect(held).toEqual([false, true, true]);
    const renamed = new ReadCheck(archive({ c: ['m1', 'm2'], d: ['m3'] }, 'Health and Wellbeing'), () => undefined);
    expect([...reads.reads].map(([key, digest]) => renamed.holds(key, digest))).toEqual([true, true, false]);
  });

  it('checks the link index reads the render cache noted, digesting what the link table holds now', async () => {
    const reads = new PageReads();
    await readingPage(reads, async () => noteLinkRead('people-by-name', 'ray gooding', digestOf(['Ray Gooding'])));
    const [key = '', digest = ''] = [...reads.reads][0] ?? [];
    const check = (people: string[]) =>
      new ReadCheck({}, (table, at) => (table === 'people-by-name' && at === 'ray gooding' ? people : undefined));
    expect(check(['Ray Gooding']).holds(key, digest)).toBe(true);
    expect(check(['Ray Gooding', 'Ray Smith']).holds(key, digest)).toBe(false);
  });
});
