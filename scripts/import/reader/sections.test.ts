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
