/**
 * CBOR written byte by byte, as cbor-x writes it: the merged words (pagefind-words.ts) and the
 * word chunks that hold them (pagefind-chunk-writer.ts). Only what those need: heads below 2^32,
 * whole numbers and bytes copied as they are, never a head longer than its value needs.
 */

/** CBOR's major types of an array and of a text string, as a word chunk holds them. */
export const ARRAY = 4;
export const TEXT = 3;

/** Bytes written as CBOR the way cbor-x writes them: each head as short as its value allows. */
export class CborWriter {
  bytes = Buffer.allocUnsafe(1 << 16);
  length = 0;

  private room(extra: number): void {
    if (this.length + extra <= this.bytes.length) return;
    let size = this.bytes.length * 2;
    while (size < this.length + extra) size *= 2;
    const bigger = Buffer.allocUnsafe(size);
    this.bytes.copy(bigger, 0, 0, this.length);
    this.bytes = bigger;
  }

  /** A head: the major type and its value (a count, a length or an unsigned number), below 2^32. */
  head(major: number, value: number): void {
    this.room(5);
    const bytes = this.bytes;
    const type = major << 5;
    if (value < 24) bytes[this.length++] = type | value;
    else if (value < 0x100) {
      bytes[this.length++] = type | 24;
      bytes[this.length++] = value;
    } else if (value < 0x10000) {
      bytes[this.length++] = type | 25;
      bytes.writeUInt16BE(value, this.length);
      this.length += 2;
    } else {
      bytes[this.length++] = type | 26;
      bytes.writeUInt32BE(value, this.length);
      this.length += 4;
    }
  }

  /** A whole number, negative ones as CBOR's negative integers. */
  int(value: number): void {
    if (value >= 0) this.head(0, value);
    else this.head(1, -1 - value);
  }

  /** One byte as it is (a head whose value is known, e.g. an array of three). */
  byte(value: number): void {
    this.room(1);
    this.bytes[this.length++] = value;
  }

  /** Bytes of `from`, from `start` to `end`, as they are. */
  copy(from: Uint8Array, start: number, end: number): void {
    this.room(end - start);
    const bytes = this.bytes;
    // Most lists are a few bytes: a loop is quicker than a view and a native copy.
    if (end - start < 32) for (let at = start; at < end; at += 1) bytes[this.length++] = from[at] as number;
    else {
      bytes.set(from.subarray(start, end), this.length);
      this.length += end - start;
    }
  }

  /** Drops the first `count` bytes, keeping the rest at the start. */
  drop(count: number): void {
    this.bytes.copyWithin(0, count, this.length);
    this.length -= count;
  }
}
