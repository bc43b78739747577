import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';
import { readMeeting } from './meeting.ts';

/** Reads a block written as one string, lines split at "\n". */
function read(text: string) {
  return readAttendance(text.split('\n'));
}

describe('readAttendance: headed lists', () => {
  it('reads one name a line until a blank line and something that is not a name', () => {
    const found = read(
      'Minutes of the Parks Panel\nPRESENT\nCllr Anna Quill\nCouncillor Bernard Toft\nMrs Celia Vane\n\nThe meeting opened at 7pm.',
    );
    expect(found.attendance.present).toEqual(['Anna Quill', 'Bernard Toft', 'Mrs Celia Vane']);
    expect(found.lines).toEqual([1, 2, 3, 4]);
  });

  it('stops at the next heading and at a numbered item', () => {
    const found = read(
      'Members Present:-\nCllr Anna Quill\nCllr Bernard Toft\nApologies for absence:\nCllr Dora Wynn\n1. Declarations of interest',
    );
    expect(found.attendance.present).toEqual(['Anna Quill', 'Bernard Toft']);
    expect(found.attendance.apologies).toEqual(['Dora Wynn']);
    expect(found.lines).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads comma runs, wrapped over lines, with roles in brackets and no space after the colon', () => {
    const found = read(
      'Members Present:Councillors: Ivo Marsh (Chair), Gwen Pardo (Vice-Chair), Hal Quint,\nOlga Rees, Saul Tarn and\nUma Vell\n\n1',
    );
    expect(found.attendance.present).toEqual(['Ivo Marsh', 'Gwen Pardo', 'Hal Quint', 'Olga Rees', 'Saul Tarn', 'Uma Vell']);
  });

  it("joins a name or post the line's end cut in two to its other half on the next line", () => {
    // A full name cut after the given name, with a title of its own or the run's ("Councillors … Alasdair" over "Buie,").
    const titled = read('Present: Cllr Rhona Tate (Chair), Cllr Imran Voss, Cllr Petra\nLindqvist, Cllr Owen Marr\n\n1. Minutes');
    expect(titled.attendance.present).toEqual(['Rhona Tate', 'Imran Voss', 'Petra Lindqvist', 'Owen Marr']);
    const run = read(
      'Present:-   Councillor Ewan Tully (Convener); Councillors Morven\n            Achnacarry, Duncan Reid and Isla Fyfe.\n',
    );
    expect(run.attendance.present).toEqual(['Ewan Tully', 'Morven Achnacarry', 'Duncan Reid', 'Isla Fyfe']);
    // Surnames alone: each is a member, no name cut.
    expect(read('Present: Councillors Abbott, Baker, Carter\nDean and Ellis\n').attendance.present).toEqual([
      'Abbott',
      'Baker',
      'Carter',
      'Dean',
      'Ellis',
    ]);
    // A post cut before its holder's bracket, in a list of posts each with its holder in brackets.
    const posts = read(
      'Officers: Head of Planning (T Oduya), Principal Conservation\nOfficer (M Hollis), Solicitor (D Kerr)\n\n1. Apologies',
    );
    expect(posts.attendance.officers).toEqual([
      'T Oduya, Head of Planning',
      'M Hollis, Principal Conservation Officer',
      'D Kerr, Solicitor',
    ]);
  });

  it('reads posts and holders cut by a line or run together with a body, each officer with their own post', () => {
    const cases: [string, string[]][] = [
      // A post cut before its last words, in a list of holders each with a post after a comma, parted by semicolons.
      [
        [
          'Attending:  Moira Lennox, Chief Executive; Callum Reid, Depute Chief',
          '            Executive; Ishbel Tait, Head of Legal and Democratic',
          '            Services; and Ross Girvan, Committee Services Officer.',
        ].join('\n'),
        [
          'Moira Lennox, Chief Executive',
          'Callum Reid, Depute Chief Executive',
          'Ishbel Tait, Head of Legal and Democratic Services',
          'Ross Girvan, Committee Services Officer',
        ],
      ],
      [
        'In attendance: Ewan Bryce, Director of Finance; Nora Quigley, Senior Democratic Services\nOfficer.\n\n1. Apologies',
        ['Ewan Bryce, Director of Finance', 'Nora Quigley, Senior Democratic Services Officer'],
      ],
      // Posts each before their holder's bracket: a post held with another body names it after a comma, a post with no
      // holder is an officer of its own, never the post of the one before it.
      [
        'Officers: Head of Planning (Mrs A Thorne), Senior Planner (Mr D Vass), Flood Risk Engineer, Eastshire County Council (Ms P Okoro), Legal Adviser (Mr K Ames) and Committee Clerk.',
        [
          'Mrs A Thorne, Head of Planning',
          'Mr D Vass, Senior Planner',
          'Ms P Okoro, Flood Risk Engineer, Eastshire County Council',
          'Mr K Ames, Legal Adviser',
          'Committee Clerk',
        ],
      ],
      [
        'In attendance: Licensing Manager (R Hoyle), Environmental Health Officer, Fenmoor District Council (S Achebe) and Solicitor (T Marr)',
        ['R Hoyle, Licensing Manager', 'S Achebe, Environmental Health Officer, Fenmoor District Council', 'T Marr, Solicitor'],
      ],
    ];
    for (const [text, officers] of cases) expect(read(text).attendance.officers).toEqual(officers);
  });

  it('reads the headings "Members and Officers present", "Other Members in Attendance", "Officials in attendance", "Committee Members absent" and "Other apologies"', () => {
    const mixed = read('Members and Officers present: Mr E Carver (Chairman), Mrs F Dane and Mrs A Boocock (Clerk)').attendance;
    expect(mixed).toMatchObject({ present: ['Mr E Carver', 'Mrs F Dane'], officers: ['Mrs A Boocock, Clerk'] });
    const found = read(
      [
        'Present: Councillor Ash (Chair), Councillors Elm and Fir',
        'Officials in attendance: J Smith (Clerk)',
        'Other Members in Attendance: Councillors Merriman and Lockett',
        'Committee Members absent: Cllr Rob Grime.',
        'Other apologies: Cllr Hal Nutley',
      ].join('\n'),
    ).attendance;
    expect(found).toMatchObject({
      present: ['Ash', 'Elm', 'Fir'],
      officers: ['J Smith, Clerk'],
      alsoPresent: ['Merriman', 'Lockett'],
      absent: ['Rob Grime'],
      apologies: ['Hal Nutley'],
    });
  });

  it('reads apologies said as "There were apologies from", "for inability to attend were reported from" and "were accepted on behalf of"', () => {
    expect(read('Apologies for inability to attend were reported from Councillors Keane and Kerr.').attendance.apologies).toEqual([
      'Keane',
      'Kerr',
    ]);
    expect(read('Apologies were accepted on behalf of Councillor M Guy.').attendance.apologies).toEqual(['M Guy']);
    expect(read('There were apologies from Councillors P Critch and R Henley.').attendance.apologies).toEqual(['P Critch', 'R Henley']);
  });

  it('reads apologies under a heading with words after it: "Apologies received before the meeting", "… for absence and substitutions"', () => {
    for (const heading of [
      'Apologies received before the meeting:',
      'Apologies for absence and substitutions:',
      'Apologies received prior to the meeting',
      'To receive apologies for this meeting',
    ])
      expect(read(`${heading}\nCllr Anwen Pryce (holiday), Cllr Dilys Orme (work).`).attendance.apologies).toEqual([
        'Anwen Pryce',
        'Dilys Orme',
      ]);
    expect(read('Apologies received before the meeting were read out by the Clerk.').attendance.apologies).toEqual([]);
  });

  it('reads an item titled "Apologies received before the meeting" as the apologies item, and those with no apology sent as absent', () => {
    const lines = [
      'TILNEY DOWN PARISH COUNCIL',
      'Minutes of the meeting held on Monday 3 March 2025 at 7.30pm',
      '',
      'Present: Cllr Iris Dobbs (Chair), Cllr Bernard Coe, Cllr Faye Lund',
      '',
      '1. Apologies received before the meeting',
      'Cllr Hamish Reade (holiday), Cllr Gwen Ashby (illness).',
      'No apologies were received from Cllr Neville Tarrant or Cllr Ursula Bligh.',
      '',
      '2. Village green',
      'The grass will be cut in April.',
    ];
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    expect(meeting.attendance).toMatchObject({ apologies: ['Hamish Reade', 'Gwen Ashby'], absent: ['Neville Tarrant', 'Ursula Bligh'] });
  });

  it('reads a chair\'s "in the chair" before a comma list, and "Other Officers:" as its own heading', () => {
    const run = read('Present: Councillor R Pollard (Chairman) in the chair, Councillors T Aske, M Brind and L Crewe.').attendance;
    expect(run.present).toEqual(['R Pollard', 'T Aske', 'M Brind', 'L Crewe']);
    const found = read(
      [
        'Present: Councillor Mrs R Pollard (Farnby TC) in the chair',
        'Councillors T Aske (Farnby TC) and M Brind (Ousby PC)',
        'In attendance: Janet Dorling (Town Clerk)',
        'Other Officers: Councillor A Frain (Ousby PC)',
      ].join('\n'),
    ).attendance;
    expect(found).toMatchObject({
      present: ['Mrs R Pollard', 'T Aske', 'M Brind'],
      alsoPresent: ['A Frain'],
      officers: ['Janet Dorling, Town Clerk'],
    });
  });

  it('keeps the body of a guest listed with a body and no post, its remit after "of" no post ("Association of Voluntary Services")', () => {
    const found = read(
      [
        'Invited participants present:',
        'Ms Nerys Tudur – Afonwy Association of Voluntary Services',
        'Dr Ifan Bevan – University of Pencaer',
        '',
        'Partners: Mr Gethin Rhys – Federation of Small Businesses',
      ].join('\n'),
    ).attendance;
    expect(found.alsoPresent).toEqual([
      'Ms Nerys Tudur, Afonwy Association of Voluntary Services',
      'Dr Ifan Bevan, University of Pencaer',
      'Mr Gethin Rhys, Federation of Small Businesses',
    ]);
  });

  it('reads "OTHER MEMBERS:" after those present as the councillors also present, as Northern Irish committees print them', () => {
    const found = read(
      'PRESENT:        Councillor A Hanlon (Chairman)\n                Councillors B Doyle and C Egan\n\nOTHER MEMBERS:  Councillors D Boyce and E Stitt',
    );
    expect(found.attendance).toMatchObject({ present: ['A Hanlon', 'B Doyle', 'C Egan'], alsoPresent: ['D Boyce', 'E Stitt'] });
    expect(found.lines).toEqual([0, 1, 3]);
    // Under a chair's heading, "Other Members:" are the members present beside the chair, as "Other Members Present:" are.
    const presiding = read('Presiding:  Councillor A Hanlon\nOther Members:  Councillors B Doyle and C Egan');
    expect(presiding.attendance).toMatchObject({ present: ['A Hanlon', 'B Doyle', 'C Egan'], alsoPresent: [] });
  });

  it('reads one apology said in the singular: "An apology for absence was received from", "An apology for non-attendance … on behalf of"', () => {
    expect(read('An apology for absence was received from Councillor Gwen Pryce.').attendance.apologies).toEqual(['Gwen Pryce']);
    const recorded = read('An apology for non-attendance at the meeting was accepted and recorded on behalf of Councillor F Boyle.');
    expect(recorded.attendance.apologies).toEqual(['F Boyle']);
    expect(recorded.lines).toEqual([0]);
  });

  it('reads those at the meeting online ("Virtual:", "Attending remotely:") as present, with no one named "Virtual"', () => {
    expect(read('Present:\tCouncillor Bracken (Chair)\n\nVirtual:\tCouncillor Igwe').attendance.present).toEqual(['Bracken', 'Igwe']);
    expect(read('Attending remotely: Councillors Ash and Elm').attendance.present).toEqual(['Ash', 'Elm']);
  });

  it('reads a list in Welsh alone: "YN BRESENNOL:", "Y Cynghorydd", "Y Cynghorwyr", "WRTH LAW:"', () => {
    const found = read(
      [
        'YN BRESENNOL:',
        'Y Cynghorydd J. Bifan (Cadeirydd)',
        'Y Cynghorwyr Mrs B. Burns, K. Ifans.',
        '',
        'WRTH LAW:',
        'Prif Weithredwr',
      ].join('\n'),
    ).attendance;
    expect(found).toMatchObject({ present: ['J. Bifan', 'Mrs B. Burns', 'K. Ifans'], officers: ['Prif Weithredwr'] });
  });

  it('reads the Welsh "a" ("and") left at the end of a wrapped line, the last name on the next', () => {
    const found = read(
      ['Yn bresennol:  Y Cynghorwyr Gethin Rowlands (Cadeirydd), Nest Pugh a', '               Iolo Tudur.', ''].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Gethin Rowlands', 'Nest Pugh', 'Iolo Tudur']);
    const ac = read(['Yn bresennol: Y Cynghorwyr Elin Wyn, Dewi Hopcyn ac', 'Alun Owain.', ''].join('\n'));
    expect(ac.attendance.present).toEqual(['Elin Wyn', 'Dewi Hopcyn', 'Alun Owain']);
  });

  it('reads the Welsh "a" ("and") before the last name, wrapped onto its own line, and "Yn mynychu:" as a heading', () => {
    const found = read(
      [
        'YN BRESENNOL:',
        '',
        'Y Cynghorwyr Nia Bifan, Osian Caerwyn, Lowri Daniel',
        'a Tudur Edwards.',
        '',
        'Yn mynychu:',
        '',
        'Mari Ffowc (Clerc)',
      ].join('\n'),
    );
    expect(found.attendance).toMatchObject({ present: ['Nia Bifan', 'Osian Caerwyn', 'Lowri Daniel', 'Tudur Edwards'] });
    expect(found.attendance.officers).toHaveLength(1);
    expect(found.unread).toEqual([]);
    expect(read('Yn bresennol: Cyng Nia Bifan ac Cyng Osian Caerwyn').attendance.present).toEqual(['Nia Bifan', 'Osian Caerwyn']);
    expect(read('Hefyd yn mynychu: Ieuan Gwyn').attendance.alsoPresent).toEqual(['Ieuan Gwyn']);
  });

  it('reads Welsh apologies: "Derbyniwyd ymddiheuriadau gan …" (apologies were received from) and the heading "Ymddiheuriadau am absenoldeb"', () => {
    const received = read('24/31  YMDDIHEURIADAU\nDerbyniwyd ymddiheuriadau gan y Cynghorwyr Hefin Rowlands a Gwenllian Tudur.');
    expect(received.attendance.apologies).toEqual(['Hefin Rowlands', 'Gwenllian Tudur']);
    const had = read('2. Ymddiheuriadau\nCafwyd ymddiheuriadau oddi wrth y Cynghorydd Eurig Watkin a Mrs Sara Beynon.');
    expect(had.attendance.apologies).toEqual(['Eurig Watkin', 'Mrs Sara Beynon']);
    // "a'r" ("and the") before the next one's title.
    const andThe = read("Ymddiheuriadau\nCafwyd ymddiheuriadau oddi wrth y Cynghorydd Dylan Puw a'r Cynghorydd Non Evans.");
    expect(andThe.attendance.apologies).toEqual(['Dylan Puw', 'Non Evans']);
    const headed = read('Yn bresennol: Cyng. Nia Bifan\nYmddiheuriadau am absenoldeb: Cyng. Aled Morgan, Cyng. Ffion Rhys');
    expect(headed.attendance).toMatchObject({ present: ['Nia Bifan'], apologies: ['Aled Morgan', 'Ffion Rhys'] });
    expect(headed.unread).toEqual([]);
  });

  it('reads the Welsh "Dim" and "Dim un" (none) as no one, as "None." is read', () => {
    const under = read('Yn bresennol: Y Cynghorwyr Nia Bifan, Osian Caerwyn\n\n2. Ymddiheuriadau\nDim.');
    expect(under.attendance.apologies).toEqual([]);
    expect(under.unread).toEqual([]);
    const labelled = read('Yn bresennol: Cyng. Nia Bifan\nYmddiheuriadau: Dim un');
    expect(labelled.attendance.apologies).toEqual([]);
    expect(labelled.unread).toEqual([]);
    // A surname "Dim" with a name before it is still a name.
    expect(read('Yn bresennol: Cyng. Nia Bifan\nYmddiheuriadau: Cyng. Aled Dim').attendance.apologies).toEqual(['Aled Dim']);
  });

  it('reads "Y Cynghorydd Sir" (county councillor) as a title, not the knight\'s "Sir" before the name', () => {
    const found = read(
      'Yn bresennol: Y Cynghorwyr Nia Bifan, Osian Caerwyn\n\nHefyd yn bresennol: Y Cynghorydd Sir Iolo Gruffydd; Cyng. Tref Mari Lewis.',
    );
    expect(found.attendance).toMatchObject({ present: ['Nia Bifan', 'Osian Caerwyn'], alsoPresent: ['Iolo Gruffydd', 'Mari Lewis'] });
  });

  it('reads "Presiding Councillor M Tegid" as the chair, present', () => {
    expect(read('Presiding Councillor M Tegid\n\nPresent Councillors P Wynn and D Jones').attendance.present).toEqual([
      'M Tegid',
      'P Wynn',
      'D Jones',
    ]);
  });

  it('reads a run left open on "and" or a comma across the blank line a web page puts between its paragraphs', () => {
    const found = read('Present:\n\nCouncillor Mrs Quill (Mayor) and\n\nCouncillors Toft, Vane and Wynn\n\n61. Prayers');
    expect(found.attendance.present).toEqual(['Mrs Quill', 'Toft', 'Vane', 'Wynn']);
    expect(found.lines).toEqual([0, 2, 4]);
    expect(read('Present:\n\nCouncillor Quill (Chair)\n\nThe meeting opened at 7pm.').attendance.present).toEqual(['Quill']);
  });

  it('reads "Present: Councillors A, B and C" and a name split across two lines', () => {
    expect(read('Present: Councillors A Fenn (Chair), B Gault, C Hume and D Irwin.').attendance.present).toEqual([
      'A Fenn',
      'B Gault',
      'C Hume',
      'D Irwin',
    ]);
    expect(read('Attendees: Nia Rowe; Omar Sykes (OS); Pia\nTrent; Quin Udall').attendance.present).toEqual([
      'Nia Rowe',
      'Omar Sykes',
      'Pia Trent',
      'Quin Udall',
    ]);
  });

  it('splits two columns run together by PDF extraction', () => {
    expect(read('Councillors present:\nCllr Amy Lark   Cllr Ben Moss\nCllr Cal North\tCllr Dee Oakes').attendance.present).toEqual([
      'Amy Lark',
      'Ben Moss',
      'Cal North',
      'Dee Oakes',
    ]);
  });

  it('puts officers with their roles, and also-present councillors, in their own lists', () => {
    const found = read(
      'Present: Cllrs Ash, Birch and Cedar\nAlso present:\nCouncillor Dale Elm (items 4 and 5)\nOfficers in attendance: Fay Gorse (Head of Planning), Gil Heath - Democratic Services Officer',
    );
    expect(found.attendance.present).toEqual(['Ash', 'Birch', 'Cedar']);
    expect(found.attendance.alsoPresent).toEqual(['Dale Elm (items 4 and 5)']);
    expect(found.attendance.officers).toEqual(['Fay Gorse, Head of Planning', 'Gil Heath, Democratic Services Officer']);
  });

  it('reads absent, substitutes and a substitute noted in brackets', () => {
    const found = read(
      'Present: Cllr Ian Jolly, Cllr Kim Lowe (substitute for Cllr Max Nash)\nAbsent: Cllr Ola Penn\nSubstitute Members:\nCllr Rae Shaw',
    );
    expect(found.attendance.present).toEqual(['Ian Jolly', 'Kim Lowe']);
    expect(found.attendance.substitutes).toEqual(['Kim Lowe (for Max Nash)', 'Rae Shaw']);
    expect(found.attendance.absent).toEqual(['Ola Penn']);
  });

  it('reads a substitution printed after a comma, one name a line or in a run, and keeps the rest of the list', () => {
    const lines = read('Present:\nCllr Ian Jolly (Chair)\nCllr Kim Lowe, substitute for Cllr Max Nash\nCllr Ola Penn\n\n1. Minutes');
    expect(lines.attendance.present).toEqual(['Ian Jolly', 'Kim Lowe', 'Ola Penn']);
    expect(lines.attendance.substitutes).toEqual(['Kim Lowe (for Max Nash)']);
    const run = read('Present: Councillors Ian Jolly (Chair), Kim Lowe, substituting for Max Nash, and Ola Penn.');
    expect(run.attendance.present).toEqual(['Ian Jolly', 'Kim Lowe', 'Ola Penn']);
    expect(run.attendance.substitutes).toEqual(['Kim Lowe (for Max Nash)']);
  });

  it('reads "(Substitute Member)" with no one named as a substitute present, not an officer with a job title', () => {
    const found = read('Present:\nIan Jolly\nKim Lowe (Substitute Member)\nOla Penn (Head of Finance)\n\n1. Minutes');
    expect(found.attendance.present).toEqual(['Ian Jolly', 'Kim Lowe']);
    expect(found.attendance.substitutes).toEqual(['Kim Lowe']);
    expect(found.attendance.officers).toEqual(['Ola Penn, Head of Finance']);
  });

  it('reads officers written post first, "Section 151 Officer – Hannah Greaves" among them', () => {
    const found = read('Officers:\nHead of Law – Mr T Abara\nSection 151 Officer – Ms R Dale\nClerk – Mrs P Oduya\n\n1. Minutes');
    expect(found.attendance.officers).toEqual(['Mr T Abara, Head of Law', 'Ms R Dale, Section 151 Officer', 'Mrs P Oduya, Clerk']);
  });

  it('files "Clerk and RFO" as one officer\'s titles', () => {
    const found = read('Present: Cllr Ian Jolly (Chair), Cllr Kim Lowe\nIn attendance: Ned Willis, Clerk and RFO\n\n1. Minutes');
    expect(found.attendance.officers).toEqual(['Ned Willis, Clerk and RFO']);
  });

  it('reads "Apologies: none" as no apologies', () => {
    const found = read('Apologies: none');
    expect(found.attendance.apologies).toEqual([]);
    expect(found.lines).toEqual([0]);
  });

  it('reads "In Attendance (Officers):"" as the officers\' heading, ending the apologies above it', () => {
    const found = read(
      [
        'Apologies:',
        'D Quarry          K Renwick',
        '',
        'In Attendance (Officers):',
        'P Sandison, Director of Roads',
        'L Tait, Solicitor',
      ].join('\n'),
    );
    expect(found.attendance.apologies).toEqual(['D Quarry', 'K Renwick']);
    expect(found.attendance.officers).toEqual(['P Sandison, Director of Roads', 'L Tait, Solicitor']);
  });
  it("ends the officers' list at a session heading under it, no person", () => {
    const found = read(
      ['Officers: Chief Executive (Ms Nia Pryce); Monitoring Officer (Mr Owen Lusk)', '', 'OPEN SESSION', '', 'EB/1 Apologies'].join('\n'),
    );
    expect(found.attendance.officers).toEqual(['Ms Nia Pryce, Chief Executive', 'Mr Owen Lusk, Monitoring Officer']);
  });
});

describe('readAttendance: parish and community councils', () => {
  it('keeps the clerk, county and district councillors and the public out of the members present', () => {
    const found = read(
      'Present: Chairman Cllr Mrs Ada Pike, Cllrs Rudd, Sloane, Tully, County Cllr Mrs Vaughan and the Clerk. Members of the public - Mr Ned\nWillis, XYZ.\n101. Police report: none received.',
    );
    expect(found.attendance.present).toEqual(['Mrs Ada Pike', 'Rudd', 'Sloane', 'Tully']);
    expect(found.attendance.alsoPresent).toEqual(['Mrs Vaughan']);
    expect(found.attendance.officers).toEqual(['Clerk']);
    expect(found.lines).toEqual([0, 1]);
  });

  it('reads an initials list with a district councillor marked by its council, a clerk and a count of the public', () => {
    const found = read(
      'Present\nCouncillors K Lamb (Chair) L Marr, M Nott and\nN Orme, P Quay, HDC, Clerk R Stott\nMrs T Ure (Parish Clerk)\nDistrict Cllr V Wade\nPCSO W Yeo\n2 members of the public\n21.04.1 Apologies',
    );
    expect(found.attendance.present).toEqual(['K Lamb', 'L Marr', 'M Nott', 'N Orme']);
    expect(found.attendance.alsoPresent).toEqual(['P Quay', 'V Wade']);
    expect(found.attendance.officers).toEqual(['R Stott, Clerk', 'Mrs T Ure, Parish Clerk', 'W Yeo, PCSO']);
  });

  it("reads a parish's surveyor, lengthsman and tree warden under those present as officers, not members", () => {
    const found = read(
      'Present:\nCouncillors Ann Holt (Chair), Ben Carter\nMr T Gale, Surveyor; Mr K Bell, Lengthsman\nTree Warden: Mrs P Nye',
    );
    expect(found.attendance.present).toEqual(['Ann Holt', 'Ben Carter']);
    expect(found.attendance.officers).toEqual(['Mr T Gale, Surveyor', 'Mr K Bell, Lengthsman', 'Mrs P Nye, Tree Warden']);
  });

  it('says who held a civic post or the chair among those present, and no one who sent apologies', () => {
    expect(read('Present: Councillor Ann Holt (Mayor), Councillors Ben Carter and Cara Dunn').posts).toEqual([
      { post: 'Mayor', name: 'Ann Holt' },
    ]);
    expect(read('Present: The Mayor (Councillor Ann Holt), Councillors Ben Carter and Cara Dunn').posts).toEqual([
      { post: 'Mayor', name: 'Ann Holt' },
    ]);
    expect(read('Chair: Cllr Ann Holt\nPresent: Councillors Ben Carter and Cara Dunn').posts).toEqual([
      { post: 'Chair', name: 'Ann Holt' },
    ]);
    expect(read('Present: Councillors Ben Carter and Cara Dunn\nApologies: Councillor Ann Holt (Mayor)').posts).toEqual([]);
  });

  it('gives the civic post in brackets after a chair\'s name ("Councillor X (The Mayor) in the Chair"), never "in the Chair"', () => {
    expect(read('Present:\nCouncillor Iris Tanner (The Mayor) in the Chair\nCouncillors Abbot and Brook').posts).toEqual([
      { post: 'The Mayor', name: 'Iris Tanner' },
    ]);
    expect(read('Present: Cllr Owen Rudd (the Town Mayor) in the chair, Cllrs Abbot and Brook').posts).toEqual([
      { post: 'the Town Mayor', name: 'Owen Rudd' },
    ]);
    expect(read('Present: Cllr Owen Rudd in the chair, Cllrs Abbot and Brook').posts).toEqual([
      { post: 'in the chair', name: 'Owen Rudd' },
    ]);
  });

  it('reads a trailing role after a comma or a dash', () => {
    const found = read('In attendance:\nMrs Zoe Abel, Clerk\nBea Cole – Town Clerk');
    expect(found.attendance.officers).toEqual(['Mrs Zoe Abel, Clerk', 'Bea Cole, Town Clerk']);
    expect(found.attendance.present).toEqual([]);
  });
});

describe('readAttendance: how parish minutes print their lists', () => {
  it('reads a heading followed by a semicolon', () => {
    expect(read('Present; P. Lowry (Chair), D. Amis, K. Nolan\n\n09/21 Accounts').attendance.present).toEqual([
      'P. Lowry',
      'D. Amis',
      'K. Nolan',
    ]);
  });

  it('reads "Councillors – A, B" with a dash after the title, and a role bracketed without a space', () => {
    const found = read('Present: Councillors – Hugh Marr(Chair), Jean Marr, Colin Amos(Parish Clerk)\n\n1. Apologies');
    expect(found.attendance.present).toEqual(['Hugh Marr', 'Jean Marr']);
    expect(found.attendance.officers).toEqual(['Colin Amos, Parish Clerk']);
  });

  it('reads "Clerk and RFO: name" as one officer with both titles', () => {
    const found = read('Present:\nCouncillors: Cllr. Marden (Chair), Cllr. Rook\n\nClerk and RFO: Mr T Quayle\n\n1. Welcome');
    expect(found.attendance.officers).toEqual(['Mr T Quayle, Clerk and RFO']);
  });

  it('reads a title run into the name by PDF text ("Cllr.Fane")', () => {
    expect(read('Present: Cllr. Marden (Chair), Cllr.Fane, Cllr. Rook\n\n1. Welcome').attendance.present).toEqual([
      'Marden',
      'Fane',
      'Rook',
    ]);
  });

  it('reads bracketed initials as initials, even those that look like a council\'s ("SC", "TC")', () => {
    const found = read('Present:\n\nSam Cole (SC) (Chair), Tom Dane (TD), Tara Cobb (TC), Una Eyre (UE)\n\n1. Apologies:');
    expect(found.attendance.present).toEqual(['Sam Cole', 'Tom Dane', 'Tara Cobb', 'Una Eyre']);
    expect(found.attendance.alsoPresent).toEqual([]);
    // A council's initials that are not the person's still mark a visitor from that council.
    expect(read('Present: Ann Bell, Ray Dunn (SC)\n\n1. Apologies').attendance.alsoPresent).toEqual(['Ray Dunn']);
  });
});

describe('readAttendance: Scottish and Northern Irish lists', () => {
  it('reads "Sederunt" as the heading of the members present', () => {
    const found = read('SEDERUNT\nCouncillor Jane Ross (Convener)\nCouncillor Amy Bell\n\nAPOLOGIES\nCouncillor Eve Fox\n\n1. MINUTE');
    expect(found.attendance.present).toEqual(['Jane Ross', 'Amy Bell']);
    expect(found.attendance.apologies).toEqual(['Eve Fox']);
  });

  it("drops a Provost's title as a Mayor's, and an alderman's as a councillor's, singular or plural (\"Aldermen A and B\")", () => {
    expect(read('Present: Provost Ian Kerr, Depute Provost Lara Moss, Councillors Neil Orr and Pam Quin.').attendance.present).toEqual([
      'Ian Kerr',
      'Lara Moss',
      'Neil Orr',
      'Pam Quin',
    ]);
    expect(read('Present: Alderman A Bell (Chair), Aldermen C Dunn and E Fox, Councillors G Hale and I Jay').attendance.present).toEqual([
      'A Bell',
      'C Dunn',
      'E Fox',
      'G Hale',
      'I Jay',
    ]);
  });
});

describe('readAttendance: what is not attendance', () => {
  it('ignores members present in prose and a public forum naming people', () => {
    const found = read(
      'The Chair welcomed members present and explained the fire procedure.\nPublic Forum\nQuestion 1 - Wes Xu - Parking on Hill Road\nCllr Yan Zell asked about bus times.',
    );
    expect(found.attendance).toEqual({
      present: [],
      apologies: [],
      absent: [],
      substitutes: [],
      alsoPresent: [],
      officers: [],
      presenters: [],
    });
    expect(found.lines).toEqual([]);
  });

  it('does not read a heading with a sentence after it, or prose after a list, as names', () => {
    const found = read('Present: Cllr Ann Bell\nThe minutes were agreed.\nAttendance details\nApologies were noted by the Chair');
    expect(found.attendance.present).toEqual(['Ann Bell']);
    expect(found.lines).toEqual([0]);
  });

  it('drops duplicates and keeps the first order', () => {
    expect(read('Present: Cllr Ann Bell, Cllr Cy Dunn, Councillor Ann Bell').attendance.present).toEqual(['Ann Bell', 'Cy Dunn']);
  });
});

describe('readAttendance: Northern Irish lists', () => {
  it('reads who chaired from a heading of its own, the name in brackets after the title', () => {
    const found = read('In the Chair : Mayor (Councillor T Byrne)\n\nMembers Present : Aldermen – G Adair and K Boyd');
    expect(found.attendance.present).toEqual(['T Byrne', 'G Adair', 'K Boyd']);
    expect(read('Chair: Cllr Ann Moss\nCllr Ben Lyle').attendance.present).toEqual(['Ann Moss', 'Ben Lyle']);
  });

  it('reads "Presiding" and the other members after it, initialled names with no commas, as the members present', () => {
    const found = read(
      'Presiding P Quinn\n\nOther Members Present A B Reid J Stokes Mrs E F Tully K Vance\n\nOfficers Present J A Young (Chief Executive) M Zane (Director of Finance)',
    );
    expect(found.attendance.present).toEqual(['P Quinn', 'A B Reid', 'J Stokes', 'Mrs E F Tully', 'K Vance']);
    expect(found.attendance.alsoPresent).toEqual([]);
    expect(found.attendance.officers).toEqual(['J A Young, Chief Executive', 'M Zane, Director of Finance']);
  });

  it('keeps "Other Members Present" as visitors when no chair heads the list', () => {
    const found = read('Present: Cllr Ann Moss (Chair), Cllr Ben Lyle\nOther Members Present: Cllr Cara Penn');
    expect(found.attendance.present).toEqual(['Ann Moss', 'Ben Lyle']);
    expect(found.attendance.alsoPresent).toEqual(['Cara Penn']);
  });

  it('reads officers listed title first, a title with "and" in it kept whole', () => {
    const found = read(
      'Officers Present : Chief Executive - S Hales\nDirector of Housing and Planning – T Innes\nMember Services Manager – U Jordan',
    );
    expect(found.attendance.officers).toEqual([
      'S Hales, Chief Executive',
      'T Innes, Director of Housing and Planning',
      'U Jordan, Member Services Manager',
    ]);
  });

  it('reads "Aldermen A and B" over "Councillors C and D" as two runs, and officers titled first with names in brackets', () => {
    const found = read(
      'Committee Members Present:   Aldermen Boyd and Finlay\nCouncillors Carey, Devlin and Reid\n\nOfficers in Attendance:   Director of Leisure and Development (R Kane)\nHead of Tourism (M Quigley)',
    );
    expect(found.attendance.present).toEqual(['Boyd', 'Finlay', 'Carey', 'Devlin', 'Reid']);
    expect(found.attendance.officers).toEqual(['R Kane, Director of Leisure and Development', 'M Quigley, Head of Tourism']);
  });

  it('ends a list at "PART ONE", the start of the open part of the minutes', () => {
    const found = read(
      'Present: Councillor Okafor (Chair), Penrose and Quill\nOther Members present: Councillors Vance and Wells\nPART ONE',
    );
    expect(found.attendance.alsoPresent).toEqual(['Vance', 'Wells']);
  });

  it('parts one list by its bracketed labels: "(Committee Members)" are present, "(Officials)" officers', () => {
    const found = read(
      'In attendance:        (Committee Members)\n    Councillor P Byrne, Councillor C Enright,\n    Councillor G Hanna\n\n    (Officials)\n    Ms M Ward, Chief Executive\n    Mr J Dumigan, Director of Corporate Services',
    );
    expect(found.attendance.present).toEqual(['P Byrne', 'C Enright', 'G Hanna']);
    expect(found.attendance.officers).toEqual(['Ms M Ward, Chief Executive', 'Mr J Dumigan, Director of Corporate Services']);
  });

  it('reads how someone attended ("(remote)") as nothing about them, and an officer\'s role with "and" in it, one a line', () => {
    const found = read(
      'Present:\nMr A Baxter (remote)\nMr R Gale (Chair)\nMs L Kraft (via Teams)\n\nIn attendance:\nMrs K Lackie, Executive Chief Officer Communities and Place\nMr T Gray, Head of Waste Services',
    );
    expect(found.attendance.present).toEqual(['Mr A Baxter', 'Mr R Gale', 'Ms L Kraft']);
    expect(found.attendance.officers).toEqual([
      'Mrs K Lackie, Executive Chief Officer Communities and Place',
      'Mr T Gray, Head of Waste Services',
    ]);
    // Surnames joined by "and" with no role before them are two people.
    expect(read('Present: Councillors Boyd and Finlay').attendance.present).toEqual(['Boyd', 'Finlay']);
  });

  it('names an alderman alike in a plural run and alone, in whichever list, without the title', () => {
    const found = read('Present: Aldermen R Orr and S Pym, Councillor T Quay\nApologies: Alderman U Rhys and Councillor V Sole');
    expect(found.attendance.present).toEqual(['R Orr', 'S Pym', 'T Quay']);
    expect(found.attendance.apologies).toEqual(['U Rhys', 'V Sole']);
    const told = read('Apologies were received from Aldermen R Orr and S Pym and Councillor T Quay.');
    expect(told.attendance.apologies).toEqual(['R Orr', 'S Pym', 'T Quay']);
  });

  it("drops a Mayor's style before the name", () => {
    const found = read('PRESENT: The Right Worshipful the Mayor Councillor R T Ashe\n\nAldermen D Bell and T Dunn');
    expect(found.attendance.present).toEqual(['R T Ashe', 'D Bell', 'T Dunn']);
  });

  it("reads a Lord Mayor styled the Right Honourable, the name in brackets and the chair's note wrapped under it", () => {
    const found = read(
      [
        'Members present:    The Right Honourable the Lord Mayor (Councillor Quinlan)',
        '                    (Chairperson);',
        '                    the Deputy Lord Mayor (Alderman Hewitt);',
        '                    and Councillors Agnew and Orr.',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Quinlan', 'Hewitt', 'Agnew', 'Orr']);
    expect(found.posts[0]).toMatchObject({ name: 'Quinlan' });
  });

  it('reads "In the Chair:" over the name, "In Attendance:" under it as the members present, and a label wrapped over two lines', () => {
    const found = read(
      [
        'In the Chair:',
        'Councillor P Quill',
        'In Attendance:',
        'Councillor C Ardagh',
        'Councillor W Boyce',
        'Also in',
        'Attendance:',
        'Mr T Garvey, Clerk & Chief Executive',
        'Mr E Hanlon, Director of Administration',
      ].join('\n'),
    ).attendance;
    expect(found).toMatchObject({
      present: ['P Quill', 'C Ardagh', 'W Boyce'],
      officers: ['Mr T Garvey, Clerk & Chief Executive', 'Mr E Hanlon, Director of Administration'],
    });
  });

  it('gives the chair to the one person named under "In the Chair:" alone on its line, and to no one when it names two', () => {
    expect(read('In the Chair:\nCouncillor Una Vale (Mayor)\nPresent:\nCllr Ann Moss').posts).toEqual([
      { post: 'Mayor', name: 'Una Vale' },
      { post: 'Chair', name: 'Una Vale' },
    ]);
    expect(read('In the Chair:\nCouncillors Una Vale and Wyn Yates\nPresent:\nCllr Ann Moss').posts).toEqual([]);
  });

  it('takes no line "Chairman" alone, nor "In the chair" with prose after it, for a heading', () => {
    expect(read('Chairman\nCllr Ann Moss').attendance.present).toEqual([]);
    expect(read('In the chair for this item was the Vice-Chair, who thanked officers.').attendance.present).toEqual([]);
  });
});

describe('readAttendance: Scottish and Welsh forms', () => {
  it('reads a bilingual list by its English halves: "Y Cynghorwyr / Councillors A a / and B"', () => {
    const found = read(
      'Presennol / Present: Y Cynghorydd / Councillor Elin Rhys (Cadeirydd / Chair); Y Cynghorwyr / Councillors Dafydd Hughes, Gwen Parry a / and Owain Price.',
    );
    expect(found.attendance.present).toEqual(['Elin Rhys', 'Dafydd Hughes', 'Gwen Parry', 'Owain Price']);
  });

  it('reads apologies "intimated", and a heading whose sentence carries on below it', () => {
    expect(read('Apologies for absence were intimated from Councillors Iain Dow and James Gunn.').attendance.apologies).toEqual([
      'Iain Dow',
      'James Gunn',
    ]);
    const found = read('Apologies:\n\nwere received from: Councillors Mr Huw Bevan & Mr Ifor Jenkins.');
    expect(found.attendance.apologies).toEqual(['Mr Huw Bevan', 'Mr Ifor Jenkins']);
    expect(found.lines).toEqual([0, 2]);
  });

  it('reads "Also:" after the members as attending, not a role of the last member', () => {
    const found = read(
      'Present:\nCouncillors, Mr Tom Rees (Chair), Mrs Siân Pugh & Mr J Lloyd (Clerk). Also: County Councilor Mr Dewi Wyn',
    );
    expect(found.attendance.present).toEqual(['Mr Tom Rees', 'Mrs Siân Pugh']);
    expect(found.attendance.officers).toEqual(['Mr J Lloyd, Clerk']);
    expect(found.attendance.alsoPresent).toEqual(['Mr Dewi Wyn']);
  });

  it('reads "Apologies received and accepted:" and "Not present:" headings', () => {
    expect(read('Apologies received and accepted: Cllr Dan Dee').attendance.apologies).toEqual(['Dan Dee']);
    const found = read('Present: Cllr A Ash (Chair), Cllr B Birch\nNot present: Cllr C Cole');
    expect(found.attendance).toMatchObject({ present: ['A Ash', 'B Birch'], absent: ['C Cole'] });
  });

  it('reads a name with its role in the next column, one a line', () => {
    const found = read('PRESENT\nCouncillor A Ash\t\tChairman\nCouncillor B Birch\t\tVice-Chairman\nCouncillor C Cole\nMr D Dunn    Clerk');
    expect(found.attendance.present).toEqual(['A Ash', 'B Birch', 'C Cole']);
    expect(found.attendance.officers).toEqual(['Mr D Dunn, Clerk']);
    expect(found.lines).toEqual([0, 1, 2, 3, 4]);
  });

  it('reads an officer and the public counted in two columns of one line, and a title before a name as one officer', () => {
    const found = read('Present: Cllr A Ash (Chair), Cllr B Birch\nClerk & RFO: Mr T Quayle   Members of the public (MOP): Four');
    expect(found.attendance).toMatchObject({ present: ['A Ash', 'B Birch'], officers: ['Mr T Quayle, Clerk & RFO'] });
    expect(read('Present:\nClerk   Mr T Quayle').attendance.officers).toEqual(['Mr T Quayle, Clerk']);
  });

  it('reads "Public: 2" as the public counted, read and dropped', () => {
    const found = read('Members Present:\nCllr Ann Moss\n\nPublic: 2\nMINUTES OF THE MEETING');
    expect(found.attendance.present).toEqual(['Ann Moss']);
    expect(found.lines).toEqual([0, 1, 3]);
  });

  it('reads bilingual and Welsh headings, "Cyng/Cllr" titles and bilingual notes', () => {
    const found = read(
      'Presennol / Present: Cyng/Cllr Alun Bowen (Cadeirydd/Chair), Cyng/Cllr Carys Davies\nYmddiheuriadau / Apologies: Cyng/Cllr Dafydd Evans\nIn attendance: Mrs Eira Ffion (Clerc/Clerk)',
    );
    expect(found.attendance).toMatchObject({
      present: ['Alun Bowen', 'Carys Davies'],
      apologies: ['Dafydd Evans'],
      officers: ['Mrs Eira Ffion, Clerk'],
    });
    expect(read('Present / Presennol: Cllr Alun Bowen').attendance.present).toEqual(['Alun Bowen']);
    // A county councillor's Welsh title beside the English one, and the clerk's post labelled in both tongues.
    const town = read(
      'Yn bresennol / Present:\nCynghorydd / Councillor Alun Bowen\n\nHefyd yn bresennol / Also present:\nCynghorydd Sir / County Councillor Rhys Ifan\nClerc / Clerk: Eira Ffion',
    );
    expect(town.attendance).toMatchObject({ present: ['Alun Bowen'], alsoPresent: ['Rhys Ifan'], officers: ['Eira Ffion, Clerk'] });
    expect(town.unread).toEqual([]);
    expect(town.lines).toEqual([0, 1, 3, 4, 5]);
    expect(read('Presennol: Cyng Alun Bowen\nAbsennol: Cyng Carys Davies').attendance).toMatchObject({
      present: ['Alun Bowen'],
      absent: ['Carys Davies'],
    });
  });

  it('reads "Councillors" alone on its line under "Present" as the title of the names below it', () => {
    const found = read('Present\nCouncillors\nJ Smith (Chair)\nP Brown\n\nOfficers\nA Clarke – Clerk');
    expect(found.attendance).toMatchObject({ present: ['J Smith', 'P Brown'], officers: ['A Clarke, Clerk'] });
    expect(read('Present\nCllr J Smith\nCounty Councillors\nR Black').attendance.present).toEqual(['J Smith']);
  });

  it('drops the Welsh councillor title "Cyng" as "Cllr" is', () => {
    expect(read('Present: Gwen Roberts (GR) & Cyng Gareth Lloyd (GL)').attendance.present).toEqual(['Gwen Roberts', 'Gareth Lloyd']);
  });
});

describe("readAttendance: a committee's membership", () => {
  it('reads "Membership:" as who sits on the committee, not who attended, with titles and chair notes kept', () => {
    const found = read(
      'Membership:\nCouncillors R Oduya (Chair), S Patel (Vice-Chair), T Quinn and U Rahman\n\nContact: Jo Green, 01234 567890',
    );
    expect(found.members).toEqual([
      'Councillor R Oduya (Chair)',
      'Councillor S Patel (Vice-Chair)',
      'Councillor T Quinn',
      'Councillor U Rahman',
    ]);
    expect(found.attendance.present).toEqual([]);
    expect(found.lines).toEqual([0, 1]);
  });

  it('reads "Members:" alone over one member a line, then the co-opted members of another tier\'s councils', () => {
    const found = read(
      [
        'Members:',
        'Councillor Hana Brisk (Chair)',
        'Councillors Otto Fell, Rina Moss',
        '',
        'District council co-opted members (non-voting):',
        'Councillor Ivo Tarrant (Lowmere District Council)',
        '',
        'Officers:',
        'Jo Pell, Scrutiny Officer',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Hana Brisk', 'Otto Fell', 'Rina Moss', 'Ivo Tarrant']);
    expect(found.attendance.officers).toEqual(['Jo Pell, Scrutiny Officer']);
  });

  it('reads "The Mayor (Councillor X) – in the Chair for items 1 and 2" as X, then "Councillors:" wrapped over lines', () => {
    const found = read(
      [
        'Present:',
        'The Mayor (Councillor Odile Fenwick) – in the Chair for items 1 and 2',
        'Councillors: B Arkwright, C Blount, D Corrie,',
        'E Dunstan, F Eagle',
        '',
        '1.  ELECTION OF MAYOR',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Odile Fenwick', 'B Arkwright', 'C Blount', 'D Corrie', 'E Dunstan', 'F Eagle']);
  });

  it("reads the two sides of a joint consultative committee as its members, a side's post no officer's, the union kept", () => {
    const found = read(
      [
        "Employer's Side:",
        'Councillor Wren Albany (Chair)',
        'Councillor Tobias Crane',
        '',
        'Trade Union Side:',
        'Nell Rushby (UNISON) (Secretary to the Trade Union Side)',
        'Omar Petts (GMB)',
        '',
        'Officers:',
        'Iris Vane (Head of HR)',
      ].join('\n'),
    );
    // The side's post is kept with the union, as a represented member's post is kept with their body.
    expect(found.attendance.present).toEqual([
      'Wren Albany',
      'Tobias Crane',
      'Nell Rushby, Secretary to the Trade Union Side, UNISON',
      'Omar Petts, GMB',
    ]);
    expect(found.attendance.officers).toEqual(['Iris Vane, Head of HR']);
  });

  it('reads a board of partners\' "Name – Body" lines as members, a fire rank as a title, "(minute)" no post', () => {
    const found = read(
      [
        'Present:',
        'Councillor Isla Brodie – Glenarden Council (Chair)',
        'Station Manager Fergus Lyle – Scottish Fire and Rescue Service',
        'Morag Tulloch – NHS Glenarden',
        'Calum Reid – Glenarden Health and Social Care Partnership (Teams)',
        '',
        'In attendance:',
        'Eilidh Rose – Partnership Officer (minute)',
      ].join('\n'),
    );
    // Each member keeps the body they sit for, as a board of partners lists them (attendance-partnership.test.ts).
    expect(found.attendance.present).toEqual([
      'Isla Brodie, Glenarden Council',
      'Fergus Lyle, Station Manager, Scottish Fire and Rescue Service',
      'Morag Tulloch, NHS Glenarden',
      'Calum Reid, Glenarden Health and Social Care Partnership',
    ]);
    expect(found.attendance.officers).toEqual(['Eilidh Rose, Partnership Officer']);
  });

  it("reads a co-opted member beside the councils' column, \"<Place> Mayor\" as the mayor's post, and a body's initials ending each officer's line", () => {
    const found = read(
      [
        'Members present:',
        'Councillor Rhys Dando (Chair)          Farrowby City Council',
        'Councillor Mabel Sorrel                Quayside Borough Council',
        'Mr Jonas Pettigrew                     Independent co-opted member (non-voting)',
        '',
        'In attendance:',
        'Mayor Tamsin Hale, Farrow Vale Mayor (for item 4)',
        'Hugo Brand, Chief Executive, FVCA',
        'Lena Okoro, Director of Skills, FVCA',
        'Pia Lund, Governance Officer',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'Rhys Dando, Farrowby City Council',
      'Mabel Sorrel, Quayside Borough Council',
      // The seat printed beside the name in its column is kept with it (attendance-columns.ts).
      'Mr Jonas Pettigrew, Independent co-opted member (non-voting)',
    ]);
    expect(found.attendance.alsoPresent).toEqual(['Tamsin Hale (for item 4)']);
    expect(found.attendance.officers).toEqual([
      'Hugo Brand, Chief Executive, FVCA',
      'Lena Okoro, Director of Skills, FVCA',
      'Pia Lund, Governance Officer',
    ]);
  });

  it('reads one member a line, two columns, and co-opted members with their notes', () => {
    const found = read(
      'Membership of the Panel\nCouncillor Mrs A Smith (Chairman)\nCllr C Brown\tCllr D Green\nMr G Gray (Co-opted Member, Diocese)\n\nFor enquiries please contact Sam Reed',
    );
    expect(found.members).toEqual([
      'Councillor Mrs A Smith (Chairman)',
      'Councillor C Brown',
      'Councillor D Green',
      'Mr G Gray (Co-opted Member, Diocese)',
    ]);
  });

  it('reads the parts of a membership: a title alone over the names, other members, and substitutes noted as such', () => {
    const found = read(
      'Membership:\nCouncillors:\nAnn Cole\nBen Dray\nOther Members:\nDee Ross (Independent Chair)\nSubstitutes: Councillors Eve Fry and Gus Hale\n\nA meeting of the Audit Committee will be held:',
    );
    expect(found.members).toEqual([
      'Councillor Ann Cole',
      'Councillor Ben Dray',
      'Dee Ross (Independent Chair)',
      'Councillor Eve Fry (substitute member)',
      'Councillor Gus Hale (substitute member)',
    ]);
    expect(found.attendance.substitutes).toEqual([]);
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('reads "Members:" over one member a line as the membership when a separate "Present:" list follows it', () => {
    const found = read(
      'Members:\nCouncillor P Lindqvist (Chairman)\nCouncillor R Moorcroft (Vice-Chairman)\nCouncillor S Nettleton\nCouncillor T Oyelaran\n\nPresent:\nCouncillors Lindqvist, Moorcroft and Oyelaran\n\nApologies: Councillor Nettleton',
    );
    expect(found.members).toEqual([
      'Councillor P Lindqvist (Chairman)',
      'Councillor R Moorcroft (Vice-Chairman)',
      'Councillor S Nettleton',
      'Councillor T Oyelaran',
    ]);
    // Those present as printed, by surname: no list folds them into the membership's fuller names.
    expect(found.attendance.present).toEqual(['Lindqvist', 'Moorcroft', 'Oyelaran']);
    expect(found.attendance.apologies).toEqual(['Nettleton']);
    expect(found.unread).toEqual([]);
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 6, 7, 9]);
  });

  it('reads "Members:" as those present when another list of the attendance follows it and no plain "Present:" list does', () => {
    const alone = read('Members:\nCouncillor P Lindqvist (Chairman)\nCouncillor S Nettleton\n\nApologies: Councillor Oyelaran');
    expect(alone.members).toEqual([]);
    expect(alone.attendance).toMatchObject({ present: ['P Lindqvist', 'S Nettleton'], apologies: ['Oyelaran'] });
    expect(alone.unread).toEqual([]);
    // A hearing's panel in a label column, over its officers.
    const hearing = read(
      'Members:     Councillor Ruth Alder (Chair)\n             Councillor Simon Brake\n\nOfficers:    Ian Dale – Licensing Officer',
    );
    expect(hearing.attendance).toMatchObject({ present: ['Ruth Alder', 'Simon Brake'], officers: ['Ian Dale, Licensing Officer'] });
    expect(hearing.lines).toEqual([0, 1, 3]);
    // "Virtual:" parts those present by how they came: the names over it came too, and are no membership.
    const hybrid = read('Members:\nCouncillor P Lindqvist (Chairman)\nCouncillor S Nettleton\n\nVirtual:\nCouncillor T Oyelaran');
    expect(hybrid.members).toEqual([]);
    expect(hybrid.attendance.present).toEqual(['P Lindqvist', 'S Nettleton', 'T Oyelaran']);
  });

  it('leaves "Members:" alone, with no list of the attendance after it, for the caller to warn of: an agenda names its members so', () => {
    const agenda = read('Members:\nCouncillor P Lindqvist (Chairman)\nCouncillor S Nettleton\n\n1. Apologies for absence');
    expect(agenda.attendance.present).toEqual([]);
    expect(agenda.unread).toEqual([{ heading: 'Members:', first: 'Councillor P Lindqvist (Chairman)' }]);
  });

  it("writes the singular of the run's plural title, and keeps a membership apart from those present", () => {
    const found = read('Committee Membership: Aldermen A Kerr and B Lyle, Councillors C Moore\nPresent: Councillor C Moore');
    expect(found.members).toEqual(['Alderman A Kerr', 'Alderman B Lyle', 'Councillor C Moore']);
    expect(found.attendance.present).toEqual(['C Moore']);
  });
});

describe('readAttendance: joint bodies', () => {
  it('reads members listed with the council each represents as present, each keeping it, not as visiting councillors', () => {
    const found = read(
      'Present:\nCllr T Abbott, Ashby District Council (Chairman)\nCllr J Barker, Westmarch County Council\nMs P Ellis, Co-opted Member\n\nAlso Present:\nS Grant, Police and Crime Commissioner',
    );
    expect(found.attendance).toMatchObject({
      present: ['T Abbott, Ashby District Council', 'J Barker, Westmarch County Council', 'Ms P Ellis'],
      alsoPresent: ['S Grant, Police and Crime Commissioner'],
    });
  });

  it("keeps no council when those present all name the same one: a council's own members, no joint meeting", () => {
    const found = read('Present:\nCllr T Abbott, Ashby District Council\nCllr J Barker, Ashby District Council');
    expect(found.attendance.present).toEqual(['T Abbott', 'J Barker']);
  });

  it('still keeps a visiting councillor apart when most of those present name no council', () => {
    const found = read('Present: Cllr Ann Moss (Chair), Cllr Ben Lyle, Cllr Cara Penn, Cllr Dan Roe, Westmarch County Council');
    expect(found.attendance).toMatchObject({ present: ['Ann Moss', 'Ben Lyle', 'Cara Penn'], alsoPresent: ['Dan Roe'] });
  });
});

describe('readAttendance: printed minutes that head their lists "Committee Members"', () => {
  it('reads "Committee Members:" under "Present" as those present, and "Visiting Members:" as also present', () => {
    const found = read(
      'Present:\nCommittee Members:\nCouncillors Ruskin (Chairman), Acton and Mrs Bell\n\nVisiting Members:\nCouncillor Gale',
    );
    expect(found.attendance).toMatchObject({ present: ['Ruskin', 'Acton', 'Mrs Bell'], alsoPresent: ['Gale'] });
  });

  it('reads substitutes listed "Councillor A for Councillor B" under "The following Substitute Members were noted:"', () => {
    const found = read(
      'The following Substitute Members were noted:\n\n· Councillor Acton for Councillor Hatch\n· Councillor Carr for Councillor Ingram',
    );
    expect(found.attendance.substitutes).toEqual(['Acton (for Hatch)', 'Carr (for Ingram)']);
  });

  it('reads "A for B" as A standing in for B under any heading: under an apologies item A is the substitute, B no apology unsaid', () => {
    const item = read(
      '1. Apologies and Substitutions\n\nCouncillor Moss for Councillor Reed.\nCouncillor Ives for Councillor Hart.\n\n2. Minutes',
    );
    expect(item.attendance.substitutes).toEqual(['Moss (for Reed)', 'Ives (for Hart)']);
    expect(item.attendance.apologies).toEqual([]);
    const headed = read('Apologies:\nCllr Pat Oddie for Cllr Kim Vane\n\n1. Minutes');
    expect(headed.attendance).toMatchObject({ apologies: [], substitutes: ['Pat Oddie (for Kim Vane)'] });
  });

  it('reads every wording of a substitution with the same one standing in, wherever it is listed', () => {
    const wordings = [
      'Cllr Moss (substituting for Cllr Reed)',
      'Cllr Moss as substitute for Cllr Reed',
      'Councillor Moss for Councillor Reed',
      'Cllr Reed (substituted by Cllr Moss)',
    ];
    for (const wording of wordings) {
      const found = read(`Present:\nCllr Ash (Chair)\nCllr Bell\n${wording}\n\n1. Minutes`).attendance;
      expect(found.substitutes, wording).toEqual(['Moss (for Reed)']);
      expect(found.present, wording).not.toContain('Reed');
      const under = read(`Present:\nCllr Ash (Chair)\n\nSubstitutes:\n${wording}\n\n1. Minutes`).attendance;
      expect(under.substitutes, wording).toEqual(['Moss (for Reed)']);
    }
  });

  it('files one listed "Name – Head of X, <council>" among those also attending as that council\'s officer, the post kept', () => {
    const found = read(
      [
        'Present: Cllr A Ash (Chair), Cllr B Bell',
        'Also in attendance:',
        'Sarah Kemp – Head of Planning, Northby Borough Council',
        'Mr Olu Dane, Deputy Head of Legal Services, Wexley District Council',
        '',
        '1. Minutes',
      ].join('\n'),
    );
    expect(found.attendance.officers).toEqual([
      'Sarah Kemp, Head of Planning, Northby Borough Council',
      'Mr Olu Dane, Deputy Head of Legal Services, Wexley District Council',
    ]);
    expect(found.attendance.alsoPresent).toEqual([]);
  });

  it('reads a label of how members came to sit ("Appointed Conservators:", "Elected Trustees:") as a heading of members present', () => {
    const found = read(
      [
        'Present:',
        'Appointed Conservators:',
        'Mr Al Finch',
        'Mrs Bo Gale',
        'Elected Members:',
        'Mr Cy Hart',
        'Co-opted Members:',
        'Mr Di Ives',
        'Independent Members:',
        'Ms Ed Jay',
        '',
        '1. Minutes',
      ].join('\n'),
    ).attendance;
    expect(found).toMatchObject({ present: ['Mr Al Finch', 'Mrs Bo Gale', 'Mr Cy Hart', 'Mr Di Ives', 'Ms Ed Jay'], alsoPresent: [] });
    const oneLine = read('Present:\nElected Trustees: Mrs Fay Kerr, Mr Gil Lamb\nNominated Trustees: Ms Hal Mott\n\n1. Minutes').attendance;
    expect(oneLine).toMatchObject({ present: ['Mrs Fay Kerr', 'Mr Gil Lamb', 'Ms Hal Mott'], alsoPresent: [] });
    const alone = read('Present:\n\nElected Trustees:\nMrs Fay Kerr\n\nNominated Trustees:\nMs Hal Mott\n\n1. Minutes').attendance;
    expect(alone).toMatchObject({ present: ['Mrs Fay Kerr', 'Ms Hal Mott'], alsoPresent: [] });
  });

  it('keeps the body that nominated a member ("(nominated by the X)") after the name, a member present whatever the body', () => {
    const found = read(
      [
        'Present:',
        'Cllr A Ash (Chair)',
        'Mr T Bolt (nominated by the Northby Angling Association)',
        'Ms J Wren (nominated by Northby Ramblers)',
        'Apologies:',
        'Mr K Yeo (appointed by Fenby Town Council)',
        '',
        '1. Minutes',
      ].join('\n'),
    ).attendance;
    expect(found).toMatchObject({
      present: ['A Ash', 'Mr T Bolt, Northby Angling Association', 'Ms J Wren, Northby Ramblers'],
      apologies: ['Mr K Yeo, Fenby Town Council'],
      officers: [],
    });
  });

  it('files a member another stood in for, listed among those present or the substitutes, as absent: never present', () => {
    const found = read(
      'Present:\nCllr Ash (Chair)\nCllr Jo Reed (substituted by Cllr Pat Moss)\nCllr Una Lowe (Cllr Ed Hay substituting)\n\n1. Minutes',
    );
    expect(found.attendance).toMatchObject({
      present: ['Ash'],
      absent: ['Jo Reed', 'Una Lowe'],
      substitutes: ['Pat Moss (for Jo Reed)', 'Ed Hay (for Una Lowe)'],
    });
  });
});

describe('readAttendance: Scottish minute books', () => {
  it('reads "ATTENDING:" after those present as the officers, each with a role, an area in brackets and a department', () => {
    const found = read(
      'PRESENT: Councillors Morag Blyth (Convener) and Ewan Craig.\n\nATTENDING: Alan Lindsay, Community Manager (East Neuk), Communities and Neighbourhoods Service; and Neil Orr, Committee Officer, Legal and Democratic Services.',
    );
    expect(found.attendance).toMatchObject({
      present: ['Morag Blyth', 'Ewan Craig'],
      officers: [
        'Alan Lindsay, Community Manager (East Neuk), Communities and Neighbourhoods Service',
        'Neil Orr, Committee Officer, Legal and Democratic Services',
      ],
    });
  });

  it('still reads "Attending:" as those present when no list of them came before', () => {
    expect(read('Attending: Cllrs Ann Moss and Ben Lyle').attendance.present).toEqual(['Ann Moss', 'Ben Lyle']);
  });
});

describe('readAttendance: bracketed labels with the names after them', () => {
  it('reads "In attendance: (Committee Members) …" and "(Officials) …" on the label\'s own line', () => {
    const found = read(
      'In the Chair: Councillor D Hanna\n\nIn attendance: (Committee Members) Councillor M Byrne, Alderman P Cosgrove\n(Officials) Mr A Fegan, Director of Planning',
    );
    expect(found.attendance).toMatchObject({
      present: ['D Hanna', 'M Byrne', 'P Cosgrove'],
      officers: ['Mr A Fegan, Director of Planning'],
      alsoPresent: [],
    });
  });
});

describe('readAttendance: tier titles as a county prints its own members', () => {
  it('reads "PRESENT County Councillor …" with no colon, and a list all of county councillors, as those present', () => {
    const found = read(
      [
        'PRESENT County Councillor H R Pryce (Chair)',
        '',
        'County Councillors AB Evans, CD Morgan and EF Lloyd',
        '',
        'In attendance: County Councillors KL Owen and MN Parry.',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['H R Pryce', 'AB Evans', 'CD Morgan', 'EF Lloyd']);
    // Every name of a plural title's run is a councillor: attending, not an officer.
    expect(found.attendance.alsoPresent).toEqual(['KL Owen', 'MN Parry']);
    expect(found.attendance.officers).toEqual([]);
  });

  it('still keeps one visiting county councillor apart from the parish members present', () => {
    const found = read('Present: Cllrs A Ash, B Bell, C Cole and D Dunn; County Cllr E Eaves');
    expect(found.attendance.present).toEqual(['A Ash', 'B Bell', 'C Cole', 'D Dunn']);
    expect(found.attendance.alsoPresent).toEqual(['E Eaves']);
  });

  it('reads "from A and from B", and who stood in for a member who sent apologies', () => {
    const found = read(
      [
        'Apologies for absence were received from County Councillor OP Watkins and from County Councillors QR Hughes and ST Price.',
        '',
        'Apologies for absence were received from:',
        '',
        'Councillor Jon Abbot, for whom Councillor Mel Wood was substitute;',
        '',
        'Councillor Chris Barr (substituted by Councillor Roy Jack).',
      ].join('\n'),
    );
    expect(found.attendance.apologies).toEqual(['OP Watkins', 'QR Hughes', 'ST Price', 'Jon Abbot', 'Chris Barr']);
    expect(found.attendance.substitutes).toEqual(['Mel Wood (for Jon Abbot)', 'Roy Jack (for Chris Barr)']);
  });
});

describe('readAttendance: parish forms', () => {
  it('reads "THOSE ATTENDING:", and officers whose roles have a slash in them', () => {
    const found = read(
      [
        'THOSE ATTENDING:',
        'Cllr P Amble',
        'Cllr T Dunn (Chair)',
        '',
        'IN ATTENDANCE:',
        'Mrs B Hedley, Parish Clerk/Responsible Finance Officer, Mr C Lowes Deputy Parish Clerk, and Mr E Watts Admin/Finance Officer.',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['P Amble', 'T Dunn']);
    expect(found.attendance.officers).toEqual([
      'Mrs B Hedley, Parish Clerk/Responsible Finance Officer',
      'Mr C Lowes, Deputy Parish Clerk',
      'Mr E Watts, Admin/Finance Officer',
    ]);
  });

  it('reads a role of two capitalised words and a role word after a comma as the role, not a person ("Building Control Manager")', () => {
    const found = read('In attendance: Mr S Hewitt, Building Control Manager; and Mrs P Alder Assistant Clerk.');
    expect(found.attendance.officers).toEqual(['Mr S Hewitt, Building Control Manager', 'Mrs P Alder, Assistant Clerk']);
  });

  it('reads a list with the reasons in brackets and prose after it on its line, and apologies "sent" by one person', () => {
    const found = read(
      [
        'APOLOGIES FOR ABSENCE:',
        'Cllr F Gray and Cllr H Moor (family commitment), Cllr J Pell (work commitment). The meeting accepted these as proper reasons.',
        '',
        'Apologies and valid reasons for absence were received from Cllr Clough and these were accepted.',
        '',
        'Cllr Ede (ELDC) also sent his apologies.',
      ].join('\n'),
    );
    expect(found.attendance.apologies).toEqual(['F Gray', 'H Moor', 'J Pell', 'Clough', 'Ede']);
  });
});

describe('readAttendance: a community council whose members are listed by their offices', () => {
  it('reads members untitled but for their offices as present, a ward councillor and the police as attending', () => {
    const found = read(
      [
        'Present: Anne Bell (Chair), Colin Dow (Secretary), Elspeth Fyfe (Treasurer), Gordon Hay',
        'In Attendance: Cllr Iain Jack (Ward Councillor), PC Kirsty Lamb (Police Scotland), 3 members of the public',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Anne Bell', 'Colin Dow', 'Elspeth Fyfe', 'Gordon Hay']);
    // The rank is no part of the name: it leads the role, as a post does; with the force named, a guest's post.
    expect(found.attendance.alsoPresent).toEqual(['Iain Jack', 'Kirsty Lamb, PC, Police Scotland']);
    expect(found.attendance.officers).toEqual([]);
  });
});

describe("readAttendance: the City of London's lists", () => {
  it('reads "Present" over "Members:" alone, deputies and aldermen, a co-opted member, and departments whose "and" joins no two people', () => {
    const found = read(
      [
        'Present',
        '',
        'Members:',
        'Deputy Ann Holt (Chairman)',
        'Alderman Bruce Ward',
        'Mary Stone',
        'Judith Pike (Co-opted Member)',
        '',
        'Officers:',
        "Rita Moss - Comptroller and City Solicitor's Department",
        '',
        '1. APOLOGIES',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Ann Holt', 'Bruce Ward', 'Mary Stone', 'Judith Pike']);
    expect(found.attendance.officers).toEqual(["Rita Moss, Comptroller and City Solicitor's Department"]);
  });

  it("never reads a deputy's office as a name", () => {
    const found = read(
      'Present: Councillor A Ash (Chair)\nIn attendance: Mr C Lowes, Deputy Parish Clerk; Ms D Dunn, Deputy Chief Executive',
    );
    expect(found.attendance.officers).toEqual(['Mr C Lowes, Deputy Parish Clerk', 'Ms D Dunn, Deputy Chief Executive']);
  });

  it('reads who stood in for an absent member from a bracket in the apologies sentence', () => {
    const found = read(
      'Apologies for absence were received from Mr P Dunn (Ms R Vale attended as substitute), Dr K Osei (Mr T Bright attended in his absence) and Councillor J Hale.',
    );
    expect(found.attendance.apologies).toEqual(['Mr P Dunn', 'Dr K Osei', 'J Hale']);
    expect(found.attendance.substitutes).toEqual(['Ms R Vale (for Mr P Dunn)', 'Mr T Bright (for Dr K Osei)']);
  });
});

describe("readAttendance: an agenda's addressees", () => {
  it('reads the councillors under "The Councillors listed below are requested to attend …" as the membership', () => {
    const found = read(
      'The Councillors listed below are requested to attend the above meeting to consider the business set out in this agenda.\n\nCouncillors Mrs Fenn (Chairman), Grant and H Ibbot',
    );
    expect(found.members).toEqual(['Councillor Mrs Fenn (Chairman)', 'Councillor Grant', 'Councillor H Ibbot']);
    expect(found.attendance.present).toEqual([]);
  });

  it('reads "To: Councillors A, B and C" as the committee\'s members, and "To: All Members of …" as no one', () => {
    expect(read('To: Councillors A Ash (Chair), B Bell (Vice-Chair), C Cole and D Dunn').members).toEqual([
      'Councillor A Ash (Chair)',
      'Councillor B Bell (Vice-Chair)',
      'Councillor C Cole',
      'Councillor D Dunn',
    ]);
    const all = read('To: All Members of the Westfell National Park Authority');
    expect(all.members).toEqual([]);
    expect(all.lines).toEqual([]);
  });
});

describe('readAttendance: a heading whose names are not read', () => {
  it('says which heading read no one, and never for a heading over another, over an item or over "none"', () => {
    expect(read('Present:\n\n(see the list attached)\n\n1. APOLOGIES').unread).toEqual([
      { heading: 'Present:', first: '(see the list attached)' },
    ]);
    expect(read('Present:\nCommittee Members:\nCouncillors Ash and Bell').unread).toEqual([]);
    expect(read('Absent:\nThere were no absences\n1. Apologies').unread).toEqual([]);
    expect(read('Present:\n1. Apologies').unread).toEqual([]);
  });
});

describe('readAttendance: posts and a chair person', () => {
  it('reads "The Lord Mayor (Councillor S Vance) in the Chair" as the councillor who chaired', () => {
    const found = read('PRESENT: The Lord Mayor (Councillor S Vance) in the Chair; Councillors Ash and Birch.');
    expect(found.attendance.present).toEqual(['S Vance', 'Ash', 'Birch']);
    expect(found.attendance.officers).toEqual([]);
  });

  it('reads a person with a staff post in brackets among councillors as an officer', () => {
    const found = read('Attendees: Cllr P Quinn (Chair), Cllr R Shah, Vera Wood (Housing Needs Manager), Will Yates (Scrutiny Officer)');
    expect(found.attendance.present).toEqual(['P Quinn', 'R Shah']);
    expect(found.attendance.officers).toEqual(['Vera Wood, Housing Needs Manager', 'Will Yates, Scrutiny Officer']);
  });

  it("reads an officer's post over the one person who held it, never a contact", () => {
    const found = read('Chair Person: Fiona Cole\nLegal Adviser: G Drake\nLicensing Officer: H Eaves\nContact Officer: Jo Green');
    expect(found.attendance.present).toEqual(['Fiona Cole']);
    expect(found.attendance.officers).toEqual(['G Drake, Legal Adviser', 'H Eaves, Licensing Officer']);
    expect(found.lines).toEqual([0, 1, 2]);
  });
});

describe('readAttendance: members of a kind, bodies and tables under a heading', () => {
  it('reads "Voting Members present" and "Non-voting members present" as members, whatever post they hold', () => {
    const found = read(
      'Voting Members present:\nCouncillor Elva Brine – Cabinet Member for Leisure (Chair)\nOrson Tull – Director of Public Health\nNon-voting members present:\nPia Gorse – Chief Executive, Tarnby Healthwatch\n\n1. Welcome',
    );
    // A member listed with a post keeps it, as an officer's entry does.
    expect(found.attendance.present).toEqual([
      'Elva Brine',
      'Orson Tull, Director of Public Health',
      'Pia Gorse, Chief Executive, Tarnby Healthwatch',
    ]);
    expect(found.attendance.officers).toEqual([]);
  });

  it('reads a director or a chief executive under "Members present" as a member with the post, the meeting\'s staff as officers', () => {
    const found = read(
      [
        'Board Members present:',
        'Councillor Wynne Adair (Chair)',
        'Dr Pella Quist - Director of Public Health',
        "Rob Tennant (Director of Children's Services)",
        'Ines Varga, Chief Executive, Tarnby Healthwatch',
        'Gil Hobart - Democratic Services Officer',
        '',
        '1. Welcome',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'Wynne Adair',
      'Dr Pella Quist, Director of Public Health',
      "Rob Tennant, Director of Children's Services",
      'Ines Varga, Chief Executive, Tarnby Healthwatch',
    ]);
    expect(found.attendance.officers).toEqual(['Gil Hobart, Democratic Services Officer']);
    // "Members and Officers present" lists both: a director under it is an officer.
    expect(read('Members and Officers present:\nCouncillor Wynne Adair\nLorna Peck - Director of Place').attendance.officers).toEqual([
      'Lorna Peck, Director of Place',
    ]);
  });

  it('reads "Co-opted member:" as one present, and "Non-Cabinet Members present:" as councillors also present', () => {
    const found = read(
      "Present: Councillors Ada Venn and Rolf Jessop\nCo-opted member: Mrs Tilde Saxby (Tarnby Residents' Forum)\nNon-Cabinet Members present: Councillors Una Pell and Cai Brook",
    );
    expect(found.attendance.present).toEqual(['Ada Venn', 'Rolf Jessop', 'Mrs Tilde Saxby']);
    expect(found.attendance.alsoPresent).toEqual(['Una Pell', 'Cai Brook']);
  });

  it('files an officer whose council is named in brackets under "Officers Present" as an officer, with the post', () => {
    const found = read('Officers Present:\nIsla Wren – Treasurer (Tarnby District Council)\nCouncillor Bo Venn (Tarnby District Council)');
    expect(found.attendance.officers).toEqual(['Isla Wren, Treasurer']);
    expect(found.attendance.alsoPresent).toEqual(['Bo Venn']);
  });

  it("files a guest with another body's post as also present, and the council's officer among them as an officer", () => {
    const found = read(
      'Also in attendance: Dr Lune Paskin (Clinical Director, Tarnby NHS Trust), Abel Crewe (Scrutiny Officer, Tarnby County Council)',
    );
    expect(found.attendance.alsoPresent).toEqual(['Dr Lune Paskin, Clinical Director, Tarnby NHS Trust']);
    expect(found.attendance.officers).toEqual(['Abel Crewe, Scrutiny Officer, Tarnby County Council']);
  });

  it("reads a table with no status column under each list heading, each row in the heading's list", () => {
    const found = read(
      [
        'Present:',
        'Name\tRole\tOrganisation',
        'Cllr Wyn Tasker\tCo-Chair\tTarnby County Council',
        'Juno Bale\tMember\tTarnby Carers Alliance',
        'In attendance:',
        'Name\tRole\tOrganisation',
        'Lior Fenn\tHead of Strategy\tTarnby County Council',
        'Apologies:',
        'Name\tRole\tOrganisation',
        'Prof Ansel Drewe\tMember\tUniversity of Tarnby',
        'Item\tSubject\tOwner',
        '1\tWelcome\t',
      ].join('\n'),
    );
    // The role column's "Co-Chair" is kept after the name; "Member" says only that she sits on the board.
    expect(found.attendance.present).toEqual(['Wyn Tasker, Co-Chair', 'Juno Bale']);
    expect(found.attendance.officers).toEqual(['Lior Fenn, Head of Strategy']);
    expect(found.attendance.apologies).toEqual(['Prof Ansel Drewe']);
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(found.unread).toEqual([]);
  });

  it('ends a list at a column heading in capitals, never reading it as a person', () => {
    const found = read('ALSO PRESENT:\nCouncillor Rhos Ingle\n\n                                        OWNER\n1.   APOLOGIES');
    expect(found.attendance.alsoPresent).toEqual(['Rhos Ingle']);
  });

  it('ends a list at an action column\'s heading set far to the right ("Action", "ACTION BY"), in capitals or not', () => {
    const after = (heading: string) =>
      read(`In attendance: Mrs C Dunwoody (Clerk),\n3 members of the public\n\n${heading}\n25/31 Apologies`);
    for (const heading of [`${' '.repeat(64)}Action`, `${' '.repeat(52)}ACTION BY`]) {
      const found = after(heading);
      expect(found.attendance.officers).toEqual(['Mrs C Dunwoody, Clerk']);
      expect([...found.attendance.present, ...found.attendance.alsoPresent]).toEqual([]);
      expect(found.unread).toEqual([]);
    }
  });

  it('reads surnames printed in capitals as names, though a column heading in capitals is none', () => {
    expect(read('Present: Councillors ALDOUS, BRENNAN and CALLOWAY').attendance.present).toEqual(['ALDOUS', 'BRENNAN', 'CALLOWAY']);
  });

  it('names a clerk printed twice, once with an initial, once', () => {
    const found = read('Clerk: Mrs Odile Stray\n\nPresent:\nMr T Ranby (Chairman)\nMrs O Stray (Clerk)');
    expect(found.attendance.officers).toEqual(['Mrs Odile Stray, Clerk']);
  });
});

describe('readAttendance: those a panel scrutinises or hears, listed "In attendance"', () => {
  it("files a commissioner, the commissioner's staff and a chief constable as also present; the panel's own officers stay officers", () => {
    const found = read(
      [
        'In attendance:',
        'Ms Carys Wendle, Police and Crime Commissioner',
        'Mr Oren Pike, Deputy Police and Crime Commissioner',
        'Mrs Hana Lusk, Chief Finance Officer, OPCC',
        'Chief Constable Tobias Renn',
        'Mr Aled Finch, Chief Finance Officer',
        'Ms Rhea Conway, Clerk to the Panel',
        'Mr Gil Mayhew, Monitoring Officer',
        'Mr Ewan Tate, Legal Officer, PCC',
      ].join('\n'),
    );
    expect(found.attendance.alsoPresent).toEqual([
      'Ms Carys Wendle, Police and Crime Commissioner',
      'Mr Oren Pike, Deputy Police and Crime Commissioner',
      'Mrs Hana Lusk, Chief Finance Officer, OPCC',
      'Tobias Renn, Chief Constable',
    ]);
    // No body named: the council's own finance officer, as before; "PCC" alone may be the council's own initials.
    expect(found.attendance.officers).toEqual([
      'Mr Aled Finch, Chief Finance Officer',
      'Ms Rhea Conway, Clerk to the Panel',
      'Mr Gil Mayhew, Monitoring Officer',
      'Mr Ewan Tate, Legal Officer, PCC',
    ]);
  });

  it("files a fund's actuary and an investment consultant from a firm as also present, the fund's officers as officers", () => {
    const found = read(
      [
        'Officers present: Mr Lars Quint (Head of Pensions), Ms Edie Vann (Treasury Manager)',
        'Also in attendance: Ms Nell Ashdown (Brackwater Partners, Fund Actuary); Mr Idris Coyle (Investment Consultant)',
      ].join('\n'),
    );
    expect(found.attendance.officers).toEqual(['Mr Lars Quint, Head of Pensions', 'Ms Edie Vann, Treasury Manager']);
    expect(found.attendance.alsoPresent).toEqual([
      'Ms Nell Ashdown, Brackwater Partners, Fund Actuary',
      'Mr Idris Coyle, Investment Consultant',
    ]);
  });

  it('files an NHS director under "Officers present" as also present, and a board\'s own secretary as an officer', () => {
    const found = read(
      'Officers present: Dr Ines Marlow, Medical Director, Tarnby NHS Trust; Mr Cole Baird, Board Secretary; Ms Ada Frey, Scrutiny Officer',
    );
    expect(found.attendance.alsoPresent).toEqual(['Dr Ines Marlow, Medical Director, Tarnby NHS Trust']);
    expect(found.attendance.officers).toEqual(['Mr Cole Baird, Board Secretary', 'Ms Ada Frey, Scrutiny Officer']);
  });
});

describe("readAttendance: a post's label alone on its line over its holder", () => {
  it('gives the one person under "Treasurer:", "Clerk to the Authority:" or "External Auditor:" the post', () => {
    const found = read(
      [
        'In attendance:',
        'Chief Executive:',
        'Ms Amara Brown',
        'Treasurer:',
        'Mr Dev Kapoor',
        'Clerk to the Authority:',
        'Mrs Ione Saul',
        'External Auditor:',
        'Mr Cato Fell (Pellham Audit LLP)',
        '',
        '1. Apologies',
      ].join('\n'),
    );
    expect(found.attendance.officers).toEqual([
      'Ms Amara Brown, Chief Executive',
      'Mr Dev Kapoor, Treasurer',
      'Mrs Ione Saul, Clerk to the Authority',
    ]);
    // The auditor's firm is another body: a guest, as "External Auditor: Mr Cato Fell (…)" on one line reads.
    expect(found.attendance.alsoPresent).toEqual(['Mr Cato Fell, External Auditor (Pellham Audit LLP)']);
    expect(found.unread).toEqual([]);
  });

  it("reads a staff post's label under those present, but never a member's office alone", () => {
    const found = read(['Present:', 'Councillor Ona Reith', 'Fund Actuary:', 'Ms Pia Lund', '', '1. Apologies'].join('\n'));
    expect(found.attendance.present).toEqual(['Ona Reith']);
    expect(found.attendance.alsoPresent).toEqual(['Ms Pia Lund, Fund Actuary']);
    // A community council's secretary is one of its members: the label is not read as a staff post.
    const member = read(['Present:', 'Mr Tam Gow (Chair)', 'Secretary:', 'Mrs Eilidh Rusk', '', '1. Apologies'].join('\n'));
    expect(member.attendance.officers).toEqual([]);
  });
});

describe('readAttendance: "Aldermen" alone on its line over the names', () => {
  it('reads each name under it as a member, up to the next title, as "Aldermen A and B" on one line does, without the title', () => {
    const found = read(
      [
        'Members Present:',
        'Aldermen:',
        'P Boyle',
        'Curran and Dane',
        'Councillors:',
        'R Gault',
        'M Hanna',
        '',
        'Apologies:',
        'Aldermen',
        'T Ennis',
        '',
        '1. Apologies',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['P Boyle', 'Curran', 'Dane', 'R Gault', 'M Hanna']);
    expect(found.attendance.apologies).toEqual(['T Ennis']);
  });

  it('never runs the names under a title alone on to the last name over it', () => {
    const found = read(
      ['Present:', 'Aldermen:', 'Boyle, Curran and Dane', 'Councillors:', 'Gault and Hanna', '', '1. Apologies'].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Boyle', 'Curran', 'Dane', 'Gault', 'Hanna']);
  });
});

describe('readAttendance: police ranks', () => {
  it('reads a rank before a name as the role, never part of the name, one a line or in a run', () => {
    const found = read(
      [
        'In attendance:',
        'Chief Constable Orla Penrose - Westmarch Police',
        'Assistant Chief Constable Idris Vaughan',
        'Chief Inspector Bea Tolley (Westmarch Police)',
        'Detective Sergeant Nye Quarrie',
        'Mr Tom Sergeant - Community Safety Officer',
        '',
        'Also present: Supt Rosa Kemble, Sgt. Lyle Amos and Inspector J Ferris',
        '',
        '1. Welcome',
      ].join('\n'),
    );
    expect(found.attendance.officers).toEqual(['Nye Quarrie, Detective Sergeant', 'Mr Tom Sergeant, Community Safety Officer']);
    // A force's chief constables, whom a police and crime panel hears, are no officers of the council; nor is one whose
    // rank is named with the force, a post held with it.
    expect(found.attendance.alsoPresent).toEqual([
      'Orla Penrose, Chief Constable, Westmarch Police',
      'Idris Vaughan, Assistant Chief Constable',
      'Bea Tolley, Chief Inspector, Westmarch Police',
      'Rosa Kemble',
      'Lyle Amos',
      'J Ferris',
    ]);
  });

  it('keeps a police member of a partnership present as a member, the rank out of the name', () => {
    const found = read(['Present:', 'Councillor Ada Wren (Chair)', 'Superintendent Cai Rhodes', 'Ms Ivy Constable'].join('\n'));
    expect(found.attendance.present).toEqual(['Ada Wren', 'Cai Rhodes', 'Ms Ivy Constable']);
  });
});

describe('readAttendance: Scottish headings over lines of their own', () => {
  it('reads "Chair:" and "Councillors\' Apologies:" over names, and officers grouped under their Resource or body', () => {
    const found = read(
      [
        'Chair:',
        'Councillor Nessa Bryce',
        '',
        'Councillors Present:',
        'Councillor Tam Laing, Councillor Elspeth Rae',
        '',
        "Councillors' Apologies:",
        'Councillor Fergus Doig',
        '',
        'Attending:',
        'Housing and Technical Resources',
        'K Ure, Housing Manager; L Wemyss, Estates Officer',
        'Education Resources',
        'M Yule, Head of Service',
        '',
        'Also Attending:',
        'Strathbrae Tenants Federation',
        'N Abbot, Secretary',
        '',
        '1 Declarations of Interest',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Nessa Bryce', 'Tam Laing', 'Elspeth Rae']);
    expect(found.attendance.apologies).toEqual(['Fergus Doig']);
    expect(found.attendance.officers).toEqual(['K Ure, Housing Manager', 'L Wemyss, Estates Officer', 'M Yule, Head of Service']);
    expect(found.attendance.alsoPresent).toEqual(['N Abbot, Secretary, Strathbrae Tenants Federation']);
    expect(found.unread).toEqual([]);
  });
});

describe('readAttendance: a list parted by group labels', () => {
  it('reads each group under "PRESENT" into its list, as a schools forum prints them', () => {
    const found = read(
      [
        'PRESENT',
        'School members:',
        'Ada Pellow (Chair), Bram Tolley,',
        'Cora Vint',
        'Non school members:',
        'Dov Hartle',
        'Nominated subs:',
        'Edna Quarry',
        'Observers:',
        'Cllr Finn Ostler',
        'Officers:',
        'Gus Merrow, Hilda Sant',
        'Pupil Services Clerk:',
        'Ivy Dunmore',
        '',
        'The meeting opened at 8am.',
      ].join('\n'),
    );
    expect(found.attendance).toMatchObject({
      present: ['Ada Pellow', 'Bram Tolley', 'Cora Vint', 'Dov Hartle'],
      substitutes: ['Edna Quarry'],
      alsoPresent: ['Finn Ostler'],
      officers: ['Gus Merrow', 'Hilda Sant', 'Ivy Dunmore, Pupil Services Clerk'],
    });
    expect(found.unread).toEqual([]);
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('reads the groups of an apologies list, labels without a colon', () => {
    const found = read('Apologies:\nSchool members\nJon Arbery, Kit Lowe\n\nNon school members\nNone');
    expect(found.attendance.apologies).toEqual(['Jon Arbery', 'Kit Lowe']);
    expect(found.attendance.present).toEqual([]);
  });

  it("reads a seat's label before its members' names as a label, never a name, the post's label still an officer's", () => {
    const found = read(
      [
        'Present',
        'School members:',
        'Maintained nursery heads: Wren Ablett, Ossie Vane',
        'Academy members: Petra Lusk (Chair)',
        'Non-school members:',
        'Faith bodies: Revd Canon Hal Stroud',
        'Early years PVI: Tamsin Orde',
        'Clerk: Milo Hext',
        '',
        'The meeting opened at 5pm.',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Wren Ablett', 'Ossie Vane', 'Petra Lusk', 'Revd Canon Hal Stroud', 'Tamsin Orde']);
    expect(found.attendance.officers).toEqual(['Milo Hext, Clerk']);
    expect(found.unread).toEqual([]);
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it("reads no seat's label under a chair's heading, where a label names the minute-taker", () => {
    const found = read('Chair Person: Fay Orme\nNotes of meeting: Ida Pell\n\nAttendees: Fay Orme; Ida Pell');
    expect(found.lines).not.toContain(1);
  });

  it('reads a label with the names after its colon, and keeps no post for a line of several', () => {
    const found = read('Present:\nSchool members: Lena Odd, Max Pruett\nClerk:\nNell Ashby, Otto Rind');
    expect(found.attendance.present).toEqual(['Lena Odd', 'Max Pruett']);
    expect(found.attendance.officers).toEqual(['Nell Ashby', 'Otto Rind']);
  });
});

describe('readAttendance: a label wrapped in its column beside the names', () => {
  it('reads "Co-opted" over "Members:" and "Officers in" over "Attendance" as one heading each, no person', () => {
    const found = read(
      [
        'Present:        Councillor Nia Owusu (Chair)',
        '                Councillors Rob Fane and Ula Kerr',
        '',
        'Co-opted        Mr Abel Stroud (Diocese)',
        'Members:        Ms Cara Lunn (Parent Governor Representative)',
        '',
        'Officers in     Mr Dace, Director of Place',
        'Attendance      Ms Eade, Head of Waste Management',
        '                Mrs Fitt, Democratic Services Officer',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Nia Owusu', 'Rob Fane', 'Ula Kerr', 'Mr Abel Stroud', 'Ms Cara Lunn']);
    expect(found.attendance.officers).toEqual([
      'Mr Dace, Director of Place',
      'Ms Eade, Head of Waste Management',
      'Mrs Fitt, Democratic Services Officer',
    ]);
    expect(found.lines).toEqual([0, 1, 3, 4, 6, 7, 8]);
  });
});

describe('readAttendance: members of a kind with the kind in brackets', () => {
  it('reads "Co-opted Members (non-voting):" as members present', () => {
    const found = read(
      'PRESENT:\n\nCouncillor Rhea Stott (Chairman)\nCouncillors Ned Fallow and Ola Brisk\n\nCo-opted Members (non-voting): Ms Pia Rook (GMB), Mr Quin Dale (district councils)',
    );
    expect(found.attendance.present).toEqual(['Rhea Stott', 'Ned Fallow', 'Ola Brisk', 'Ms Pia Rook', 'Mr Quin Dale']);
  });
});

describe("readAttendance: a hearing notice's panel label", () => {
  it('reads "Sub-Committee:" with the names on its continuation lines as those present', () => {
    const found = read(
      [
        'Sub-Committee:       Councillor R Pengelly (Chair)',
        '                     Councillor S Quartey',
        '                     Councillor T Ruddle',
        '',
        'Legal Adviser:       Mr U Sallow',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['R Pengelly', 'S Quartey', 'T Ruddle']);
    expect(found.attendance.officers).toEqual(['Mr U Sallow, Legal Adviser']);
    expect(found.posts).toEqual([{ post: 'Chair', name: 'R Pengelly' }]);
  });

  it('reads "Panel:" only with its colon', () => {
    expect(read('Panel: Councillors V Tamm and W Udall').attendance.present).toEqual(['V Tamm', 'W Udall']);
    expect(read('Panel\nCouncillor V Tamm').attendance.present).toEqual([]);
  });
});

describe('readAttendance: one note on one member', () => {
  it('reads "(via VC)", "(by video conference)" and "(attended remotely)" as how a member attended', () => {
    const found = read(
      'Present:\nMrs B Aird, Mr C Baird (via VC), Ms D Cairns (by video conference), Dr E Dunlop (attended remotely), Mr F Esson',
    );
    expect(found.attendance.present).toEqual(['Mrs B Aird', 'Mr C Baird', 'Ms D Cairns', 'Dr E Dunlop', 'Mr F Esson']);
    expect(found.attendance.officers).toEqual([]);
  });

  it('keeps a list where its label puts it when one member carries a note it does not know', () => {
    const found = read('Present:\nMrs G Fyfe, Mr H Gow (joined by the Provost), Ms I Hume, Mr J Innes');
    expect(found.attendance.present).toEqual(['Mrs G Fyfe', 'Mr H Gow', 'Ms I Hume', 'Mr J Innes']);
    expect(found.attendance.officers).toEqual([]);
  });
});

describe('readAttendance: the items a guest or an officer came for', () => {
  it('keeps "(for item 5)" on an entry that keeps its post, as on one that does not', () => {
    const found = read(
      [
        'Present: Councillors A Amble (Chair) and B Brisk',
        'Also present: Ms T Nolan, Head of Libraries, Fenmoor Hospice (for item 5)',
        'Dr U Orme (for items 6 and 7)',
        'Officers: Mr V Pike, Finance Manager (for item 4)',
        'Ms W Quill, Scrutiny Officer, left after item 6',
      ].join('\n'),
    );
    expect(found.attendance.alsoPresent).toEqual([
      'Ms T Nolan, Head of Libraries, Fenmoor Hospice (for item 5)',
      'Dr U Orme (for items 6 and 7)',
    ]);
    expect(found.attendance.officers).toEqual([
      'Mr V Pike, Finance Manager (for item 4)',
      'Ms W Quill, Scrutiny Officer (left after item 6)',
    ]);
  });

  it('reads "(joined the meeting for item 5)" as the items, not a note of what they did to set aside', () => {
    const found = read(
      'Present: Councillor A Amble (Chair)\nIn attendance: Mr X Rook, Area Manager, Fenmoor Ambulance Service (joined the meeting for item 5)',
    );
    expect(found.attendance.alsoPresent).toEqual(['Mr X Rook, Area Manager, Fenmoor Ambulance Service (joined the meeting for item 5)']);
  });
});

describe("readAttendance: a panel's own support officers", () => {
  it('reads each post whole, whether after a comma or on the line under the name', () => {
    const officers = ['Mrs V Vance, Policy and Scrutiny Officer to the Panel', 'Mr W Webb, Panel Support and Research Officer'];
    for (const lines of [officers, officers.flatMap((line) => [...line.split(', '), ''])]) {
      const found = read(['Present: Councillor A Amble (Chair)', 'In attendance:', ...lines].join('\n'));
      expect(found.attendance.officers).toEqual(officers);
    }
  });
});

describe('readAttendance: the items table after the attendance', () => {
  it('ends the list at the heading row of an items table, never reading it as a person', () => {
    const found = read(
      'Present: Councillors A Amble (Chair), B Brisk\nAlso present: Councillor C Crane\n\nMin No.\tItem\tAction / Decision\tOfficer\tBy\nPB.1\tApologies\tNone.',
    );
    expect(found.attendance.alsoPresent).toEqual(['C Crane']);
    expect(found.lines).toEqual([0, 1]);
  });

  it('ends the list at "Minute No." over the column of minute numbers', () => {
    const found = read('Present: Cllrs D Dove and E Eyre\nIn attendance:   Mrs F Finch (Clerk)\n\n   Minute No.\n\n   41/25   APOLOGIES');
    expect(found.attendance.officers).toEqual(['Mrs F Finch, Clerk']);
    expect(found.attendance.present).toEqual(['D Dove', 'E Eyre']);
  });
});

describe('readAttendance: officers given by post alone', () => {
  it('reads a post on a line of its own as one officer, its commas and "and" kept whole', () => {
    const found = read(
      'Present:\nMrs K Kerr, Mr L Laing\n\nIn attendance:\nExecutive Director, Housing and Property\nHead of Roads Services\nSenior Solicitor (Planning)\nCommittee Officer\n\nApologies: Mr M Muir',
    );
    expect(found.attendance.officers).toEqual([
      'Executive Director, Housing and Property',
      'Head of Roads Services',
      'Senior Solicitor (Planning)',
      'Committee Officer',
    ]);
    expect(found.attendance.apologies).toEqual(['Mr M Muir']);
    // A name and a post in two columns stay a named officer.
    expect(read('In attendance:\nVera Vale          Chief Executive').attendance.officers).toEqual(['Vera Vale, Chief Executive']);
  });

  it('reads posts without names on one line, parted by semicolons or commas, each an officer kept as printed', () => {
    const found = read(
      'Present: Councillor Una Voss (Convener); Councillors Wilf Yarrow and Zoe Abney.\n\nIn attendance: Depute Chief Executive; Head of Roads; Procurement Manager; Clerk to the Committee.',
    );
    expect(found.attendance.officers).toEqual(['Depute Chief Executive', 'Head of Roads', 'Procurement Manager', 'Clerk to the Committee']);
    expect(found.attendance.present).toEqual(['Una Voss', 'Wilf Yarrow', 'Zoe Abney']);
    expect(read('Officers: Director of Finance and Resources, Fleet Manager, Scrutiny Officer').attendance.officers).toEqual([
      'Director of Finance and Resources',
      'Fleet Manager',
      'Scrutiny Officer',
    ]);
    // A named officer's entry among them keeps its own post only.
    expect(read('In attendance: Head of Roads (I Jack); Procurement Manager; Clerk.').attendance.officers).toEqual([
      'I Jack, Head of Roads',
      'Procurement Manager',
      'Clerk',
    ]);
    // A comma before what is no post of its own stays inside the post.
    expect(read('Officers in attendance: Executive Chief Officer, Housing and Property, Head of Legal').attendance.officers).toEqual([
      'Executive Chief Officer, Housing and Property',
      'Head of Legal',
    ]);
  });

  it('reads a post first with its holder in brackets as one person, an "and" inside the post parting no one', () => {
    const found = read('Officers: Director of Place (N Nairn), Audit and Risk Manager (O Orr), Clerk and Treasurer (Petra Pike)');
    expect(found.attendance.officers).toEqual([
      'N Nairn, Director of Place',
      'O Orr, Audit and Risk Manager',
      'Petra Pike, Clerk and Treasurer',
    ]);
  });
});

describe('readAttendance: a post in brackets under "Also present"', () => {
  it('keeps a cabinet member under "ALSO PRESENT" also present, the post no staff post', () => {
    expect(read('ALSO PRESENT: Mr Q Quarry (Cabinet Member for Adult Social Care)').attendance.alsoPresent).toEqual(['Mr Q Quarry']);
    const found = read('In attendance: Ms R Rook (Portfolio Holder for Leisure), Mr S Swan (Team Leader, Parks)');
    expect(found.attendance.alsoPresent).toEqual(['Ms R Rook']);
    expect(found.attendance.officers).toEqual(['Mr S Swan, Team Leader, Parks']);
  });

  it('files the staff of the police and of a fire and rescue service as guests, with their posts', () => {
    const found = read(
      'Also in attendance:\nMr T Tait, Inspector, Police Scotland\nMs U Urie, Station Manager, Northshire Fire and Rescue Service',
    );
    expect(found.attendance.alsoPresent).toEqual([
      'Mr T Tait, Inspector, Police Scotland',
      'Ms U Urie, Station Manager, Northshire Fire and Rescue Service',
    ]);
    expect(found.attendance.officers).toEqual([]);
  });
});

describe('readAttendance: a surname that is a title too', () => {
  it('reads "Ms Lord" in brackets after a post as the officer who held it', () => {
    const found = read('Officers: Head of Legal (Mr Wren), Monitoring Officer (Ms Lord) and Committee Manager (Mrs Yeo).');
    expect(found.attendance.officers).toEqual(['Mr Wren, Head of Legal', 'Ms Lord, Monitoring Officer', 'Mrs Yeo, Committee Manager']);
  });
});

describe('readAttendance: labels of those present as some bodies word them', () => {
  it('reads "Present on <date>:", as an adjourned meeting lists each day, and "Cabinet members present:"', () => {
    const found = read(
      'Present on 3 March 2026: Councillors Abel, Birch and Croft.\n\nPresent on 5 March 2026: Councillors Abel and Dunn.',
    );
    expect(found.attendance.present).toEqual(['Abel', 'Birch', 'Croft', 'Dunn']);
    expect(read('Cabinet members present: Councillors Eden (Leader), Frost and Gale').attendance.present).toEqual([
      'Eden',
      'Frost',
      'Gale',
    ]);
  });

  it("reads office-bearers' headings on their own lines among those present, each over its holder", () => {
    const found = read(
      'Present:\n\nIn the chair\nHamish Iona\n\nVice-chair\nJean Kyle\n\nSecretary\nLorna Moss\n\nMembers present\nNiall Oban\n\nIn attendance:\nTreasurer\nPeter Quail',
    );
    expect(found.attendance.present).toEqual(['Hamish Iona', 'Jean Kyle', 'Lorna Moss', 'Niall Oban']);
    expect(found.posts).toEqual([{ post: 'Chair', name: 'Hamish Iona' }]);
    expect(found.attendance.officers).toEqual(['Peter Quail, Treasurer']);
    // The office in brackets after the name, one a line, as well.
    expect(read('Present:\nHamish Iona (Chair)\nLorna Moss (Secretary)\nNiall Oban').attendance.present).toEqual([
      'Hamish Iona',
      'Lorna Moss',
      'Niall Oban',
    ]);
  });
});

describe('readAttendance: the bodies that group those also present', () => {
  it("reads each body's label, with its colon, over its people, the body kept with each post", () => {
    const found = read(
      'ALSO PRESENT\nEastmere Integrated Care Board:\nDr Rhoda Stone – Medical Director\nSam Thorne – Head of Contracts\nHealthwatch Eastmere:\nUna Vickers – Chief Officer\n\nOFFICERS\nWill Yates – Scrutiny Officer',
    );
    expect(found.attendance.alsoPresent).toEqual([
      'Dr Rhoda Stone, Medical Director, Eastmere Integrated Care Board',
      'Sam Thorne, Head of Contracts, Eastmere Integrated Care Board',
      'Una Vickers, Chief Officer, Healthwatch Eastmere',
    ]);
    expect(found.attendance.officers).toEqual(['Will Yates, Scrutiny Officer']);
    expect(found.unread).toEqual([]);
  });

  it('keeps another body\'s staff under "In attendance" as guests with their body', () => {
    const found = read('In attendance:\nMs Zoe Abbot, Democratic Services Officer\nHealthwatch Eastmere:\nUna Vickers – Chief Officer');
    expect(found.attendance.officers).toEqual(['Ms Zoe Abbot, Democratic Services Officer']);
    expect(found.attendance.alsoPresent).toEqual(['Una Vickers, Chief Officer, Healthwatch Eastmere']);
  });
});

describe('readAttendance: a guest kept with the body they came from', () => {
  it('keeps the body printed after a comma, a dash or in brackets with each guest also present, the name whole', () => {
    const found = read(
      [
        'Present: Councillors N Astley (Chair) and O Birtle',
        '',
        'Also present:',
        'Mrs Wenna Carrow, Eastbrook Tenants Association',
        'Dr H Okafor – Millrace Primary Care Network',
        'Sergeant Tam Rudge (Northshire Police)',
        'Ms Lorna Vey (NHS Greyfield ICB)',
        '',
        'Officers: Mr P Quayle (Democratic Services Officer)',
      ].join('\n'),
    );
    expect(found.attendance.alsoPresent).toEqual([
      'Mrs Wenna Carrow, Eastbrook Tenants Association',
      'Dr H Okafor, Millrace Primary Care Network',
      'Tam Rudge, Sergeant, Northshire Police',
      'Ms Lorna Vey, NHS Greyfield ICB',
    ]);
    expect(found.attendance.officers).toEqual(['Mr P Quayle, Democratic Services Officer']);
  });
});

describe("readAttendance: each council's name alone over its members at a joint meeting", () => {
  it("reads a council's name on its own line as the label of the names under it, a run or one a line, each kept with it", () => {
    const runs = read(
      [
        'Present:',
        '',
        'Harrowby Borough Council',
        'Councillors P Abbot (Chair), R Cotter and S Dean',
        '',
        'Fenwold District Council',
        'Councillors T Egan and U Frith',
        '',
        'Apologies: Councillor V Gale',
      ].join('\n'),
    );
    expect(runs.attendance.present).toEqual([
      'P Abbot, Harrowby Borough Council',
      'R Cotter, Harrowby Borough Council',
      'S Dean, Harrowby Borough Council',
      'T Egan, Fenwold District Council',
      'U Frith, Fenwold District Council',
    ]);
    expect(runs.attendance.apologies).toEqual(['V Gale']);
    expect(runs.posts).toEqual([{ post: 'Chair', name: 'P Abbot' }]);
    expect(runs.unread).toEqual([]);
    expect(runs.lines).toEqual([0, 2, 3, 5, 6, 8]);
    const single = read(
      [
        'Present:',
        'Harrowby Borough Council',
        'Councillor P Abbot (Chair)',
        'Councillor R Cotter',
        'Fenwold District Council',
        'Councillor T Egan',
      ].join('\n'),
    );
    expect(single.attendance.present).toEqual([
      'P Abbot, Harrowby Borough Council',
      'R Cotter, Harrowby Borough Council',
      'T Egan, Fenwold District Council',
    ]);
    expect(single.unread).toEqual([]);
  });

  it("leaves a council under a member's name as that member's, and a line that is no council's name unread", () => {
    // A table of names and councils flattened, each council under its member: the list opens with a name, as before.
    const flattened = read(['Present:', 'Cllr W Hurst', 'Harrowby Borough Council', 'Cllr Y Innes', 'Fenwold District Council'].join('\n'));
    expect(flattened.attendance.present).toEqual(['W Hurst']);
    const other = read(['Present:', '', 'Harrowby Riverside Group', 'Councillors P Abbot and R Cotter'].join('\n'));
    expect(other.attendance.present).toEqual([]);
    expect(other.unread).toEqual([{ heading: 'Present:', first: 'Harrowby Riverside Group' }]);
  });
});

describe('readAttendance: hybrid lists, apologies recorded, substitutes and lists as sentences', () => {
  it('reads "Members Present (In Person):" and "Members Present (Remote):" as two lists of those present', () => {
    const found = read(
      [
        'In the Chair: Alderman W Tolan',
        '',
        'Members Present (In Person): Aldermen G Rooney and H Sweeney',
        'Councillors K Brannigan, L Corr and N Dobbin',
        '',
        'Members Present (Remote): Councillor P Garvey',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['W Tolan', 'G Rooney', 'H Sweeney', 'K Brannigan', 'L Corr', 'N Dobbin', 'P Garvey']);
    expect(found.unread).toEqual([]);
  });

  it('reads "Apologies were recorded for …" and "Apologies received from:" over a list', () => {
    expect(read('Apologies were recorded for Councillor T Magill and Alderman S Orr.').attendance.apologies).toEqual(['T Magill', 'S Orr']);
    const found = read('Apologies received from:\nCllr Rhona Tapley\nCllr Owen Birt\n\nThe meeting was not quorate.');
    expect(found.attendance.apologies).toEqual(['Rhona Tapley', 'Owen Birt']);
    expect(found.lines).toEqual([0, 1, 2]);
  });

  it('reads "Councillor X attended as his substitute." as the substitute for the one member the sentence before named', () => {
    const one = read(
      'Apologies were received from Councillor Nora Pell (Upfield District Council). Councillor Ed Vance attended as his substitute.',
    );
    expect(one.attendance).toMatchObject({ apologies: ['Nora Pell'], substitutes: ['Ed Vance (for Nora Pell)'] });
    // Two apologies before it: whom "her" means is not sure, so only that Ed Vance stood in is kept.
    const two = read('Apologies were received from Councillors Nora Pell and Ida Crewe. Councillor Ed Vance attended as her substitute.');
    expect(two.attendance.substitutes).toEqual(['Ed Vance']);
  });

  it('reads a sentence listing those present, the chair among them, and no one from "All members were present"', () => {
    const found = read('Councillors Ainsley (Chair), Brough, Coker and Dunmore were present. The Clerk was in attendance.');
    expect(found.attendance.present).toEqual(['Ainsley', 'Brough', 'Coker', 'Dunmore']);
    expect(found.posts).toEqual([{ post: 'Chair', name: 'Ainsley' }]);
    expect(read('All members were present.').attendance.present).toEqual([]);
  });
});

describe('readAttendance: those a joint board calls in', () => {
  it('reads "Non-members in attendance at request of Chief Officer:-" over name / post pairs: officers, an auditor a guest', () => {
    const found = read(
      [
        'Present:-',
        'Morag Tulloch',
        '',
        'Non-members in attendance at request of Chief Officer:-',
        '',
        'Kirsty BALLANTYNE',
        'Head of Hospital Discharge',
        '',
        'Lewis ORMISTON',
        'Audit Scotland',
        '',
        'Morag Tulloch, Chair, in the Chair.',
      ].join('\n'),
    );
    expect(found.attendance.officers).toEqual(['Kirsty BALLANTYNE, Head of Hospital Discharge']);
    expect(found.attendance.alsoPresent).toEqual(['Lewis ORMISTON, Audit Scotland']);
    expect(found.lines).toEqual(expect.arrayContaining([3, 5, 6, 8, 9]));
    expect(found.unread).toEqual([]);
  });

  it('never pairs two names one under the other as a name and a post', () => {
    const found = read('Officers in attendance:\n\nKirsty Ballantyne\nLewis Ormiston\n');
    expect(found.attendance.officers).toEqual(['Kirsty Ballantyne', 'Lewis Ormiston']);
  });

  it('says the names under an attendance label it has no heading for are unread, never passing them over', () => {
    const found = read('Present:\nCouncillor Ada Brill\n\nVisitors from the Trust:\nFenella Gorrie\nHead of Estates\n');
    expect(found.attendance.present).toEqual(['Ada Brill']);
    expect(found.unread).toEqual([{ heading: 'Visitors from the Trust:', first: 'Fenella Gorrie' }]);
  });
});

describe('readAttendance: members listed by group, by council and by faith or union', () => {
  it('reads a faith or a union in brackets as a note of a member present, never a post making them an officer', () => {
    const found = read(
      'Present:\n\nMr Tobias Rennick (Quaker)\nMrs Hafsa Idris (Muslim)\n\nMr Owain Brace (Unison)\n\nOfficers: Ms Pia Lund (Clerk)',
    );
    expect(found.attendance.present).toEqual(['Mr Tobias Rennick', 'Mrs Hafsa Idris', 'Mr Owain Brace']);
    expect(found.attendance.officers).toEqual(['Ms Pia Lund, Clerk']);
  });

  it('reads the names under group headings of those present ("Group A – …"), the heading no name, and co-opted members', () => {
    const found = read(
      [
        'Present:',
        '',
        'Group A – Faiths and denominations other than the established church',
        'Mrs Hafsa Idris (Muslim)',
        'Mr Tobias Rennick (Quaker)',
        '',
        'Group B: The Church of England',
        'Revd Clara Oddie (Chair)',
        '',
        'Group C – Teacher associations',
        'Mr Ivor Penhale (NASUWT)',
        '',
        'Group D – The Local Authority',
        'Councillor Nell Garvey',
        '',
        'Co-opted (non-voting): Mr Silas Fenwick (Humanist)',
        '',
        'Officers: Ms Pia Lund (Clerk)',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'Mrs Hafsa Idris',
      'Mr Tobias Rennick',
      'Revd Clara Oddie',
      'Mr Ivor Penhale',
      'Nell Garvey',
      'Mr Silas Fenwick',
    ]);
    expect(found.attendance.officers).toEqual(['Ms Pia Lund, Clerk']);
    expect(found.unread).toEqual([]);
  });

  it('reads the groups as those present when the first group\'s label opens the list, with no "Present" over it', () => {
    const found = read(
      [
        'Group A - Faiths and beliefs other than the established church:',
        'Mrs Hafsa Idris (Muslim), Mr Tobias Rennick',
        '(Quaker)',
        '',
        'Group B - The Church of England:',
        'Revd Clara Oddie (Chair)',
        '',
        'Group D - The Local Authority:',
        'Councillor Nell Garvey',
        '',
        'Co-opted (non-voting): Mr Silas Fenwick (Humanist)',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'Mrs Hafsa Idris',
      'Mr Tobias Rennick',
      'Revd Clara Oddie',
      'Nell Garvey',
      'Mr Silas Fenwick',
    ]);
    expect(found.unread).toEqual([]);
    expect(found.lines).toEqual([0, 1, 2, 4, 5, 7, 8, 10]);
  });

  it('reads no list from a vote by groups ("Group A - for; Group B - against")', () => {
    const found = read(['Votes by group:', 'Group A - for; Group B - against; Group C - for.', 'The application was granted.'].join('\n'));
    expect(found.lines).toEqual([]);
  });

  it('reads members in columns under the councils heading them, a star after a name its apologies by the key', () => {
    const found = read(
      [
        'Members:',
        '',
        'Brackley Borough Council           Tarnwold District Council',
        'Cllr A Orrin (Chair)               Cllr F Teague (Vice-Chair)',
        'Cllr B Pask                        Cllr G Ulwin *',
        'Cllr C Quell *',
        '',
        '* apologies',
        '',
        'Officers:',
        'Clerk to the Authority - Ned Vosper',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'A Orrin, Brackley Borough Council',
      'F Teague, Tarnwold District Council',
      'B Pask, Brackley Borough Council',
    ]);
    expect(found.attendance.apologies).toEqual(['G Ulwin, Tarnwold District Council', 'C Quell, Brackley Borough Council']);
    expect(found.unread).toEqual([]);
    expect(found.lines).toEqual([0, 2, 3, 4, 5, 7, 9, 10]);
  });

  it("reads a panel's members noted with their councils in brackets as members present, each kept with the council", () => {
    const found = read(
      [
        'Panel Members present:',
        'Councillor Orla Hythe (Marlow Vale District Council) - Chair',
        'Councillor Piet Sand (Eastwold County Council) - Vice-Chair',
        'Councillor Quinn Tarr (Redbrook Borough Council)',
        'Mr Cyril Aske (Independent Co-opted Member)',
        '',
        'Also present:',
        'Mr Dev Ormond - Police and Crime Commissioner',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'Orla Hythe, Marlow Vale District Council',
      'Piet Sand, Eastwold County Council',
      'Quinn Tarr, Redbrook Borough Council',
      'Mr Cyril Aske',
    ]);
    expect(found.attendance.alsoPresent).toEqual(['Mr Dev Ormond, Police and Crime Commissioner']);
  });

  it("reads a joint body's members after the council each represents, the first name of each line among them", () => {
    const found = read(
      [
        'PRESENT:',
        'Hollowmere Borough Council: Councillors T Aske (Chairman), B Crewe and D Fane',
        'Saltley District Council: Councillors G Hythe (Vice-Chairman) and J Kell',
        '',
        'OFFICERS IN ATTENDANCE:',
        'Mr L Mott (Treasurer)',
      ].join('\n'),
    );
    // Each member keeps the council the label names, as a joint meeting's members are of several councils.
    expect(found.attendance.present).toEqual([
      'T Aske, Hollowmere Borough Council',
      'B Crewe, Hollowmere Borough Council',
      'D Fane, Hollowmere Borough Council',
      'G Hythe, Saltley District Council',
      'J Kell, Saltley District Council',
    ]);
    expect(found.attendance.alsoPresent).toEqual([]);
    expect(found.posts).toEqual([
      { post: 'Chairman', name: 'T Aske' },
      { post: 'Vice-Chairman', name: 'G Hythe' },
    ]);
  });

  it('reads "sent apologies" with no "his" or "her" as one member\'s apologies', () => {
    expect(read('Cllr W Tegid sent apologies.').attendance.apologies).toEqual(['W Tegid']);
    expect(read('Councillor Ffion Hale also sent her apologies.').attendance.apologies).toEqual(['Ffion Hale']);
  });

  it('reads "Council Employees Present:" as officers, "Clerk/RFO" one post, and a county councillor among the public as a guest', () => {
    const found = read(
      [
        'Present: Cllr R Owens (Chair), Cllr L Madoc',
        'Council Employees Present: Clerk/RFO Mrs N Prosser',
        'Members of the Public Present: County Cllr E Tudno',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['R Owens', 'L Madoc']);
    expect(found.attendance.officers).toEqual(['Mrs N Prosser, Clerk/RFO']);
    expect(found.attendance.alsoPresent).toEqual(['E Tudno']);
    expect(found.lines).toEqual([0, 1, 2]);
    expect(read('Members of the public: Mr K Ladd').attendance.alsoPresent).toEqual([]);
  });

  it('reads labels of members of a kind ("Tenant Representatives:", "County Councillors:"), the first name after one kept, the label no one', () => {
    const found = read(
      [
        'Present:',
        'Shire Councillors: Mrs D Alwen (Chair), Mr F Brock (Vice-Chair) and Ms G Corry',
        'Resident Representatives: Mr H Dunmore (Vice-Chair), Ms J Elstow and Mr K Frain',
        'Leaseholder Representative: Mrs L Gadd',
        '',
        'Faith Representatives:',
        'Canon M Holby (Church of England)',
        'Mr N Ilsley (Methodist Church)',
        '',
        'Pupil Representative (non-voting):',
        'Miss O Jarrow',
        '',
        'Parent Governor Members (voting on education matters only):',
        'Mr P Kedge – Parent Governor (Secondary)',
        'Vacancy – Parent Governor (Special Schools)',
        '',
        'Officers: Ms Q Lorne (Democratic Services Officer)',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'Mrs D Alwen',
      'Mr F Brock',
      'Ms G Corry',
      'Mr H Dunmore',
      'Ms J Elstow',
      'Mr K Frain',
      'Mrs L Gadd',
      'Canon M Holby',
      'Mr N Ilsley',
      'Miss O Jarrow',
      'Mr P Kedge',
    ]);
    expect(found.attendance.alsoPresent).toEqual([]);
    expect(found.attendance.officers).toEqual(['Ms Q Lorne, Democratic Services Officer']);
    expect(found.unread).toEqual([]);
  });

  it("reads a tier's councillors labelled after the body's own members as visiting, and as the body's own before them", () => {
    const parish = read(
      [
        'Present: Cllr R Dale (Chairman), Cllr S Fenn and Cllr T Gale',
        'District Councillors: Cllr V Irwin and Cllr W Jory',
        'County Councillor: Cllr X Kemp',
        'In attendance: Mrs Y Lowe (Clerk)',
      ].join('\n'),
    );
    expect(parish.attendance.present).toEqual(['R Dale', 'S Fenn', 'T Gale']);
    expect(parish.attendance.alsoPresent).toEqual(['V Irwin', 'W Jory', 'X Kemp']);
    const county = read(['Present:', 'County Councillors: Mrs A Orme (Chair) and Mr B Pike', 'Co-opted Members: Mr C Quinn'].join('\n'));
    expect(county.attendance.present).toEqual(['Mrs A Orme', 'Mr B Pike', 'Mr C Quinn']);
    expect(county.attendance.alsoPresent).toEqual([]);
  });

  it("reads a tier's councillors listed before the label of the body's own members as visiting, and a district's own as members", () => {
    const labelled = read(
      [
        'Present:',
        'District Councillor: Cllr G Trevail',
        'County Councillor: Cllr H Uren',
        'Parish Councillors: J Veal (Chair), K Willcock',
      ].join('\n'),
    ).attendance;
    expect(labelled.present).toEqual(['J Veal', 'K Willcock']);
    expect(labelled.alsoPresent).toEqual(['G Trevail', 'H Uren']);
    const titled = read(
      ['Present:', 'District Councillor G Trevail, County Councillor H Uren', 'Members: J Veal (Chair), K Willcock'].join('\n'),
    );
    expect(titled.attendance.present).toEqual(['J Veal', 'K Willcock']);
    expect(titled.attendance.alsoPresent).toEqual(['G Trevail', 'H Uren']);
    // A district's own members under its tier's label, a county's visitor after them: the district's stay members.
    const district = read(
      ['Present:', 'District Councillors: L Yeo (Chair), M Zennor', 'County Councillor: N Angove'].join('\n'),
    ).attendance;
    expect(district.present).toEqual(['L Yeo', 'M Zennor']);
    expect(district.alsoPresent).toEqual(['N Angove']);
  });

  it('reads "Non-Committee Members Present:" as councillors also present, never members of the committee', () => {
    const found = read(
      [
        'In the Chair: Alderman P Gorman',
        'Committee Members Present: Councillors A Boland, D Curran and E Devlin',
        'Non-Committee Members Present: Councillor F Eakin',
        'Officers Present: Town Clerk (Mr G Farrell)',
      ].join('\n'),
    ).attendance;
    expect(found.present).toEqual(['P Gorman', 'A Boland', 'D Curran', 'E Devlin']);
    expect(found.alsoPresent).toEqual(['F Eakin']);
  });

  it('reads one listed with a body under "In attendance", beside a list of the officers apart, as a guest', () => {
    const lines = [
      'In the Chair: Alderman V Ruddy',
      'Committee Members Present: Councillors W Lavery and X Mulgrew',
      'Officers Present: Chief Executive (Mr Y Nesbitt), Building Control Manager (Ms Z Orr)',
      'In attendance: Ms R Hagan, Sperrin Water Service (Item 3), Mr S Ievers, Estates Surveyor',
    ];
    const found = read(lines.join('\n')).attendance;
    expect(found.alsoPresent).toEqual(['Ms R Hagan, Sperrin Water Service (item 3)']);
    expect(found.officers).toEqual([
      'Mr Y Nesbitt, Chief Executive',
      'Ms Z Orr, Building Control Manager',
      'Mr S Ievers, Estates Surveyor',
    ]);
    // With no officers' list apart, "In attendance" is the officers' list, as before.
    const alone = read([lines[0], lines[1], lines[3]].join('\n')).attendance;
    expect(alone.officers).toContain('Ms R Hagan, Sperrin Water Service (item 3)');
  });

  it('reads one who sent no apology, among the apologies, as absent, and "Accepted." after them as no one', () => {
    const noted = read('Apologies: Cllr Pruett, Cllr Quarmby (both accepted). Cllr Rudd – no apology received.').attendance;
    expect(noted).toMatchObject({ apologies: ['Pruett', 'Quarmby'], absent: ['Rudd'] });
    const headed = read('Apologies:\nCllr Pruett, Cllr Quarmby (both accepted). Absent: Cllr Rudd.').attendance;
    expect(headed).toMatchObject({ apologies: ['Pruett', 'Quarmby'], absent: ['Rudd'] });
    expect(read('Apologies for absence: Cllr S Tolley (holiday). Accepted.').attendance.apologies).toEqual(['S Tolley']);
  });

  it('reads "accepted" after a name in the apologies as what the meeting made of it, no part of the name', () => {
    expect(read('Apologies: Kearton accepted, Moss (work)').attendance.apologies).toEqual(['Kearton', 'Moss']);
    expect(read('Apologies:\nCllr Ivo Dunmore – accepted\nCllr Rhoda Fell - apology accepted').attendance.apologies).toEqual([
      'Ivo Dunmore',
      'Rhoda Fell',
    ]);
    const table = read('Councillor\tAttendance\nCllr Pell\tPresent\nCllr Kearton\tApologies – accepted').attendance;
    expect(table).toMatchObject({ present: ['Pell'], apologies: ['Kearton'] });
  });
});

describe("readAttendance: a ward forum's and a partnership board's labels", () => {
  it('reads "Ward Councillors present:", "Council officers:" and "Partners:" as the lists their words say', () => {
    const found = read(
      [
        'Ward Councillors present: Cllr Tamsin Arlow (Chair), Cllr Niall Brede',
        'Council officers: Area Coordinator (Faye Corran), Housing Officer (Gus Dalby)',
        'Partners: PC Ivo Jarrold, Brookvale Police; Ms Kit Lorne (Brookvale Housing Trust)',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Tamsin Arlow', 'Niall Brede']);
    expect(found.attendance.officers).toEqual(['Faye Corran, Area Coordinator', 'Gus Dalby, Housing Officer']);
    expect(found.attendance.alsoPresent).toEqual(['Ivo Jarrold, PC, Brookvale Police', 'Ms Kit Lorne, Brookvale Housing Trust']);
    expect(found.unread).toEqual([]);
  });

  it('reads members grouped under "Representing <body>:" as present, each kept with the body', () => {
    const found = read(
      [
        'Present:',
        '',
        'Representing Strathvane Council (SC):',
        'Mr B Abercrombie',
        'Ms C Dalgleish',
        '',
        'Representing the Strathvane Health Board (SHB): Dr E Farquhar',
        '',
        'In attendance:',
        'Mrs G Haldane, Partnership Manager, Strathvane Council',
        '',
        'Dr E Farquhar in the Chair',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'Mr B Abercrombie, Strathvane Council',
      'Ms C Dalgleish, Strathvane Council',
      'Dr E Farquhar, Strathvane Health Board',
    ]);
    expect(found.attendance.officers).toEqual(['Mrs G Haldane, Partnership Manager, Strathvane Council']);
    expect(found.posts).toEqual([{ post: 'Chair', name: 'Dr E Farquhar' }]);
    // Every filled line read, none left for the caller to warn of or keep as text.
    expect(found.lines).toEqual([0, 2, 3, 4, 6, 8, 9, 11]);
  });
});

describe('readAttendance: a combined authority\'s list, each line "Name - Council or post - initials"', () => {
  it('reads the members with their councils, the officers with their posts, and the apologies', () => {
    const found = read(
      [
        'Attendance Details',
        'Cllr Ada Quinlan - Fernby Borough Council - FBC',
        'Cllr Ben Ruddock (Chair) - Wyke District Council - WDC',
        'Tom Orrell - Monitoring Officer - WMCA',
        'Apologies for absence:',
        'Cllr Cara Hume - Wyke District Council - WDC',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Ada Quinlan, Fernby Borough Council', 'Ben Ruddock, Wyke District Council']);
    expect(found.attendance.officers).toEqual(['Tom Orrell, Monitoring Officer']);
    expect(found.attendance.apologies).toEqual(['Cara Hume, Wyke District Council']);
    expect(found.posts).toEqual([{ post: 'Chair', name: 'Ben Ruddock' }]);
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 5]);
    expect(found.unread).toEqual([]);
  });
});

describe('readAttendance: each council of a joint meeting, and a youth panel, under labels of their own', () => {
  it("reads the names after a council's label as present, the first one too, each kept with the council", () => {
    const found = read(
      [
        'Present:',
        'Oakhurst Minor PC: Cllrs D Penn (Chair of the meeting), E Rudd, G Sealy',
        'Brackley Fen TC: Cllr J Ansty (Vice-Chair of the meeting), Cllr L Boam',
        'In attendance: Mrs N Crane (Clerk)',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'D Penn, Oakhurst Minor PC',
      'E Rudd, Oakhurst Minor PC',
      'G Sealy, Oakhurst Minor PC',
      'J Ansty, Brackley Fen TC',
      'L Boam, Brackley Fen TC',
    ]);
    expect(found.attendance.officers).toEqual(['Mrs N Crane, Clerk']);
    expect(found.posts).toEqual([
      { post: 'Chair', name: 'D Penn' },
      { post: 'Vice-Chair', name: 'J Ansty' },
    ]);
    expect(found.lines).toEqual([0, 1, 2, 3]);
  });

  it("reads each council's apologies on one line, a council that sent none read and naming no one", () => {
    const found = read('Apologies:\nOakhurst Minor: Cllr R Tovey. Brackley Fen: none.');
    expect(found.attendance.apologies).toEqual(['R Tovey, Oakhurst Minor']);
    expect(found.unread).toEqual([]);
    expect(found.lines).toEqual([0, 1]);
  });

  it("never reads a post's label before a councillor as a council's", () => {
    const found = read('Present:\nCllr A Ware, Cllr B Yeo\nPortfolio Holder: Cllr C Zane');
    expect(found.attendance.present).not.toContain('C Zane, Portfolio Holder');
  });

  it("reads young people by their given names as the panel's members, their school years no post, the adults apart", () => {
    const found = read(
      [
        'Attendance:',
        'Young People: Noor (Chair, Year 12), Tobias (Year 8), Priya (Y10)',
        'Adults: Cllr M Ketley (Cabinet Member for Education), S Orme (Youth Worker)',
        'Apologies: Kit (Year 9)',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Noor', 'Tobias', 'Priya']);
    expect(found.attendance.alsoPresent).toEqual(['M Ketley']);
    expect(found.attendance.officers).toEqual(['S Orme, Youth Worker']);
    expect(found.attendance.apologies).toEqual(['Kit']);
    expect(found.posts).toContainEqual({ post: 'Chair', name: 'Noor' });
  });
});

describe('readAttendance: a heading over the lists', () => {
  it('reads "Attendance Details" under the Chair’s line as a heading, no person', () => {
    const found = read(
      ['Chair: Councillor P Lark', '', 'Attendance Details', '', 'Present: Councillor P Lark, Councillor R Wren', 'Officers: T Finch'].join(
        '\n',
      ),
    );
    expect(found.attendance.present).toEqual(['P Lark', 'R Wren']);
    expect(found.attendance.officers).toEqual(['T Finch']);
  });
});

describe('readAttendance: where members sat is no body', () => {
  it('keeps "LOCATION:", the tail of a wrapped label, out of the names as a council would be', () => {
    const found = read(['Present: Councillor A Orr', 'LOCATION: Councillors B Pike and C Quinn'].join('\n'));
    expect(found.attendance.present.some((name) => /LOCATION/.test(name))).toBe(false);
  });
});

describe('readAttendance: captioned tables of a meeting page', () => {
  it('reads "Attended", "Apologies" and "Absent" over tables of names and roles, a role led by the part on the body', () => {
    const found = read(
      [
        'Attended',
        'Name\tRole',
        'Cllr Nell Brandon\tChair - Cabinet Member for Adult Care',
        'Dr Ravi Kotecha\tSubstitute - Fernley Place, NHS Fernley ICB',
        'Insp Dawn Pell\tNon-voting - Fernley Police',
        'Apologies',
        'Name\tRole',
        'Dr Ada Lusk\tVice-Chair - NHS Fernley ICB',
        'Absent',
        'Name\tRole',
        'Cllr Owen Tate\tOpposition Member',
      ].join('\n'),
    );
    expect(found.attendance).toMatchObject({
      present: [
        'Nell Brandon, Cabinet Member for Adult Care',
        'Dr Ravi Kotecha, Fernley Place, NHS Fernley ICB',
        'Dawn Pell, Insp, Fernley Police',
      ],
      substitutes: ['Dr Ravi Kotecha'],
      apologies: ['Dr Ada Lusk, NHS Fernley ICB'],
      absent: ['Owen Tate, Opposition Member'],
    });
    expect(found.posts.map((post) => [post.post, post.name])).toContainEqual(['Chair', 'Nell Brandon']);
  });
});

describe('readAttendance: a table of visitors', () => {
  it('reads "Visitors" over "Visitor / Organisation / Item" as guests also present, with their body and item', () => {
    const found = read(
      ['Visitors', '', 'Visitor\tOrganisation\tItem', 'Pia Lund\tFernley Carers Forum\t4', 'Sam Oduya\tStreetwise Youth\t'].join('\n'),
    );
    expect(found.attendance.alsoPresent).toEqual(['Pia Lund, Fernley Carers Forum (item 4)', 'Sam Oduya, Streetwise Youth']);
    expect(found.attendance.officers).toEqual([]);
  });
});

describe("an audit committee's sub-lists of auditors under those present", () => {
  it('reads "External Audit:" and "Internal Audit:" as labels over guests, never people, and an audit partner as a post', () => {
    const found = read(
      [
        'Committee Members Present:',
        'Councillors Tia Marsh, Rob Quill',
        '',
        'External Audit:',
        'Hugo Lark, Key Audit Partner, Fenner Pike LLP',
        'Ines Wren, Audit Manager, Fenner Pike LLP',
        '',
        'Internal Audit:',
        'Nell Shaw, Head of Internal Audit (Eastern Audit Partnership)',
        '',
        'Officers:',
        'Max Oden, Democratic Services Officer',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Tia Marsh', 'Rob Quill']);
    expect(found.attendance.alsoPresent).toEqual([
      'Hugo Lark, Key Audit Partner, Fenner Pike LLP',
      'Ines Wren, Audit Manager, Fenner Pike LLP',
      'Nell Shaw, Head of Internal Audit (Eastern Audit Partnership)',
    ]);
    expect(found.attendance.officers).toEqual(['Max Oden, Democratic Services Officer']);
  });
});

describe("a call-in's councillors attending", () => {
  it('reads "Call-in signatories in attendance:" and "Executive Members in attendance:" as councillors also present', () => {
    const found = read(
      [
        'PRESENT',
        'Councillors Ana Holt, Ben Ivey',
        '',
        'Call-in signatories in attendance: Councillors Cara Lund and Dev Moss',
        '',
        'Executive Members in attendance: Councillor Eli Nash (Cabinet Member for',
        'Highways)',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Ana Holt', 'Ben Ivey']);
    expect(found.attendance.alsoPresent).toEqual(['Cara Lund', 'Dev Moss', 'Eli Nash']);
  });
});

describe('readAttendance: members listed under the labels of their categories', () => {
  it('reads "Statutory members present:", "Invited participants present:" and "Supporting officers:", each with its "Name – post, body" lines', () => {
    const found = read(
      [
        'Statutory members present:',
        'Cllr Mari Owen – Leader, Cwmlas County Council (Chair)',
        'Mr Iolo Price – Chief Executive, Cwmlas County Council',
        '',
        'Invited participants present:',
        'Dr Siân Rowe – University of Aberwen',
        '',
        'Supporting officers:',
        'Ms Lowri Hale – Board Coordinator',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Mari Owen', 'Mr Iolo Price, Chief Executive, Cwmlas County Council']);
    expect(found.attendance.alsoPresent).toEqual(['Dr Siân Rowe, University of Aberwen']);
    expect(found.attendance.officers).toEqual(['Ms Lowri Hale, Board Coordinator']);
    expect(found.unread).toEqual([]);
  });

  it('reads "Independent Chair:" and "… Representatives:" labels as members, "Advisers:" as those who attend beside them', () => {
    const found = read(
      [
        'Independent Chair:',
        'Mr Owen Tarrant',
        '',
        'Scheme Member Representatives:',
        'Ms Dora Pike (UNISON)',
        '',
        'Employer Representatives:',
        'Councillor Raj Mehta (Fellshire County Council)',
        '',
        'Advisers:',
        'Ms Eve Lamb – Pensions Manager',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Mr Owen Tarrant', 'Ms Dora Pike', 'Raj Mehta']);
    expect(found.attendance.officers).toEqual(['Ms Eve Lamb, Pensions Manager']);
  });

  it('reads "Elected Members present:" and "Appointed Members present:" beside their names, each appointed one a member', () => {
    const found = read(
      [
        'Elected Members present:    Mr A Quince (Chairman), Mrs B Rook',
        'Appointed Members present:  Cllr C Sedge (Marshby District Council)',
      ].join('\n'),
    ).attendance;
    expect(found.present).toEqual(['Mr A Quince', 'Mrs B Rook', 'C Sedge']);
  });

  it('reads each day\'s "PRESENT (4 March):" as those present, one list of both days, the substitute kept', () => {
    const found = read(
      [
        'PRESENT (4 March):',
        'Councillor H Abbot (Chair)',
        'Councillors J Barr, K Coyle',
        '',
        'PRESENT (5 March):',
        'Councillor H Abbot (Chair)',
        'Councillors J Barr, L Dacre (substitute for',
        'Councillor Coyle)',
      ].join('\n'),
    ).attendance;
    expect(found.present).toEqual(['H Abbot', 'J Barr', 'K Coyle', 'L Dacre']);
    expect(found.substitutes).toEqual(['L Dacre (for Coyle)']);
  });

  it('reads "<Committee> members present:" over each committee\'s members at a joint meeting, and each committee\'s apologies', () => {
    const found = read(
      [
        'Housing Scrutiny Committee members present:',
        'Councillor Ada Frome (Chair), Councillors Gill, Hume',
        '',
        'Children Scrutiny Panel members present:',
        'Councillors Ives, Judd',
      ].join('\n'),
    ).attendance;
    expect(found.present).toEqual(['Ada Frome', 'Gill', 'Hume', 'Ives', 'Judd']);
    const apologies = read(
      ['APOLOGIES:', 'Housing Scrutiny Committee: Councillor Kemp.', 'Children Scrutiny Panel: Councillors Lott and Mayne.'].join('\n'),
    ).attendance;
    expect(apologies.apologies).toEqual(['Kemp', 'Lott', 'Mayne']);
  });

  it("reads every name after a sector's label, the first too, though it reads with the label as no one's", () => {
    const found = read(
      [
        'Present:',
        'Local authority: Councillors Abney and Birtle',
        'Academies: Ms P Cowan (Lydgate Learning Trust), Mr Q Dale (Moorside Academy)',
      ].join('\n'),
    ).attendance;
    expect(found.present).toEqual(['Abney', 'Birtle', 'Ms P Cowan', 'Mr Q Dale']);
  });

  it('reads "Apologies: …" among the sentences of an item', () => {
    const found = read(
      ['Welcome and apologies:', 'The Chair welcomed Ms Vine to the Board. Apologies: Mr Ned Orme (Marches Water).'].join('\n'),
    );
    expect(found.attendance.apologies).toEqual(['Mr Ned Orme']);
  });
});

describe('readAttendance: one block, one list', () => {
  it('files a block of the body\'s own staff with their posts as officers, "Clerk to the Board" no other body\'s', () => {
    const found = read(
      [
        'Also present:  Mr P Quarry – Superintendent and Registrar',
        '               Mrs R Sallow – Clerk to the Joint Committee',
        '               Mr T Umber – Treasurer to the Joint Committee',
        '',
        'In Attendance: Mrs V Wick (Clerk to the Board)',
        '               Captain W Yarrow (Harbour Master)',
      ].join('\n'),
    ).attendance;
    expect(found.alsoPresent).toEqual([]);
    expect(found.officers).toEqual([
      'Mr P Quarry, Superintendent and Registrar',
      'Mrs R Sallow, Clerk to the Joint Committee',
      'Mr T Umber, Treasurer to the Joint Committee',
      'Mrs V Wick, Clerk to the Board',
      'Captain W Yarrow, Harbour Master',
    ]);
  });

  it('reads a post wrapped inside its bracket as one, though its second line opens with "Officer"', () => {
    const found = read(
      ['In attendance: Ann Bray (Head of Legal), Cal Dent (Democratic Services', 'Officer - Fernley BC)'].join('\n'),
    ).attendance;
    expect(found.officers).toEqual(['Ann Bray, Head of Legal', 'Cal Dent, Democratic Services Officer - Fernley BC']);
  });
});

describe('readAttendance: guests among those present', () => {
  it('files honorary aldermen as guests with their title, never members present', () => {
    const found = read(
      'Present:\nAldermen: Honorary Alderman Ruth Gale, Honorary Alderman Tom Hirst (non-voting)\nCouncillors: Ince, Jagger',
    ).attendance;
    expect(found.present).toEqual(['Ince', 'Jagger']);
    expect(found.alsoPresent).toEqual(['Honorary Alderman Ruth Gale', 'Honorary Alderman Tom Hirst']);
  });

  it('reads a town meeting of electors: the counts no one, the clerk an officer, "the following guests:" guests', () => {
    const found = read(
      [
        'Present: 27 electors of the town, 6 members of the Town Council, the Town Clerk (Mrs Ola Pratt)',
        'and the following guests: County Councillor Sid Quayle, Sergeant Una Rudd (Westby Policing Team)',
        'and Ms Vi Soames (Westby Carnival Association).',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([]);
    expect(found.attendance.officers).toEqual(['Mrs Ola Pratt, Town Clerk']);
    expect(found.attendance.alsoPresent).toEqual([
      'Sid Quayle',
      'Una Rudd, Sergeant, Westby Policing Team',
      'Ms Vi Soames, Westby Carnival Association',
    ]);
    expect(found.unread).toEqual([{ heading: 'Present', first: '27 electors of the town', counted: true }]);
  });
});

describe('readAttendance: the chair named at the head of those present', () => {
  it('reads "The Mayor (Councillor X) in the Chair" after a blank line under "Present:" as the first of the list, the rest under it', () => {
    const found = read(
      [
        'PRESENT:',
        '',
        'The Mayor (Councillor Odette Varley) in the Chair',
        'The Deputy Mayor (Councillor Piers Lomax)',
        '',
        'Councillors Abney, Birtles, Crook and Dunmore.',
        '',
        '1. ELECTION OF MAYOR',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Odette Varley', 'Piers Lomax', 'Abney', 'Birtles', 'Crook', 'Dunmore']);
    expect(found.posts).toEqual([
      { post: 'Mayor', name: 'Odette Varley' },
      { post: 'Deputy Mayor', name: 'Piers Lomax' },
    ]);
    expect(found.lines).toEqual([0, 2, 3, 5]);
  });

  it('reads "Councillor X (Chairman) in the chair" alone after a blank line under "Present" the same way', () => {
    const found = read(
      ['Present', '', 'Councillor Tamsin Rudd (Chairman) in the chair', '', 'Councillors Eyre, Fogg and Gault', ''].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Tamsin Rudd', 'Eyre', 'Fogg', 'Gault']);
  });

  it('reads the chair line printed whole in brackets, in capitals or not, with the holder between commas', () => {
    const capitals = read(
      ['PRESENT:', '(THE MAYOR, COUNCILLOR IVOR DRENNAN, IN THE CHAIR)', 'Councillors Hale, Ince and Jowett.'].join('\n'),
    );
    expect(capitals.attendance.present).toEqual(['IVOR DRENNAN', 'Hale', 'Ince', 'Jowett']);
    expect(capitals.posts).toEqual([{ post: 'MAYOR', name: 'IVOR DRENNAN' }]);
    const plain = read(['Present:', 'The Lord Mayor, Cllr Sabina Kell, in the Chair', 'Councillors Lyle and Moody'].join('\n'));
    expect(plain.attendance.present).toEqual(['Sabina Kell', 'Lyle', 'Moody']);
    expect(plain.posts).toEqual([{ post: 'Lord Mayor', name: 'Sabina Kell' }]);
  });
});

describe('readAttendance: a status in brackets after a name among those present', () => {
  it('files one marked "(absent)" as absent, and "(apologies)" or "(apologies sent)" as sending apologies', () => {
    const found = read('Present: Cllr Ann Hale (Chair), Cllr Naomi Voss (absent), Cllr Bo Reed');
    expect(found.attendance.present).toEqual(['Ann Hale', 'Bo Reed']);
    expect(found.attendance.absent).toEqual(['Naomi Voss']);
    const lines = read(['Members present:', 'Cllr Kit Orme', 'Cllr Lea Pryce (apologies sent)', 'Cllr Mo Quirk (Apologies)'].join('\n'));
    expect(lines.attendance.present).toEqual(['Kit Orme']);
    expect(lines.attendance.apologies).toEqual(['Lea Pryce', 'Mo Quirk']);
  });

  it('keeps the council a joint meeting lists the member under, the status no part of the entry', () => {
    const found = read(
      ['Present:', 'Eastby District Council: Cllr Ada Bell (Chair), Cllr Cy Dorn (absent)', 'Westby Borough Council: Cllr Eli Fenn'].join(
        '\n',
      ),
    );
    expect(found.attendance.present).toEqual(['Ada Bell, Eastby District Council', 'Eli Fenn, Westby Borough Council']);
    expect(found.attendance.absent).toEqual(['Cy Dorn, Eastby District Council']);
  });
});

describe('readAttendance: a seat or a chair and council after a dash', () => {
  it("keeps the seat a member who is no councillor holds after the dash, as a roster's column beside the name", () => {
    const found = read(
      [
        'Members Present:',
        'Councillor Ada Quill (Chair) - Brenfield Council',
        'Mr Lewis Orde - Carers Representative',
        'Mrs Fay Dunn – Tenant Member',
        '',
        'Apologies:',
        'Ms Una Pike - Third Sector Representative',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Ada Quill', 'Mr Lewis Orde, Carers Representative', 'Mrs Fay Dunn, Tenant Member']);
    expect(found.attendance.apologies).toEqual(['Ms Una Pike, Third Sector Representative']);
  });

  it('reads "Cllr X - Chair, Y Borough Council" as the chair present with the council, never a guest', () => {
    const found = read(
      [
        'Attendees:',
        'Cllr Nadia Frost (NF) - Chair, Brenfield Borough Council',
        'Tom Ure (TU) - Brenfield Police',
        'Ann Lowe (AL) - Probation Service',
      ].join('\n'),
    );
    expect(found.attendance.present[0]).toBe('Nadia Frost, Brenfield Borough Council');
    expect(found.attendance.alsoPresent).toEqual([]);
    expect(found.posts).toEqual([{ post: 'Chair', name: 'Nadia Frost' }]);
    const vice = read(['Present:', 'Councillor Pat Venn – Vice-Chair, Oxley District Council', 'Mr Sam Hale – Oxley Homes'].join('\n'));
    expect(vice.attendance.present[0]).toBe('Pat Venn, Oxley District Council');
    expect(vice.posts).toEqual([{ post: 'Vice-Chair', name: 'Pat Venn' }]);
  });
});

describe('readAttendance: a panel named alone on its line over its members', () => {
  it('reads "Panel" alone over lines each naming one person as those present, a chair noted with the kind of member', () => {
    const found = read(
      [
        'Panel',
        '  Mr Colin Abney (Chair, lay member)',
        '  Mrs Dora Fenn (person with experience in education)',
        '  Ms Gail Hurst (person with experience in education)',
        '',
        'Clerk to the Panel:  Miss Ivy Jonas',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Mr Colin Abney', 'Mrs Dora Fenn', 'Ms Gail Hurst']);
    expect(found.posts).toEqual([{ post: 'Chair', name: 'Mr Colin Abney' }]);
    const hearing = read(['The Panel', 'Councillor Kit Lund (Chairman)', 'Councillor May Noakes', '', 'Officers: Ned Olds'].join('\n'));
    expect(hearing.attendance.present).toEqual(['Kit Lund', 'May Noakes']);
  });

  it('reads "Panel" alone over no one named as no heading', () => {
    expect(read(['Panel', 'The panel considered the written representations.'].join('\n')).attendance.present).toEqual([]);
  });
});
