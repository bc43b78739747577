import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';
import { readAttendanceTable } from './attendance-table.ts';
import { isAttendanceTableHeader } from './attendance-table-columns.ts';

/** Our own rows, in the columns of a ModernGov attendance page (web page or PDF: cells parted by tabs). */
const PAGE = [
  'Attendance',
  'Attendee\tRole\tAttendance\tNotes',
  'Councillor Ada Lyle\tChair\tPresent',
  'Councillor Ben Marsh\tVice-Chair\tPresent, virtual',
  'Councillor Cara Nunn\tCommittee Member\tApologies',
  'Councillor Dev Oakes\tCommittee Member\tPresent as substitute\tSubstitute for Councillor Cara Nunn',
  'Councillor Eve Pryor\tCommittee Member\tAbsent',
  'Councillor Finn Quay\tCabinet Member for Housing\tIn attendance\tFor item 4',
  'Gail Reed\tScrutiny Officer\tIn attendance',
  'Hugh Stone\tDirector of Place\tIn attendance',
];

describe('attendance tables', () => {
  it('files each row by its status: present, apologies, absent, substitutes, councillors and officers in attendance', () => {
    const found = readAttendance(PAGE);
    expect(found.attendance).toEqual({
      present: ['Ada Lyle', 'Ben Marsh', 'Dev Oakes'],
      apologies: ['Cara Nunn'],
      absent: ['Eve Pryor'],
      substitutes: ['Dev Oakes (for Cara Nunn)'],
      alsoPresent: ['Finn Quay (for item 4)'],
      officers: ['Gail Reed, Scrutiny Officer', 'Hugh Stone, Director of Place'],
      presenters: [],
    });
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    // The heading over the table is not a list of its own whose names went unread.
    expect(found.unread).toEqual([]);
  });

  it('files a role cell "Head of …" as an officer, as "Director of …" is, and a school\'s head as a member', () => {
    const found = readAttendance([
      'Name\tRole\tAttendance',
      'Councillor Ola Brandt\tChair\tPresent',
      'Ms Ruth Amble\tHead of Fenwick Primary School\tPresent',
      'Nia Corrie\tHead of Community Safety\tPresent',
      'Piet Darrow\tDirector of Place\tPresent',
    ]);
    expect(found.attendance.present).toEqual(['Ola Brandt', 'Ms Ruth Amble, Head of Fenwick Primary School']);
    expect(found.attendance.officers).toEqual(['Nia Corrie, Head of Community Safety', 'Piet Darrow, Director of Place']);
    // One a line under "Present:", the school's head is a member there too, the council's head of a service its officer.
    const listed = readAttendance(['Present:', 'Ms Ruth Amble (Head of Fenwick Primary School)', 'Nia Corrie (Head of Community Safety)']);
    expect(listed.attendance.present).toEqual(['Ms Ruth Amble']);
    expect(listed.attendance.officers).toEqual(['Nia Corrie, Head of Community Safety']);
  });

  it('reads the header columns in any order, rows across blank lines, and ends at a line with no tab', () => {
    const found = readAttendance([
      'Status\tName',
      'Present\tMrs Iris Tate',
      '',
      'Apologies\tCllr Jon Underwood',
      'The meeting began at 7pm.',
    ]);
    expect(found.attendance.present).toEqual(['Mrs Iris Tate']);
    expect(found.attendance.apologies).toEqual(['Jon Underwood']);
    expect(found.lines).toEqual([0, 1, 3]);
  });

  it("ends a table at the next table's header, which starts a table of its own", () => {
    const found = readAttendance([
      'Attendee\tAttendance',
      'Cllr Ann Ash\tPresent',
      '',
      'Attendee\tRole\tAttendance',
      'Bo Bell\tClerk\tIn attendance',
    ]);
    expect(found.attendance).toMatchObject({ present: ['Ann Ash'], officers: ['Bo Bell, Clerk'] });
    expect(found.unread).toEqual([]);
  });

  it('reads a row whose role cell is "Member" and status "Present" as a person\'s row, not the next table\'s header', () => {
    const found = readAttendance([
      'Name\tRole\tAttendance',
      'Councillor Wyn Abbot\tChair\tPresent',
      'Councillor Rhys Bowen\tMember\tApologies',
      'Councillor Cai Dafydd\tMember\tPresent',
      'Councillor Elin Ffrancon\tMember\tAbsent',
      'Councillor Gwen Hughes\tSubstitute for Councillor Rhys Bowen\tPresent as Substitute',
      'Iolo Jenkins\tHead of Highways\tIn attendance',
    ]);
    expect(found.attendance).toMatchObject({
      present: ['Wyn Abbot', 'Cai Dafydd', 'Gwen Hughes'],
      apologies: ['Rhys Bowen'],
      absent: ['Elin Ffrancon'],
      substitutes: ['Gwen Hughes (for Rhys Bowen)'],
      officers: ['Iolo Jenkins, Head of Highways'],
    });
    expect(found.unread).toEqual([]);
  });

  it('keeps those expected (a table printed before the meeting) as the committee members, not as attending', () => {
    const found = readAttendance([
      'Attendee\tRole\tAttendance',
      'Councillor Kim Vale\tChair\tExpected',
      'Mr Lee Ward\tCo-opted Member\tExpected',
    ]);
    expect(found.members).toEqual(['Councillor Kim Vale (Chair)', 'Mr Lee Ward (Co-opted Member)']);
    expect(found.attendance.present).toEqual([]);
  });

  it('says which rows it could not read, for the caller to warn of, rather than dropping them', () => {
    const found = readAttendance(['Attendee\tAttendance', 'Councillor Max Yates\tLeft early', 'Councillor Nia Zane\tPresent']);
    expect(found.attendance.present).toEqual(['Nia Zane']);
    expect(found.unread).toEqual([{ heading: 'Attendee Attendance', first: 'Councillor Max Yates Left early' }]);
  });

  it('reads a grid whose columns are statuses by the one cell each row marks, whatever the mark', () => {
    const found = readAttendance([
      'Councillor\tPresent\tApologies\tAbsent',
      'Cllr Rhys Ames\t✓',
      'Cllr Sian Bowen\t\tY',
      'Cllr Tom Cory\t-\t-\tX',
      'Cllr Una Drew\t✓\t✓',
    ]);
    expect(found.attendance).toMatchObject({ present: ['Rhys Ames'], apologies: ['Sian Bowen'], absent: ['Tom Cory'] });
    // Two marks say nothing sure: warned of, not guessed.
    expect(found.unread).toEqual([{ heading: 'Councillor Present Apologies Absent', first: 'Cllr Una Drew ✓ ✓' }]);
    expect(readAttendance(['\tPresent\tApologies', 'Mrs Vera Eyre\tYes\tNo']).attendance.present).toEqual(['Mrs Vera Eyre']);
  });

  it('takes a header only with a column of people and a column of attendance, its cells parted by tabs', () => {
    expect(isAttendanceTableHeader('Attendee\tRole\tAttendance\tNotes')).toBe(true);
    expect(isAttendanceTableHeader('Member name\tStatus')).toBe(true);
    expect(isAttendanceTableHeader('Attendee Role Attendance')).toBe(false);
    expect(isAttendanceTableHeader('Ref\tRecommendation\tStatus')).toBe(false);
    expect(isAttendanceTableHeader('Name\tRole')).toBe(false);
    // "Present" alone over a column asks whether each attended: a header, its rows' answers read (a blank one warned of).
    expect(isAttendanceTableHeader('Councillor\tPresent')).toBe(true);
    expect(isAttendanceTableHeader('Councillor\tAbsent')).toBe(false);
    expect(isAttendanceTableHeader('Councillor\tJanuary\tFebruary\tMarch')).toBe(false);
    expect(readAttendanceTable(['Present:', 'Councillor A Ash'], 0)).toBeNull();
  });

  it('stops a headed list above the table at its header row', () => {
    const found = readAttendance(['Present:', 'Councillor Olu Abbey', 'Attendee\tAttendance', 'Councillor Pat Birch\tApologies']);
    expect(found.attendance.present).toEqual(['Olu Abbey']);
    expect(found.attendance.apologies).toEqual(['Pat Birch']);
  });
});

