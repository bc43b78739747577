import { describe, expect, it } from 'vitest';
import { columns } from './test-columns.ts';
import { englishColumn, languageOf, WELSH_COLUMN_WARNING } from './text-columns.ts';

const MINUTES: [string, string][] = [
  ['CYNGOR TREF LLANWERN FACH', 'LLANWERN FACH TOWN COUNCIL'],
  ['', ''],
  ['COFNODION cyfarfod o’r Cyngor a gynhaliwyd', 'MINUTES of a meeting of the Council held'],
  ['yn Neuadd y Dref ar 3 Chwefror 2026', 'at the Town Hall on 3 February 2026'],
  ['', ''],
  ['YN BRESENNOL: Y Cynghorwyr Anwen Price', 'PRESENT: Councillors Anwen Price'],
  ['a Bryn Howells', 'and Bryn Howells'],
  ['', ''],
  ['1. YMDDIHEURIADAU', '1. APOLOGIES'],
  ['Derbyniwyd ymddiheuriadau gan y', 'Apologies were received from'],
  ['Cynghorydd Nia Probert, a oedd wedi', 'Councillor Nia Probert.'],
  ['anfon neges at y Clerc.', ''],
  ['', ''],
  ['2. COFNODION', '2. MINUTES'],
  ['PENDERFYNWYD cymeradwyo’r cofnodion.', 'RESOLVED that the minutes be approved.'],
];

describe('englishColumn', () => {
  it('reads the English column of Welsh minutes printed in two columns, line for line', () => {
    const text = columns(48, MINUTES);
    const read = englishColumn(text);
    expect(read.warning).toBe(WELSH_COLUMN_WARNING);
    expect(read.text.split('\n')).toEqual(MINUTES.map(([, english]) => english));
  });

  it('keeps an English paragraph whole where the Welsh one beside it runs longer, a blank line after it', () => {
    const pairs: [string, string][] = [
      ...MINUTES.slice(0, 8),
      ['SWYDDOGION: Prif Weithredwr', 'OFFICERS: Chief Executive (Ms R Lewis)'],
      ['(Ms R Lewis)', ''],
      ['Pennaeth Cyllid (Mr D Bevan)', 'Head of Finance (Mr D Bevan)'],
      ['', ''],
      ...MINUTES.slice(8),
    ];
    const lines = englishColumn(columns(44, pairs)).text.split('\n');
    expect(lines.slice(8, 12)).toEqual(['OFFICERS: Chief Executive (Ms R Lewis)', 'Head of Finance (Mr D Bevan)', '', '']);
    expect(lines).toHaveLength(pairs.length);
  });

  it('reads the English column on the left too, and keeps an indented wrap indented', () => {
    const pairs = MINUTES.map(([welsh, english]): [string, string] => [english, welsh]);
    pairs.push(['(a) to ask the Clerk to write to the', '(a) gofyn i’r Clerc ysgrifennu at y']);
    pairs.push(['    County Council.', '    Cyngor Sir.']);
    const read = englishColumn(columns(46, pairs));
    expect(read.text.split('\n')).toEqual(pairs.map(([english]) => english));
  });

  it('keeps a heading across both columns as it is, and each page has its own gutter', () => {
    const heading = '              Cofnodion y Cyngor / Minutes of the Council - Tudalen / Page 1';
    const page2: [string, string][] = [
      ['3. CYLLIDEB', '3. BUDGET'],
      ['Cyflwynodd y Clerc adroddiad ar y', 'The Clerk presented a report on the'],
      ['gyllideb ar gyfer y flwyddyn nesaf.', 'budget for the coming year.'],
      ['PENDERFYNWYD derbyn yr adroddiad.', 'RESOLVED that the report be received.'],
    ];
    const across = 'Eitem wedi ei gohirio o’r cyfarfod diwethaf / Item deferred from the last meeting';
    const text = `${heading}\n${columns(48, MINUTES)}\n\f${columns(40, page2.slice(0, 1))}\n${across}\n${columns(40, page2.slice(1))}`;
    const read = englishColumn(text);
    const [first, second] = read.text.split('\f');
    expect(first!.split('\n')[0]).toBe(heading);
    expect(second!.split('\n')).toEqual(['3. BUDGET', across, ...page2.slice(1).map(([, english]) => english)]);
  });

  it('leaves alone a table in English, prose, and a heading pair over English minutes', () => {
    const table = columns(30, [
      ['Councillor', 'Attendance'],
      ['Councillor Ann Birch', 'Present'],
      ['Councillor Tom Ash', 'Apologies'],
      ['Councillor Jo Elm', 'Present'],
      ['Councillor Sam Oak', 'Absent'],
      ['The Clerk to the Council', 'Present, and took the minutes of the meeting'],
    ]);
    expect(englishColumn(table)).toEqual({ text: table, warning: null });
    const prose = 'The committee  considered the report of the Director.\nIt was  RESOLVED that the report be noted.';
    expect(englishColumn(prose)).toEqual({ text: prose, warning: null });
    const heading = `${columns(40, [MINUTES[0]!])}\n\nMINUTES of a meeting of the Council held on 3 February 2026`;
    expect(englishColumn(heading).warning).toBeNull();
  });

  it('leaves a page of an English table in a bilingual record as it is', () => {
    const table = columns(30, [
      ['Item', 'Cost'],
      ['Repairs to the hall roof', '£4,000'],
      ['Grass cutting for the year', '£1,200'],
      ['Audit of the accounts', '£350'],
    ]);
    const read = englishColumn(`${columns(48, MINUTES)}\n\f${table}`);
    expect(read.warning).toBe(WELSH_COLUMN_WARNING);
    expect(read.text.split('\f')[1]).toBe(table);
  });
});

describe('languageOf', () => {
  it('tells Welsh from English by their common words', () => {
    expect(languageOf('Derbyniwyd ymddiheuriadau gan y Cynghorydd')).toBe('welsh');
    expect(languageOf('Apologies were received from the Councillor')).toBe('english');
    expect(languageOf('Anwen Price, Bryn Howells')).toBeNull();
    expect(languageOf('the minutes of the meeting', 6)).toBeNull();
    // A Welsh decision's verb after PENDERFYNWYD ("to set", "to give") marks it Welsh.
    expect(languageOf('gosod praesept o £96,200')).toBe('welsh');
    expect(languageOf('rhoi grant o £320')).toBe('welsh');
  });
});
