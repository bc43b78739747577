import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';
import { settleAttendance } from './attendance-settle.ts';

/** Reads a block written as one string, lines split at "\n". */
function read(text: string) {
  return readAttendance(text.split('\n'));
}

/** Reads the lines and settles what was read beside them, with the partners the reading found. */
function settleRead(lines: string[]) {
  const found = readAttendance(lines);
  return settleAttendance(found.attendance, { lines, adjourned: false, partners: found.partners });
}

describe('settleAttendance: one person both there and away', () => {
  it("warns that an adjourned meeting's two days' lists name a member present and sending apologies, keeping both", () => {
    const lines = [
      'Present on 3 March 2026: Councillors Abel, Birch and Dunn.',
      '',
      'Present on Thursday 5 March 2026: Councillors Abel and Birch.',
      '',
      'Apologies were received from Councillor Dunn.',
    ];
    const settled = settleAttendance(read(lines.join('\n')).attendance, { lines, adjourned: false });
    expect(settled.attendance.present).toEqual(['Abel', 'Birch', 'Dunn']);
    expect(settled.attendance.apologies).toEqual(['Dunn']);
    expect(settled.warnings).toEqual([
      'Dunn is listed as present and as sending apologies, and the meeting sat on more than one day (the lists may be of different days); check the record',
    ]);
  });

  it('warns of a member one list names in full and another by title and surname, the meeting of one day', () => {
    const lines = ['Present: Councillors F Ayre (Chair), G Bowes and J Dunn', 'Absent: Councillor Dunn'];
    expect(settleAttendance(read(lines.join('\n')).attendance, { lines, adjourned: false }).warnings).toEqual([
      'J Dunn is listed as present and as absent; check the record',
    ]);
  });

  it('warns of a member a list of those present marks absent whom the apologies name too, keeping both', () => {
    const lines = ['Present: Councillors F Ayre (Chair), G Bowes, Hana Pell (absent)', 'Apologies: Councillor Pell'];
    const settled = settleAttendance(read(lines.join('\n')).attendance, { lines, adjourned: false });
    expect(settled.attendance.absent).toEqual(['Hana Pell']);
    expect(settled.attendance.apologies).toEqual(['Pell']);
    expect(settled.warnings).toEqual(['Hana Pell is listed as absent and as sending apologies; check the record']);
  });
});

describe('settleAttendance: the staff of the body that met', () => {
  const text = [
    'Present: Councillors P Harrow (Chair) and T Lune',
    'Also present:',
    'Mr R Gale, Chief Fire Officer, Northmoor Fire and Rescue Service',
    'Ms S Holm, Area Manager, Northmoor Fire & Rescue Service',
    'Mr V Vane, Group Manager, Southmoor Fire and Rescue Service',
  ].join('\n');
  const settle = (bodies: (string | null)[]) => settleAttendance(read(text).attendance, { lines: [], adjourned: false, bodies }).attendance;

  it("files a fire and rescue service's staff as officers at its own authority's meeting, however the authority is named", () => {
    for (const council of ['Northmoor Fire and Rescue Authority', 'Northmoor Fire Authority', 'The Northmoor Combined Fire Authority']) {
      const attendance = settle([council, 'Audit and Governance Committee']);
      expect(attendance.officers).toEqual([
        'Mr R Gale, Chief Fire Officer, Northmoor Fire and Rescue Service',
        'Ms S Holm, Area Manager, Northmoor Fire & Rescue Service',
      ]);
      // Another place's service is a guest still.
      expect(attendance.alsoPresent).toEqual(['Mr V Vane, Group Manager, Southmoor Fire and Rescue Service']);
    }
  });

  it('reads the body an officer of its own works for before a note of the items they came for', () => {
    const lines = [
      'Present: Councillor P Harrow (Chair)',
      'Also present: Ms S Holm, Area Manager, Northmoor Fire and Rescue Service (for item 7)',
    ];
    const attendance = settleAttendance(read(lines.join('\n')).attendance, {
      lines: [],
      adjourned: false,
      bodies: ['Northmoor Fire Authority'],
    }).attendance;
    expect(attendance.officers).toEqual(['Ms S Holm, Area Manager, Northmoor Fire and Rescue Service (for item 7)']);
  });

  it("keeps them guests at a council's meeting, and files the staff of a body that met under its own name as its officers", () => {
    expect(settle(['Northmoor County Council', 'Community Safety Scrutiny Panel']).officers).toEqual([]);
    const own = read('Present: Councillor A Abbott (Chair)\nIn attendance: Mr F Frith, Support Manager, Northmoor Safeguarding Board');
    const bodies = [null, 'Northmoor Safeguarding Board'];
    expect(settleAttendance(own.attendance, { lines: [], adjourned: false, bodies }).attendance.officers).toEqual([
      'Mr F Frith, Support Manager, Northmoor Safeguarding Board',
    ]);
    expect(
      settleAttendance(own.attendance, { lines: [], adjourned: false, bodies: [null, 'Safeguarding Board'] }).attendance.officers,
    ).toEqual([]);
  });
});

