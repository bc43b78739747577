import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';

const opening = [
  'WESTFOLD GROWTH BOARD',
  '',
  'Minutes of the meeting held on Friday 6 June 2025 at 10.00 am',
  'at Tolley House, Westfold',
  '',
];

describe("readHeader: a council named in a member's post is never the meeting's council", () => {
  it('takes none from a roster row, a name and beside it a post held with a council', () => {
    const header = readHeader([
      ...opening,
      'Board members (voting)',
      'Councillor Rob Teague     Leader, Fenmouth Borough Council (Chair)',
      'Councillor Ines Marr      Cabinet Member for Growth, Brackley County Council',
    ]);
    expect(header.council).toBeNull();
    expect(header.committee).toBe('Westfold Growth Board');
  });

  it("takes none from one row alone, titled or not, whatever body's word its post holds", () => {
    expect(
      readHeader([...opening, 'Voting members', 'Ines Marr       Cabinet Member for Growth, Brackley County Council']).council,
    ).toBeNull();
    expect(
      readHeader([...opening, 'Voting members', 'Mr Ola Venn    Chair of the Skills Board, Fenmouth Borough Council']).council,
    ).toBeNull();
  });

  it('still reads the council its title block names above such a row', () => {
    const header = readHeader([
      'BRACKLEY COUNTY COUNCIL',
      ...opening,
      'Board members (voting)',
      'Councillor Ines Marr      Cabinet Member for Growth, Brackley County Council',
    ]);
    expect(header.council).not.toBeNull();
  });
});
