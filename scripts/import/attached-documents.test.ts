import { describe, expect, it } from 'vitest';
import { documentFrom, headedDocuments } from './listed-documents.ts';
import { readMeeting } from './reader/meeting.ts';

/** Minutes of an invented parish council, `lines` under its attendance. */
const parish = (lines: string[]) =>
  readMeeting(
    [
      'LOWER FENCOTT PARISH COUNCIL',
      'Minutes of the meeting held on Tuesday 9 June 2026 at 7.30pm in the Village Hall',
      'Present: Cllrs Ada Rook (Chair), Tom Pell, Iris Dunn.',
      '',
      ...lines,
    ],
    {},
    '',
  );

/** A file attached by its name alone, no size beside it, as an e-mail or a page's field lists it. Own words throughout. */
describe('a document attached by its file name', () => {
  it('reads "Attachment: <file>" as a document with no size, its ending the type, not part of its name', () => {
    expect(documentFrom('Attachment: Budget monitoring Q2.xlsx', 'other')).toEqual({
      name: 'Budget monitoring Q2',
      kind: 'other',
      size: null,
      url: null,
      report: null,
    });
    expect(documentFrom('Attachments: Tree survey - Church Walk.PDF', 'report')).toMatchObject({
      name: 'Tree survey - Church Walk',
      size: null,
    });
    expect(documentFrom('Attached: Grant application form.docx', 'other')).toMatchObject({ name: 'Grant application form' });
  });

  it('reads no sentence or label without a file ending as one', () => {
    expect(documentFrom('Attachment: the budget was circulated by e-mail', 'other')).toBeNull();
    expect(documentFrom('Attachment: see the report.pdf sent on Monday', 'other')).toBeNull();
    expect(documentFrom('Members read the budget.xlsx', 'other')).toBeNull();
  });

  it("lists a file name under a Documents heading below the close as the meeting's, with or without a size", () => {
    const { documents, rest } = headedDocuments([
      'The meeting closed at 8.15pm.',
      '',
      'Documents',
      'Agenda 4 March.pdf',
      'Draft budget 2026-27.xlsx (44 KB)',
    ]);
    expect(documents.map((document) => [document.name, document.size])).toEqual([
      ['Agenda 4 March', null],
      ['Draft budget 2026-27', '44 KB'],
    ]);
    expect(rest).toEqual(['The meeting closed at 8.15pm.', '']);
  });

  it("reads an e-mailed minute's attachment below the close as the meeting's document, not warned of as unread", () => {
    const meeting = parish([
      '1. Apologies - none.',
      '2. Payments - list approved. Prop Pell, sec Dunn.',
      '',
      'Closed 8.40pm.',
      '',
      'Attachment: Payments June 2026.xlsx',
    ]);
    expect(meeting.documents?.map((document) => [document.name, document.size])).toEqual([['Payments June 2026', null]]);
    expect((meeting.warnings ?? []).filter((warning) => warning.includes('Payments June'))).toEqual([]);
  });

  it("reads one under an item as that item's document", () => {
    const meeting = parish([
      '1. Apologies',
      'None.',
      '',
      '2. Play area inspection',
      "The inspector's report was received.",
      'Attachment: Play area inspection 2026.pdf',
    ]);
    const item = meeting.items?.find((found) => found.number === '2');
    expect(item?.documents?.map((document) => document.name)).toEqual(['Play area inspection 2026']);
    expect(item?.minutes).not.toContain('Attachment');
  });
});
