import { describe, expect, it } from 'vitest';
import { fitsInitials, givenFits, isInitials, parseName } from './person-name.ts';

describe('parseName', () => {
  it('reads Ray Gooding however the seeds title him', () => {
    const expected = { title: 'Councillor', given: 'Ray', surname: 'Gooding', display: 'Ray Gooding' };
    expect(parseName('County Councillor Ray Gooding')).toMatchObject(expected);
    expect(parseName('Councillor Ray Gooding')).toMatchObject(expected);
    expect(parseName('Cllr Ray Gooding')).toMatchObject(expected);
    expect(parseName('Cllr. Ray Gooding')).toMatchObject(expected);
  });

  it('keeps a surname-only name as such, with its titles in the display', () => {
    expect(parseName('Councillor Gooding')).toMatchObject({
      title: 'Councillor',
      given: null,
      surname: 'Gooding',
      display: 'Councillor Gooding',
    });
    expect(parseName('Councillor Mrs Wagland')).toMatchObject({
      title: 'Councillor',
      honorific: 'Mrs',
      given: null,
      surname: 'Wagland',
      display: 'Councillor Mrs Wagland',
    });
  });

  it('reads initials as the given name (seed 001 and 003 lists)', () => {
    expect(parseName('Councillor I Grundy')).toMatchObject({ title: 'Councillor', given: 'I', surname: 'Grundy', display: 'I Grundy' });
    expect(parseName('Mr B Allbut')).toMatchObject({ title: 'Mr', given: 'B', surname: 'Allbut', display: 'B Allbut' });
    expect(parseName('Mrs R L Dent')).toMatchObject({ title: 'Mrs', given: 'R L', surname: 'Dent' });
    expect(parseName('Dr R.L. Smith MP')).toMatchObject({ title: 'Dr', given: 'R L', surname: 'Smith', display: 'R L Smith' });
  });

  it('splits off trailing roles and remarks', () => {
    expect(parseName('Jenny Boyd, the West Director of Local Delivery')).toMatchObject({
      title: null,
      given: 'Jenny',
      surname: 'Boyd',
      display: 'Jenny Boyd',
      role: 'West Director of Local Delivery',
    });
    expect(parseName('Ms C Driscoll, Director of Children, Families and Communities')).toMatchObject({
      display: 'C Driscoll',
      role: 'Director of Children, Families and Communities',
    });
    expect(parseName('* I Grundy (Chairman)')).toMatchObject({ display: 'I Grundy', role: 'Chairman', note: null });
    expect(parseName('Robert Fox\tScrutiny Officer')).toMatchObject({ display: 'Robert Fox', role: 'Scrutiny Officer' });
    expect(parseName('Councillor K Bobbin\tItems 5, 6 & 7')).toMatchObject({ display: 'K Bobbin', role: null, note: 'Items 5, 6 & 7' });
    expect(parseName('Cllr J Young (for Cllr M Danvers)')).toMatchObject({ display: 'J Young', note: 'for Cllr M Danvers' });
  });

  it('keeps surnames with apostrophes and particles whole', () => {
    expect(parseName("Michael O'Brien")).toMatchObject({ given: 'Michael', surname: "O'Brien" });
    expect(parseName('Lonica van Clay')).toMatchObject({ given: 'Lonica', surname: 'van Clay' });
  });

  it('gives null when there is no name at all', () => {
    expect(parseName('')).toBeNull();
    expect(parseName('  (Chairman) ')).toBeNull();
    expect(parseName(', Scrutiny Officer')).toBeNull();
    expect(parseName('Councillor')).toBeNull();
  });

  it('tells initials from names', () => {
    expect(isInitials('R L')).toBe(true);
    expect(isInitials('Ray')).toBe(false);
  });
});

describe('given names that fit', () => {
  it('fits a full given name to its initials, and not to other initials', () => {
    expect(fitsInitials('Robert Louis', 'R L')).toBe(true);
    expect(fitsInitials('Robert Louis', 'R')).toBe(true);
    expect(fitsInitials('Ray', 'R L')).toBe(false);
  });

  it('takes two given names as one person only when equal, one the initials of the other, or one not printed', () => {
    expect(givenFits('R', 'Ray')).toBe(true);
    expect(givenFits('Ray', null)).toBe(true);
    expect(givenFits('Ray', 'Roy')).toBe(false);
    expect(givenFits('R L', 'Ray')).toBe(false);
  });
});
