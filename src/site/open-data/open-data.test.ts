import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { TABLES, columnDoc, table } from './tables.ts';
import { schemaDocs } from './field-docs.ts';
import { dataPackage, packageLicence } from './datapackage.ts';
import { csvChunks, jsonChunks } from './write.ts';
import { agendaItemRows, type Row, type RowLinks } from './rows.ts';
import type { MeetingSummary } from '../../model/schema.ts';

/** datapackage is CommonJS. */
const { Package } = createRequire(import.meta.url)('datapackage') as {
  Package: { load: (descriptor: object) => Promise<{ valid: boolean; errors: Error[] }> };
};

async function text(chunks: AsyncIterable<string>): Promise<string> {
  let out = '';
  for await (const chunk of chunks) out += chunk;
  return out;
}

async function* slowly(rows: Row[]): AsyncGenerator<Row[]> {
  for (const row of rows) yield [row];
}

describe('open data tables', () => {
  it('describe every column; a column from the schema with its field comment', () => {
    const docs = schemaDocs();
    for (const t of TABLES) for (const column of t.columns) expect(columnDoc(column, docs), `${t.name}.${column.name}`).not.toBe('');
    const venue = table('meetings').columns.find((c) => c.name === 'venue');
    expect(venue && columnDoc(venue, docs)).toBe('Venue, without "View directions".');
  });

  it('refuse a column whose schema field has no comment (the page cannot drift from the model)', () => {
    expect(() => columnDoc({ name: 'x', type: 'string', field: ['meetingSchema', 'noSuchField'] }, schemaDocs())).toThrow(/no doc comment/);
  });

  it('write CSV with a header row that a CSV parser reads back, whatever the text holds', async () => {
    const rows: Row[] = [
      {
        meeting_id: 'a/b/2017-07-11',
        position: 1,
        number: '44',
        anchor: 'item-44',
        title: 'Minutes, “quoted” "and" comma',
        held_in_private: true,
        exempt_paragraphs: '1; 3',
        reasons: 'To keep the kiosk open, “as agreed”; and to save £4,000',
        alternatives: 'To close it',
        url: 'u#item-44',
      },
      {
        meeting_id: 'a/b/2017-07-11',
        position: 2,
        number: null,
        anchor: 'item-x',
        title: 'Two\nlines – Ünïcode',
        held_in_private: null,
        exempt_paragraphs: null,
        reasons: null,
        alternatives: null,
        url: 'u#item-x',
      },
    ];
    const csv = await text(csvChunks(table('agenda_items'), slowly(rows)));
    const parsed = parse(csv, { columns: true }) as Record<string, string>[];
    expect(parsed).toEqual(rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === null ? '' : String(v)]))));
  });

  it('write each JSON row as JSON.stringify writes the row object, its columns in order', async () => {
    const rows: Row[] = [
      { meeting_id: 'm', position: 2.5, number: '“4”\t"x"\\', anchor: 'a\u2028b', title: 'Ünïcode – \ud83d\ude00', url: 'u' },
      { url: 'v', title: 't', meeting_id: 'n', anchor: 'b' },
    ];
    const names = table('agenda_items').columns.map((column) => column.name);
    const expected = `[${rows.map((row, index) => `${index === 0 ? '\n' : ',\n'}${JSON.stringify(Object.fromEntries(names.map((name) => [name, row[name] ?? null])))}`).join('')}\n]\n`;
    expect(await text(jsonChunks(table('agenda_items'), slowly(rows)))).toBe(expected);
  });

  it('write JSON arrays with the same columns, empty or not', async () => {
    const row: Row = { id: 'c', name: 'Council', website: null, licence: null, url: 'u' };
    expect(JSON.parse(await text(jsonChunks(table('councils'), slowly([row, row]))))).toEqual([row, row]);
    expect(JSON.parse(await text(jsonChunks(table('councils'), slowly([]))))).toEqual([]);
  });
});

describe('agenda item rows', () => {
  it("give each item's reasons and options rejected from the whole record, as lists", () => {
    const links = { meeting: (id: string) => `/meetings/${id}/` } as RowLinks;
    const summary = { items: [{ anchor: 'item-4' }, { anchor: 'item-5' }] } as MeetingSummary;
    const full = {
      items: [
        { number: '4', anchor: 'item-4', resolutions: [], reasons: ['To save money.', 'To meet the target.'], alternatives: ['None.'] },
        { number: '5', anchor: 'item-5', resolutions: [] },
      ],
    };
    const rows = agendaItemRows({ id: 'a/b/2027-01-01', data: summary }, full, links);
    expect(rows.map((row) => [row['anchor'], row['reasons'], row['alternatives']])).toEqual([
      ['item-4', ['To save money.', 'To meet the target.'], ['None.']],
      ['item-5', null, null],
    ]);
  });

  it('keep a list a list in the JSON file, so a value holding "; " stays one value there; the CSV joins the values', async () => {
    const reasons = ['To act now; the grant ends in May.', 'To meet the target.'];
    const row: Row = { meeting_id: 'a/b/2027-01-01', anchor: 'item-4', reasons };
    const json = JSON.parse(await text(jsonChunks(table('agenda_items'), slowly([row])))) as Record<string, unknown>[];
    expect(json[0]?.['reasons']).toEqual(reasons);
    const csv = parse(await text(csvChunks(table('agenda_items'), slowly([row]))), { columns: true }) as Record<string, string>[];
    expect(csv[0]?.['reasons']).toBe('To act now; the grant ends in May.; To meet the target.');
  });
});

describe('the data package', () => {
  it('is a valid Tabular Data Package descriptor (Frictionless validator)', async () => {
    const descriptor = dataPackage(TABLES, schemaDocs(), [{ council: 'A Council', licence: null }], 'https://x.org/data/');
    const pkg = await Package.load(descriptor);
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
  });

  it('names the Open Government Licence only when every council states it', () => {
    expect(packageLicence([{ council: 'A', licence: 'Open Government Licence v3.0' }])?.name).toBe('OGL-UK-3.0');
    expect(
      packageLicence([
        { council: 'A', licence: 'Open Government Licence v3.0' },
        { council: 'B', licence: null },
      ]),
    ).toBeNull();
  });
});
