import { describe, expect, it } from 'vitest';
import { PUBLIC, readPiece, readPieces } from './attendance-person.ts';
import { emptyPerson, squash } from './attendance-piece.ts';
import { postKey } from './chair-posts.ts';
import { isName, postAlone } from './person-name.ts';
import { partnerNote } from './person-posts.ts';
import { ROLE_WORDS } from './role-words.ts';

describe('readPiece: one person', () => {
  it('reads a council named after a comma as whom a member represents, and a chair note after it', () => {
    expect(readPieces('Cllr T Abbott, Ashby District Council (Chairman)')).toEqual([
      { ...emptyPerson('T Abbott'), councillor: true, outside: true, role: 'Ashby District Council', chair: 'Chairman' },
    ]);
    expect(readPiece('Westmarch County Council')).toEqual({ kind: 'role', text: 'Westmarch County Council' });
  });

  it('parts a flattened table where the next name\'s title follows a council or "Member"', () => {
    expect(
      readPieces('Cllr T Abbott, Ashby District Council Cllr Mrs J Barker, Co-opted Member Cllr K Cole').map((piece) =>
        piece.kind === 'person' ? [piece.name, piece.role] : piece.text,
      ),
    ).toEqual([
      ['T Abbott', 'Ashby District Council'],
      ['Mrs J Barker', 'Co-opted Member'],
      ['K Cole', null],
    ]);
  });

  it('reads "Councillor A for Councillor B" as a substitution, but not a name and a phrase with "for"', () => {
    expect(readPiece('Councillor Acton for Councillor Hatch')).toEqual({ ...emptyPerson('Acton'), councillor: true, forWhom: 'Hatch' });
    expect(readPiece('Councillor Acton for the reasons given').kind).toBe('text');
  });

  it('drops "Alderwoman" and "Deputy" (a City of London common councilman) from names as "Alderman" is, never from a post', () => {
    const names = (list: string) =>
      readPieces(list).map((piece) => (piece.kind === 'person' ? [piece.name, piece.councillor] : piece.text));
    expect(names('Alderwoman Jo Fry, Deputy Sam Oake (Chairman), Alderman Ann Bell, Deputy T Ray')).toEqual([
      ['Jo Fry', true],
      ['Sam Oake', true],
      ['Ann Bell', true],
      ['T Ray', true],
    ]);
    expect(readPieces('Mr Ed Cole, Deputy Town Clerk')[0]).toMatchObject({ name: 'Mr Ed Cole', role: 'Deputy Town Clerk', officer: true });
    expect(readPiece('Deputy Mayor Cllr Lin Orr')).toMatchObject({ name: 'Lin Orr', councillor: true });
  });

  it('reads "Cllr A as substitute for Cllr B" and "Cllr A substituting for Cllr B" as A standing in for B, whatever the wording', () => {
    expect(readPiece('Cllr Moss as substitute for Cllr Reed')).toEqual({ ...emptyPerson('Moss'), councillor: true, forWhom: 'Reed' });
    expect(readPiece('Councillor Ida Fenn as a substitute for Councillor Lew Grant')).toEqual({
      ...emptyPerson('Ida Fenn'),
      councillor: true,
      forWhom: 'Lew Grant',
    });
    expect(readPiece('Cllr Moss substituting for Cllr Reed')).toEqual({ ...emptyPerson('Moss'), councillor: true, forWhom: 'Reed' });
    expect(readPiece('Cllr Moss (substituting for Cllr Reed)')).toEqual({ ...emptyPerson('Moss'), councillor: true, forWhom: 'Reed' });
  });

  it('reads a post after a name as running to the semicolon that parts the entries, its commas and "and" joining no people', () => {
    const list = 'K Moffat, Director of Housing, Property and Estates; B Rennie (Clerk); and J Tosh, Head of Parks and Cemeteries.';
    expect(readPieces(list).map((piece) => (piece.kind === 'person' ? [piece.name, piece.role] : piece.text))).toEqual([
      ['K Moffat', 'Director of Housing, Property and Estates'],
      ['B Rennie', 'Clerk'],
      ['J Tosh', 'Head of Parks and Cemeteries'],
    ]);
    // Names after a comma are people, whatever parts the entries.
    expect(readPieces('Councillors Ash, Bell and Cole; Mrs D Drew').map((piece) => (piece.kind === 'person' ? piece.name : ''))).toEqual([
      'Ash',
      'Bell',
      'Cole',
      'Mrs D Drew',
    ]);
  });

  it('reads a staff post after a dash as running on after a comma to its team or body, as brackets would', () => {
    const named = (list: string) => readPieces(list).map((piece) => (piece.kind === 'person' ? [piece.name, piece.role] : piece.text));
    expect(named('Gideon Rook – Service Manager, Riverside Respite')).toEqual([['Gideon Rook', 'Service Manager, Riverside Respite']]);
    expect(named('Gideon Rook (Service Manager, Riverside Respite)')).toEqual([['Gideon Rook', 'Service Manager, Riverside Respite']]);
    // Lists of people after a dash's post still part at their commas: several of them, or one with a title or an initial.
    expect(named('Una Pike – Clerk, Lev Orme, Sadie Ware')).toEqual([
      ['Una Pike', 'Clerk'],
      ['Lev Orme', null],
      ['Sadie Ware', null],
    ]);
    expect(named('Una Pike – Clerk, Cllr Lev Orme')).toEqual([
      ['Una Pike', 'Clerk'],
      ['Lev Orme', null],
    ]);
    expect(named('Una Pike – Clerk, L Orme and S Ware')).toEqual([
      ['Una Pike', 'Clerk'],
      ['L Orme', null],
      ['S Ware', null],
    ]);
  });

  it("drops an alderman's title as a councillor's, giving it to no name of the run printed without it; a bailie's is kept", () => {
    const names = (text: string) => readPieces(text).map((piece) => (piece.kind === 'person' ? piece.name : piece.text));
    expect(names('Alderman Quinn, Hagan and Doak, Councillor Ross')).toEqual(['Quinn', 'Hagan', 'Doak', 'Ross']);
    expect(names('Bailie Muir and Mr T Gow')).toEqual(['Bailie Muir', 'Mr T Gow']);
    expect(names('Alderman Una Voss and Kit Rowe')).toEqual(['Una Voss', 'Kit Rowe']);
  });

  it('reads a run under "Aldermen" as councillors, whole names too, each without the title, up to a title of its own or an officer', () => {
    const names = (text: string) => readPieces(text).map((piece) => (piece.kind === 'person' ? piece.name : piece.text));
    expect(names('Aldermen Una Voss, Kit Rowe and J Lamb (Chair), Councillors Ed Fry')).toEqual([
      'Una Voss',
      'Kit Rowe',
      'J Lamb',
      'Ed Fry',
    ]);
    expect(names('Aldermen – G Tully and K Ennis; Mr T Gray (Clerk)')).toEqual(['G Tully', 'K Ennis', 'Mr T Gray']);
    expect(readPieces('Aldermen G Tully and K Ennis').every((piece) => piece.kind === 'person' && piece.councillor)).toBe(true);
  });

  it('reads a civic post before a name in brackets as the post of the member named ("Deputy Lord Mayor (Councillor Ferris)")', () => {
    expect(readPieces('the Deputy Lord Mayor (Councillor Orla Byrne)')).toEqual([
      { ...emptyPerson('Orla Byrne'), councillor: true, post: 'Deputy Lord Mayor' },
    ]);
    expect(readPieces('the High Sheriff (Alderman Neale)')).toEqual([{ ...emptyPerson('Neale'), councillor: true, post: 'High Sheriff' }]);
  });

  it('keeps "Police and Crime Commissioner" one role, a post held outside the council', () => {
    expect(readPieces('S Grant, Police and Crime Commissioner')).toEqual([
      { ...emptyPerson('S Grant'), role: 'Police and Crime Commissioner', elsewhere: true },
    ]);
  });

  it('drops the councillor title, marks a councillor, and keeps a "(Chair)" note apart from the name', () => {
    expect(readPiece('Cllr Jane Smith (Chair)')).toEqual({ ...emptyPerson('Jane Smith'), councillor: true, chair: 'Chair' });
  });

  it('keeps the civic post a member holds, after the name or before it, as one post however printed', () => {
    expect(readPiece('Councillor Ann Holt (Mayor)')).toEqual({ ...emptyPerson('Ann Holt'), councillor: true, post: 'Mayor' });
    expect(readPiece('The Mayor (Councillor Ann Holt)')).toEqual({ ...emptyPerson('Ann Holt'), councillor: true, post: 'Mayor' });
    expect(readPiece('Cllr Ben Carter (Deputy Mayor)')).toMatchObject({ name: 'Ben Carter', post: 'Deputy Mayor' });
    expect(readPiece('Councillor Ann Holt (Leader)').kind === 'person' && readPiece('Councillor Ann Holt (Leader)')).toMatchObject({
      post: null,
    });
    expect(['The Mayor', 'the Right Worshipful the Mayor', 'Mayor in the Chair'].map(postKey)).toEqual(['mayor', 'mayor', 'mayor']);
    expect(postKey('the Right Honourable the Lord Mayor')).toBe('lord mayor');
    expect(['The Chair', 'Chairman', 'the Chairperson', 'in the Chair'].map(postKey)).toEqual(['chair', 'chair', 'chair', 'chair']);
    expect(['Vice-Chairman', 'The Deputy Mayor', 'Lord Mayor'].map(postKey)).toEqual(['vice chair', 'deputy mayor', 'lord mayor']);
    expect(['Holt', 'The Leader', 'Clerk'].map(postKey)).toEqual([null, null, null]);
  });

  it('strips a chair title before the councillor title, and a "Chairman in the chair" note', () => {
    expect(readPiece('Vice-Chairman Cllr Dot Hume')).toEqual({ ...emptyPerson('Dot Hume'), councillor: true, post: 'Vice-Chairman' });
    expect(readPiece('Cllr Ada Pym (Chairman in the chair)')).toEqual({
      ...emptyPerson('Ada Pym'),
      councillor: true,
      chair: 'Chairman in the chair',
    });
  });

  it('reads an unbracketed "in the chair" after a name as the chair\'s note', () => {
    expect(readPiece('Councillor R Pollard (Chairman) in the chair')).toMatchObject({
      kind: 'person',
      name: 'R Pollard',
      councillor: true,
    });
    expect(readPiece('Cllr Ada Pym in the Chair')).toMatchObject({ kind: 'person', name: 'Ada Pym', chair: 'in the Chair' });
  });

  it('reads a town council\'s civic post alone before a councillor ("The Deputy Town Mayor, Cllr …") as no person', () => {
    expect(
      readPieces('The Deputy Town Mayor, Cllr Mina Rolt')
        .filter((piece) => piece.kind === 'person')
        .map((piece) => piece.name),
    ).toEqual(['Mina Rolt']);
    expect(readPiece('Town Mayor')).toEqual({ kind: 'role', text: 'Town Mayor' });
  });

  it("reads a town's mayor before a councillor's title as the post, no part of the name", () => {
    expect(readPiece('Town Mayor Cllr Nerys Pugh (in the Chair)')).toMatchObject({
      name: 'Nerys Pugh',
      councillor: true,
      post: 'Town Mayor',
      chair: 'in the Chair',
    });
  });

  it("reads a member's post printed before their title as their role, never as an officer's name", () => {
    expect(readPiece('Deputy Town Mayor Councillor Ilse Varga – Parks and Open Spaces')).toEqual({
      ...emptyPerson('Ilse Varga'),
      councillor: true,
      role: 'Deputy Town Mayor, Parks and Open Spaces',
    });
    expect(readPiece('Executive Member for Waste, Cllr Rhod Pask')).toEqual({
      ...emptyPerson('Rhod Pask'),
      councillor: true,
      role: 'Executive Member for Waste',
    });
  });

  it('keeps personal titles, particles and a lower-case last surname as printed', () => {
    expect(readPiece('Mrs Ruth Dale')).toEqual(emptyPerson('Mrs Ruth Dale'));
    expect(readPiece('Kit de la Mare')).toEqual(emptyPerson('Kit de la Mare'));
    expect(readPiece('Ann Bell mills')).toEqual(emptyPerson('Ann Bell mills'));
  });

  it('records whom a substitute stood in for, from "(substitute for ...)" or "(for ...)"', () => {
    expect(readPiece('Mr A Jones (substitute for Cllr B Brown)')).toEqual({ ...emptyPerson('Mr A Jones'), forWhom: 'B Brown' });
    expect(readPiece('Cllr Ray Tse (for Cllr Al Fox)')).toEqual({ ...emptyPerson('Ray Tse'), councillor: true, forWhom: 'Al Fox' });
  });

  it('reads an officer lead ("Parish Clerk: Sam Lee") and "the Clerk" with no name as officers', () => {
    expect(readPiece('Parish Clerk: Sam Lee')).toEqual({ ...emptyPerson('Sam Lee'), officer: true, role: 'Parish Clerk' });
    expect(readPiece('the Clerk')).toEqual({ ...emptyPerson(''), officer: true, role: 'Clerk' });
  });

  it('marks councillors of another council by their lead, a bracketed council or its acronym', () => {
    expect(readPiece('County Cllr Mrs Ruth Dale')).toEqual({ ...emptyPerson('Mrs Ruth Dale'), outside: true, councillor: true });
    expect(readPiece('Eli Nash (District Councillor)')).toEqual({ ...emptyPerson('Eli Nash'), outside: true });
    expect(readPiece('Ivy Nunn (NDC)')).toEqual({ ...emptyPerson('Ivy Nunn'), outside: true });
  });

  it('reads a bracketed job title, an officer title, items attended and a role after a dash', () => {
    expect(readPiece('Tom Vale (Head of Estates)')).toEqual({ ...emptyPerson('Tom Vale'), officer: true, role: 'Head of Estates' });
    // A school's head, as an education committee lists a head teacher co-opted onto it, holds no post of the council's.
    expect(readPiece('Ruth Amble (Head of Fenwick Primary School)')).toEqual({
      ...emptyPerson('Ruth Amble'),
      job: true,
      role: 'Head of Fenwick Primary School',
    });
    expect(readPiece('Sue Tye (Parish Clerk)')).toEqual({ ...emptyPerson('Sue Tye'), officer: true, role: 'Parish Clerk' });
    expect(readPiece('Pat Quill (Left after item 5)')).toEqual({ ...emptyPerson('Pat Quill'), items: 'left after item 5' });
    expect(readPiece('Lee Marsh – Deputy Clerk')).toEqual({ ...emptyPerson('Lee Marsh'), officer: true, role: 'Deputy Clerk' });
  });

  it('ignores initials in brackets ("(OS)") and a leading bullet and trailing full stop', () => {
    expect(readPiece('Jo Platt (OS)')).toEqual(emptyPerson('Jo Platt'));
    expect(readPiece('• Cllr Ola Penn.')).toEqual({ ...emptyPerson('Ola Penn'), councillor: true });
  });
});

