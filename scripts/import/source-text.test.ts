import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { importFile, parseSource } from './import-sources.ts';
import { textToPdf } from './formats/test-pdf.ts';
import { englishColumn, WELSH_COLUMN_WARNING } from './formats/text-columns.ts';

// The text path's two-column test, counted: the real one runs, each call is seen.
vi.mock('./formats/text-columns.ts', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./formats/text-columns.ts')>();
  return { ...actual, englishColumn: vi.fn(actual.englishColumn) };
});

/** A made-up county's bilingual minutes in our own words, Welsh left and English right, as test-pdf.ts draws cells. */
const PAIRS: [string, string][] = [
  ['COFNODION cyfarfod Pwyllgor Craffu', 'MINUTES of a meeting of the Scrutiny'],
  ['Cyngor Sir Bryndeg a gynhaliwyd ar', 'Committee of Bryndeg County Council'],
  ['ddydd Mawrth, 3 Chwefror 2026', 'held on Tuesday, 3 February 2026'],
  ['', ''],
  ['YN BRESENNOL:', 'PRESENT:'],
  ['Y Cynghorydd Elin Rhys (Cadeirydd)', 'Councillor Elin Rhys (Chair)'],
  ['Y Cynghorwyr Dafydd Ifan a Lowri Mai', 'Councillors Dafydd Ifan and Lowri Mai'],
  ['', ''],
  ['1. YMDDIHEURIADAU', '1. APOLOGIES'],
  ['Derbyniwyd ymddiheuriadau gan y', 'Apologies were received from'],
  ['Cynghorydd Tomos Llwyd.', 'Councillor Tomos Llwyd.'],
  ['', ''],
  ['2. LLWYBRAU CYHOEDDUS', '2. PUBLIC FOOTPATHS'],
  ['Cyflwynodd y swyddog adroddiad ar y', 'The officer presented a report on the'],
  ['llwybrau sydd angen eu trwsio.', 'footpaths in need of repair.'],
  ['PENDERFYNWYD nodi’r adroddiad.', 'RESOLVED that the report be noted.'],
];
const pdfRows = PAIRS.map(([welsh, english]) => (welsh === '' ? '' : `${welsh}\t${english}`)).join('\n');

describe('the two-column (Welsh) test, once a record', () => {
  beforeEach(() => {
    vi.mocked(englishColumn).mockClear();
  });

  it("is not run again on a PDF's text: the PDF reader has read its columns by position", async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'import-sources-')), 'cofnodion.pdf');
    writeFileSync(path, await textToPdf(pdfRows, { size: 9 }));
    const meeting = (await importFile(path, 'cofnodion.pdf', {})).find((record) => record.collection === 'meetings');
    if (meeting?.collection !== 'meetings') throw new Error('no meeting record');
    expect(englishColumn).not.toHaveBeenCalled();
    expect(meeting.data.items?.map((item) => item.title)).toEqual(['APOLOGIES', 'PUBLIC FOOTPATHS']);
    expect(meeting.data.warnings?.filter((warning) => warning === WELSH_COLUMN_WARNING)).toHaveLength(1);
  });

  it('is run once on a text, which reads its English column', () => {
    const layout = pdfRows.replace(/^([^\t\n]*)\t/gm, (_all, welsh: string) => welsh.padEnd(44));
    const meeting = parseSource(layout, 'cofnodion.txt', {}).find((record) => record.collection === 'meetings');
    if (meeting?.collection !== 'meetings') throw new Error('no meeting record');
    expect(englishColumn).toHaveBeenCalledTimes(1);
    expect(meeting.data.items?.map((item) => item.title)).toEqual(['APOLOGIES', 'PUBLIC FOOTPATHS']);
    expect(meeting.data.warnings).toContain(WELSH_COLUMN_WARNING);
  });
});

describe('a Gaelic subtitle under each heading', () => {
  it('is set aside with a warning: never an apology, never the opening of an item', () => {
    const text = [
      'Minute of the meeting of the Glenbeag Licensing Board held on Tuesday 3 February 2026 at 10.00am.',
      '',
      'Present: Mr A Lindsay (Convener), Mrs B Rattray, Mr D Orr',
      '',
      '1. Apologies',
      'Leisgeulan',
      '',
      'Apologies were intimated on behalf of Ms C Oag.',
      '',
      '2. Interests',
      'Com-pàirt',
      '',
      'There were no declarations of interest.',
      '',
      '3. Previous Minute',
      "Gearr-chunntas a' Bhùird",
      '',
      'The minute of 2 December 2025 was APPROVED.',
    ].join('\n');
    const meeting = parseSource(text, 'minute.txt', { council: 'Glenbeag Council' }).find((record) => record.collection === 'meetings');
    if (meeting?.collection !== 'meetings') throw new Error('no meeting record');
    expect(meeting.data.attendance?.apologies).toEqual(['Ms C Oag']);
    expect(meeting.data.items?.map((item) => item.minutes?.split('\n')[0])).toEqual([
      'Apologies were intimated on behalf of Ms C Oag.',
      'There were no declarations of interest.',
      'The minute of 2 December 2025 was APPROVED.',
    ]);
    expect(meeting.data.warnings?.some((warning) => warning.includes('"Leisgeulan"'))).toBe(true);
  });
});