describe('settleAttendance: guests who presented', () => {
  const header = [
    'Present: Councillors A Ashdown (Chair), B Brough and C Shaw',
    'Also present: Dr K Shaw, Director of Public Health, NHS Eastvale (for item 5)',
    'In attendance for item 6: Ms P Ruiz (Healthwatch Eastvale)',
    'Officers: Mr T Tolley, Scrutiny Officer',
  ];
  const settle = (minutes: string[]) => {
    const lines = [...header, ...minutes];
    return settleAttendance(read(header.join('\n')).attendance, { lines, adjourned: false }).attendance;
  };

  it('reads "In attendance for item 6:" as those in attendance, a body in brackets the guest\'s', () => {
    expect(read(header.join('\n')).attendance.alsoPresent).toEqual([
      'Dr K Shaw, Director of Public Health, NHS Eastvale (for item 5)',
      'Ms P Ruiz, Healthwatch Eastvale',
    ]);
  });

  it('files as presenters the guests a sentence says presented, introduced the item or answered questions', () => {
    const attendance = settle([
      '5. Health protection',
      "Dr K Shaw, Director of Public Health, presented the report and answered members' questions.",
      '6. Healthwatch annual report',
      'The item was introduced by Ms Ruiz. Members noted the report.',
    ]);
    expect(attendance.presenters).toEqual([
      'Dr K Shaw, Director of Public Health, NHS Eastvale (for item 5)',
      'Ms P Ruiz, Healthwatch Eastvale',
    ]);
    expect(attendance.alsoPresent).toEqual([]);
    expect(attendance.officers).toEqual(['Mr T Tolley, Scrutiny Officer']);
  });

  it("files a public audit office's auditor and an audit firm's alike: guests, presenters when they presented", () => {
    const lines = [
      'In Attendance:',
      'Mrs A Garvan, Chief Executive',
      'Mr J Rudd, Northern Ireland Audit Office (NIAO)',
      'Ms C Shale, Harrow Pike LLP (Internal Audit)',
      '',
      'Mr Rudd presented the report to those charged with governance. Ms Shale presented the progress report.',
    ];
    const attendance = settleAttendance(read(lines.slice(0, 4).join('\n')).attendance, { lines, adjourned: false }).attendance;
    expect(attendance.officers).toEqual(['Mrs A Garvan, Chief Executive']);
    expect(attendance.presenters).toEqual(['Mr J Rudd, Northern Ireland Audit Office', 'Ms C Shale, Harrow Pike LLP (Internal Audit)']);
  });

  it("keeps one body's team in one list: the auditor beside the one who presented is a presenter too", () => {
    const lines = [
      'Also in attendance:',
      'Dr K Shaw – Director of Public Health, NHS Eastvale',
      '',
      'Audit Wales:',
      'Ms Nia Hopcyn – Audit Manager',
      'Mr Dai Prosser – Audit Lead',
      '',
      'Ms Hopcyn reported that the work programme was on track.',
    ];
    const attendance = settleAttendance(read(lines.slice(0, 6).join('\n')).attendance, { lines, adjourned: false }).attendance;
    expect(attendance.presenters).toEqual(['Ms Nia Hopcyn, Audit Manager, Audit Wales', 'Mr Dai Prosser, Audit Lead, Audit Wales']);
    expect(attendance.alsoPresent).toEqual(['Dr K Shaw, Director of Public Health, NHS Eastvale']);
  });

  it('moves no one for a name two people share, for introducing someone else, or for their post alone', () => {
    const attendance = settle(['Shaw presented the report.', 'Ms Ruiz introduced Mr Cole, the new manager.', 'The report was noted.']);
    expect(attendance.presenters).toEqual([]);
    expect(attendance.alsoPresent).toHaveLength(2);
  });

  it('files every guest a run of names says presented, introduced or answered questions, not the last alone', () => {
    expect(settle(['Dr K Shaw and Ms Ruiz presented the report.']).presenters).toEqual([
      'Dr K Shaw, Director of Public Health, NHS Eastvale (for item 5)',
      'Ms P Ruiz, Healthwatch Eastvale',
    ]);
    for (const sentence of [
      'Dr K Shaw, Director of Public Health, and Ms Ruiz answered questions from members.',
      'Ms Ruiz, Dr K Shaw and Mr Tolley introduced the item.',
      'The report was presented by Dr K Shaw, Director of Public Health, and Ms P Ruiz.',
    ]) {
      const attendance = settle([sentence]);
      expect(attendance.presenters).toHaveLength(2);
      expect(attendance.alsoPresent).toEqual([]);
    }
    // Named in a run that did something else, or introduced themselves: no one moved.
    for (const sentence of ['The Chair thanked Dr K Shaw and Ms Ruiz for attending.', 'Dr K Shaw and Ms Ruiz introduced themselves.']) {
      expect(settle([sentence]).presenters).toEqual([]);
    }
  });

  it('files as presenters the guests who addressed or updated the meeting, or were admitted to it to speak', () => {
    for (const sentence of [
      'Dr K Shaw addressed the Committee on winter pressures.',
      'Ms Ruiz, who then updated members on the survey, left the meeting.',
      'Dr K Shaw (NHS Eastvale) was admitted to the meeting to speak on item 5.',
      'Dr K Shaw reported that flu vaccinations had risen.',
    ]) {
      expect(settle([sentence]).presenters).toHaveLength(1);
    }
    // Admitted with nothing said of speaking, or reported of by someone else: no one moved.
    for (const sentence of ['Dr K Shaw was admitted to the meeting.', 'The Chair reported that Ms Ruiz had sent a paper.']) {
      expect(settle([sentence]).presenters).toEqual([]);
    }
  });

  it('files as a presenter the one guest holding the post a presenting sentence names, and no one when two hold it', () => {
    const header = [
      'Present: Councillors L Abney (Chair), M Bexley and N Corran',
      'In attendance:',
      'Mr O Danvers – Drugs Partnership Manager',
      'Ms P Eldon – Station Manager, Wyreside Fire and Rescue Service',
    ];
    const settle = (lines: string[]) => settleAttendance(read(lines.join('\n')).attendance, { lines, adjourned: false }).attendance;
    const byPost = settle([...header, '7 DRUGS STRATEGY', 'The Drugs Partnership Manager presented the annual figures.']);
    expect(byPost.presenters).toEqual(['Mr O Danvers, Drugs Partnership Manager']);
    const byWhom = settle([...header, '7 FIRE COVER', 'The item was introduced by the station manager.']);
    expect(byWhom.presenters).toEqual(['Ms P Eldon, Station Manager, Wyreside Fire and Rescue Service']);
    // Another post ending the same way, or two holders of the post: no one moved.
    const deputy = settle([...header, 'The Deputy Drugs Partnership Manager presented the figures.']);
    expect(deputy.presenters).toEqual([]);
    const two = settle([...header, 'Mr Q Fenby – Drugs Partnership Manager', 'The Drugs Partnership Manager presented the figures.']);
    expect(two.presenters).toEqual([]);
  });

  it("keeps a police officer's apologies out of the members' apologies, warning of them by name", () => {
    const lines = [
      'Present: Councillors R Gedge (Chair) and S Hollis',
      'Apologies were received from Councillor T Inchley and from Chief Inspector U Jarvis (Wyreside Police).',
    ];
    const settled = settleRead(lines);
    expect(settled.attendance.apologies).toEqual(['T Inchley']);
    expect(settled.warnings).toEqual([
      "U Jarvis (Chief Inspector, Wyreside Police) sent apologies as a guest, not a member of the body: the attendance lists only members' apologies, so theirs is not kept",
    ]);
    // One named with an outside body, no rank, is a partner too, by the same rule.
    const partner = settleRead(['Present: Councillor R Gedge', 'Apologies were received from Mr V Kemble (Wyreside Healthwatch).']);
    expect(partner.attendance.apologies).toEqual([]);
    expect(partner.warnings).toHaveLength(1);
  });

  it("keeps a partner's apologies in a headed list out of the members', by the rule that keeps a police officer's out", () => {
    const settled = settleRead([
      'Present: Councillors R Gedge (Chair) and S Hollis',
      'Apologies:',
      'Councillor T Inchley',
      'Ms Jo Dane (NHS Wyreside ICB)',
      'Mr P Quill, Healthwatch Wyreside',
      'Sergeant K Lund',
    ]);
    expect(settled.attendance.apologies).toEqual(['T Inchley']);
    expect(settled.warnings).toEqual(
      ['Ms Jo Dane (NHS Wyreside ICB)', 'Mr P Quill (Healthwatch Wyreside)', 'K Lund (Sergeant)'].map(
        (guest) =>
          `${guest} sent apologies as a guest, not a member of the body: the attendance lists only members' apologies, so theirs is not kept`,
      ),
    );
  });

  it("keeps a partner's apologies as a member's where the members present include partners, as a board of partners lists them", () => {
    const settled = settleRead([
      'Present: Councillor A Ryle (Chair), Dr B Soames (Wyreside ICB), Mr C Tolley (Healthwatch Wyreside)',
      'Apologies: Councillor D Umber, Ms E Vane (Wyreside ICB), Superintendent F Wells (Wyreside Police)',
    ]);
    // Each partner keeps the body they sit for (attendance-partnership.test.ts).
    expect(settled.attendance.apologies).toEqual(['D Umber', 'Ms E Vane, Wyreside ICB', 'F Wells, Superintendent, Wyreside Police']);
    expect(settled.warnings).toEqual([]);
  });

  it("keeps an officer's apologies out of the members', warning of them by name, unless the members present hold posts", () => {
    const settled = settleRead([
      'Present: Councillors R Gedge (Chair) and S Hollis',
      'Apologies: Councillor T Inchley and Nell Orme (Head of Finance)',
    ]);
    expect(settled.attendance.apologies).toEqual(['T Inchley']);
    expect(settled.warnings).toEqual([
      "Nell Orme (Head of Finance) sent apologies as an officer, not a member of the body: the attendance lists only members' apologies, so theirs is not kept",
    ]);
    // A board whose members present hold posts: the apologies of one with a post are a member's.
    const board = settleRead([
      'Members present: Councillor A Ryle (Chair), Ms B Soames (Director of Adult Services)',
      'Apologies: Mr C Tolley (Director of Public Health)',
    ]);
    expect(board.attendance.apologies).toEqual(['Mr C Tolley']);
    expect(board.warnings).toEqual([]);
  });

  it('reads "Presenting:" over those who presented an item, with no witness\'s note', () => {
    expect(read('Presenting: Mr W Wray, Chief Operating Officer, Eastvale Hospitals Trust').attendance.presenters).toEqual([
      'Mr W Wray (Chief Operating Officer, Eastvale Hospitals Trust)',
    ]);
    expect(read('Giving evidence: Ms Y Yale, Eastvale Carers Network').attendance.presenters).toEqual([
      'Ms Y Yale (Witness, Eastvale Carers Network)',
    ]);
  });
});

