import { describe, expect, it } from 'vitest';
import { isMembershipPart, readMembership } from './membership.ts';

describe('readMembership', () => {
  it('gives each name of a run the singular of its plural title, and keeps chair and role notes', () => {
    expect(readMembership(['Cllrs P Ashby (Chairman), R Benton and S Carver', 'Mrs H Hill (Parent Governor Representative)'])).toEqual([
      'Councillor P Ashby (Chairman)',
      'Councillor R Benton',
      'Councillor S Carver',
      'Mrs H Hill (Parent Governor Representative)',
    ]);
  });

  it('carries a title alone over the names under it until the next part, and lists each member once', () => {
    expect(readMembership(['Aldermen:', 'Tom Kerr', 'Co-opted Members:', 'Una Lyle', 'Una Lyle'])).toEqual([
      'Alderman Tom Kerr',
      'Una Lyle',
    ]);
  });

  it('notes substitutes, named after their label or under it', () => {
    expect(readMembership(['Reserve Members:', 'Councillor Vic Moss'])).toEqual(['Councillor Vic Moss (substitute member)']);
    expect(readMembership(['Substitutes: Councillors Wyn Nash'])).toEqual(['Councillor Wyn Nash (substitute member)']);
  });
});

describe('isMembershipPart', () => {
  it('knows the labels that part a membership, and not the lists of a meeting', () => {
    expect(['Councillors:', 'Other Members:', 'Co-opted Members', 'Substitutes: Councillors A and B'].every(isMembershipPart)).toBe(true);
    expect(['Other Members Present', 'County Councillors', 'Apologies:', 'Councillor A Ash'].some(isMembershipPart)).toBe(false);
  });
});
