import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
function read(text: string) {
  return readAttendance(text.split('\n'));
}

describe('readAttendance: sentences', () => {
  it('reads apologies and substitutes written as sentences', () => {
    const found = read(
      'Apologies were received from Councillors Eve Frost and Guy Hale. Councillor Ivy Jack attended as substitute.\nCllr Len Moor substituted for Cllr Nat Opie.',
    );
    expect(found.attendance.apologies).toEqual(['Eve Frost', 'Guy Hale']);
    expect(found.attendance.substitutes).toEqual(['Ivy Jack', 'Len Moor (for Nat Opie)']);
    expect(found.lines).toEqual([0, 1]);
  });

  it('reads apologies naming a role, and "no apologies"', () => {
    expect(read('Apologies for absence were received from Cllr Paul Quest, Leader, Riverside Council.').attendance.apologies).toEqual([
      'Paul Quest',
    ]);
    const none = read('There were no apologies.');
    expect(none.attendance.apologies).toEqual([]);
    expect(none.lines).toEqual([0]);
  });

  it('reads "Members:" under "Present", and "Present Members:"', () => {
    expect(read('Present\nMembers: Cllr P Bates (Chairman), Cllr Beck and Cllr Yardley.').attendance.present).toEqual([
      'P Bates',
      'Beck',
      'Yardley',
    ]);
    expect(read('Present Members: Cllr P Bates, Cllr Beck').attendance.present).toEqual(['P Bates', 'Beck']);
    // "Members:" alone, as an agenda lists a committee's membership, is not attendance.
    expect(read('Members: Cllr P Bates, Cllr Beck').attendance.present).toEqual([]);
  });

  it('reads a name with its role after it and nothing between, and lists after the public are counted', () => {
    const found = read(
      'In Attendance:\n\nOne member of the public\n\nMr W Grove Clerk and Executive Officer to Ashcombe Parish Council\n\nMrs P Alder Assistant Clerk',
    );
    expect(found.attendance.officers).toEqual([
      'Mr W Grove, Clerk and Executive Officer to Ashcombe Parish Council',
      'Mrs P Alder, Assistant Clerk',
    ]);
    // Names under "Members of the public" are not recorded.
    expect(read('In Attendance:\nMembers of the public\nMr A Smith\nMrs B Jones').attendance).toMatchObject({
      officers: [],
      alsoPresent: [],
    });
  });

  it('says a list of those present that names no one, so that an empty list is never silent', () => {
    const same = read('Present: the same members as above.\n\nApologies: Cllr A Lockyer');
    expect(same.attendance.present).toEqual([]);
    expect(same.unread).toEqual([
      { heading: 'Present: the same members as above.', first: 'the same members as above.', nobody: true, above: { officers: false } },
    ]);
    expect(read('Present: the same members and officers as before').unread[0]?.above).toEqual({ officers: true });
    expect(read('Present: no members attended').unread[0]).toMatchObject({ nobody: true });
    expect(read('Present: no members attended').unread[0]?.above).toBeUndefined();
    expect(read('Present: Cllr O Marsh (Chair), Cllr T Penrose').unread).toEqual([]);
    expect(read('Present: 41 electors of the town').unread.some((entry) => entry.nobody)).toBe(false);
  });

  it('files members of the public named in no list and warns of them by name; the public counted is no one', () => {
    const named = read('Present: Cllr O Marsh (Chair), Cllr T Penrose\nPublic: Mr F Lacey, Mrs G Thorne (for item 5)');
    expect(named.attendance.present).toEqual(['O Marsh', 'T Penrose']);
    expect(named.attendance.alsoPresent).toEqual([]);
    expect(named.unread).toEqual([{ heading: 'Public:', first: 'Mr F Lacey, Mrs G Thorne', public: true }]);
    const under = read('Present: Cllr O Marsh\n\nMembers of the Public:\nMr F Lacey\nMrs G Thorne');
    expect(under.unread).toEqual([{ heading: 'Members of the Public:', first: 'Mr F Lacey, Mrs G Thorne', public: true }]);
    // A note in the plural after names speaks of each of them: none is the clerk's colleague.
    const noted = read('In attendance: Ms R Vane (Parish Clerk), Mr F Lacey and Mrs G Thorne (members of the public).');
    expect(noted.attendance.officers).toEqual(['Ms R Vane, Parish Clerk']);
    expect(noted.unread).toEqual([{ heading: 'Members of the public', first: 'Mr F Lacey, Mrs G Thorne', public: true }]);
    // The public's label in a list of those present, a name after it.
    const labelled = read('Present: Cllrs Marsh, Penrose and the Clerk. Members of the public - Mr Abel Crane.');
    expect(labelled.attendance.present).toEqual(['Marsh', 'Penrose']);
    expect(labelled.unread).toEqual([{ heading: 'Members of the public', first: 'Mr Abel Crane', public: true }]);
    // The name wrapped after its given name: the surname opening the next line is the same person's.
    const wrapped = read('Present: Cllrs Marsh, Penrose and the Clerk. Members of the public - Mr Abel\nCrane, FDC.\n7. Police');
    expect(wrapped.unread).toEqual([{ heading: 'Members of the public', first: 'Mr Abel Crane', public: true }]);
    // A post opening the next line is no surname: the name before it stays whole.
    const clerk = read('In attendance: Mr Abel\nClerk, Mrs D Oakes\n7. Police');
    expect(clerk.attendance.officers).toContain('Mr Abel');
    for (const counted of ['Members of the public: 4', 'Also in attendance: 3 members of the public']) {
      const found = read(`Present: Cllr O Marsh\n${counted}`);
      expect(Object.values(found.attendance).flat()).toEqual(['O Marsh']);
      expect(found.unread).toEqual([]);
    }
  });

  it('reads "These were received from …" under an apologies heading', () => {
    const found = read('APOLOGIES FOR ABSENCE:\n\nThese were received from Councillors G. Ellis and M. Fry.');
    expect(found.attendance.apologies).toEqual(['G. Ellis', 'M. Fry']);
    expect(read('These were received from residents.').attendance.apologies).toEqual([]);
  });

  it('reads a substitution inside a longer sentence without leaving the sentence out', () => {
    const found = read(
      'The Clerk advised that for this meeting Cllr Sam Tate would be substituting, with voting rights, for Cllr Una Vine.',
    );
    expect(found.attendance.substitutes).toEqual(['Sam Tate (for Una Vine)']);
    expect(found.lines).toEqual([]);
  });
});

