import { describe, expect, it } from 'vitest';
import { findApologies, findPresenters, looksLikeName, splitNameList } from './attendance-text.ts';

describe('attendance in prose', () => {
  it('tells names from roles', () => {
    expect(looksLikeName('Councillor Ray Gooding')).toBe(true);
    expect(looksLikeName('Mr P M McDonald')).toBe(true);
    expect(looksLikeName('Jenny Boyd')).toBe(true);
    expect(looksLikeName('Head of Locality Commissioning')).toBe(false);
    expect(looksLikeName('The Cabinet Member with Responsibility for Children')).toBe(false);
  });

  it('reads apologies, with initials and plural titles', () => {
    expect(findApologies('Apologies were received from Mr B. Allbut and Mrs R L Dent. Then more.')).toEqual([
      'Mr B. Allbut',
      'Mrs R L Dent',
    ]);
    expect(findApologies('Apologies for absence were received from Councillors Smith and Jones.')).toEqual([
      'Councillor Smith',
      'Councillor Jones',
    ]);
    expect(findApologies('Apologies were received for the absence of Councillor Nia Owen.')).toEqual(['Councillor Nia Owen']);
    expect(findApologies('There were no apologies.')).toEqual([]);
  });

  it('reads people who will attend, each with their role', () => {
    expect(findPresenters('Dr Ann Lee, Director of Public Health and Tom Hart will attend the meeting.')).toEqual([
      'Dr Ann Lee, Director of Public Health',
      'Tom Hart',
    ]);
    expect(findPresenters('The Cabinet Member had been invited to the meeting.')).toEqual([]);
    expect(
      findPresenters(
        "Members received report PAF/29/14. Cllr Ray Gooding, Cabinet Member for Education and Lifelong Learning, and Michael O'Brien, Head of Commissioning, Education and Lifelong Learning, were in attendance.",
      ),
    ).toEqual([
      'Cllr Ray Gooding, Cabinet Member for Education and Lifelong Learning',
      "Michael O'Brien, Head of Commissioning, Education and Lifelong Learning",
    ]);
  });

  it('splits member lists', () => {
    expect(splitNameList('Councillors Redsell (Chair), Snell and Potter')).toEqual([
      'Councillor Redsell (Chair)',
      'Councillor Snell',
      'Councillor Potter',
    ]);
  });
});
