import { describe, expect, it } from 'vitest';
import { endsOnWordOrComma, endsOnPlainWordOrComma, JOINING_WORDS, joinsOn, proseRunsOn, SMALL_WORDS, titleRunsOn } from './runs-on.ts';

describe('a line that runs on', () => {
  it('carries a title on after a joining word, a comma, "&" or a dash, "a" only in lower case', () => {
    for (const word of JOINING_WORDS) expect(titleRunsOn(`REVIEW OF PARKING ${word.toUpperCase()}`)).toBe(true);
    expect(titleRunsOn('Subject: Charges for Garden Waste in a')).toBe(true);
    expect(titleRunsOn('THE MILL HOUSE &')).toBe(true);
    expect(titleRunsOn('LICENCE –')).toBe(true);
    expect(titleRunsOn('APPENDIX A')).toBe(false);
    expect(titleRunsOn('BUDGET OR')).toBe(false);
    expect(titleRunsOn('Budget Strategy 2026/27')).toBe(false);
  });

  it('carries prose on after a small word or "that", in any case, never after a comma alone', () => {
    for (const word of [...SMALL_WORDS, 'that']) expect(proseRunsOn(`The Clerk said ${word}`)).toBe(true);
    expect(proseRunsOn('The Clerk reported on the')).toBe(true);
    expect(proseRunsOn('The Clerk reported,')).toBe(false);
    expect(proseRunsOn('The plan was adopted')).toBe(false);
  });

  it('joins a line on with a comma or "and", whatever the line', () => {
    expect(joinsOn('Speakers: Mr A Lane (objector) and')).toBe(true);
    expect(joinsOn('Aldermen Ash and Birch; and')).toBe(true);
    expect(joinsOn('Cllr Elm,')).toBe(true);
    expect(joinsOn('Mr Sand')).toBe(false);
    expect(joinsOn('the ward councillor')).toBe(false);
  });

  it('ends on a word in lower case or a comma, a page break reading plain letters only', () => {
    expect(endsOnWordOrComma('It was unanimously')).toBe(true);
    expect(endsOnWordOrComma('a gafodd ei drafod yn y caffé')).toBe(true);
    expect(endsOnWordOrComma('Resolved: That the minutes')).toBe(true);
    expect(endsOnWordOrComma('The meeting closed.')).toBe(false);
    expect(endsOnWordOrComma('See Minute 12/25')).toBe(false);
    expect(endsOnPlainWordOrComma('RESOLVED: That the minutes be')).toBe(true);
    expect(endsOnPlainWordOrComma('seconded by Cllr Ash,')).toBe(true);
    expect(endsOnPlainWordOrComma('a gafodd ei drafod yn y caffé')).toBe(false);
    expect(endsOnPlainWordOrComma('agreed as a correct record.')).toBe(false);
  });
});
