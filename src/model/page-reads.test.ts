import { describe, expect, it } from 'vitest';
import { currentPageReads, digestOf, digestOfProps, PageReads, presetDigest, readingPage } from './page-reads.ts';

describe('digestOf', () => {
  it('is the same for equal values and differs when anything in them differs', () => {
    expect(digestOf([{ id: 'a', data: { n: 1 } }])).toBe(digestOf([{ id: 'a', data: { n: 1 } }]));
    expect(digestOf([{ id: 'a', data: { n: 1 } }])).not.toBe(digestOf([{ id: 'a', data: { n: 2 } }]));
    expect(digestOf(['a', 'b'])).not.toBe(digestOf(['b', 'a']));
    expect(digestOf(undefined)).not.toBe(digestOf(null));
    expect(digestOf('1')).not.toBe(digestOf(1));
  });

  it('counts what maps and sets hold, on their own and inside objects', () => {
    expect(digestOf(new Map([['a', 1]]))).not.toBe(digestOf(new Map([['a', 2]])));
    expect(digestOf({ m: new Map([['a', 1]]) })).not.toBe(digestOf({ m: new Map([['a', 2]]) }));
    expect(digestOf({ s: new Set(['a']) })).not.toBe(digestOf({ s: new Set(['b']) }));
  });

  it("takes a value's preset digest, which no computed one equals, and lists made of it change with it", () => {
    const [entry, same, other] = [
      { id: 'a', data: { n: 1 } },
      { id: 'a', data: { n: 2 } },
      { id: 'a', data: { n: 1 } },
    ];
    presetDigest(entry, 'file-1');
    presetDigest(same, 'file-1');
    presetDigest(other, 'file-2');
    expect(digestOf(entry)).toBe(digestOf(same));
    expect(digestOf(entry)).not.toBe(digestOf(other));
    expect(digestOf(entry)).not.toBe(digestOf({ id: 'a', data: { n: 1 } }));
    expect(digestOf([entry])).toBe(digestOf([same]));
    expect(digestOf([entry])).not.toBe(digestOf([other]));
  });

  it('takes the preset digest of an entry inside an object, as it does inside a list', () => {
    const entry = (file: string, title: string) => {
      const made = { id: 'm1', data: { title } };
      presetDigest(made, file);
      return made;
    };
    const neighbours = (previous: object) => ({ previous, next: null });
    expect(digestOf(neighbours(entry('file-1', 'Minutes')))).toBe(digestOf(neighbours(entry('file-1', 'Agenda'))));
    expect(digestOf(neighbours(entry('file-1', 'Minutes')))).not.toBe(digestOf(neighbours(entry('file-2', 'Minutes'))));
    expect(digestOf({ referrer: { kind: 'meeting', entry: entry('file-1', 'Minutes') } })).not.toBe(
      digestOf({ referrer: { kind: 'meeting', entry: entry('file-2', 'Minutes') } }),
    );
    // A computed digest is never used inside another value: it would depend on what was digested first.
    const plain = { id: 'm1', data: { title: 'Minutes' } };
    const before = digestOf({ previous: plain });
    digestOf(plain);
    expect(digestOf({ previous: plain })).toBe(before);
  });

  it('refuses a function rather than giving it a digest that never changes', () => {
    expect(() => digestOf(() => 1)).toThrow(TypeError);
  });
});

describe('digestOfProps', () => {
  it('changes with any prop, its name or its value, and not with another object of the same props', () => {
    const entry = { id: 'm1', data: { title: 'Minutes' } };
    expect(digestOfProps({ entry })).toBe(digestOfProps({ entry: { id: 'm1', data: { title: 'Minutes' } } }));
    expect(digestOfProps({ entry })).not.toBe(digestOfProps({ entry: { id: 'm1', data: { title: 'Agenda' } } }));
    expect(digestOfProps({ entry })).not.toBe(digestOfProps({ record: entry }));
    expect(digestOfProps({ page: 1 })).not.toBe(digestOfProps({ page: 2 }));
  });
});

describe('readingPage', () => {
  it('gives each page being rendered its own reads, across awaits, and none outside', async () => {
    const note = async (key: string) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      currentPageReads()?.note(key, 'd');
    };
    const [a, b] = [new PageReads(), new PageReads()];
    await Promise.all([readingPage(a, () => note('a')), readingPage(b, () => note('b'))]);
    expect([...a.reads.keys()]).toEqual(['a']);
    expect([...b.reads.keys()]).toEqual(['b']);
    expect(currentPageReads()).toBeUndefined();
  });
});
