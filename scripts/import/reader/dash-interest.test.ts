import { describe, expect, it } from 'vitest';
import { readPieces } from './attendance-person.ts';
import { interestToBrackets } from './dash-interest.ts';

const people = (line: string) => readPieces(line).map((piece) => (piece.kind === 'person' ? [piece.name, piece.role] : [piece.kind]));

describe('a member with the interest they sit for after a dash', () => {
  it('keeps an interest of several words in lower case whole, "and" joining no two people', () => {
    expect(people('Mrs Rowena Blythe - farming and game estates')).toEqual([['Mrs Rowena Blythe', 'farming and game estates']]);
    expect(people('Dr Kit Angove – canoeing, climbing & caving')).toEqual([['Dr Kit Angove', 'canoeing, climbing & caving']]);
  });

  it('leaves a dash whose words name someone, or hold a capital, to the other rules', () => {
    expect(interestToBrackets('Mr A Bell - walking and Mrs C Dunn')).toBe('Mr A Bell - walking and Mrs C Dunn');
    expect(interestToBrackets('Cllr A Bell - Ashby and Crane Council')).toBe('Cllr A Bell - Ashby and Crane Council');
    expect(interestToBrackets('Mr A Bell - cycling')).toBe('Mr A Bell - cycling');
  });
});
