import { describe, expect, it } from 'vitest';
import { blankFurniture } from './furniture.ts';

/** What is left of a text once its furniture is blanked, blank lines dropped. */
const kept = (lines: string[]) => blankFurniture(lines).filter((line) => line.trim() !== '');

describe("a page's number with the meeting's short code and date", () => {
  it('blanks the number at a page foot straight over the code and date the next page opens on, as often as printed', () => {
    const lines = [
      'BC 14.05.2025',
      '',
      'DRUMARD DISTRICT COUNCIL',
      'Minutes of the Monthly Meeting of Council held on Wednesday 14 May 2025',
      '',
      '1. Chairman’s Business',
      '',
      ' '.repeat(60) + '87',
      'BC 14.05.2025',
      '',
      'The Chairman welcomed the new Town Clerk.',
      '',
      '2. Grants',
      '',
      ' '.repeat(60) + '88',
      'BC 14.05.2025',
      '',
      'The grants were agreed.',
    ];
    expect(kept(lines)).toEqual([
      'DRUMARD DISTRICT COUNCIL',
      'Minutes of the Monthly Meeting of Council held on Wednesday 14 May 2025',
      '1. Chairman’s Business',
      'The Chairman welcomed the new Town Clerk.',
      '2. Grants',
      'The grants were agreed.',
    ]);
  });

  it("blanks a code of another wording on one line with its number, seen once, when its date is the meeting's", () => {
    const lines = [
      'Policy and Resources Committee',
      'Minutes of the meeting held on 3 April 2025',
      '',
      '4. Budget',
      '',
      '19 P&R 03/04/2025',
      'The budget was noted.',
    ];
    expect(kept(lines)).toEqual([
      'Policy and Resources Committee',
      'Minutes of the meeting held on 3 April 2025',
      '4. Budget',
      'The budget was noted.',
    ]);
    // The same line beside a meeting of another day, printed once: text, not this record's furniture.
    const other = lines.map((line) => line.replace('3 April 2025', '10 April 2025'));
    expect(kept(other)).toContain('19 P&R 03/04/2025');
  });

  it('keeps a code and date with no page number, and an item number under the header', () => {
    const unnumbered = ['Minutes of 14 May 2025', '', '1. Grants', 'BC 14.05.2025', 'Agreed.'];
    expect(kept(unnumbered)).toContain('BC 14.05.2025');
    const item = ['BC 14.05.2025', '', '1', 'Grants', '', '    87', 'BC 14.05.2025', '', '2', 'Halls'];
    expect(kept(item)).toEqual(['1', 'Grants', '2', 'Halls']);
  });
});