describe('readPiece: what is not a person', () => {
  it('reads "None", "nil" and "No apologies were received" as none', () => {
    expect(readPiece('None')).toEqual({ kind: 'none', text: 'None' });
    expect(readPiece('nil')).toEqual({ kind: 'none', text: 'nil' });
    expect(readPiece('No apologies were received.')).toEqual({ kind: 'none', text: 'No apologies were received' });
  });

  it('reads "As above" and "See above", an item pointing back at the list in the head, as no one', () => {
    expect(readPiece('As above.')).toEqual({ kind: 'none', text: 'As above' });
    expect(readPiece('See above')).toEqual({ kind: 'none', text: 'See above' });
  });

  it('reads a count of the public as the public', () => {
    expect(readPiece('Three members of the public')).toEqual({ kind: 'public', text: 'Three members of the public' });
    expect(readPiece('4 residents')).toMatchObject({ kind: 'public' });
  });

  it('tells a role or body from prose', () => {
    expect(readPiece('Leader of the Blue Group')).toEqual({ kind: 'role', text: 'Leader of the Blue Group' });
    expect(readPiece('ABC')).toEqual({ kind: 'role', text: 'ABC' });
    expect(readPiece('The chair thanked everyone for coming')).toEqual({ kind: 'text', text: 'chair thanked everyone for coming' });
  });
});

