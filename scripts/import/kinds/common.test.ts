import { describe, expect, it } from 'vitest';
import { councilsNamed } from './common.ts';

describe('the councils a decision notice, report or tracker names', () => {
  it('keeps a name whose places are joined by "and", and a London borough named "London Borough of …"', () => {
    const text = ['LOUGHVEAGH AND DROMARD BOROUGH COUNCIL', 'Scrutiny Recommendations Tracker', 'London Borough of Wexcombe Heath'].join(
      '\n',
    );
    expect(councilsNamed(text)).toEqual(['Loughveagh and Dromard Borough Council', 'London Borough of Wexcombe Heath']);
  });

  it('names no council where the text speaks of one generically, and each council once', () => {
    expect(councilsNamed('Report to the Full Council\nThis Council notes …\nEastmere City Council\nEastmere City Council')).toEqual([
      'Eastmere City Council',
    ]);
  });
});
