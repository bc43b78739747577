/**
 * Random content files for the fuzz tests of `npm run check`: mutated copies of the bundled
 * records (dates, times, file names, text with HTML and pathological Markdown, cut-short YAML),
 * the same for the same seed on any machine.
 */
import { dirname } from 'node:path';
import { parseDocument, stringify } from 'yaml';
import type { CollectionName } from '../../src/model/schema.ts';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { createRng, type Rng } from '../../scripts/bench/prng.ts';

/** The benchmark's seeded generator (mulberry32): the same seed gives the same cases on any machine. */
export const random = createRng;
export type Random = Rng;

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

/** A mutated copy of a record file: its new name (below the collection folder) and text; null when the text has no frontmatter. */
export function mutateRecord(r: Random, collection: CollectionName, name: string, text: string): { name: string; text: string } | null {
  const split = splitFrontmatter(text);
  if (split === null) return null;
  const fields = parseDocument(split.yaml).toJS() as Fields;
  mutateFields(r, collection, fields);
  let yaml = stringify(fields);
  if (r.chance(0.05)) yaml = yaml.slice(0, r.int(0, yaml.length)); // a cut-short file
  const body = r.chance(0.4) ? randomText(r) : split.body;
  return { name: randomName(r, collection, name), text: `---\n${yaml}---\n${body}` };
}
