import { describe, expect, it } from 'vitest';
import { MAX_SHARDS, pageKey, pagesText, parseShard, shardOfPage } from './shard.ts';

describe('parseShard', () => {
  it('reads k/n', () => {
    expect(parseShard('1/4')).toEqual({ index: 1, count: 4 });
    expect(parseShard(' 4/4 ')).toEqual({ index: 4, count: 4 });
    expect(parseShard('1/1')).toEqual({ index: 1, count: 1 });
  });

  it.each(['0/4', '5/4', '1/0', '1', '1/', '/4', 'a/b', '1.5/4', '-1/4', '1/4/2', '01/4', '', `1/${MAX_SHARDS + 1}`])(
    'refuses "%s", saying what it wants',
    (text) => {
      expect(() => parseShard(text)).toThrow(/is not a shard: expected k\/n, shard k of n with 1 ≤ k ≤ n/);
    },
  );
});

describe('pageKey', () => {
  it('is the path below the base, without slashes at the ends', () => {
    expect(pageKey('/meetings/a/b/2017-07-11/')).toBe('meetings/a/b/2017-07-11');
    expect(pageKey('/meetings/a/b/2017-07-11')).toBe('meetings/a/b/2017-07-11');
    expect(pageKey('/scrutiny/meetings/a/', '/scrutiny/')).toBe('meetings/a');
    expect(pageKey('/meetings/a/', '/scrutiny/')).toBe('meetings/a');
    expect(pageKey('/meetings/a/index.html')).toBe('meetings/a');
    expect(pageKey('/')).toBe('');
    expect(pageKey('/scrutiny/', '/scrutiny/')).toBe('');
    expect(pageKey('/404.html')).toBe('404.html');
    expect(pageKey('/data/meetings.json')).toBe('data/meetings.json');
    // A path that only starts with the base's letters is not below it.
    expect(pageKey('/scrutinyx/a/', '/scrutiny/')).toBe('scrutinyx/a');
  });
});

describe('shardOfPage', () => {
  const keys = Array.from({ length: 5000 }, (_, i) => `meetings/council-${i % 17}/committee-${i % 5}/20${10 + (i % 15)}-01-${i}`).concat([
    '',
    '404',
    'search',
    'years/2017',
    'people/ann-moss',
    'committees/委員会',
  ]);

  it('puts every page in exactly one shard, for any number of shards', () => {
    for (const count of [1, 2, 3, 4, 7, 16]) {
      const shards = Array.from({ length: count }, (_, i) => keys.filter((key) => shardOfPage(key, count) === i + 1));
      expect(shards.flat().sort()).toEqual([...keys].sort());
      // About the same size: within a fifth of an even split.
      for (const shard of shards) expect(Math.abs(shard.length - keys.length / count)).toBeLessThan(keys.length / count / 5);
    }
  });

  it('is stable: the same shard in every build and on every machine', () => {
    // Fixed values (FNV-1a of "" is 0x811c9dc5, of "a" 0xe40c292c): a change to the rule moves
    // pages between shards, and shards of two versions must not be assembled together.
    const fixed = ['', 'a', 'search', 'meetings/thurrock-council/x/2017-07-11', 'committees/委員会'];
    expect(fixed.map((key) => shardOfPage(key, 4))).toEqual([2, 1, 2, 2, 4]);
    for (const key of keys.slice(0, 200)) expect(shardOfPage(key, 5)).toBe(shardOfPage(key, 5));
  });
});

describe('pagesText', () => {
  it('sorts the keys, one a line', () => {
    expect(pagesText(new Set(['b', '', 'a']))).toBe('\na\nb');
  });
});
