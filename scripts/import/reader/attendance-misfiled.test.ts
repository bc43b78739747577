import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** The attendance read from the members present, more lines of those attending, and an item after them. */
const under = (...lines: string[]) => readAttendance(['Present: Councillors A Brennan and C Dorsey.', ...lines, '', '1. Apologies']);
/** Every warning the reader leaves for the caller, as one text to search. */
const unreadText = (found: ReturnType<typeof readAttendance>) => JSON.stringify(found.unread);

describe('readAttendance: a post with no name is no person; the name in brackets after a post is', () => {
  it('keeps the holder named in brackets after a post and a body, and warns of the posts no one is named for', () => {
    const found = under(
      'Guests: the High Sheriff; the Chief Constable; the Commanding Officer, 2nd Battalion Fenwick Fusiliers (Lt Col Ruth Ames)',
    );
    expect(found.attendance.alsoPresent).toEqual(['Lt Col Ruth Ames, Commanding Officer, 2nd Battalion Fenwick Fusiliers']);
    expect(found.attendance.officers).toEqual([]);
    expect(found.attendance.present).toEqual(['A Brennan', 'C Dorsey']);
    expect(unreadText(found)).toContain('Chief Constable');
    expect(unreadText(found)).toContain('High Sheriff');
  });

  it('reads military ranks before a name as titles, whatever the post before them', () => {
    const found = under(
      'Guests: the Bishop of Wexmoor; the Station Commander, RAF Coltby (Group Captain Lee Varn); Major Tom Pryce (Royal Logistic Corps)',
    );
    expect(found.attendance.alsoPresent).toEqual([
      'Group Captain Lee Varn, Station Commander, RAF Coltby',
      'Major Tom Pryce, Royal Logistic Corps',
    ]);
    expect(found.attendance.officers).toEqual([]);
    expect(unreadText(found)).toContain('Bishop of Wexmoor');
  });

  it('gives a post before a comma to the titled guest after it, never one after a semicolon to the guest before it', () => {
    const found = under('Guests: the Lord-Lieutenant, Dame Ada Fenn; the Chief Constable; Brigadier Hal Osgood');
    expect(found.attendance.alsoPresent).toEqual(['Dame Ada Fenn, Lord-Lieutenant', 'Brigadier Hal Osgood']);
    expect(unreadText(found)).toContain('Chief Constable');
  });

  it('reads a post cut in two at the line\'s end ("; the Chief" over "Constable; …") as one post, no one\'s name', () => {
    const found = under('Guests: Dame Ada Fenn; the Chief', 'Constable; the Station Commander, RAF Coltby (Group Captain Lee Varn)');
    expect(found.attendance.alsoPresent).toEqual(['Dame Ada Fenn', 'Group Captain Lee Varn, Station Commander, RAF Coltby']);
    expect(unreadText(found)).toContain('Chief Constable');
  });

  it('never makes a person of a rank alone among those also present', () => {
    const found = under('Also present: the Chief Constable and Brigadier Hal Osgood');
    expect(found.attendance.alsoPresent).toEqual(['Brigadier Hal Osgood']);
    expect(found.attendance.officers).toEqual([]);
    expect(unreadText(found)).toContain('Chief Constable');
  });
});

describe('readAttendance: honorary freemen and aldermen listed apart are guests, not members present', () => {
  it('files "Honorary Freemen present:" after the members as guests', () => {
    const found = readAttendance([
      'Present: The Mayor (Councillor Ann Holt) in the Chair',
      'Councillors: Bolt, Carver and Dunne',
      '',
      'Honorary Freemen present: Mrs Ida Fell OBE, Mr Sam Reed',
      '',
      '1. Apologies',
    ]);
    expect(found.attendance.present).toEqual(['Ann Holt', 'Bolt', 'Carver', 'Dunne']);
    expect(found.attendance.alsoPresent).toEqual(['Mrs Ida Fell OBE', 'Mr Sam Reed']);
  });

  it('files "Honorary Aldermen present:" and "Honorary Freemen:" straight under the members as guests', () => {
    const found = under('Honorary Aldermen present: Mr Ken Platt and Mrs Una Shaw');
    expect(found.attendance.present).toEqual(['A Brennan', 'C Dorsey']);
    expect(found.attendance.alsoPresent).toEqual(['Mr Ken Platt', 'Mrs Una Shaw']);
    const freemen = under('Honorary Freemen: Mr Ken Platt and Mrs Una Shaw');
    expect(freemen.attendance.present).toEqual(['A Brennan', 'C Dorsey']);
    expect(freemen.attendance.alsoPresent).toEqual(['Mr Ken Platt', 'Mrs Una Shaw']);
  });

  it('files "Honorary Aldermen:" over names one a line as guests', () => {
    const found = under('Honorary Aldermen:', 'Mr Ken Platt', 'Mrs Una Shaw');
    expect(found.attendance.present).toEqual(['A Brennan', 'C Dorsey']);
    expect(found.attendance.alsoPresent).toEqual(['Mr Ken Platt', 'Mrs Una Shaw']);
  });
});

