import { decode, Encoder } from 'cbor-x';
import { describe, expect, it } from 'vitest';
import { ARRAY, CborWriter, TEXT } from './cbor-writer.ts';

// As pagefind-format.ts encodes, the form the merged chunks must match byte for byte.
const encoder = new Encoder({ useRecords: false, variableMapSize: true });

/** What `out` holds, as hex. */
const hex = (out: CborWriter): string => out.bytes.subarray(0, out.length).toString('hex');

/** A text string as the word writer writes one: its head, then its UTF-8 bytes as they are. */
function text(out: CborWriter, value: string): void {
  const bytes = Buffer.from(value);
  out.head(TEXT, bytes.length);
  out.copy(bytes, 0, bytes.length);
}

/** An array of whole numbers. */
function numbers(out: CborWriter, values: readonly number[]): void {
  out.head(ARRAY, values.length);
  for (const value of values) out.int(value);
}

/** What `write` writes into a new writer, as hex. */
function written(write: (out: CborWriter) => void): string {
  const out = new CborWriter();
  write(out);
  return hex(out);
}

/** Numbers at each of CBOR's head lengths and either side of them. */
const EDGES = [0, 1, 23, 24, 255, 256, 65_535, 65_536, 2 ** 32 - 1, -1, -24, -25, -256, -257, -65_536, -65_537, -(2 ** 31)];

describe('CborWriter', () => {
  it('writes the bytes RFC 8949 gives for its examples (Appendix A)', () => {
    const ints: [number, string][] = [
      [0, '00'],
      [1, '01'],
      [10, '0a'],
      [23, '17'],
      [24, '1818'],
      [25, '1819'],
      [100, '1864'],
      [500, '1901f4'],
      [1000, '1903e8'],
      [1_000_000, '1a000f4240'],
      [-1, '20'],
      [-10, '29'],
      [-100, '3863'],
      [-1000, '3903e7'],
    ];
    for (const [value, bytes] of ints)
      expect(
        written((out) => out.int(value)),
        String(value),
      ).toBe(bytes);
    expect(written((out) => text(out, ''))).toBe('60');
    expect(written((out) => text(out, 'a'))).toBe('6161');
    expect(written((out) => text(out, 'IETF'))).toBe('6449455446');
    expect(written((out) => text(out, '\u00fc'))).toBe('62c3bc');
    expect(written((out) => text(out, '\u6c34'))).toBe('63e6b0b4');
    expect(written((out) => out.head(ARRAY, 0))).toBe('80');
    expect(written((out) => numbers(out, [1, 2, 3]))).toBe('83010203');
    const twentyFive = Array.from({ length: 25 }, (_, at) => at + 1);
    expect(written((out) => numbers(out, twentyFive))).toBe('98190102030405060708090a0b0c0d0e0f101112131415161718181819');
  });

  it('writes each head in the shortest of its lengths: in the first byte, then 1, 2 and 4 more', () => {
    const heads: [number, number, string][] = [
      [0, 23, '17'],
      [0, 24, '1818'],
      [0, 255, '18ff'],
      [0, 256, '190100'],
      [0, 65_535, '19ffff'],
      [0, 65_536, '1a00010000'],
      [0, 2 ** 32 - 1, '1affffffff'],
      [ARRAY, 23, '97'],
      [ARRAY, 24, '9818'],
      [ARRAY, 300, '99012c'],
      [ARRAY, 70_000, '9a00011170'],
      [TEXT, 5, '65'],
      [TEXT, 200, '78c8'],
      [TEXT, 1000, '7903e8'],
    ];
    for (const [major, value, bytes] of heads)
      expect(
        written((out) => out.head(major, value)),
        `${major} ${value}`,
      ).toBe(bytes);
  });

  it('writes every number as cbor-x does', () => {
    const values = [...EDGES, 100, 1000, 70_000, -100, -1000, -70_000];
    const out = new CborWriter();
    numbers(out, values);
    expect(out.bytes.subarray(0, out.length).equals(Buffer.from(encoder.encode(values)))).toBe(true);
  });

  it('writes what cbor-x decodes to the same numbers, strings and arrays', () => {
    const value = [EDGES, 'word', ['é', '日本', 'x'.repeat(30), 'y'.repeat(300)], [], [[1, [2, 3]], 'z']];
    const out = new CborWriter();
    const write = (item: unknown): void => {
      if (typeof item === 'number') out.int(item);
      else if (typeof item === 'string') text(out, item);
      else {
        const items = item as unknown[];
        out.head(ARRAY, items.length);
        for (const each of items) write(each);
      }
    };
    write(value);
    expect(decode(out.bytes.subarray(0, out.length))).toEqual(value);
  });

  it('writes a byte, and copies bytes from the middle of another array, as they are', () => {
    const from = Uint8Array.from({ length: 100 }, (_, at) => at);
    const out = new CborWriter();
    out.byte(0x83);
    out.copy(from, 3, 7);
    out.copy(from, 10, 50);
    expect([...out.bytes.subarray(0, out.length)]).toEqual([0x83, 3, 4, 5, 6, ...from.subarray(10, 50)]);
  });

  it('grows as needed and drops what was taken', () => {
    const out = new CborWriter();
    const long = Buffer.alloc(200_000, 7);
    out.copy(long, 0, long.length);
    out.byte(1);
    out.drop(200_000);
    expect([...out.bytes.subarray(0, out.length)]).toEqual([1]);
    const values = Array.from({ length: 70_000 }, (_, at) => at);
    for (const value of values) out.int(value);
    // The numbers as cbor-x writes them in an array, without the array's head (0x9a and 4 bytes).
    const expected = Buffer.concat([Buffer.from([1]), Buffer.from(encoder.encode(values)).subarray(5)]);
    expect(out.bytes.subarray(0, out.length).equals(expected)).toBe(true);
    out.drop(1);
    expect(out.bytes.subarray(0, out.length).equals(expected.subarray(1))).toBe(true);
  });
});
