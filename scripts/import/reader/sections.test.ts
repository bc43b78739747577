import { describe, expect, it } from 'vitest';
import { splitSections } from './sections.ts';

describe('the meetings a record holds', () => {
  it('reads an item approving earlier minutes, dated on its own line, as an item, not a second meeting', () => {
    const lines = [
      'Harrowdene Council',
      'Licensing Committee',
      '9 October 2025 at 2.00pm',
      'Present: Councillors Ames (Chair), Bell and Crane',
      '1. Apologies',
      'None were received.',
      '2. Minutes of the meeting on 4 September 2025',
      'Present: Councillors Ames and Bell',
      'The minutes were signed.',
      '(b) Minutes of the Licensing Sub-Committee on 11 September 2025',
      'Noted.',
    ];
    expect(splitSections(lines)).toEqual([{ start: 0, end: lines.length, repeats: [] }]);
  });

  it('still parts a record into the meetings its title blocks open', () => {
    const lines = [
      'Harrowdene Council',
      'Licensing Committee',
      '9 October 2025',
      'Present: Councillors Ames and Bell',
      '1. Apologies',
      'None.',
      'Harrowdene Council',
      'Planning Committee',
      '16 October 2025',
      'Present: Councillors Dale and Eve',
      '1. Apologies',
      'None.',
    ];
    expect(splitSections(lines).map(({ start }) => start)).toEqual([0, 6]);
  });

  it("never takes an e-mail's subject for the title, so the title block under it is no running header", () => {
    for (const subject of ['Subject: Minutes - Town Council - 3 March 2026', 'Subject: RE: Planning Committee 3 March 2026']) {
      const lines = [
        'From: Town Clerk',
        'Sent: 5 March 2026',
        subject,
        '',
        'Minutes of the Planning Committee',
        'held on Tuesday 3 March 2026 at 7pm',
        '',
        '1. Apologies',
        'None.',
      ];
      expect(splitSections(lines)).toEqual([{ start: 0, end: lines.length, repeats: [] }]);
    }
  });
});

describe('a footer naming the meeting', () => {
  it("is the same meeting as the running header that puts the council's name before the body", () => {
    const page = (text: string[]) => [
      '\fHOLLOWAY BOROUGH COUNCIL          Parks Scrutiny Panel',
      '                                   Monday, 6 July 2026',
      '',
      ...text,
      '',
      'Minutes – Parks Scrutiny Panel – 6 July 2026',
    ];
    const lines = [
      ...page(['PARKS SCRUTINY PANEL', 'Present: Councillors Ames and Bell', '1. Apologies', 'None.']),
      ...page(['2. Play areas', 'Noted.']),
      ...page(['3. Trees', 'Agreed.']),
    ];
    expect(splitSections(lines)).toEqual([{ start: 0, end: lines.length, repeats: [8, 9, 10, 15, 16, 17, 22] }]);
  });

  it('still parts meetings of two bodies under one council', () => {
    const lines = [
      'HOLLOWAY BOROUGH COUNCIL          Parks Scrutiny Panel',
      'Monday, 6 July 2026',
      'Present: Councillors Ames and Bell',
      '1. Apologies',
      'None.',
      'Minutes – Holloway Borough Council Planning Committee – 6 July 2026',
      'Present: Councillors Dale and Eve',
      '1. Apologies',
      'None.',
    ];
    expect(splitSections(lines).map(({ start }) => start)).toEqual([0, 5]);
  });

  it("is the same meeting as a footer that carries the page's number and the meeting's date, whatever it names the body", () => {
    const footers = [
      (page: number) => `Minutes – Amen. & Leisure Committee – 2 June 2026            ${page}`,
      (page: number) => `Page ${page} | Minutes – Amen. & Leisure Committee – 2 June 2026`,
    ];
    for (const footer of footers) {
      const lines = [
        'AMENITIES AND LEISURE COMMITTEE',
        'Tuesday 2 June 2026 at 7.00pm',
        'Present: Councillors Frome and Gale',
        '1. Apologies',
        'None.',
        footer(1),
        '2. Allotments',
        'Noted.',
        footer(2),
        '3. Pavilion',
        'Agreed.',
        footer(3),
      ];
      expect(splitSections(lines)).toEqual([{ start: 0, end: lines.length, repeats: [5, 8, 11] }]);
    }
    // Without the page's number, a line naming another body on the day opens its meeting, as before.
    const other = [
      'AMENITIES AND LEISURE COMMITTEE',
      '2 June 2026',
      '1. Apologies',
      'None.',
      'Minutes – Finance Committee – 2 June 2026',
      'Present: Councillor Hale',
    ];
    expect(splitSections(other).map(({ start }) => start)).toEqual([0, 4]);
  });

  it('parts a record where a title sentence after the close names another body, from the headings above it', () => {
    const lines = [
      'BRANSTON TOWN COUNCIL',
      '',
      'Minutes of the Meeting of the Town Council held in the Guildhall on',
      'Monday 7 December 2026 at 7.00 pm',
      'Present: Cllr Ames (Chair), Cllr Bell',
      'BT 10  Apologies: none.',
      'The meeting closed at 7.40 pm.',
      '',
      '-----------------------------',
      'BRANSTON PLAYING FIELDS TRUST',
      '(Registered Charity No. 100200)',
      '',
      'Minutes of the Meeting of Branston Town Council acting as Trustee of the Branston Playing',
      'Fields Trust, held in the Guildhall on Monday 7 December 2026 at 7.45 pm',
      'Present: the same members.',
      'PF 1  Accounts: RESOLVED that the accounts be approved.',
    ];
    expect(splitSections(lines).map(({ start, end }) => [start, end])).toEqual([
      [0, 9],
      [9, lines.length],
    ]);
  });

  it('keeps one meeting when its title sentence comes again with no close before it, or names the same body and time', () => {
    const sentence = 'Minutes of the Meeting of the Parish Council held in the Hall on 3 March 2026 at 7.30 pm';
    const unclosed = [sentence, 'Present: Cllr Ames', '1. Apologies', sentence, 'Present: Cllr Ames', '2. Minutes'];
    const repeated = [sentence, 'Present: Cllr Ames', '1. Apologies', 'The meeting closed at 8.00 pm.', sentence, 'Present: Cllr Ames'];
    expect(splitSections(unclosed)).toHaveLength(1);
    expect(splitSections(repeated)).toHaveLength(1);
  });
});
