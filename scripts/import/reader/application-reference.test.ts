import { describe, expect, it } from 'vitest';
import { APPLICATION_REFERENCE } from './application-reference.ts';

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
