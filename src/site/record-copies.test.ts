import { existsSync, mkdtempSync, readdirSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RecordFile } from '../model/record-file.ts';
import type { RecordPlace } from '../model/cache-file.ts';
import { copiesFolder, CopyWriter, publishCopies, readCopy } from './record-copies.ts';

const meeting: RecordFile<unknown> = {
  data: { date: '2015-01-15', items: [{ number: '1', title: 'Apologies – none' }] },
  body: 'The *text*.\n',
};
const report: RecordFile<unknown> = { data: { reference: 'HW/01/06', venue: null }, body: '' };

function folder(): string {
  return copiesFolder(mkdtempSync(join(tmpdir(), 'copies-')), 'meetings');
}

/** Writes `records` as one load does, publishes the file for `collection`, and gives each copy's place. */
function load(at: string, collection: string, records: [string, RecordFile<unknown>][], previous: RecordPlace[] = []) {
  const writer = new CopyWriter(at, previous);
  const places = records.map(([digest, record]) => writer.add(digest, record));
  publishCopies(collection, writer.commit());
  return places;
}

describe('record copies', () => {
  it('gives back each record as it was kept, for the digest it was made from only', () => {
    const at = folder();
    const [first, second] = load(at, 'a', [
      ['d1', meeting],
      ['d2', report],
    ]);
    expect(readCopy('a', { digest: 'd1', copy: first })).toEqual(meeting);
    expect(readCopy('a', { digest: 'd2', copy: second })).toEqual(report);
    // Another digest (the record changed), no place, another collection: the file must be read.
    expect(readCopy('a', { digest: 'd2', copy: first })).toBeNull();
    expect(readCopy('a', { digest: 'd1' })).toBeNull();
    expect(readCopy('b', { digest: 'd1', copy: first })).toBeNull();
  });

  it('continues the file while most of it is in use, keeping copies where they are', () => {
    const at = folder();
    const [first, second] = load(at, 'c', [
      ['d1', meeting],
      ['d2', report],
    ]);
    const writer = new CopyWriter(at, [first!, second!]);
    expect(writer.carry(first!)).toEqual(first);
    const added = writer.add('d3', report);
    publishCopies('c', writer.commit());
    expect(readdirSync(at).filter((name) => name.endsWith('.bin'))).toHaveLength(1);
    expect(readCopy('c', { digest: 'd1', copy: first })).toEqual(meeting);
    expect(readCopy('c', { digest: 'd3', copy: added })).toEqual(report);
  });

  it('copies what is in use into a new file once most of the old one is not, and deletes the old one', () => {
    const at = folder();
    const places = load(
      at,
      'd',
      Array.from({ length: 10 }, (_, index) => [`d${index}`, meeting] as [string, RecordFile<unknown>]),
    );
    const [old] = readdirSync(at).filter((name) => name.endsWith('.bin'));
    const writer = new CopyWriter(at, [places[7]!]);
    const carried = writer.carry(places[7]!);
    publishCopies('d', writer.commit());
    expect(carried).not.toEqual(places[7]);
    expect(readCopy('d', { digest: 'd7', copy: carried! })).toEqual(meeting);
    expect(existsSync(join(at, old!))).toBe(false);
  });

  it('is a miss, not an error, when the file is cut short', () => {
    const at = folder();
    const [first, second] = load(at, 'e', [
      ['d1', meeting],
      ['d2', report],
    ]);
    const [file] = readdirSync(at).filter((name) => name.endsWith('.bin'));
    truncateSync(join(at, file!), second!.offset + 3);
    expect(readCopy('e', { digest: 'd1', copy: first })).toEqual(meeting);
    expect(readCopy('e', { digest: 'd2', copy: second })).toBeNull();
  });

  it('leaves the previous copies as they were when a load is abandoned', () => {
    const at = folder();
    const [first] = load(at, 'f', [['d1', meeting]]);
    const writer = new CopyWriter(at, [first!]);
    writer.add('d2', report);
    writer.abandon();
    expect(readCopy('f', { digest: 'd1', copy: first })).toEqual(meeting);
    const next = new CopyWriter(at, [first!]);
    expect(next.carry(first!)).toEqual(first);
    next.abandon();
  });
});
