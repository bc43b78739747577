import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';
import { footMembership, isMembershipPart, readMembership } from './membership.ts';

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

  it('writes the title of an "Aldermen" run once before each name', () => {
    expect(readMembership(['Aldermen Una Voss and K Rowe (Vice-Chair), Councillors Ed Fry'])).toEqual([
      'Alderman Una Voss',
      'Alderman K Rowe (Vice-Chair)',
      'Councillor Ed Fry',
    ]);
  });

  it('reads "Co-opted:" over names as a part of the membership, not the heading of those present', () => {
    expect(readAttendance(['Membership:', 'Councillor Ida Pell', 'Co-opted:', 'Mr Rufus Tamm']).members).toEqual([
      'Councillor Ida Pell',
      'Mr Rufus Tamm',
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

describe('footMembership', () => {
  it("takes the members a page lists after its last item out of the item's lines, leaving the contact under them", () => {
    const lines = [
      'Report of the Head of Waste.',
      '',
      'Committee members',
      '',
      'Councillor Nell Ormsby (Chair)',
      'Councillor Piotr Quayle',
      'Mrs Rosa Tindall (Co-opted Member)',
      '',
      'Contact',
      'Democratic Services, 01632 960222',
    ];
    expect(footMembership(lines)).toEqual({
      members: ['Councillor Nell Ormsby (Chair)', 'Councillor Piotr Quayle', 'Mrs Rosa Tindall (Co-opted Member)'],
      lines: ['Report of the Head of Waste.', '', '', 'Contact', 'Democratic Services, 01632 960222'],
    });
    expect(footMembership(['Membership: Councillors Ada Vance and Ben Wylie'])?.members).toEqual([
      'Councillor Ada Vance',
      'Councillor Ben Wylie',
    ]);
  });

  it("takes a front sheet's membership above its notice that the meeting may be filmed, which stays", () => {
    const lines = [
      'To consider any matter the Chair thinks urgent.',
      '',
      'MEMBERSHIP:',
      'Councillors: Bryn Ellery (Chair), Non Wenallt, Ifor Tudno',
      '',
      'Note: This meeting may be filmed for broadcast on the',
      "Council's website. Questions may be asked in Welsh.",
    ];
    expect(footMembership(lines)).toEqual({
      members: ['Councillor Bryn Ellery (Chair)', 'Councillor Non Wenallt', 'Councillor Ifor Tudno'],
      lines: ['To consider any matter the Chair thinks urgent.', '', ...lines.slice(4)],
    });
    // Other prose under the names is still the item's.
    expect(footMembership([...lines.slice(0, 5), 'Note: the Panel meets in May.'])).toBeNull();
  });

  it("leaves an item's own list of appointments, with more of the item after it, and a heading over no names", () => {
    const appointed = ['Panel membership', 'Councillor Cal Yates', 'Councillor Dee Zorn', 'The Panel will meet in May.'];
    expect(footMembership(appointed)).toBeNull();
    expect(footMembership(['Committee members', 'Further information'])).toBeNull();
  });
});
