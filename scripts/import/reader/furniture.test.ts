import { describe, expect, it } from 'vitest';
import { blankFurniture, isFurnitureLine } from './furniture.ts';

describe('isFurnitureLine', () => {
  it("knows page numbers, a minute book's page references and signature lines", () => {
    expect(['- 3 -', 'Page 3 of 5', '2023 KAC 41', '2021 FC 267', 'Signed ........ Dated ........'].every(isFurnitureLine)).toBe(true);
  });

  it("knows the marks around each item of ModernGov's printed minutes, and only alone on their line", () => {
    expect(['<AI1>', '</AI12>'].every(isFurnitureLine)).toBe(true);
    expect(['<AI1> Prayers', 'AI1', '<A1>'].some(isFurnitureLine)).toBe(false);
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

  it('does not take a heading or prose with a year in it', () => {
    expect(['2019 to 2020', 'Budget 2023 Update', '2023 KAC 41 was adopted'].some(isFurnitureLine)).toBe(false);
  });
});

describe('blankFurniture', () => {
  it("blanks a signature block's words on their own lines beside its blank, and keeps them elsewhere", () => {
    const lines = ['The meeting closed at 8.10 pm.', '', 'Signed as a correct record', '', '..............................', 'Chair', ''];
    expect(blankFurniture(lines)).toEqual(['The meeting closed at 8.10 pm.', '', '', '', '', '', '']);
    const minutes = ['3. Minutes', 'Signed as a correct record', '4. Chair', 'Noted.'];
    expect(blankFurniture(minutes)).toEqual(minutes);
  });

  it("blanks the signer's word alone at the end of the record, its blank lost, and keeps it run on from the text", () => {
    expect(blankFurniture(['The Committee noted the report.', '', 'Chairperson', ''])).toEqual([
      'The Committee noted the report.',
      '',
      '',
      '',
    ]);
    expect(blankFurniture(['Grants were approved.', '', '', 'Mayor'])).toEqual(['Grants were approved.', '', '', '']);
    const runOn = ['The report was noted by the', 'Chairman'];
    expect(blankFurniture(runOn)).toEqual(runOn);
  });

  it('blanks a page reference even in the title block it keeps, and a running header only outside it', () => {
    const lines = [
      '2023 KAC 41',
      'East Neuk Area Committee',
      '',
      '1. Minute',
      '',
      'East Neuk Area Committee',
      '',
      '2. Report',
      '',
      'East Neuk Area Committee',
    ];
    expect(blankFurniture(lines, new Set([0, 1]))).toEqual([
      '',
      'East Neuk Area Committee',
      '',
      '1. Minute',
      '',
      '',
      '',
      '2. Report',
      '',
      '',
    ]);
  });

  it('blanks a running header of two lines, and keeps a line of prose the minutes repeat word for word', () => {
    const page = (item: string) => [
      '',
      'AUDIT COMMITTEE',
      '24 SEPTEMBER 2009',
      `${item}. The report was presented. The recommendations were moved by Councillor Ash and seconded by`,
      'The recommendations were moved by Councillor Ash and seconded by',
      'Councillor Elm.',
    ];
    const lines = [...page('1'), ...page('2'), ...page('3')];
    const blanked = blankFurniture(lines);
    expect(blanked.filter((line) => /AUDIT|SEPTEMBER/.test(line))).toEqual([]);
    expect(blanked.filter((line) => line === 'The recommendations were moved by Councillor Ash and seconded by')).toHaveLength(3);
  });

  it('keeps a line that leads into a decision, however often the minutes print it', () => {
    const item = (n: number) => [
      '',
      `${n}. REPORT ${n}`,
      'There was submitted a report.',
      '',
      'The Committee agreed:-',
      `to note report ${n}.`,
    ];
    const lines = [1, 2, 3].flatMap(item);
    expect(blankFurniture(lines).filter((line) => line === 'The Committee agreed:-')).toHaveLength(3);
  });

  const footer = ['Draft minutes, subject to approval at the next meeting', 'Meeting dates are listed at www.example.gov.uk'];
  /** A page of minutes: its text, the minutes' own page number, the footer, the pack's page number. */
  const page = (text: string[], own: string, pack: string) => [...text, own, ...footer, '', pack, ''];

  it('blanks the page numbers beside every occurrence of a footer, rising page by page or starting again at 1', () => {
    const lines = [
      ...page(['1', '', 'APOLOGIES', 'None.'], '1', '3'),
      ...page(['2', '', 'WORK PROGRAMME', 'Noted.'], '2', '4'),
      ...page(['JOINT SESSION', 'Members asked about the audit.'], '1', '5'),
      'This page is intentionally blank',
      '',
      '6',
    ];
    const kept = blankFurniture(lines).filter((line) => line !== '');
    expect(kept).toEqual(['1', 'APOLOGIES', 'None.', '2', 'WORK PROGRAMME', 'Noted.', 'JOINT SESSION', 'Members asked about the audit.']);
  });

  it("keeps an item's number that a page break left beside the footer once", () => {
    const lines = [
      ...page(['1', '', 'APOLOGIES', 'None.', '2'], '', ''),
      'WORK PROGRAMME',
      ...page(['Noted.'], '', ''),
      ...page(['Closed at 8pm.'], '', ''),
    ];
    expect(blankFurniture(lines).filter((line) => /^\d$/.test(line))).toEqual(['1', '2']);
  });

  it('keeps numbers beside a footer that do not run on from page to page', () => {
    const lines = [...page(['Noted.'], '4', ''), ...page(['Agreed.'], '2', ''), ...page(['Closed.'], '7', '')];
    expect(blankFurniture(lines).filter((line) => /^\d$/.test(line))).toEqual(['4', '2', '7']);
  });
});
