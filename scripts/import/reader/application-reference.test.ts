import { describe, expect, it } from 'vitest';
import { APPLICATION_REFERENCE, LISTED_APPLICATION, listedApplication } from './application-reference.ts';

const WHOLE = new RegExp(String.raw`^${APPLICATION_REFERENCE}$`);

describe('APPLICATION_REFERENCE', () => {
  it('reads a code run straight into the year ("PA25/08812"), as Cornwall numbers its applications', () => {
    expect(WHOLE.test('PA25/08812')).toBe(true);
    expect(WHOLE.test('PA24/00317/PREAPP')).toBe(true);
  });

  it('still reads the other forms', () => {
    for (const reference of ['25/00187/FUL', '0921/25/HHO', 'F/25/0812', 'P/23/0456/OUT', 'DC/25/12345'])
      expect(WHOLE.test(reference)).toBe(true);
  });

  it('never reads a minute number, a date or a committee minute code as an application', () => {
    for (const other of ['2025/106', '24/1', '24/01', '122/25', '13/10/25', 'C048/23', 'CAB45/23', 'TC24/118'])
      expect(WHOLE.test(other)).toBe(false);
  });
});

describe('LISTED_APPLICATION', () => {
  const named = (line: string) => {
    const found = LISTED_APPLICATION.exec(line);
    return found ? (found[1] ?? found[2] ?? null) : null;
  };

  it("reads a planning list's line after the list's number, as area planning committees print it", () => {
    expect(named('(1) 25/00431/FUL – Land off Quarry Lane, Brookby – 6 dwellings')).toBe('25/00431/FUL');
    expect(named('2. 25/00502/HOU – 9 Fenwick Close – porch')).toBe('25/00502/HOU');
    expect(named('3) F/25/0777 – Rose Cottage – garage')).toBe('F/25/0777');
    expect(named('(b) Land at Pike Hill (25/00610/OUT) – up to 20 homes')).toBe('25/00610/OUT');
  });

  it('reads no numbered line that opens with anything but an application', () => {
    expect(named('(1) The Committee noted 25/00431/FUL had been withdrawn.')).toBeNull();
    expect(named('12. 2025/106 – minutes of the last meeting')).toBeNull();
  });
});

describe('a bare reference in a planning item ("25/0198", no letter code)', () => {
  const named = (line: string, planning: boolean) => {
    const found = listedApplication(planning).exec(line);
    return found ? (found[1] ?? found[2] ?? null) : null;
  };

  it("is the application's reference at the head of its line in a planning item", () => {
    expect(named('25/0198 - 14 Beck Lane - single storey rear extension. No objection.', true)).toBe('25/0198');
    expect(named('(2) 24/01234 – Mill House, Brockley – new porch', true)).toBe('24/01234');
    expect(named('3. 25/0402: Land at Holm Farm – two dwellings', true)).toBe('25/0402');
  });

  it('still reads the letter-coded forms in a planning item', () => {
    expect(named('24/01234/FUL – Land north of Mill Lane', true)).toBe('24/01234/FUL');
    expect(named('(b) Land at Pike Hill (25/00610/OUT) – up to 20 homes', true)).toBe('25/00610/OUT');
  });

  it('is none outside a planning item', () => {
    expect(named('25/0198 - 14 Beck Lane - single storey rear extension. No objection.', false)).toBeNull();
    expect(LISTED_APPLICATION.test('24/01234 – Mill House, Brockley – new porch')).toBe(false);
  });

  it('is never a minute number, a month and year, a date, a sum or a reference inside a sentence', () => {
    for (const other of [
      '25/036 – Minutes of the last meeting',
      '03/2025 – accounts for March',
      '10/03/2025 – site visit to Beck Lane',
      '£25/1500 – grant to the playing field',
      '25/0198/2 – a second part',
      'The Committee noted that 25/0198 had been withdrawn.',
    ])
      expect(named(other, true)).toBeNull();
  });
});