describe("settleAttendance: each session's witnesses", () => {
  const lines = [
    'Present: Councillors Ida Marsh (Chair) and Tom Fell',
    '',
    'Session 1 (10.00am – 11.00am): Landlords',
    '',
    'Witnesses',
    'Mr Gus Raine, Chair, Fernley Landlords Forum',
    '',
    'Q1. Councillor Fell asked about repairs.',
    'Mr Raine said most were done within a month.',
    '',
    'Evidence Session 2 – Tenants and the Council',
    '',
    'Witnesses',
    'Cllr Una Birk, Cabinet Member for Housing',
    'Miss K, tenant (name withheld)',
    '',
    'Q2. The Chair asked about damp.',
    'Councillor Birk said a survey was under way.',
  ];

  it("reads the witnesses under each session's heading among the items as presenters, each once", () => {
    const header = read(lines.slice(0, 7).join('\n')).attendance;
    expect(header.presenters).toEqual(['Mr Gus Raine (Witness, Chair, Fernley Landlords Forum)']);
    const settled = settleAttendance(header, { lines, adjourned: false });
    expect(settled.attendance.presenters).toEqual([
      'Mr Gus Raine (Witness, Chair, Fernley Landlords Forum)',
      'Una Birk (Witness, Cabinet Member for Housing)',
      'Miss K (Witness, tenant (name withheld))',
    ]);
    expect(settled.warnings).toEqual([]);
  });

  it("warns of a session's witnesses not read whole, and reads no list under a heading that is no session's", () => {
    const unread = [...lines.slice(0, 13), 'the Head of Housing; Mr Lee Dove', ...lines.slice(15)];
    const settled = settleAttendance(read(lines.slice(0, 7).join('\n')).attendance, { lines: unread, adjourned: false });
    expect(settled.attendance.presenters).toEqual(['Mr Gus Raine (Witness, Chair, Fernley Landlords Forum)']);
    expect(settled.warnings).toEqual([
      'the witnesses under "Evidence Session 2 – Tenants and the Council" were not all read: check the session\'s presenters by hand',
    ]);
    const notSession = ['Sessional staff', '', 'Witnesses', 'Mr Lee Dove, tenant'];
    expect(settleAttendance(read('').attendance, { lines: notSession, adjourned: false }).attendance.presenters).toEqual([]);
  });
});