describe('readPieces', () => {
  it('reads a councillor list into people', () => {
    expect(readPieces('Cllrs A Fenn (Chair), B Gault and C Hume.').map((piece) => piece.kind === 'person' && piece.name)).toEqual([
      'A Fenn',
      'B Gault',
      'C Hume',
    ]);
  });

  it('gives a role after a comma to the name before it: officers and visiting councillors', () => {
    expect(readPieces('Ned Willis, Parish Clerk, Ola Price, HDC')).toEqual([
      { ...emptyPerson('Ned Willis'), officer: true, role: 'Parish Clerk' },
      { ...emptyPerson('Ola Price'), outside: true, role: 'HDC' },
    ]);
    expect(readPieces('Dan Roe, Leader, Blue Group')).toEqual([{ ...emptyPerson('Dan Roe'), role: 'Leader, Blue Group' }]);
  });

  it("reads a parish council's own posts after a name as its officers: surveyor, lengthsman, tree and paths wardens", () => {
    const officer = (name: string, role: string) => ({ ...emptyPerson(name), officer: true, role });
    expect(readPieces('Mrs R Lowe, Clerk; Mr T Gale, Surveyor; Mr K Bell, Lengthsman')).toEqual([
      officer('Mrs R Lowe', 'Clerk'),
      officer('Mr T Gale', 'Surveyor'),
      officer('Mr K Bell', 'Lengthsman'),
    ]);
    expect(readPieces('Mrs P Nye, Tree Warden, Mr S Orme (Parish Paths Warden)')).toEqual([
      officer('Mrs P Nye', 'Tree Warden'),
      officer('Mr S Orme', 'Parish Paths Warden'),
    ]);
    // "Warden" alone is a surname, as a councillor's.
    expect(readPieces('Cllrs Ann Holt, Philip Warden').map((piece) => piece.kind === 'person' && piece.name)).toEqual([
      'Ann Holt',
      'Philip Warden',
    ]);
  });

  it('gives a note after a comma to the name before it when it names whom a substitute stood in for, or items', () => {
    expect(readPieces('Cllr B Gault, substitute for Cllr C Hume, Cllr D Irwin, left after item 5.')).toEqual([
      { ...emptyPerson('B Gault'), councillor: true, forWhom: 'C Hume' },
      { ...emptyPerson('D Irwin'), councillor: true, items: 'left after item 5' },
    ]);
    // Prose, or a substitute who stood in for no one named, is not a note.
    expect(readPieces('Cllr B Gault, substitute for the vacancy').map((piece) => piece.kind)).toEqual(['person', 'text']);
    expect(readPieces('Cllr B Gault, who had sent a substitute').map((piece) => piece.kind)).toEqual(['person', 'text']);
  });

  it('takes any post beside an outside body after its comma as held with that body: a guest', () => {
    expect(readPieces('Mrs Ola Brisk, Chair, Fernbank Tenants Association')).toEqual([
      { ...emptyPerson('Mrs Ola Brisk'), role: 'Chair, Fernbank Tenants Association', elsewhere: true },
    ]);
    // A council's post with no body after it stays the council's officer's.
    expect(readPieces('Mr Tam Hoy, Scrutiny Officer')).toEqual([{ ...emptyPerson('Mr Tam Hoy'), officer: true, role: 'Scrutiny Officer' }]);
  });

  it('keeps a post whose own words are a list one post: its commas and "and" join no two people', () => {
    const officer = (name: string, role: string) => ({ ...emptyPerson(name), officer: true, role });
    expect(readPieces('Ms Wren Tolley, Police, Fire and Crime Commissioner, Mr Ivo Dace, Clerk')).toEqual([
      { ...emptyPerson('Ms Wren Tolley'), role: 'Police, Fire and Crime Commissioner', elsewhere: true },
      officer('Mr Ivo Dace', 'Clerk'),
    ]);
    expect(readPieces('Bryn Osk, Director of Place, Growth and Sustainability, Ada Moss, Clerk')).toEqual([
      officer('Bryn Osk', 'Director of Place, Growth and Sustainability'),
      officer('Ada Moss', 'Clerk'),
    ]);
    expect(readPieces('Cllr Lea Pym, Cabinet Member for Adults, Health and Wellbeing')).toEqual([
      { ...emptyPerson('Lea Pym'), councillor: true, role: 'Cabinet Member for Adults, Health and Wellbeing' },
    ]);
    // Surnames under a plural title stay people.
    expect(readPieces('Councillors Ash, Bell and Cole').map((piece) => piece.kind === 'person' && piece.name)).toEqual([
      'Ash',
      'Bell',
      'Cole',
    ]);
  });

  it('keeps a bracketed note that only says more of a post with the post, as printed', () => {
    expect(readPieces('Mr Ivo Dace, Panel Support Officer (host authority)')).toEqual([
      { ...emptyPerson('Mr Ivo Dace'), officer: true, role: 'Panel Support Officer (host authority)' },
    ]);
  });

  it('reads each post printed first, its holder in brackets, as one officer, an "and" within the post joining no two people', () => {
    const officer = (name: string, role: string) => ({ ...emptyPerson(name), officer: true, role });
    expect(readPieces('Chief Fire Officer (Tam Roke), Treasurer (Nia Vell), Clerk and Monitoring Officer (Oren Sykes).')).toEqual([
      officer('Tam Roke', 'Chief Fire Officer'),
      officer('Nia Vell', 'Treasurer'),
      officer('Oren Sykes', 'Clerk and Monitoring Officer'),
    ]);
    expect(readPieces('Director of Leisure and Development (R Kane)')).toEqual([officer('R Kane', 'Director of Leisure and Development')]);
  });

  it('reads a post as a label before its holder, a firm in brackets kept with the post and making it no officer of the council', () => {
    expect(readPieces('Owen Tarr, Committee Officer, External Auditor: Pia Lund (Fernhill Audit LLP)')).toEqual([
      { ...emptyPerson('Owen Tarr'), officer: true, role: 'Committee Officer' },
      { ...emptyPerson('Pia Lund'), role: 'External Auditor (Fernhill Audit LLP)', job: true, elsewhere: true },
    ]);
    expect(readPiece('Legal Adviser: G Drake')).toEqual({ ...emptyPerson('G Drake'), officer: true, role: 'Legal Adviser' });
  });

  it("reads an independent adviser and another body's chair as guests, not the council's officers", () => {
    expect(readPieces('Mr Cai Urquhart (Chairman of the Local Pension Board); Mr Edo Fane (Independent Investment Adviser)')).toEqual([
      { ...emptyPerson('Mr Cai Urquhart'), role: 'Chairman of the Local Pension Board', job: true, elsewhere: true },
      { ...emptyPerson('Mr Edo Fane'), role: 'Independent Investment Adviser', job: true, elsewhere: true },
    ]);
  });

  it("keeps a body whose name opens with its initials in brackets ('(NHS Tarnside ICB)'), and reads past a code alone", () => {
    expect(readPiece('Ms Orla Fenn (NHS Tarnside ICB)')).toEqual({ ...emptyPerson('Ms Orla Fenn'), role: 'NHS Tarnside ICB', job: true });
    expect(readPiece('Jo Platt (LD)')).toEqual(emptyPerson('Jo Platt'));
  });

  it("reads a police rank before a name with the force it serves as a post held outside the council's staff", () => {
    expect(readPiece('Sergeant Dai Morven (Dyfed Valley Police)')).toEqual({
      ...emptyPerson('Dai Morven'),
      role: 'Sergeant, Dyfed Valley Police',
      job: true,
      elsewhere: true,
    });
    // No force named: the rank alone, as before.
    expect(readPiece('Detective Sergeant Nye Quarrie')).toEqual({ ...emptyPerson('Nye Quarrie'), role: 'Detective Sergeant' });
  });

  it('names what makes one listed a partner, not a member: a rank, a post held elsewhere or an outside body, never a council', () => {
    const noteOf = (text: string) => {
      const [piece] = readPieces(text);
      return piece?.kind === 'person' ? partnerNote(piece) : undefined;
    };
    expect(noteOf('Mr P Quinn, Healthwatch Dunmere')).toBe('Healthwatch Dunmere');
    expect(noteOf('Ms Orla Fenn (NHS Tarnside ICB)')).toBe('NHS Tarnside ICB');
    expect(noteOf('Inspector J Ferris')).toBe('Inspector');
    expect(noteOf('S Grant, Police and Crime Commissioner')).toBe('Police and Crime Commissioner');
    expect(noteOf('Ms Gail Rowe, Tarnside Community Safety Partnership')).toBe('Tarnside Community Safety Partnership');
    // A councillor with their council, a co-opted member, a post of the body's own: none a partner.
    expect(noteOf('Cllr Mike Penn, Leader, Tarnside District Council')).toBeNull();
    expect(noteOf('Ms P Ellis, Co-opted Member')).toBeNull();
    expect(noteOf('Mr Kit Abel, Partnership Manager')).toBeNull();
  });

  it('reads "Clerk and RFO" after a name as one officer with both titles, not a second officer without a name', () => {
    expect(readPieces('Ned Willis, Clerk and RFO, Jo Bell')).toEqual([
      { ...emptyPerson('Ned Willis'), officer: true, role: 'Clerk and RFO' },
      emptyPerson('Jo Bell'),
    ]);
    expect(readPieces('Ned Willis and the Clerk').map((piece) => piece.kind === 'person' && piece.name)).toEqual(['Ned Willis', '']);
    expect(readPieces('Clerk and RFO: Mr T Quayle')).toEqual([{ ...emptyPerson('Mr T Quayle'), officer: true, role: 'Clerk and RFO' }]);
    expect(readPieces('the Clerk and RFO: Mr T Quayle').map((piece) => piece.kind === 'person' && piece.name)).toEqual(['', 'Mr T Quayle']);
  });

  it('keeps "the Clerk" after a name as a person of their own', () => {
    expect(readPieces('Ned Willis, the Clerk')).toEqual([emptyPerson('Ned Willis'), { ...emptyPerson(''), officer: true, role: 'Clerk' }]);
  });

  it('gives nothing but "none" for "None"', () => {
    expect(readPieces('None')).toEqual([{ kind: 'none', text: 'None' }]);
  });
});

