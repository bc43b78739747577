import { describe, expect, it } from 'vitest';
import { documentFrom, titleDocument } from './listed-documents.ts';

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
