import { describe, expect, it } from 'vitest';
import { ReadTable, type ReadsNow } from './read-table.ts';

/** Reads as they are now, counting what is asked. */
function reads(changed: string[] = []): ReadsNow & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    holds: (key, digest) => {
      asked.push(key);
      return !changed.includes(key) && digest.endsWith('-1');
    },
  };
}

describe('ReadTable', () => {
  it('numbers each read once, and a key that gives another digest as another read', () => {
    const table = new ReadTable();
    expect([table.number('a', 'a-1'), table.number('b', 'b-1'), table.number('a', 'a-1')]).toEqual([0, 1, 0]);
    expect(table.number('a', 'a-2')).toBe(2);
    expect(table.stored()).toEqual({ readKeys: ['a', 'b', 'a'], readDigests: ['a-1', 'b-1', 'a-2'] });
  });

  it('checks each read of the table it was opened with once, whatever the number of pages naming it', () => {
    const table = ReadTable.from({ readKeys: ['a', 'b', 'c'], readDigests: ['a-1', 'b-1', 'c-2'] });
    if (table === null) throw new Error('a table');
    const now = reads(['b']);
    expect([0, 1, 2, 0, 1, 2].map((at) => table.holds(at, now))).toEqual([true, false, false, true, false, false]);
    expect(now.asked).toEqual(['a', 'b', 'c']);
    // Asked of other reads (another archive), it asks again.
    const other = reads();
    expect(table.holds(1, other)).toBe(true);
    expect(other.asked).toEqual(['b']);
    // A number it does not have (a damaged record, or a read added by this build) does not hold.
    expect([table.holds(3, now), table.holds(-1, now), table.holds(0.5, now)]).toEqual([false, false, false]);
    expect(table.key(2)).toBe('c');
  });

  it("numbers another table's reads as its own", () => {
    const old = new ReadTable({ readKeys: ['a', 'b', 'c'], readDigests: ['a-1', 'b-1', 'c-1'] });
    const table = new ReadTable();
    expect(table.renumber([2, 0], old)).toEqual([0, 1]);
    expect(table.stored()).toEqual({ readKeys: ['c', 'a'], readDigests: ['c-1', 'a-1'] });
  });

  it('takes a stored table that is not one as no table', () => {
    expect(ReadTable.from({})).toBeNull();
    expect(ReadTable.from({ readKeys: ['a'], readDigests: [] })).toBeNull();
    expect(ReadTable.from({ readKeys: ['a'], readDigests: [1 as unknown as string] })).toBeNull();
  });
});