describe('the shared words and helpers', () => {
  it('squash folds every run of white space, non-breaking spaces and newlines too', () => {
    expect(squash('  Ann\u00a0 Bell\n Cy\tDunn ')).toBe('Ann Bell Cy Dunn');
  });

  it('PUBLIC knows the public and the press but not a name that starts like them', () => {
    expect(['Members of the public', 'press', 'six visitors'].map((text) => PUBLIC.test(text))).toEqual([true, true, true]);
    expect(PUBLIC.test('Pressley Ward')).toBe(false);
  });

  it('ROLE_WORDS holds lower-case role words', () => {
    expect(['clerk', 'chair', 'officer'].every((word) => ROLE_WORDS.has(word))).toBe(true);
    expect(ROLE_WORDS.has('Clerk')).toBe(false);
  });
});

describe('readPiece: a title first', () => {
  it('reads "Title – Name" as an officer with that title, and a name first as before', () => {
    expect(readPiece('Chief Executive – S Hales')).toMatchObject({ name: 'S Hales', role: 'Chief Executive', officer: true });
    expect(readPiece('S Hales – Chief Executive')).toMatchObject({ name: 'S Hales', role: 'Chief Executive' });
    expect(readPiece('Chief Executive – to follow').kind).not.toBe('person');
  });

  it('reads an officer listed title first with the name in brackets', () => {
    expect(readPiece('Head of Tourism (M Quigley)')).toMatchObject({ name: 'M Quigley', role: 'Head of Tourism', officer: true });
    expect(readPieces('Director of Leisure and Development (R Kane)')).toMatchObject([
      { name: 'R Kane', role: 'Director of Leisure and Development', officer: true },
    ]);
    // A name first keeps its note as before.
    expect(readPiece('Anne Fenn (Clerk)')).toMatchObject({ name: 'Anne Fenn', role: 'Clerk' });
    expect(readPieces('A Fenn and B Gault (Chair)').map((piece) => piece.kind === 'person' && piece.name)).toEqual(['A Fenn', 'B Gault']);
  });

  it("reads a chair's title with the name in brackets as that name", () => {
    expect(readPiece('Mayor (Councillor T Byrne)')).toMatchObject({ kind: 'person', name: 'T Byrne', councillor: true });
    expect(readPiece('The Chairman (Cllr A Fenn)')).toMatchObject({ kind: 'person', name: 'A Fenn' });
  });
});