describe('readAttendance: councillors at a meeting of a body they do not sit on are also present', () => {
  it('reads "Non-Executive Members attending:" and "Non-Cabinet Councillors attending:" as those also present', () => {
    const found = under('Non-Executive Members attending: Councillors Fran Opie and George Rowe');
    expect(found.attendance.present).toEqual(['A Brennan', 'C Dorsey']);
    expect(found.attendance.alsoPresent).toEqual(['Fran Opie', 'George Rowe']);
    const cabinet = under('Non-Cabinet Councillors attending: Cllr P Lamb (items 4 and 5)');
    expect(cabinet.attendance.present).toEqual(['A Brennan', 'C Dorsey']);
    expect(cabinet.attendance.alsoPresent).toEqual(['P Lamb (items 4 and 5)']);
  });

  it('reads local members under their label, in a column beside the panel, as also present for the items named', () => {
    const found = readAttendance([
      'Panel Members:    County Councillor Ruth Abbey (Chair)',
      '                  County Councillor Simon Boyle',
      'Local Members:    County Councillor Nora Delves (Whitcombe division) – for item 3',
      '                  County Councillor Paul Egan (Harbridge division) – for item 4',
      '',
      '1. Apologies',
    ]);
    expect(found.attendance.present).toEqual(['Ruth Abbey', 'Simon Boyle']);
    expect(found.attendance.alsoPresent).toEqual(['Nora Delves (item 3)', 'Paul Egan (item 4)']);
  });

  it('reads "Local Ward Members present:" with the items after each name', () => {
    const found = under('Local Ward Members present: Cllr Paul Egan for item 4, Cllr Rita Moon for items 4 and 5');
    expect(found.attendance.present).toEqual(['A Brennan', 'C Dorsey']);
    expect(found.attendance.alsoPresent).toEqual(['Paul Egan (item 4)', 'Rita Moon (items 4 and 5)']);
  });
});

describe("readAttendance: a party at a hearing, and a party's representative, are its parties, never officers", () => {
  it('files the licence holder and their representative as parties', () => {
    const found = under('Also present: Driver B (licence holder); Mr K Osei (representative of Driver B)');
    expect(found.attendance.presenters).toEqual(['Driver B (licence holder)', 'Mr K Osei (representative of Driver B)']);
    expect(found.attendance.officers).toEqual([]);
    expect(found.attendance.alsoPresent).toEqual([]);
  });

  it("files an applicant's representative from a body, and a solicitor for the appellant, as parties", () => {
    const found = under(
      "Also present: Mr Luke Hames (the applicant's representative, Vale Cab Drivers' Association)",
      'In attendance: Ms Pia Rowe (solicitor for the appellant), Legal Adviser (Mr Ed Vine)',
    );
    expect(found.attendance.presenters).toEqual([
      "Mr Luke Hames (the applicant's representative, Vale Cab Drivers' Association)",
      'Ms Pia Rowe (solicitor for the appellant)',
    ]);
    expect(found.attendance.officers).toEqual(['Mr Ed Vine, Legal Adviser']);
  });
});

describe('readAttendance: posts each before their holder in brackets give name and post', () => {
  it('reads a post whose words could be a name as the post, in a list of posts before holders, across a wrap', () => {
    const found = readAttendance([
      'Officers: Director of Finance (Lena Gask), Head of Pensions',
      '(Mark Ives), Pension Fund Accountant (Fara Nunn),',
      'Committee Officer (Bo Tull)',
      '',
      '1. Apologies',
    ]);
    expect(found.attendance.officers).toEqual([
      'Lena Gask, Director of Finance',
      'Mark Ives, Head of Pensions',
      'Fara Nunn, Pension Fund Accountant',
      'Bo Tull, Committee Officer',
    ]);
  });

  it('reads posts with no post word as posts when the list gives every holder in brackets', () => {
    const found = under('Officers: Planning Manager (Kate Moss), Highways Liaison (Dan Lee), Principal Planner (Ravi Shah)');
    expect(found.attendance.officers).toEqual(['Kate Moss, Planning Manager', 'Dan Lee, Highways Liaison', 'Ravi Shah, Principal Planner']);
  });

  it("keeps a member's seat with the body after it, as the seat alone is kept", () => {
    const found = readAttendance([
      'Voting members: Cllr A Brennan, Cllr C Dorsey',
      'Non-voting members: Mr Alan Petch (Scheme Member Representative), Ms Jo Kealy (Employer Representative, Haldermoor College)',
      'Mr Tom Rees (Staff Representative, Unite the Union)',
      '',
      '1. Apologies',
    ]);
    expect(found.attendance.present).toEqual([
      'A Brennan',
      'C Dorsey',
      'Mr Alan Petch, Scheme Member Representative',
      'Ms Jo Kealy, Employer Representative, Haldermoor College',
      'Mr Tom Rees, Staff Representative, Unite the Union',
    ]);
  });
});
