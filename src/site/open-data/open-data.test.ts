import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { TABLES, columnDoc, table } from './tables.ts';
import { schemaDocs } from './field-docs.ts';
import { dataPackage, packageLicence } from './datapackage.ts';
import { csvChunks, jsonChunks } from './write.ts';
import { agendaItemRows, meetingRow, movementRows, type Row, type RowLinks } from './rows.ts';
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

describe('meeting rows', () => {
  const links = { meeting: (id: string) => `/meetings/${id}/` } as unknown as RowLinks;
  const data = {
    council: 'a',
    committee: 'a/b',
    date: '2027-03-09',
    dateStatus: 'exact',
    dateNote: null,
    startTime: null,
    endTime: null,
    venue: null,
    status: 'minutes',
    contact: null,
    items: [],
    provenance: { file: 'x.txt', format: 'meeting-text', url: null },
  };
  it('give the kind of meeting the record states in the last column, empty when it states none', () => {
    const stated = meetingRow(
      { id: 'a/b/2027-03-09', data: { ...data, meetingKind: 'extraordinary' } as unknown as MeetingSummary },
      links,
    );
    expect(stated['kind']).toBe('extraordinary');
    expect(meetingRow({ id: 'a/b/2027-03-09', data: data as unknown as MeetingSummary }, links)['kind']).toBeNull();
    expect(table('meetings').columns.map((c) => c.name)).toContain('kind');
    expect(Object.keys(stated)).toEqual(table('meetings').columns.map((c) => c.name));
  });
  it('end with the day a notice was published and the day its call-in ends, after the kind, empty when it states none', () => {
    const stated = meetingRow(
      { id: 'a/b/2027-03-09', data: { ...data, publicationDate: '2027-03-10', callInExpiry: '2027-03-17' } as unknown as MeetingSummary },
      links,
    );
    expect(stated).toMatchObject({ publication_date: '2027-03-10', call_in_expiry: '2027-03-17' });
    const unstated = meetingRow({ id: 'a/b/2027-03-09', data: data as unknown as MeetingSummary }, links);
    expect([unstated['publication_date'], unstated['call_in_expiry']]).toEqual([null, null]);
    expect(
      table('meetings')
        .columns.slice(-4, -1)
        .map((c) => c.name),
    ).toEqual(['kind', 'publication_date', 'call_in_expiry']);
    expect(Object.keys(stated)).toEqual(table('meetings').columns.map((c) => c.name));
  });
  it("end with the record's note of its next meeting as printed, after the call-in's end, empty when it sets none apart", () => {
    const note = 'Wednesday 8 April 2027 at 6.30pm, Committee Room 2';
    const stated = meetingRow({ id: 'a/b/2027-03-09', data: { ...data, nextMeeting: note } as unknown as MeetingSummary }, links);
    expect(stated['next_meeting']).toBe(note);
    expect(meetingRow({ id: 'a/b/2027-03-09', data: data as unknown as MeetingSummary }, links)['next_meeting']).toBeNull();
    const column = table('meetings').columns.at(-1);
    expect(column?.name).toBe('next_meeting');
    // Described by the schema field's own comment, as the other columns from a field are.
    expect(column === undefined ? '' : columnDoc(column, schemaDocs())).toMatch(/^The record's closing note of its next meeting/);
    expect(Object.keys(stated)).toEqual(table('meetings').columns.map((c) => c.name));
  });
});

describe('arrival and departure rows', () => {
  const attendance = {
    present: ['Tilda Ward', 'Moss'],
    apologies: [],
    absent: [],
    substitutes: [],
    alsoPresent: [],
    officers: [],
    presenters: [],
  };
  const items = [
    { number: '4.', anchor: 'item-4', title: 'Budget', committeesNamed: [] },
    { number: '6', anchor: 'item-6', title: 'Parks', committeesNamed: [] },
    { number: '6', anchor: 'item-6-2', title: 'Parks again', committeesNamed: [] },
  ];
  const slugs: Record<string, string> = { 'Tilda Ward': 'tilda-ward', Moss: 'moss' };

  it('give one row per movement, in order, each member matched through the attendance, each item by its number', () => {
    const movements = [
      { person: 'Ward', movement: 'arrived' as const, time: '19:12', item: '4', text: 'Councillor Ward arrived at 7.12pm, during item 4.' },
      { person: 'Moss', movement: 'left' as const, time: null, item: '6', text: 'Cllr Moss left the room for this item.' },
      { person: 'Mr D Quayle', movement: 'left' as const, time: null, item: null, text: 'Mr D Quayle left the meeting.' },
    ];
    const data = { date: '2027-03-09', attendance: { ...attendance, movements }, items } as unknown as MeetingSummary;
    const rows = movementRows({ id: 'a/b/2027-03-09', data }, (name) => slugs[name] ?? null);
    expect(
      rows.map((row) => [
        row['position'],
        row['name'],
        row['person_id'],
        row['movement'],
        row['time'],
        row['item_number'],
        row['item_anchor'],
      ]),
    ).toEqual([
      [1, 'Ward', 'tilda-ward', 'arrived', '19:12', '4', 'item-4'],
      [2, 'Moss', 'moss', 'left', null, '6', null],
      [3, 'Mr D Quayle', null, 'left', null, null, null],
    ]);
    expect(rows[0]?.['text']).toBe('Councillor Ward arrived at 7.12pm, during item 4.');
    // Every row has the table's columns, and no others.
    for (const row of rows)
      expect(Object.keys(row).sort()).toEqual(
        table('attendance_movements')
          .columns.map((c) => c.name)
          .sort(),
      );
  });

  it('give no rows for a meeting whose record states no movement', () => {
    const data = { date: '2027-03-09', attendance, items } as unknown as MeetingSummary;
    expect(movementRows({ id: 'a/b/2027-03-09', data }, () => null)).toEqual([]);
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
