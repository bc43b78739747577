/**
 * Property tests of the writer (fast-check): whatever text a record holds, the file it is written
 * to reads back as the same values, to the site's reader and to the YAML readers a person editing
 * the file might use, so no value is silently turned into a number, a date, null or other text.
 * Seeded like the fuzz suite, so a run is the same run everywhere: WRITER_SEED picks another.
 */
import fc from 'fast-check';
import matter from 'gray-matter';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../src/model/frontmatter.ts';
import { parseRecord } from '../../src/model/record-file.ts';
import { collections } from '../../src/model/schema.ts';
import type { ImportRecord } from './records.ts';
import { isUntouched, toMarkdown } from './writer.ts';

const SEED = Number(process.env['WRITER_SEED'] ?? 37);

/** Text YAML readers are known to read as something else when it is written plain. */
const TRICKY = [
  ...['18:30', '2017-07-11', '2017-07-11T10:00:00Z', '1e3', '0x1F', '0o17', '+1', '-1', '.5', '1_000', '.inf', '.NaN'],
  ...['yes', 'No', 'on', 'OFF', 'true', 'null', 'Null', '~', ''],
  ...['- a', '? a', ': a', 'a: b', 'a #b', '#a', '@a', '`a', '%a', '!a', '&a', '*a', '|', '>', '[a]', '{a}', ',', "'", '"'],
  ...['---', '...', 'a\n---\nb', ' lead', 'trail ', '\ttab', 'line\nbreak', 'cr\r\nlf', 'a\u2028b', '\uFEFFbom', 'nul\u0000'],
];

/** Any text: every code point (controls and the BMP's edges included), the tricky cases, and mixes of both. */
const text = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.constantFrom(...TRICKY),
  fc
    .array(fc.oneof(fc.constantFrom(...TRICKY), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 4 })
    .map((parts) => parts.join('')),
);
const name = text.filter((value) => value.length > 0);

const person = fc.record({
  name,
  aliases: fc.array(name, { maxLength: 3 }),
  notAliases: fc.array(name, { maxLength: 2 }),
  description: fc.option(text, { nil: null }),
});

const meeting = fc.record({
  council: fc.option(text, { nil: null }),
  committee: fc.option(text, { nil: null }),
  dateNote: fc.option(text, { nil: null }),
  venue: fc.option(text, { nil: null }),
  warnings: fc.array(text, { maxLength: 3 }),
  file: text,
});

/** What an arbitrary gives. */
type Value<A> = A extends fc.Arbitrary<infer T> ? T : never;

const personRecord = (data: Value<typeof person>, body: string): ImportRecord => ({ collection: 'people', id: 'p', data, body });

const meetingRecord = ({ file, ...fields }: Value<typeof meeting>): ImportRecord => ({
  collection: 'meetings',
  id: 'c/m/2015-01-15',
  data: { ...fields, date: '2015-01-15', dateStatus: 'exact', status: 'minutes', provenance: { file, format: 'meeting-text' } },
  body: '',
});

/** What the file should read back as: the schema's output, without the writer's checksum. */
function expected(record: ImportRecord): unknown {
  return collections[record.collection].parse(record.data);
}

/** The frontmatter as each reader reads it, the checksum set aside. */
function readBack(record: ImportRecord, markdown: string) {
  const drop = ({ importChecksum: _, ...rest }: Record<string, unknown>) => rest;
  const schema = collections[record.collection];
  const site = parseRecord(markdown, schema, 'x.md');
  return {
    site: drop(site.data as Record<string, unknown>),
    siteBody: site.body,
    yaml: drop(schema.parse(parse(splitFrontmatter(markdown)?.yaml ?? '')) as Record<string, unknown>),
    grayMatter: drop(schema.parse(matter(markdown).data) as Record<string, unknown>),
  };
}

describe('toMarkdown', () => {
  it("writes any person's text so the site, the yaml package and gray-matter read it back unchanged", () => {
    fc.assert(
      fc.property(person, text, (data, body) => {
        const record = personRecord(data, body);
        const markdown = toMarkdown(record);
        const read = readBack(record, markdown);
        expect(read.site).toEqual(expected(record));
        expect(read.yaml).toEqual(expected(record));
        expect(read.grayMatter).toEqual(expected(record));
        expect(read.siteBody.trim()).toBe(body.trim());
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it("writes any meeting's free text (council, venue, notes, warnings, source path) so every reader reads it back unchanged", () => {
    fc.assert(
      fc.property(meeting, (fields) => {
        const record = meetingRecord(fields);
        const read = readBack(record, toMarkdown(record));
        expect(read.site).toEqual(expected(record));
        expect(read.yaml).toEqual(expected(record));
        expect(read.grayMatter).toEqual(expected(record));
      }),
      { seed: SEED, numRuns: 400 },
    );
  });

  it('gives the same bytes for the same record whatever order its fields come in', () => {
    fc.assert(
      fc.property(person, (data) => {
        const reversed = Object.fromEntries(Object.entries(data).reverse()) as typeof data;
        expect(toMarkdown(personRecord(reversed, ''))).toBe(toMarkdown(personRecord(data, '')));
      }),
      { seed: SEED },
    );
  });

  it('signs the file so any change to its frontmatter shows as an edit by hand', () => {
    fc.assert(
      fc.property(person, fc.nat(), fc.string({ minLength: 1, maxLength: 3 }), (data, at, inserted) => {
        const markdown = toMarkdown(personRecord(data, ''));
        expect(isUntouched(markdown)).toBe(true);
        const yamlEnd = markdown.indexOf('\nimportChecksum:');
        const place = 4 + (at % (yamlEnd - 3));
        expect(isUntouched(markdown.slice(0, place) + inserted + markdown.slice(place))).toBe(false);
      }),
      { seed: SEED },
    );
  });
});
