import { describe, expect, it } from 'vitest';
import { pdfToText } from './pdf-text.ts';
import { importedMeeting } from './test-import.ts';
import { textToPdf } from './test-pdf.ts';
import { englishColumn, WELSH_COLUMN_WARNING } from './text-columns.ts';

/**
 * Two-column PDFs drawn with test-pdf.ts (a line's two cells, tab-separated, drawn as two columns lined up), in our own
 * words: a made-up county's bilingual scrutiny minutes, Welsh left and English right, a heading across both columns
 * and two pages; and an English newsletter in two columns.
 */
const HEADING = 'CYNGOR SIR GLANNAU TEIFI - PWYLLGOR CRAFFU CYMUNEDAU / GLANNAU TEIFI COUNTY COUNCIL - COMMUNITIES SCRUTINY COMMITTEE';

const PAGE_ONE: [string, string][] = [
  ["COFNODION cyfarfod o'r Pwyllgor Craffu", 'MINUTES of a meeting of the Communities'],
  ['Cymunedau a gynhaliwyd yn Neuadd y Sir,', 'Scrutiny Committee held at County Hall,'],
  ['Aberwen, ddydd Iau, 12 Mawrth 2026 am', 'Aberwen, on Thursday, 12 March 2026 at'],
  ['10.00 y.b.', '10.00 a.m.'],
  ['', ''],
  ['YN BRESENNOL:', 'PRESENT:'],
  ['Y Cynghorydd Meinir Tudur (Cadeirydd)', 'Councillor Meinir Tudur (Chair)'],
  ['Y Cynghorwyr Bryn Aled, Gethin', 'Councillors Bryn Aled, Gethin Morys,'],
  ['Morys, Nia Penri a Siôn Wyn', 'Nia Penri and Siôn Wyn'],
  ['', ''],
  ['1. YMDDIHEURIADAU', '1. APOLOGIES'],
  ['Derbyniwyd ymddiheuriadau am', 'Apologies for absence were received'],
  ['absenoldeb gan y Cynghorydd Alun Hedd.', 'from Councillor Alun Hedd.'],
  ['', ''],
  ['2. COFNODION', '2. MINUTES'],
  ['PENDERFYNWYD cymeradwyo cofnodion y', 'RESOLVED that the minutes of the meeting'],
  ['cyfarfod a gynhaliwyd ar 5 Chwefror', 'held on 5 February 2026 be approved as'],
  ['2026 fel cofnod cywir.', 'a correct record.'],
];

const PAGE_TWO: [string, string][] = [
  ['3. TAI GWAG YN Y SIR', '3. EMPTY HOMES IN THE COUNTY'],
  ['Cyflwynodd Pennaeth Tai adroddiad ar', 'The Head of Housing presented a report'],
  ['y cynllun i ddod â thai gwag yn ôl i', 'on the scheme to bring empty homes'],
  ['ddefnydd. Gofynnodd y Cynghorydd Morys', 'back into use. Councillor Morys asked'],
  ['faint o fenthyciadau oedd wedi eu rhoi', 'how many loans had been made.'],
  ['a dywedwyd wrtho fod 14 wedi eu rhoi.', ''],
  ['', ''],
  ['PENDERFYNWYD:', 'RESOLVED:'],
  ["(a) nodi'r adroddiad;", '(a) that the report be noted;'],
  ["(b) gofyn i'r swyddog adrodd yn ôl i'r", '(b) that the officer report back to the'],
  ['Pwyllgor ym mis Medi.', 'Committee in September.'],
  ['', ''],
  ['Daeth y cyfarfod i ben am 11.20 y.b.', 'The meeting closed at 11.20 a.m.'],
];

/** Rows as test-pdf draws two columns (tab-separated cells; a blank row a blank line, a cell left empty left blank). */
const rows = (pairs: [string, string][], flip = false): string =>
  pairs.map(([welsh, english]) => (welsh + english === '' ? '' : flip ? `${english}\t${welsh}` : `${welsh}\t${english}`)).join('\n');

