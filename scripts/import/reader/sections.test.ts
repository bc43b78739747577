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
});
