import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FormatError } from '../model/pagefind-format.ts';
import { MergeWorker } from './merge-in-worker.ts';

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

describe('MergeWorker', () => {
  it('started before its parts are written, reads them when given them; throws FormatError, as the merge does, for a part that is not a Pagefind index', async () => {
    const worker = new MergeWorker();
    const root = mkdtempSync(join(tmpdir(), 'merge-in-worker-'));
    folders.push(root);
    mkdirSync(join(root, 'index'));
    writeFileSync(join(root, 'pagefind-entry.json'), '{"version":"0.0.0","languages":{}}');
    await expect(worker.merge(root, [{ folder: '', sortValues: [] }])).rejects.toBeInstanceOf(FormatError);
  });

  it('rejects with the merge’s own message for any other failure', async () => {
    await expect(new MergeWorker().merge('/nonexistent/pagefind', [{ folder: '', sortValues: [] }])).rejects.toThrow(/nonexistent/);
  });

  it('ends when closed without parts', async () => {
    await expect(new MergeWorker().close()).resolves.toBeUndefined();
  });
});
