import { describe, expect, it } from 'vitest';
import { isFurnitureLine } from './furniture-line.ts';

describe('isFurnitureLine', () => {
  it("knows page numbers, a minute book's page references and signature lines", () => {
    expect(['- 3 -', 'Page 3 of 5', '2023 KAC 41', '2021 FC 267', 'Signed ........ Dated ........'].every(isFurnitureLine)).toBe(true);
  });

  it("knows the marks around each item of ModernGov's printed minutes, and only alone on their line", () => {
    expect(['<AI1>', '</AI12>'].every(isFurnitureLine)).toBe(true);
    expect(['<AI1> Prayers', 'AI1', '<A1>'].some(isFurnitureLine)).toBe(false);
  });

  it('knows a protective marking on its own line, with the minute classes and kind before it, but no part heading or sentence', () => {
    const markings = [
      'OFFICIAL',
      'OFFICIAL-SENSITIVE',
      'OFFICIAL – SENSITIVE',
      'NOT PROTECTIVELY MARKED',
      'RESTRICTED',
      'MINUTE A&B – PUBLIC',
    ];
    expect(markings.filter((line) => !isFurnitureLine(line))).toEqual([]);
    const text = ['PART I – PUBLIC', 'Public items', 'Restricted items', 'Public', 'The report is OFFICIAL', 'PUBLIC QUESTIONS'];
    expect(text.filter(isFurnitureLine)).toEqual([]);
  });

  it('knows a running head that says the minutes go on, the body and the date before "(continued)", but no item carried over', () => {
    const heads = ['Brackley Green Parish Council – 9 February 2026 (continued)', 'Finance Committee, 3 March 2026 (cont’d)'];
    expect(heads.filter((line) => !isFurnitureLine(line))).toEqual([]);
    const text = [
      '26/20 FINANCE (continued)',
      '5. Planning – 9 February 2026 (continued)',
      'Council – 9 February 2026',
      'Minutes of 9 February 2026 (continued) were noted.',
    ];
    expect(text.filter(isFurnitureLine)).toEqual([]);
  });

  it("knows a web page's own date under the minutes, but no tracker's date or sentence about a page", () => {
    expect(['Page last updated: 14 October 2025', 'This page was last reviewed on 3 May 2025'].every(isFurnitureLine)).toBe(true);
    const text = ['Last updated: 15 April 2025', 'The page on the website was last updated before the consultation closed.'];
    expect(text.some(isFurnitureLine)).toBe(false);
  });

  it("knows a signature block's lines: blanks to sign on and only the words around them", () => {
    const signatures = [
      'Chair: ____________________          Date: _________',
      'Chair ...................................   Date ...................',
      'Signed ....................................... Mayor',
      'Signed ………………………… (Chair)',
      'Minutes approved by: ______________ Co-Chair\tDate: ________',
      'Signed: ………………… (Town Mayor)       Date: ……………',
      'Signed as a correct record ............ Chairman',
      'Convener ______________',
    ];
    expect(signatures.filter((line) => !isFurnitureLine(line))).toEqual([]);
    const text = [
      'The minutes were signed as a correct record.',
      'Signed as a correct record.',
      'Date of next meeting: ..........',
      'Budget ........ 12',
      'The Chair...',
      '...',
    ];
    expect(text.filter(isFurnitureLine)).toEqual([]);
  });

  it('knows blanks to sign on spaced or parted by slashes, and in dashes or bullets', () => {
    const signatures = [
      'Signed: ……… (Chairman)   Date: …/…/……',
      'Signed: . . . . . . . . . . . (Chair)   Date: . . . . . . .',
      'Chair _ _ _ _ _ _ _ _ _   Date _ _ _ _ _',
      'Signed: –––––––––––– (Chair)   Date: ––––––––',
      'Signed •••••••••••• Chairman',
      'Date: ____/____/______',
    ];
    expect(signatures.filter((line) => !isFurnitureLine(line))).toEqual([]);
    // Marks inside words, a dash between words, or a date filled in are no blank to sign on.
    const text = ['Chair - Date', 'Signed: A. B. Cole (Chair)', 'The Chair – Cllr Date – left.', 'Date: 3/4/2025 – Chair'];
    expect(text.filter(isFurnitureLine)).toEqual([]);
  });

  it('knows a Welsh signature block: "Llofnod" (signature), "Llofnodwyd" (signed), "Dyddiad" (date), "Cadeirydd" (chair), "Maer"', () => {
    const signatures = [
      'Llofnod ........................ (Cadeirydd)    Dyddiad ..............',
      'Llofnodwyd: ____________________ Maer',
      'Cadeirydd ……………………  Dyddiad ……………',
    ];
    expect(signatures.filter((line) => !isFurnitureLine(line))).toEqual([]);
    expect(['Llofnodwyd y cofnodion gan y Cadeirydd.', 'Dyddiad y cyfarfod nesaf: ..........'].filter(isFurnitureLine)).toEqual([]);
  });

  it('does not take a heading or prose with a year in it', () => {
    expect(['2019 to 2020', 'Budget 2023 Update', '2023 KAC 41 was adopted'].some(isFurnitureLine)).toBe(false);
  });
});

describe("a Northern Irish committee's page footer seen once", () => {
  it('blanks "2 – Environment Committee (10.03.25)": the page number, the committee and its date in brackets', () => {
    expect(isFurnitureLine('2 – Environment Committee (10.03.25)')).toBe(true);
    expect(isFurnitureLine('14 - Planning Committee (3.2.2025)')).toBe(true);
  });

  it('keeps an item or a sentence that ends on a date in brackets', () => {
    expect(isFurnitureLine('Item 2 – Minutes of the meeting (10.03.25)')).toBe(false);
    expect(isFurnitureLine('2 – The Committee agreed the minutes of the meeting held on 3 March (10.03.25).')).toBe(false);
  });
});
