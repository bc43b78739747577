import { describe, expect, it } from 'vitest';
import { joinWrappedTitles } from './title-wrap.ts';

describe('joinWrappedTitles', () => {
  it("joins a numbered title in capitals wrapped at its own column onto the number's line, leaving that line blank", () => {
    const lines = [
      '4.   APPLICATION FOR A NEW PREMISES LICENCE – THE OLD FERRY INN,',
      '     12 QUAY STREET, PORTLEVEN PL9 4XZ',
      '',
      '     The Licensing Officer introduced the report.',
    ];
    expect(joinWrappedTitles(lines)).toEqual([
      '4.   APPLICATION FOR A NEW PREMISES LICENCE – THE OLD FERRY INN, 12 QUAY STREET, PORTLEVEN PL9 4XZ',
      '',
      '',
      '     The Licensing Officer introduced the report.',
    ]);
    // Over three lines, each carried on by its end.
    const three = ['7.  REVIEW OF THE HIGHWAYS, BRIDGES AND', '    STREET LIGHTING CAPITAL PROGRAMME FOR', '    2031/32'];
    expect(joinWrappedTitles(three)[0]).toBe('7.  REVIEW OF THE HIGHWAYS, BRIDGES AND STREET LIGHTING CAPITAL PROGRAMME FOR 2031/32');
  });

  it('joins no line under a title that ends whole, under the number, in lower case, or a decision', () => {
    const unchanged = [
      ['2.   DECLARATIONS OF INTEREST', '     NONE WERE DECLARED.'],
      ['2.   LAND AT MILL LANE,', '3.   PLANNING APPEALS'],
      ['2.   LAND AT MILL LANE,', '     the applicant spoke.'],
      ['2.   LAND AT MILL LANE,', '  MILL LANE NORTH'],
      ['2.   MINUTES OF THE LAST MEETING AND', '     RESOLVED that the minutes be signed.'],
    ];
    for (const lines of unchanged) expect(joinWrappedTitles(lines)).toEqual(lines);
  });
});
