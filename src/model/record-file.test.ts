import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { splitFrontmatter } from './frontmatter.ts';
import { parseRecord, readRecord, readRecordSync } from './record-file.ts';
import { collections, type CollectionName } from './schema.ts';

const loose = z.record(z.string(), z.unknown());

describe('parseRecord', () => {
  it('reads YAML 1.2 core: dates, times and "yes" stay strings, numbers and null are typed', () => {
    const { data, body } = parseRecord('---\ndate: 2015-01-15\ntime: 10:00\nword: yes\nn: 4\nnone: null\n---\nText\n', loose, 'x.md');
    expect(data).toEqual({ date: '2015-01-15', time: '10:00', word: 'yes', n: 4, none: null });
    expect(body).toBe('Text\n');
  });

  it('names the file and line of a YAML error, and the file and field of a schema error', () => {
    expect(() => parseRecord('---\na: 1\nb: [unclosed\n---\n', loose, 'bad.md')).toThrow(/^bad\.md:\d+: .*run npm run check/);
    const schema = z.object({ title: z.string() });
    expect(() => parseRecord('---\ntitle: 3\n---\n', schema, 'bad.md')).toThrow(/^bad\.md: title: /);
    expect(() => parseRecord('---\n- a list\n---\n', schema, 'list.md')).toThrow(/list\.md: the frontmatter is not a set of fields/);
  });

  it('reads a file the same synchronously as with a promise, and names it on an error', async () => {
    const file = new URL('../../content/councils/', import.meta.url).pathname;
    const first = join(file, readdirSync(file).find((name) => name.endsWith('.md')) ?? '');
    expect(readRecordSync(first, collections.councils)).toEqual(await readRecord(first, collections.councils));
    expect(() => readRecordSync(join(file, 'missing.md'), collections.councils)).toThrow(/missing\.md/);
  });

  it('reads every bundled record exactly as the `yaml` package does', () => {
    const root = new URL('../../content/', import.meta.url).pathname;
    let compared = 0;
    for (const name of Object.keys(collections) as CollectionName[]) {
      const folder = join(root, name);
      for (const file of readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.md'))) {
        const text = readFileSync(join(folder, file), 'utf8');
        const expected = collections[name].parse(parse(splitFrontmatter(text)?.yaml ?? ''));
        expect(parseRecord(text, collections[name], file).data).toEqual(expected);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(50);
  });
});
