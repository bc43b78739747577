/**
 * Issue 12: content that passes `npm run check` always builds. Random content files (mutated
 * copies of the bundled records: dates, times, file names, text with HTML and pathological
 * Markdown, broken YAML) go through the checker; each one it accepts is then read and rendered
 * as the site does (the loader's parse, every Markdown text, every date and time formatted, the
 * id as an address). Seeded (FUZZ_SEED) and time-boxed; a failure names the seed and the case.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../scripts/check/content-check.ts';
import { collections, type CollectionName } from '../../src/model/schema.ts';
import { mutateRecord, random } from './content-mutations.ts';
import { parseRecord, recordFilesSync } from '../../src/model/record-file.ts';
import { formatDate, formatLongDate, formatTime } from '../../src/model/format.ts';
import { renderMarkdown } from '../../src/markdown/render.ts';
import { EMPTY_LINK_CONTEXT } from '../../src/markdown/link-context.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261129);
const BUDGET_MS = 30_000;
const MAX_CASES = 400;

type Fields = Record<string, unknown>;

/** Renders an accepted record as its page would: every Markdown text, every date and time. */
function render(collection: CollectionName, id: string, file: string): void {
  const { data, body } = parseRecord(readFileSync(file, 'utf8'), collections[collection], file);
  for (const segment of id.split('/')) expect(encodeURIComponent(segment), `id ${id}`).toBe(segment);
  const html: string[] = [renderMarkdown(body, EMPTY_LINK_CONTEXT)];
  const record = data as Fields;
  const dates = [record['date'], ...(Array.isArray(record['meetingDates']) ? record['meetingDates'] : [])];
  if (collection === 'meetings') {
    const meeting = collections.meetings.parse(record);
    for (const item of meeting.items) {
      html.push(renderMarkdown(item.agendaText ?? '', EMPTY_LINK_CONTEXT), renderMarkdown(item.minutes ?? '', EMPTY_LINK_CONTEXT));
      for (const resolution of item.resolutions) html.push(renderMarkdown(resolution, EMPTY_LINK_CONTEXT));
    }
    for (const time of [meeting.startTime, meeting.endTime]) if (time !== null) formatTime(time);
    dates.push(...meeting.references.map((reference) => reference.date));
  }
  if (collection === 'recommendations') dates.push(...collections.recommendations.parse(record).updates.map((update) => update.date));
  for (const date of dates) if (typeof date === 'string') expect(formatLongDate(date) + formatDate(date)).not.toMatch(/Invalid/);
  // Text may say anything (escaped); no element may run script.
  for (const page of html) expect(page).not.toMatch(/<(?:script|iframe|object|embed)\b|<[a-z][^>]*\s(?:on\w+=|href="\s*javascript:)/i);
}

const bundled = (['meetings', 'reports', 'recommendations', 'people'] as CollectionName[]).flatMap((collection) =>
  recordFilesSync(join('content', collection)).map((name) => ({ collection, name })),
);
const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

describe(`fuzz: what check accepts renders (seed ${SEED})`, () => {
  it('every accepted mutation of a bundled record reads and renders', () => {
    const r = random(SEED);
    const started = Date.now();
    const root = mkdtempSync(join(tmpdir(), 'fuzz-check-'));
    roots.push(root);
    for (const folder of Object.keys(collections)) cpSync(join('content', folder), join(root, folder), { recursive: true });
    let cases = 0;
    let accepted = 0;
    for (; cases < MAX_CASES && Date.now() - started < BUDGET_MS; cases += 1) {
      const { collection, name } = r.pick(bundled);
      const original = join(root, collection, name);
      const text = readFileSync(original, 'utf8');
      const mutated = mutateRecord(r, collection, name, text);
      if (mutated === null) continue;
      const newName = mutated.name;
      const file = join(root, collection, newName);
      // The mutated record takes the original's place for this case.
      rmSync(original);
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, mutated.text);
      } catch {
        writeFileSync(original, text);
        continue; // a name the file system refuses is no record
      }
      try {
        if (checkContent(root).length > 0) continue;
        accepted += 1;
        render(collection, newName.replace(/\.md$/i, ''), file);
      } catch (error) {
        throw new Error(`seed ${SEED}, case ${cases}: ${collection}/${newName} passed check but does not render: ${String(error)}`, {
          cause: error,
        });
      } finally {
        rmSync(file, { force: true });
        writeFileSync(original, text);
      }
    }
    // The mutations are not so wild that check refuses everything.
    expect(accepted, `${accepted} of ${cases} cases accepted`).toBeGreaterThan(cases / 10);
  }, 60_000);
});