describe('attendance tables whose cells a PDF gives one a line', () => {
  it('reads a name and a status alternating under their header cells, each row by its status', () => {
    const found = readAttendance([
      'Name',
      'Attendance',
      'Councillor Nia Holm',
      'Present',
      'Councillor Ord Pike',
      'Apologies',
      'Mr Quin Rudd',
      'Absent',
      '',
      '1. Welcome',
    ]);
    expect(found.attendance.present).toEqual(['Nia Holm']);
    expect(found.attendance.apologies).toEqual(['Ord Pike']);
    expect(found.attendance.absent).toEqual(['Mr Quin Rudd']);
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('reads a name and the council represented, or a role, under a list heading, to the first line that names no one', () => {
    const councils = readAttendance([
      'Present:',
      'Member',
      'Representing',
      'Councillor Sol Tarrant (Chair)',
      'Uskvale County Council',
      'Councillor Ula Venn',
      'Dunmoor Borough Council',
      'In attendance: Wes Yarrow (Scrutiny Officer)',
    ]);
    expect(councils.attendance.present).toEqual(['Sol Tarrant', 'Ula Venn']);
    expect(councils.attendance.officers).toEqual(['Wes Yarrow, Scrutiny Officer']);
    expect(councils.unread).toEqual([]);
    const roles = readAttendance([
      'Present:',
      'Attendee',
      'Role',
      'Cllr Zia Ames',
      'Chair',
      'Cllr Bo Cray',
      'Vice-Chair',
      'Cllr Di Enfield',
      'Member',
    ]);
    expect(roles.attendance.present).toEqual(['Zia Ames', 'Bo Cray', 'Di Enfield']);
  });

  it('leaves the table unread when a row does not line up (a cell left out), for the caller to warn of', () => {
    const lines = [
      'Present:',
      'Member',
      'Representing',
      'Councillor Sol Tarrant',
      'Uskvale County Council',
      'Councillor Ula Venn',
      'Councillor Fay Gill',
      'Dunmoor Borough Council',
    ];
    expect(readAttendanceTable(lines, 1, 'present')).toBeNull();
    expect(readAttendance(lines).unread).toEqual([{ heading: 'Present:', first: 'Member' }]);
    // One row alone is no clear alternation.
    expect(readAttendanceTable(['Name', 'Status', 'Councillor Nia Holm', 'Present'], 0)).toBeNull();
  });

  it('reads "Members / Role" over each member\'s name and role parted by blank lines, a role in brackets of its own, a row\'s role left out', () => {
    const found = readAttendance([
      'Present:-',
      '',
      'Members',
      'Role',
      '',
      'Morven TULLOCH (Chairperson)',
      'Nominated by Health Board (Non-Executive Member)',
      '',
      'Hector BAIN',
      '',
      'Rhona KEIR',
      'Registered Nurse',
      '',
      'Alasdair MUNRO',
      'Chief Finance Officer',
      '',
      'Kirsty LAING',
      'Registered Medical Practitioner',
      '',
      'Morven TULLOCH, Chairperson, in the Chair.',
    ]);
    // Each member's role is kept after the name, as a member's post is; a row with none is the name alone.
    expect(found.attendance.present).toEqual([
      'Morven TULLOCH, Nominated by Health Board, Non-Executive Member',
      'Hector BAIN',
      'Rhona KEIR, Registered Nurse',
      'Kirsty LAING, Registered Medical Practitioner',
    ]);
    expect(found.attendance.officers).toEqual(['Alasdair MUNRO, Chief Finance Officer']);
    expect(found.posts).toEqual([{ post: 'Chairperson', name: 'Morven TULLOCH' }]);
    expect(found.lines).not.toContain(19);
  });

  it('keeps the role of a member who sent apologies, under "Members / Role" after the apologies heading', () => {
    const found = readAttendance([
      'Apologies for absence were submitted on behalf of:-',
      '',
      'Members',
      'Role',
      '',
      'Ewan GARVIE',
      'Nominated by Strathbrae Council (Elected Member)',
      '',
      'Dr Fenella ROSS',
      'Registered Medical Practitioner',
    ]);
    expect(found.attendance.apologies).toEqual([
      'Ewan GARVIE, Nominated by Strathbrae Council, Elected Member',
      'Dr Fenella ROSS, Registered Medical Practitioner',
    ]);
  });

  it('reads a column of codes by the key printed under the table, and leaves a code the key does not state unread', () => {
    const found = readAttendance([
      'Councillor\tAttendance',
      'Cllr Lorna Abell (Chair)\tP',
      'Cllr Mabon Crisp\tAp',
      'Cllr Nuala Dart\tA',
      'Cllr Oren Eddy\tL',
      '',
      'Key: P = Present, Ap = Apologies, A = Absent',
    ]);
    expect(found.attendance).toMatchObject({ present: ['Lorna Abell'], apologies: ['Mabon Crisp'], absent: ['Nuala Dart'] });
    expect(found.unread).toEqual([{ heading: 'Councillor Attendance', first: 'Cllr Oren Eddy L' }]);
    // The key is read with the table, no list of its own.
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 6]);
  });

  it("reads the status at the end of each row under a header parted by a wide gap, the rows' own gaps lost", () => {
    const found = readAttendance([
      'Councillor            Attendance',
      'Cllr Lorna Abell (Chair) Present',
      'Cllr Mabon Crisp Apologies',
      'Cllr Nuala Dart Absent',
      '',
      'Officers in attendance: P Flint (Clerk)',
    ]);
    expect(found.attendance).toMatchObject({
      present: ['Lorna Abell'],
      apologies: ['Mabon Crisp'],
      absent: ['Nuala Dart'],
      officers: ['P Flint, Clerk'],
    });
    expect(found.unread).toEqual([]);
  });

  it('reads "Attended", "Attendance" and "In attendance" over a grid\'s marks beside other statuses as those present', () => {
    for (const heading of ['Attended', 'Attendance', 'In attendance']) {
      const found = readAttendance([
        `Member\t${heading}\tApologies\tAbsent`,
        'Cllr Lorna Abell\tX\t\t',
        'Cllr Mabon Crisp\t\tX\t',
        'Cllr Nuala Dart\t\t\tX',
      ]);
      expect(found.attendance).toMatchObject({ present: ['Lorna Abell'], apologies: ['Mabon Crisp'], absent: ['Nuala Dart'] });
    }
    // Beside a column headed "Present", "In attendance" heads those attending who are no members.
    const officers = readAttendance(['Name\tPresent\tApologies\tIn attendance', 'Cllr Lorna Abell\tX\t\t', 'Rhian Gale\t\t\tX']);
    expect(officers.attendance).toMatchObject({ present: ['Lorna Abell'], officers: ['Rhian Gale'] });
  });

  it('reads a yes or a no under a column that asks whether each attended, and leaves any other answer unread', () => {
    for (const heading of ['Attended', 'Present', 'Attendance']) {
      const found = readAttendance([
        `Name\tRole\t${heading}`,
        'Councillor Oona Birtles\tChair\tYes',
        'Councillor Piers Cudworth\tMember\tY',
        'Councillor Rhona Dimmock\tMember\t✓',
        'Councillor Saul Elphick\tMember\tNo',
        'Councillor Tilly Fenwick\tMember\tN',
        'Councillor Umar Gadsby\tMember\tApols',
        'Councillor Vera Hinchliffe\tMember\tApologies',
        'Councillor Wyn Ibbotson\tMember\tX',
      ]);
      expect(found.attendance).toMatchObject({
        present: ['Oona Birtles', 'Piers Cudworth', 'Rhona Dimmock'],
        absent: ['Saul Elphick', 'Tilly Fenwick'],
        apologies: ['Umar Gadsby', 'Vera Hinchliffe'],
      });
      // A cross may be a tick's stand-in or a "did not attend": it is warned of, never guessed.
      expect(found.unread).toEqual([{ heading: `Name Role ${heading}`, first: 'Councillor Wyn Ibbotson Member X' }]);
    }
    // A "Status" column asks nothing: a yes under it says no status.
    const found = readAttendance(['Name\tStatus', 'Councillor Oona Birtles\tYes', 'Councillor Saul Elphick\tPresent']);
    expect(found.attendance).toMatchObject({ present: ['Saul Elphick'], absent: [] });
    expect(found.unread).toEqual([{ heading: 'Name Status', first: 'Councillor Oona Birtles Yes' }]);
  });

  it('reads a Markdown table typed in a plain-text record as a tab-parted one, its rule passed over', () => {
    const found = readAttendance([
      '| Member | Attended | Apologies | Absent |',
      '|---|---|---|---|',
      '| Cllr Ida Quarles (Chair) | X | | |',
      '| Cllr Jem Rastrick | | X | |',
      '| Cllr Kit Sowerby | | | X |',
      '| Cllr Lew Tandy | X | X | |',
      '',
      'In attendance: Mrs O Umpleby (Clerk)',
    ]);
    expect(found.attendance).toMatchObject({
      present: ['Ida Quarles'],
      apologies: ['Jem Rastrick'],
      absent: ['Kit Sowerby'],
      officers: ['Mrs O Umpleby, Clerk'],
    });
    expect(found.unread).toEqual([{ heading: 'Member Attended Apologies Absent', first: 'Cllr Lew Tandy X X' }]);
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 5, 7]);
    expect(isAttendanceTableHeader('| Name | Role | Attended |')).toBe(true);
  });
});

