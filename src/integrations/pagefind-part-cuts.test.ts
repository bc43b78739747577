import { describe, expect, it } from 'vitest';
import { cutPages, pathDraw, PartCuts, type PartLimits } from './pagefind-part-cuts.ts';

/** A small seeded generator (mulberry32), so every run sees the same sequences. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

interface Page {
  sourcePath: string;
  bytes: number;
}

function pages(random: () => number, count: number, prefix: string): Page[] {
  return Array.from({ length: count }, (_, n) => ({
    sourcePath: `meetings/${prefix}-${n}-${Math.floor(random() * 1e9)}/index.html`,
    // Most pages small, a few large, as meeting and person pages are.
    bytes: random() < 0.1 ? 20_000 + Math.floor(random() * 60_000) : 2_000 + Math.floor(random() * 20_000),
  }));
}

/** Each part as its pages' paths joined: equal text, equal part. */
function partsOf(sequence: readonly Page[], limits: PartLimits): string[] {
  return cutPages(sequence, limits).map((part) => part.map((at) => sequence[at]?.sourcePath).join('\n'));
}

const BYTES: PartLimits = { partBytes: 1_000_000, pagesPerPart: Infinity };
const PAGES: PartLimits = { partBytes: Infinity, pagesPerPart: 40 };

describe('where the parts of the index end', () => {
  it('depends on the pages: a page inserted anywhere changes the part that takes it, and rarely the next', () => {
    for (const limits of [BYTES, PAGES]) {
      const changedCounts: number[] = [];
      for (let trial = 0; trial < 150; trial += 1) {
        const random = generator(trial + 1);
        const before = pages(random, 600, `t${trial}`);
        const at = Math.floor(random() * (before.length + 1));
        const [inserted] = pages(random, 1, `new${trial}`) as [Page];
        const after = [...before.slice(0, at), inserted, ...before.slice(at)];
        const [old, now] = [partsOf(before, limits), partsOf(after, limits)];
        expect(old.length).toBeGreaterThan(5);
        // The parts that are not among the old ones: one run of parts, the first holding the new page.
        const known = new Set(old);
        const changed = now.flatMap((part, index) => (known.has(part) ? [] : [index]));
        const first = changed[0] as number;
        expect(now[first]?.split('\n')).toContain(inserted.sourcePath);
        expect(changed).toEqual(Array.from({ length: changed.length }, (_, n) => first + n));
        // Every part before it and after it is an old part, in the old order.
        expect(now.slice(0, first)).toEqual(old.slice(0, first));
        const tail = now.slice(first + changed.length);
        expect(old.slice(old.length - tail.length)).toEqual(tail);
        changedCounts.push(changed.length);
      }
      const atMostTwo = changedCounts.filter((count) => count <= 2).length;
      expect(atMostTwo / changedCounts.length).toBeGreaterThan(0.95);
      expect(changedCounts.reduce((sum, count) => sum + count, 0) / changedCounts.length).toBeLessThan(1.4);
    }
  });

  it('never lets a part exceed the limits (but for a single page larger than them), and keeps parts above a quarter of them but the last', () => {
    for (const limits of [BYTES, PAGES, { partBytes: 300_000, pagesPerPart: 30 }]) {
      for (let trial = 0; trial < 50; trial += 1) {
        const sequence = pages(generator(1000 + trial), 500, `m${trial}`);
        const parts = cutPages(sequence, limits);
        expect(parts.flat()).toEqual(sequence.map((_, at) => at));
        for (const [index, part] of parts.entries()) {
          const bytes = part.reduce((sum, at) => sum + (sequence[at]?.bytes ?? 0), 0);
          expect(part.length).toBeLessThanOrEqual(limits.pagesPerPart);
          if (part.length > 1) expect(bytes).toBeLessThanOrEqual(limits.partBytes);
          const last = index === parts.length - 1;
          if (!last) expect(bytes >= limits.partBytes / 4 || part.length >= limits.pagesPerPart / 4).toBe(true);
        }
      }
    }
  });

  it('reaches the limit rarely: parts average well below it', () => {
    const sequence = pages(generator(99), 20_000, 'avg');
    const parts = cutPages(sequence, BYTES);
    const total = sequence.reduce((sum, page) => sum + page.bytes, 0);
    const average = total / parts.length;
    expect(average).toBeGreaterThan(BYTES.partBytes * 0.3);
    expect(average).toBeLessThan(BYTES.partBytes * 0.6);
    const full = parts.filter((part) => {
      const next = sequence[(part.at(-1) ?? 0) + 1];
      const bytes = part.reduce((sum, at) => sum + (sequence[at]?.bytes ?? 0), 0);
      return next !== undefined && bytes + next.bytes > BYTES.partBytes;
    });
    expect(full.length / parts.length).toBeLessThan(0.1);
  });

  it('keeps an archive below the minimum in one part, and one part with no limits', () => {
    const sequence = pages(generator(5), 40, 'small');
    const total = sequence.reduce((sum, page) => sum + page.bytes, 0);
    expect(cutPages(sequence, { partBytes: total * 4 + 4, pagesPerPart: Infinity })).toHaveLength(1);
    expect(cutPages(sequence, { partBytes: Infinity, pagesPerPart: Infinity })).toHaveLength(1);
  });

  it('draws the same number for a path in every build, spread over [0, 1)', () => {
    expect(pathDraw('meetings/a/index.html')).toBe(pathDraw('meetings/a/index.html'));
    const draws = Array.from({ length: 2000 }, (_, n) => pathDraw(`p${n}`));
    expect(draws.every((draw) => draw >= 0 && draw < 1)).toBe(true);
    expect(draws.filter((draw) => draw < 0.5).length).toBeGreaterThan(900);
    expect(draws.filter((draw) => draw < 0.5).length).toBeLessThan(1100);
    // An empty part takes any page, however large.
    expect(new PartCuts({ partBytes: 10, pagesPerPart: 1 }).fits({ pages: 0, bytes: 0 }, 1000)).toBe(true);
  });
});
