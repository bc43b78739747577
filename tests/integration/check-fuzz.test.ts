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
import { parseDocument, stringify } from 'yaml';
import { checkContent } from '../../scripts/check/content-check.ts';
import { collections, type CollectionName } from '../../src/model/schema.ts';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { parseRecord, recordFilesSync } from '../../src/model/record-file.ts';
import { formatDate, formatLongDate, formatTime } from '../../src/model/format.ts';
import { renderMarkdown } from '../../src/markdown/render.ts';
import { EMPTY_LINK_CONTEXT } from '../../src/markdown/link-context.ts';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261129);
const BUDGET_MS = 30_000;
const MAX_CASES = 400;

/** mulberry32: the same seed gives the same cases on any machine. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(list: readonly T[]): T => list[int(0, list.length - 1)] as T;
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Random = ReturnType<typeof random>;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function randomDate(r: Random): unknown {
  return r.pick([
    () => `${r.int(1990, 2030)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}`,
    () => `${r.int(0, 9999)}-${pad(r.int(0, 19))}-${pad(r.int(0, 39))}`,
    () =>
      r.pick([
        '2015-02-29',
        '2016-02-29',
        '2017-02-30',
        '2017-13-45',
        '2017-04-31',
        '1900-02-29',
        '0000-01-01',
        '2017-7-1',
        '11 July 2017',
        '',
      ]),
    () => r.int(0, 99999999),
    () => null,
  ])();
}

function randomTime(r: Random): unknown {
  return r.pick([
    () => `${pad(r.int(0, 23))}:${pad(r.int(0, 59))}`,
    () => `${pad(r.int(0, 99))}:${pad(r.int(0, 99))}`,
    () => r.pick(['24:00', '7pm', '10.30', '9:00', '', 'noon']),
    () => r.int(0, 2400),
    () => null,
  ])();
}

/** Text a council might not have meant: HTML, script, and runs that used to make the parser quadratic or overflow. */
function randomText(r: Random): string {
  const runs = ['*a', '*a_', '**a', '~~a', '[a]', '> ', '- ', '<x', '<x "', '<!', '&a', '`a', '\\', '_', ' ', '\n', '| a ', '1. ', '#'];
  const pieces = [
    'The committee noted the report.',
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<div><iframe src="https://evil.example"></iframe></div>',
    '[link](javascript:alert(1))',
    '<a href="javascript:alert(1)">x</a>',
    'meeting held on 1 February 2017',
    '| a | b |\n|---|---|\n| 1 | 2 |',
    '\u0000\u2028\ufeff',
    'Överview – “quoted” £5 👩‍⚖️',
  ];
  let text = '';
  for (let i = r.int(1, 4); i > 0; i -= 1) {
    text += r.chance(0.5) ? r.pick(pieces) : r.pick(runs).repeat(r.int(1, 5000));
    text += r.pick(['', ' ', '\n', '\n\n']);
  }
  return text;
}

function randomName(r: Random, collection: CollectionName, name: string): string {
  const folder = dirname(name) === '.' ? '' : `${dirname(name)}/`;
  return r.pick([
    () => name,
    () =>
      `${folder}${r.pick(['Copy of 2017-07-11', '...', '%2e%2e', 'a#b?c', 'Ray Gooding', 'café', 'a--b', '-a', 'A', 'undated-1a2b3c4d', '2017-02-30', '2016-02-29', 'x'.repeat(r.int(1, 300))])}.md`,
    () => `${folder}${r.int(1990, 2030)}-${pad(r.int(1, 12))}-${pad(r.int(1, 28))}.md`,
    () => (collection === 'meetings' ? name.replace(/^[^/]+\//, '') : `x/${name}`),
    () => name.replace(/\.md$/, '.MD'),
  ])();
}

type Fields = Record<string, unknown>;

/** Changes some fields of a record the way a hand edit or a faulty tool might. */
function mutateFields(r: Random, collection: CollectionName, fields: Fields): void {
  if ('date' in fields && r.chance(0.5)) fields['date'] = randomDate(r);
  if (collection === 'meetings') {
    if (r.chance(0.4)) fields['startTime'] = randomTime(r);
    if (r.chance(0.4)) fields['endTime'] = randomTime(r);
    const items = Array.isArray(fields['items']) ? (fields['items'] as Fields[]) : [];
    for (const item of items) {
      if (r.chance(0.3)) item['minutes'] = randomText(r);
      if (r.chance(0.2)) item['agendaText'] = randomText(r);
      if (r.chance(0.1)) item['title'] = r.chance(0.5) ? 'W'.repeat(2000) : randomText(r);
      if (r.chance(0.1)) item['resolutions'] = [randomText(r)];
    }
    if (r.chance(0.2) && Array.isArray(fields['references'])) fields['references'] = [{ date: randomDate(r), text: 'the meeting' }];
  }
  if (collection === 'recommendations' && r.chance(0.3)) fields['meetingDates'] = [randomDate(r)];
  if (collection === 'recommendations' && r.chance(0.3)) fields['updates'] = [{ date: randomDate(r), text: randomText(r) }];
  if (r.chance(0.05)) fields[r.pick(Object.keys(fields))] = r.pick([null, 42, [], {}, 'text', true]);
}

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
      const split = splitFrontmatter(text);
      if (split === null) continue;
      const fields = parseDocument(split.yaml).toJS() as Fields;
      mutateFields(r, collection, fields);
      let yaml = stringify(fields);
      if (r.chance(0.05)) yaml = yaml.slice(0, r.int(0, yaml.length)); // a cut-short file
      const body = r.chance(0.4) ? randomText(r) : split.body;
      const newName = randomName(r, collection, name);
      const file = join(root, collection, newName);
      // The mutated record takes the original's place for this case.
      rmSync(original);
      try {
        mkdirSync(dirname(file), { recursive: true });
        writeFileSync(file, `---\n${yaml}---\n${body}`);
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