describe('readPieces: posts, bodies and couples', () => {
  const brief = (text: string) =>
    readPieces(text).map((piece) =>
      piece.kind === 'person'
        ? { name: piece.name, role: piece.role, officer: piece.officer, elsewhere: piece.elsewhere, councillor: piece.councillor }
        : piece.kind,
    );

  it('keeps a body with "and" in its name after a post as that person\'s, not two more people', () => {
    expect(brief('Wendell Orrin, Chief Executive, Brackley and Vale Hospice')).toEqual([
      { name: 'Wendell Orrin', role: 'Chief Executive, Brackley and Vale Hospice', officer: false, elsewhere: true, councillor: false },
    ]);
  });

  it("reads a post with another body as that body's, and a post with a council as an officer's", () => {
    expect(
      brief('Dr Lune Paskin (Clinical Director, Tarnby NHS Trust), Abel Crewe (Democratic Services Officer, Tarnby County Council)'),
    ).toEqual([
      { name: 'Dr Lune Paskin', role: 'Clinical Director, Tarnby NHS Trust', officer: false, elsewhere: true, councillor: false },
      {
        name: 'Abel Crewe',
        role: 'Democratic Services Officer, Tarnby County Council',
        officer: true,
        elsewhere: false,
        councillor: false,
      },
    ]);
  });

  it('keeps a post whose first word is no post\'s word whole at its "and", never a second person', () => {
    expect(brief('Mrs V Vance, Policy and Scrutiny Officer to the Panel, Mr W Webb, Research and Panel Support Officer')).toEqual([
      { name: 'Mrs V Vance', role: 'Policy and Scrutiny Officer to the Panel', officer: true, elsewhere: false, councillor: false },
      { name: 'Mr W Webb', role: 'Research and Panel Support Officer', officer: true, elsewhere: false, councillor: false },
    ]);
    expect(brief('Ms J Marsh, Housing & Regeneration Manager, Tarnby County Council')).toEqual([
      {
        name: 'Ms J Marsh',
        role: 'Housing & Regeneration Manager, Tarnby County Council',
        officer: true,
        elsewhere: false,
        councillor: false,
      },
    ]);
    // A run of surnames, or a surname alone before a post, is read as printed: each a person.
    expect(brief('Ash, Bell and Cole').map((piece) => (typeof piece === 'string' ? piece : piece.name))).toEqual(['Ash', 'Bell', 'Cole']);
    expect(brief('Ash, Bell and Scrutiny Officer').map((piece) => (typeof piece === 'string' ? piece : piece.name))).toEqual([
      'Ash',
      'Bell',
    ]);
  });

  it("reads a post of five words before its post's word on a line of its own as a post alone", () => {
    expect(postAlone('Panel Support and Research Officer')?.role).toBe('Panel Support and Research Officer');
    expect(postAlone('Kerry Dale Chief Executive')).toBeNull();
  });

  it('keeps both posts of "Clerk/RFO"', () => {
    expect(brief('Mrs P Nettle (Clerk/RFO)')).toEqual([
      { name: 'Mrs P Nettle', role: 'Clerk/RFO', officer: true, elsewhere: false, councillor: false },
    ]);
  });

  it('reads "Mr and Mrs Surname" as two people who share the surname', () => {
    expect(brief('Mr and Mrs Golding, Dr & Mrs K Fairlie').map((piece) => (typeof piece === 'string' ? piece : piece.name))).toEqual([
      'Mr Golding',
      'Mrs Golding',
      'Dr Fairlie',
      'Mrs K Fairlie',
    ]);
  });

  it("reads a body with a bracketed note after a name as that name's, not a person or a job", () => {
    expect(brief('Ms Runa Hale, Tarnby Chamber Board (non-voting)')).toEqual([
      { name: 'Ms Runa Hale', role: 'non-voting, Tarnby Chamber Board', officer: false, elsewhere: false, councillor: false },
    ]);
    expect(brief('Councillor Ivo Dene, Executive Member for Parks (Chair)')).toEqual([
      { name: 'Ivo Dene', role: 'Executive Member for Parks', officer: false, elsewhere: false, councillor: true },
    ]);
  });

  it('reads a Mayor as an elected member, never an officer', () => {
    expect(brief('Mayor Ottoline Brisk')).toEqual([
      { name: 'Ottoline Brisk', role: null, officer: false, elsewhere: false, councillor: true },
    ]);
  });

  it('never reads one word in capitals, or a verb after a surname, as a name', () => {
    expect(readPiece('OWNER').kind).not.toBe('person');
    expect(readPiece('Councillor Vance substituted for Councillor Orme').kind).toBe('text');
  });

  it('reads "represented by" after an absent member as who stood in', () => {
    const [person] = readPieces('Hew Lasko (Tarnby Foundation Trust), represented by Ida Mott');
    expect(person?.kind === 'person' ? [person.name, person.stoodInBy] : null).toEqual(['Hew Lasko', 'Ida Mott']);
  });
});

