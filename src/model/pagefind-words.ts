/**
 * Word chunks (`index/*.pf_index`) read and written as bytes, for the merge (pagefind-merge.ts).
 * Decoding every chunk into arrays and encoding the merged words again with cbor-x made most of
 * the merge's own work and much of its garbage, while a merged word only renumbers its pages:
 * its word locations (and its meta-field locations, unless the parts number their fields
 * differently) are the bytes it was read with. So a chunk is walked in place (WordReader,
 * pagefind-word-reader.ts), the places of a word are gathered from every part (Places,
 * pagefind-word-places.ts), and written here in the merged page order as cbor-x writes them
 * (CborWriter, cbor-writer.ts): the shortest head for every number, array and string.
 * Pagefind writes its chunks in that form too; a chunk in any other form is refused (FormatError,
 * and the build keeps the parts unmerged), so a list copied as read is the list cbor-x would
 * write, and the merged chunks are the same, byte for byte, as decoding and encoding gave.
 */
import { ARRAY, TEXT, type CborWriter } from './cbor-writer.ts';
import type { Places } from './pagefind-word-places.ts';
import type { WordReader } from './pagefind-word-reader.ts';

/**
 * Some of a word's places (`at`, indexes into Places, in page order) and the numbers their pages
 * take in another index (a council's: src/model/pagefind-scopes.ts), ascending.
 */
export interface Selection {
  at: Int32Array;
  number: Int32Array;
  count: number;
}

/**
 * Writes a word gathered in `places` into `out` as cbor-x writes `[word, pages, []]`, its pages
 * in page order, each as the difference from the page before. The word's bytes are read from
 * `word`; a place whose meta locations are renumbered is renumbered with `fieldsOf` its source.
 * With a `selection`, only those places, numbered as it says; without, every place, and
 * `places.order` is left in page order for the selections that follow.
 */
export function writeWord(
  out: CborWriter,
  word: { bytes: Uint8Array; start: number; end: number },
  places: Places,
  readers: readonly WordReader[],
  fieldsOf: readonly (readonly number[])[],
  selection?: Selection,
): void {
  out.byte(0x83);
  out.head(TEXT, word.end - word.start);
  out.copy(word.bytes, word.start, word.end);
  if (selection === undefined) places.sort();
  const count = selection?.count ?? places.count;
  out.head(ARRAY, count);
  const { order, page, source, start, meta, end } = places;
  let last = 0;
  for (let next = 0; next < count; next += 1) {
    const at = (selection === undefined ? order[next] : selection.at[next]) as number;
    const number = (selection === undefined ? page[at] : selection.number[next]) as number;
    const reader = readers[source[at] as number] as WordReader;
    out.byte(0x83);
    out.head(0, number - last);
    last = number;
    const metaStart = meta[at] as number;
    // Both lists as read, one after the other.
    if (metaStart >= 0) out.copy(reader.bytes, start[at] as number, end[at] as number);
    else {
      out.copy(reader.bytes, start[at] as number, -1 - metaStart);
      const fields = fieldsOf[source[at] as number] ?? [];
      const values = reader.metaLocations(-1 - metaStart);
      out.head(ARRAY, values.length);
      for (const value of values) out.int(value < 0 ? -((fields[-value - 1] ?? -value - 1) + 1) : value);
    }
  }
  out.byte(0x80);
}
