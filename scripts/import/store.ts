/**
 * Writes records under the content root, all or nothing: every file is planned first,
 * hand-edited files are kept unless forced, and each write is atomic (temp file + rename).
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { meetingStatus } from '../../src/model/schema.ts';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { readYaml } from '../../src/model/record-file.ts';
import { meetingStatusRank, type ImportRecord, type MeetingStatus, type RecordOf } from './records.ts';
import { isUntouched, recordPath, toMarkdown } from './writer.ts';

export type WriteAction = 'create' | 'update' | 'unchanged' | 'kept-hand-edited' | 'kept-existing' | 'kept-fuller';

export interface PlannedWrite {
  path: string;
  action: WriteAction;
  text: string;
}

/** Collections whose files the importer only creates and never rewrites: people keep them by hand. */
const CREATE_ONLY = new Set(['councils', 'committees', 'people']);

/** True when the file on disk holds more of the meeting (minutes) than the new record (an agenda, a date). */
function isFuller(current: string, record: RecordOf<'meetings'>): boolean {
  const onDisk = statusOnDisk(current);
  return onDisk !== null && meetingStatusRank(onDisk) > meetingStatusRank(record.data.status);
}

/** The `status` of a meeting file as the site reads it; null when the file does not say or does not parse. */
function statusOnDisk(text: string): MeetingStatus | null {
  const split = splitFrontmatter(text);
  if (split === null) return null;
  try {
    const fields = readYaml(split.yaml);
    const status = typeof fields === 'object' && fields !== null && 'status' in fields ? fields.status : null;
    const parsed = meetingStatus.safeParse(status);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Decides what to do with each record's file, without touching the disk. */
export function planWrites(records: ImportRecord[], root: string, force: boolean): PlannedWrite[] {
  return records.map((record) => {
    const path = join(root, recordPath(record));
    const text = toMarkdown(record);
    if (!existsSync(path)) return { path, action: 'create', text };
    const current = readFileSync(path, 'utf8');
    if (current === text) return { path, action: 'unchanged', text };
    if (force) return { path, action: 'update', text };
    if (CREATE_ONLY.has(record.collection)) return { path, action: 'kept-existing', text };
    if (record.collection === 'meetings' && isFuller(current, record)) return { path, action: 'kept-fuller', text };
    if (!isUntouched(current)) return { path, action: 'kept-hand-edited', text };
    return { path, action: 'update', text };
  });
}

/** Writes one file atomically: readers see the old file or the new one, never half. */
export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/** Carries out a plan: writes only creates and updates. */
export function commitWrites(plan: PlannedWrite[]): void {
  for (const write of plan) {
    if (write.action === 'create' || write.action === 'update') writeAtomic(write.path, write.text);
  }
}