describe('readAttendance: an apologies sentence over a list', () => {
  it('reads "Apologies had been received from: -" over groups of names as the apologies', () => {
    const found = read(
      'Apologies for absence:\n\nApologies had been received from: -\n\nSchool members\nYara Penn, Zak Orme\n\nNon school members\nNone',
    );
    expect(found.attendance.apologies).toEqual(['Yara Penn', 'Zak Orme']);
    expect(found.unread).toEqual([]);
  });
});

describe('readAttendance: absence said in a sentence', () => {
  it('reads "X was absent without apology" and "No apologies were received from X" as absent', () => {
    const found = read(
      'Apologies for absence:\n1.1\tApologies were received from Cllr A Bexley (work).\n1.2\tCllr C Darnell was absent without apology.',
    );
    expect(found.attendance.apologies).toEqual(['A Bexley']);
    expect(found.attendance.absent).toEqual(['C Darnell']);
    expect(read('No apologies were received from Councillor E Farrow.').attendance.absent).toEqual(['E Farrow']);
    expect(read('No apologies were received from Cllr Ross Keel or Cllr Tilda Vane.').attendance.absent).toEqual([
      'Ross Keel',
      'Tilda Vane',
    ]);
    expect(read('No apologies had been received from Mr Lyle, Mrs Oakes or Ms Penn.').attendance.absent).toEqual([
      'Mr Lyle',
      'Mrs Oakes',
      'Ms Penn',
    ]);
    expect(read('Mrs G Hale was absent.').attendance.absent).toEqual(['Mrs G Hale']);
  });

  it('reads no one from a post or a sentence that says more', () => {
    expect(read('The Chair was absent.').attendance.absent).toEqual([]);
    expect(read('Cllr J Ives was absent for item 4.').attendance.absent).toEqual([]);
    expect(read('No apologies were received.').attendance.absent).toEqual([]);
  });
});

describe('readAttendance: "… was in attendance, together with …"', () => {
  it('reads the clerk named after the post as an officer and a county councillor as also present', () => {
    const found = read(
      'Councillors Pell (Chair), Quarry and Rudd were present. The Clerk, Mrs T Nightingale, was in attendance, together with County Councillor Wyatt and two members of the public.',
    );
    expect(found.attendance.present).toEqual(['Pell', 'Quarry', 'Rudd']);
    expect(found.attendance.officers).toEqual(['Mrs T Nightingale, Clerk']);
    expect(found.attendance.alsoPresent).toEqual(['Wyatt']);
    expect(found.lines).toEqual([0]);
  });

  it('reads the clerk with the post in brackets, and leaves a sentence naming no one unread', () => {
    const found = read('Mrs T Nightingale (Clerk) was in attendance, together with District Councillor Wyatt.');
    expect(found.attendance).toMatchObject({ officers: ['Mrs T Nightingale, Clerk'], alsoPresent: ['Wyatt'] });
    expect(read('Nobody from the press was in attendance.').lines).toEqual([]);
  });
});

describe('readAttendance: a substitute in an apologies sentence', () => {
  it('reads "…, with X attending as her substitute," after a name as who stood in for that member', () => {
    const found = read(
      'Apologies were received from Dr Ada Lusk, with Dr Ravi Kotecha attending as her substitute, and from Cllr Owen Tate.',
    );
    expect(found.attendance).toMatchObject({ apologies: ['Dr Ada Lusk', 'Owen Tate'], substitutes: ['Dr Ravi Kotecha (for Dr Ada Lusk)'] });
  });
});

describe('readAttendance: a chair line under the lists names the chair by post', () => {
  it('reads "The Provost in the Chair." as the Provost the list names holding the chair', () => {
    const found = read(
      'Sederunt:   Provost Elspeth Muir (Chair);\n            Councillors Rory Dow and Isla Kerr.\n\nApologies:  Councillor Ewan Bain.\n\nThe Provost in the Chair.',
    );
    expect(found.attendance.present).toEqual(['Elspeth Muir', 'Rory Dow', 'Isla Kerr']);
    expect(found.posts).toContainEqual({ post: 'Chair', name: 'Elspeth Muir' });
    expect(found.lines).toContain(5);
  });

  it('reads "The Convener in the Chair." alike, never a name of those present', () => {
    const found = read('Present:\nCouncillor Ian Garvie (Convener)\nCouncillor Ann Tosh\n\nThe Convener in the Chair.');
    expect(found.attendance.present).toEqual(['Ian Garvie', 'Ann Tosh']);
    // The Convener is the chair (postKey): the list's post says so already.
    expect(found.posts).toEqual([{ post: 'Convener', name: 'Ian Garvie' }]);
    expect(found.lines).toContain(4);
  });

  it('leaves "The Mayor in the Chair." unread where no one listed is the Mayor', () => {
    const found = read('Present:\nCouncillors Ann Tosh and Rab Ure\n\nThe Mayor in the Chair.');
    expect(found.attendance.present).toEqual(['Ann Tosh', 'Rab Ure']);
    expect(found.lines).not.toContain(3);
  });
});
