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
});