describe('a one-meeting table of ticks and crosses', () => {
  it('reads its signs by the key printed over it', () => {
    const found = readAttendance([
      'Key: ✓ = present, A = apologies, – = absent',
      'Councillor\tAttendance',
      'Cllr Rhoda Ash\t✓',
      'Cllr Simon Bell\tA',
      'Cllr Tess Crane\t–',
      'Cllr Uma Dunn\tZ',
    ]);
    expect(found.attendance.present).toEqual(['Rhoda Ash']);
    expect(found.attendance.apologies).toEqual(['Simon Bell']);
    expect(found.attendance.absent).toEqual(['Tess Crane']);
    expect(found.unread).toEqual([{ heading: 'Councillor Attendance', first: 'Cllr Uma Dunn Z' }]);
  });

  it('reads a tick, a cross, Y and N with no key, and leaves any other mark unread', () => {
    const found = readAttendance([
      'Member\tAttended',
      'Cllr Vic Ealing\tY',
      'Cllr Wyn Frome\t✗',
      'Cllr Xan Gale\tN',
      'Cllr Yva Hythe\t✔',
      'Cllr Zak Ives\tA',
    ]);
    expect(found.attendance.present).toEqual(['Vic Ealing', 'Yva Hythe']);
    expect(found.attendance.absent).toEqual(['Wyn Frome', 'Xan Gale']);
    expect(found.unread).toEqual([{ heading: 'Member Attended', first: 'Cllr Zak Ives A' }]);
  });
});
