/**
 * Writes records under the content root, all or nothing: every file is planned and validated
 * first (schema, names, nothing in the way), hand-edited files are kept unless forced, fuller
 * and create-only files are kept always, and the writes are one transaction (transaction.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { z } from 'astro/zod';
import { meetingStatus } from '../../src/model/schema.ts';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { readYaml } from '../../src/model/record-file.ts';
import { mergeMeeting } from './merge-meeting.ts';
import { holdsMore, ImportError, meetingHolding, type ImportRecord, type MeetingHolding, type RecordOf } from './records.ts';
import { commitAll, type FaultHook } from './transaction.ts';
import { isUntouched, recordPath, toMarkdown } from './writer.ts';

export type WriteAction = 'create' | 'update' | 'unchanged' | 'kept-hand-edited' | 'kept-existing' | 'kept-fuller';

export interface PlannedWrite {
  path: string;
  action: WriteAction;
  text: string;
}

/** Collections whose files the importer only creates and never rewrites: people keep them by hand. */
const CREATE_ONLY = new Set(['councils', 'committees', 'people']);

/**
 * True when the file on disk holds more of the meeting than the new record: minutes over an agenda
 * or a date, or at the same stage more items (a whole meeting over one item of it).
 */
function isFuller(current: string, record: RecordOf<'meetings'>): boolean {
  const onDisk = holdingOnDisk(current);
  return onDisk !== null && holdsMore(onDisk, meetingHolding(record));
}

/** The status and item count of a meeting file as the site reads it; null when it does not say or does not parse. */
function holdingOnDisk(text: string): MeetingHolding | null {
  const split = splitFrontmatter(text);
  if (split === null) return null;
  try {
    const fields = readYaml(split.yaml);
    if (typeof fields !== 'object' || fields === null) return null;
    const parsed = meetingStatus.safeParse('status' in fields ? fields.status : null);
    const items = 'items' in fields && Array.isArray(fields.items) ? fields.items.length : 0;
    return parsed.success ? { status: parsed.data, items } : null;
  } catch {
    return null;
  }
}

/**
 * The meeting file on disk and the new record as one meeting, when one of them is the meeting's attendance page
 * (merge-attendance.ts) or a recorded vote page (merge-votes.ts): so its items and its attendance or vote,
 * imported in two runs, both stay. Null otherwise, or when
 * the file does not parse.
 */
function joinedWithDisk(current: string, record: RecordOf<'meetings'>): ImportRecord | null {
  const split = splitFrontmatter(current);
  if (split === null) return null;
  try {
    const fields = readYaml(split.yaml);
    if (typeof fields !== 'object' || fields === null) return null;
    const { importChecksum: _checksum, ...data } = fields as Record<string, unknown>;
    const onDisk = { collection: 'meetings', id: record.id, data, body: split.body } as RecordOf<'meetings'>;
    return mergeMeeting(onDisk, record);
  } catch {
    return null;
  }
}

/** The content root is a folder, or does not exist yet (it is then created). */
export function checkRoot(root: string): void {
  let isFolder: boolean;
  try {
    const stat = statSync(root, { throwIfNoEntry: false });
    isFolder = stat === undefined || stat.isDirectory();
  } catch {
    isFolder = false;
  }
  if (!isFolder)
    throw new ImportError(
      root,
      null,
      'is not a folder, so records cannot be written under it',
      'Give --out a folder (it is created when missing)',
    );
}

/** A record's path below the content root is safe: plain names, none empty or starting with a dot. */
function checkSafePath(record: ImportRecord, relativePath: string): void {
  const parts = relativePath.split('/');
  if (parts.every((part) => part !== '' && !part.startsWith('.') && !part.includes('\\'))) return;
  const file = 'provenance' in record.data ? record.data.provenance.file : relativePath;
  throw new ImportError(
    file,
    null,
    `internal error: the record ${record.collection}/${record.id} has no safe file name`,
    'Please report this',
  );
}

/** Throws when something on disk stands where the file or one of its folders has to go. */
function checkNoClash(root: string, relativePath: string, folders: Set<string>): void {
  const parts = relativePath.split('/');
  for (let depth = 1; depth <= parts.length; depth += 1) {
    const path = join(root, ...parts.slice(0, depth));
    const isLast = depth === parts.length;
    if (!isLast && folders.has(path)) continue;
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (isLast ? stat.isFile() : stat.isDirectory()) {
      if (!isLast) folders.add(path);
      continue;
    }
    throw new ImportError(
      path,
      null,
      isLast
        ? `is not a plain file, where the import writes the record ${relativePath}`
        : `is a file where the import needs a folder for ${relativePath}`,
      'Move it out of the content folder and run again',
    );
  }
}

/** The record's file text; an ImportError naming its source when the schema rejects it. */
function validMarkdown(record: ImportRecord): string {
  try {
    return toMarkdown(record);
  } catch (error) {
    const issue = error instanceof z.ZodError ? error.issues[0] : undefined;
    const problem = issue ? `${issue.path.join('.') || '(record)'}: ${issue.message}` : String(error);
    const file = 'provenance' in record.data ? record.data.provenance.file : `${record.collection}/${record.id}`;
    throw new ImportError(
      file,
      null,
      `the record ${record.collection}/${record.id} does not fit the schema (${problem})`,
      'Check the source header and flags; if they are right, please report this',
    );
  }
}

/**
 * Decides what to do with each record's file, without touching the disk. `--force` only
 * overrides the hand-edit protection: council, committee and person files are never rewritten
 * once they exist, and a meeting's minutes are never replaced by its agenda or a date in the
 * calendar (a meeting's attendance page joins its items instead: merge-attendance.ts). Throws an
 * ImportError when a file or folder on disk is in the way, so a run that cannot write everything
 * writes nothing.
 */
export function planWrites(records: ImportRecord[], root: string, force: boolean): PlannedWrite[] {
  checkRoot(root);
  const folders = new Set<string>();
  const seen = new Set<string>();
  return records.map((record) => {
    const relativePath = recordPath(record);
    checkSafePath(record, relativePath);
    if (seen.has(relativePath.toLowerCase())) {
      throw new ImportError(relativePath, null, 'internal error: two records of this import have the same file name', 'Please report this');
    }
    seen.add(relativePath.toLowerCase());
    checkNoClash(root, relativePath, folders);
    const path = join(root, relativePath);
    const text = validMarkdown(record);
    if (!existsSync(path)) return { path, action: 'create', text };
    const current = readFileSync(path, 'utf8');
    if (current === text) return { path, action: 'unchanged', text };
    if (CREATE_ONLY.has(record.collection)) return { path, action: 'kept-existing', text };
    const joined = record.collection === 'meetings' && isUntouched(current) ? joinedWithDisk(current, record) : null;
    if (joined) {
      const merged = validMarkdown(joined);
      return { path, action: merged === current ? 'unchanged' : 'update', text: merged };
    }
    if (record.collection === 'meetings' && isFuller(current, record)) return { path, action: 'kept-fuller', text };
    if (!isUntouched(current)) return { path, action: force ? 'update' : 'kept-hand-edited', text };
    return { path, action: 'update', text };
  });
}

/**
 * Carries out a plan, all files or none (see transaction.ts): writes only creates and updates.
 * Call it holding the content folder's lock, after `recover`.
 */
export function commitWrites(plan: PlannedWrite[], root: string, fault?: FaultHook): void {
  const writes = plan
    .filter((write) => write.action === 'create' || write.action === 'update')
    .map((write) => ({ target: relative(root, write.path).split(sep).join('/'), text: write.text }));
  commitAll(root, writes, fault);
}
