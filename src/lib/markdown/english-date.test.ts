import { describe, expect, it } from 'vitest';
import { ENGLISH_DATE_SOURCE, isoFromParts } from './english-date.ts';

function parse(text: string): string | null {
  const match = new RegExp(ENGLISH_DATE_SOURCE, 'i').exec(text);
  if (match === null) return null;
  const [, day = '', month = '', year = ''] = match;
  return isoFromParts(day, month, year);
}

describe('English dates', () => {
  it('reads the forms the seed minutes use', () => {
    expect(parse('1 February 2017')).toBe('2017-02-01');
    expect(parse('14 September 2018')).toBe('2018-09-14');
    expect(parse('Tuesday, 11th July, 2017')).toBe('2017-07-11');
    expect(parse('4 Sept 2014')).toBe('2014-09-04');
    expect(parse('13 Nov. 2014')).toBe('2014-11-13');
  });

  it('refuses dates that do not exist', () => {
    expect(parse('31 February 2017')).toBeNull();
    expect(parse('29 February 2017')).toBeNull();
    expect(parse('29 February 2016')).toBe('2016-02-29');
    expect(parse('0 March 2016')).toBeNull();
  });

  it('needs a year', () => {
    expect(parse('12 September meeting')).toBeNull();
  });
});