describe('readPiece: how someone attended', () => {
  it('reads "(via VC)", "(by video conference)", "(attended remotely)" as nothing about who the person is', () => {
    for (const note of ['via VC', 'by VC', 'by video conference', 'via video-conference', 'attended remotely', 'remotely'])
      expect(readPiece(`Mr C Baird (${note})`)).toEqual(emptyPerson('Mr C Baird'));
  });

  it('reads the note after any entry, an officer given as "Post (Name)" too, and "(video conferencing)"', () => {
    const officers = readPieces('Director of Place (Mr D Orwin) (in person); Policy Officer (Ms E Pask) (remote)');
    expect(officers.map((piece) => (piece.kind === 'person' ? [piece.name, piece.role, piece.officer] : piece.kind))).toEqual([
      ['Mr D Orwin', 'Director of Place', true],
      ['Ms E Pask', 'Policy Officer', true],
    ]);
    expect(readPiece('Mr C Baird (video conferencing)')).toEqual(emptyPerson('Mr C Baird'));
  });
});

describe('readPiece: notes that are no post', () => {
  it("reads a school year off a young person's note, the chair kept", () => {
    const chair = readPiece('Noor (Chair, Year 12)');
    expect(chair).toMatchObject({ kind: 'person', name: 'Noor', role: null, chair: 'Chair', job: false });
    expect(readPiece('Tobias (Year 8)')).toMatchObject({ kind: 'person', name: 'Tobias', role: null, job: false });
  });

  it('reads "(Chair of the meeting)" as the chair, as a joint meeting names its own', () => {
    expect(readPiece('Cllr D Penn (Vice-Chair of the meeting)')).toMatchObject({ name: 'D Penn', role: null, chair: 'Vice-Chair' });
  });
});

