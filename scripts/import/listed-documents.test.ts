import { describe, expect, it } from 'vitest';
import { documentFrom, headedDocuments, titleDocument } from './listed-documents.ts';

describe('documentFrom', () => {
  it('reads type and size in brackets, as council sites write a link ("Minutes (PDF, 210KB)")', () => {
    expect(documentFrom('Notes of the last meeting (PDF, 145KB)', 'other')).toMatchObject({
      name: 'Notes of the last meeting',
      size: '145KB',
    });
    expect(documentFrom('Appendix B - Fees and charges (PDF 2MB)', 'other')).toMatchObject({
      name: 'Appendix B - Fees and charges',
      size: '2MB',
    });
    expect(documentFrom('Cover note (Word, 40 KB)', 'other')).toMatchObject({ name: 'Cover note', size: '40 KB' });
    // Brackets with no size list no document.
    expect(documentFrom('The report of the Treasurer (attached)', 'other')).toBeNull();
    expect(documentFrom('Members noted the figures (2024/25)', 'other')).toBeNull();
  });

  it('drops a file\'s ending from its name, as it is the type: "Report.pdf (312 KB)"', () => {
    expect(documentFrom('Quarry liaison report.pdf (508 KB)', 'other')).toMatchObject({ name: 'Quarry liaison report', size: '508 KB' });
  });
});

describe('titleDocument', () => {
  it('takes a bracketed type and size off an item title, as its document', () => {
    expect(titleDocument('Minutes of the meeting held on 2 June (PDF, 96KB)')).toEqual({
      title: 'Minutes of the meeting held on 2 June',
      document: { name: 'Minutes of the meeting held on 2 June', kind: 'minutes', size: '96KB', url: null, report: null },
    });
  });
});

describe('documents listed under a Documents or Attachments heading', () => {
  it('takes each link line under the heading as a document, the other lines left', () => {
    const found = headedDocuments(['Attachments:', 'Tree survey (PDF, 2MB)', '', 'Site plan.pdf (310 KB)', 'Signed: Chair']);
    expect(found.documents.map((document) => [document.name, document.size])).toEqual([
      ['Tree survey', '2MB'],
      ['Site plan', '310 KB'],
    ]);
    expect(found.rest).toEqual(['', 'Signed: Chair']);
    // A "Documents" line over no link, and a link under no heading, are left as they are.
    expect(headedDocuments(['Meeting documents', 'were circulated by email.']).documents).toEqual([]);
    expect(headedDocuments(['Note (PDF, 12KB)']).rest).toEqual(['Note (PDF, 12KB)']);
  });
});
