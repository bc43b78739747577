/**
 * Test helper: imports a text or a PDF written to a file of its own, as the importer would read it from disk, and
 * gives its meeting record (a test fails when there is none).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile } from '../import-sources.ts';
import type { ImportRecord } from '../records.ts';

/** The meeting record a file of this name and content gives. */
export async function importedMeeting(
  file: string,
  content: string | Uint8Array,
): Promise<Extract<ImportRecord, { collection: 'meetings' }>> {
  const path = join(mkdtempSync(join(tmpdir(), 'imported-')), file);
  writeFileSync(path, content);
  const meeting = (await importFile(path, file, {})).find((record) => record.collection === 'meetings');
  if (meeting?.collection !== 'meetings') throw new Error(`${file} gives no meeting record`);
  return meeting;
}