describe('readPieces: a council of two places', () => {
  it('reads "Rushmere and Delby Council" after a name as whom the member represents, its "and" joining no two people', () => {
    const pieces = readPieces('Councillor Ewan Tait (Chair), Rushmere and Delby Council');
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toMatchObject({ kind: 'person', name: 'Ewan Tait', role: 'Rushmere and Delby Council' });
  });
});

describe('readPiece: police guests', () => {
  it('reads a collar number between the rank and the name as neither, and a force named in Welsh as held elsewhere', () => {
    expect(readPiece('PCSO 4410 Gwyn Hale (Heddlu Gogledd Cymru)')).toMatchObject({
      kind: 'person',
      name: 'Gwyn Hale',
      officer: false,
      elsewhere: true,
    });
    expect(readPiece('PC 1207 Sam Hill')).toMatchObject({ kind: 'person', name: 'Sam Hill', role: 'PC' });
  });

  it('reads a neighbourhood policing team after an inspector as the force whose post it is', () => {
    expect(readPieces('Inspector Lena Vost, Marbury Neighbourhood Policing Team')).toEqual([
      expect.objectContaining({ name: 'Lena Vost', role: 'Inspector, Marbury Neighbourhood Policing Team', elsewhere: true }),
    ]);
  });
});

describe('readPieces: a decision word in capitals', () => {
  it('reads "RESOLVED - That …" as no person', () => {
    expect(readPieces('RESOLVED - That the application be approved.').some((piece) => piece.kind === 'person')).toBe(false);
  });
});

