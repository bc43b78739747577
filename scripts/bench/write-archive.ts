/**
 * Writes the generated archive under a content root with the importer's own writer,
 * one record at a time, so the files are byte for byte what `npm run import` would write.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ImportRecord } from '../import/records.ts';
import { recordPath, toMarkdown } from '../import/writer.ts';

export interface ArchiveCounts {
  files: number;
  bytes: number;
  byCollection: Record<string, number>;
}

export function writeArchive(records: Iterable<ImportRecord>, root: string): ArchiveCounts {
  const counts: ArchiveCounts = { files: 0, bytes: 0, byCollection: {} };
  const made = new Set<string>();
  for (const record of records) {
    const path = join(root, recordPath(record));
    const folder = dirname(path);
    if (!made.has(folder)) {
      mkdirSync(folder, { recursive: true });
      made.add(folder);
    }
    const text = toMarkdown(record);
    writeFileSync(path, text);
    counts.files += 1;
    counts.bytes += Buffer.byteLength(text);
    counts.byCollection[record.collection] = (counts.byCollection[record.collection] ?? 0) + 1;
  }
  return counts;
}