const minutes = (flip = false): string => `${HEADING}\n\n${rows(PAGE_ONE, flip)}\n\f${rows(PAGE_TWO, flip)}`;

/** The English column as the reader should see it: each page's English lines, the paragraphs kept. */
const ENGLISH = [
  HEADING,
  '',
  ...PAGE_ONE.map(([, english]) => english),
  '\f' + PAGE_TWO[0]![1],
  ...PAGE_TWO.slice(1).flatMap(([welsh, english]) => (english === '' && welsh !== '' ? [] : [english])),
  '',
].join('\n');

describe('englishColumnOfPdf (through pdfToText)', () => {
  it('reads a bilingual PDF printed Welsh beside English in its English column, the heading across both kept', async () => {
    const read = await pdfToText(await textToPdf(minutes(), { size: 9 }), 'cofnodion.pdf');
    expect(read.text).toBe(ENGLISH);
    expect(read.warnings).toEqual([WELSH_COLUMN_WARNING]);
    expect(read.pageStarts).toEqual([1, ENGLISH.split('\n').findIndex((line) => line.startsWith('\f')) + 1]);
  });

  it('reads the English column when it is the left one', async () => {
    const read = await pdfToText(await textToPdf(minutes(true), { size: 9 }), 'minutes.pdf');
    expect(read.text).toBe(ENGLISH);
    expect(read.warnings).toEqual([WELSH_COLUMN_WARNING]);
  });

  it('reads as the text path reads the same record printed by pdftotext -layout: the same English lines', async () => {
    const layout = minutes()
      .split('\n')
      .map((line) => (line.includes('\t') ? line.replace(/^([^\t]*)\t/, (_, welsh: string) => welsh.padEnd(44)) : line))
      .join('\n');
    const fromText = englishColumn(layout);
    expect(fromText.warning).toBe(WELSH_COLUMN_WARNING);
    const fromPdf = await pdfToText(await textToPdf(minutes(), { size: 9 }), 'cofnodion.pdf');
    const words = (text: string): string[] => text.split('\n').filter((line) => line.trim() !== '');
    expect(words(fromPdf.text)).toEqual(words(fromText.text));
  });

  it('leaves an ordinary two-column PDF in English to be read a column at a time, never with the Welsh warning', async () => {
    const newsletter = [
      'PARISH NEWS - SPRING 2026',
      '',
      'Village hall roof\tLibrary van',
      'The council has agreed the quote for\tThe mobile library will now call at the',
      'the repair of the village hall roof,\tgreen on the first Tuesday of the month',
      'and the work will start in April.\tfrom ten until eleven in the morning.',
      '',
      'Footpaths\tCommunity grants',
      'Walkers are asked to report stiles that\tGroups may apply for a grant of up to',
      'are broken to the clerk by email.\t£500 by the end of June this year.',
    ].join('\n');
    const read = await pdfToText(await textToPdf(newsletter, { size: 9 }), 'news.pdf');
    expect(read.warnings).not.toContain(WELSH_COLUMN_WARNING);
    // Both columns are kept, the left one first (pdf-side-columns.ts).
    expect(read.text).toContain('the repair of the village hall roof,\nand the work will start in April.');
    expect(read.text).toContain('Library van\nThe mobile library will now call at the');
  });

  it('gives the records the English items and resolutions once, and the warning', async () => {
    const meeting = await importedMeeting('cofnodion.pdf', await textToPdf(minutes(), { size: 9 }));
    const items = meeting.data.items ?? [];
    expect(items.map((item) => item.title)).toEqual(['APOLOGIES', 'MINUTES', 'EMPTY HOMES IN THE COUNTY']);
    expect(items.flatMap((item) => item.resolutions ?? [])).toEqual([
      'that the minutes of the meeting held on 5 February 2026 be approved as a correct record.',
      'that the report be noted',
      'that the officer report back to the Committee in September.',
    ]);
    expect(meeting.data.warnings).toContain(WELSH_COLUMN_WARNING);
    expect(meeting.data.warnings?.filter((warning) => warning === WELSH_COLUMN_WARNING)).toHaveLength(1);
  });
});