describe('readPieces: a civic post printed before its holder and a comma', () => {
  it('gives the member the post, so a mover named by it is the member', () => {
    const pieces = readPieces('His Worship the Mayor, Councillor Ivor Dunstable (in the Chair)');
    expect(pieces).toMatchObject([{ kind: 'person', name: 'Ivor Dunstable', post: 'His Worship the Mayor', chair: 'in the Chair' }]);
    expect(readPieces('The Deputy Mayor, Councillor Rhoda Kell')).toMatchObject([
      { kind: 'person', name: 'Rhoda Kell', post: 'Deputy Mayor' },
    ]);
    expect(postKey('His Worship the Mayor')).toBe('mayor');
    // A post no chair's or civic one stays its own piece.
    expect(readPieces('The Treasurer, Councillor Rhoda Kell').map((piece) => piece.kind)).toEqual(['role', 'person']);
  });
});

describe('isName: a column heading or a deciding word in capitals alone', () => {
  it('reads every deciding word that opens a resolution as no name, a surname in capitals as one', () => {
    // "RESOLVED – That …" after a list of speakers, a hearing's "DETERMINED – to grant …": the decision's word, no one's name.
    expect(['RESOLVED', 'AGREED', 'DECIDED', 'DETERMINED', 'ACTION'].map(isName)).toEqual([false, false, false, false, false]);
    expect(['PENHALLOW', 'Determined Smith'].map(isName)).toEqual([true, true]);
  });
});
