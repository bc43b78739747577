import { describe, expect, it } from 'vitest';
import { deputationWarnings, readItemGuests, readLabelledGuests, readPartyLine } from './hearing-parties.ts';
import { readAttendance } from './attendance.ts';

describe("a hearing's parties", () => {
  it('keeps each person with the label and what the line says of them', () => {
    expect(readPartyLine('Applicant', 'Mr T Vance, Vance Wines Ltd, with Ms R Dale (agent)')).toEqual([
      'Mr T Vance (Applicant, Vance Wines Ltd)',
      'Ms R Dale (Applicant, agent)',
    ]);
    expect(readPartyLine('Responsible authorities', 'PC S Moss, Northshire Police')).toEqual([
      'PC S Moss (Responsible authority, Northshire Police)',
    ]);
    expect(readPartyLine('Interested parties', 'Mrs P Lane and Mr Q Reid, neighbours.')).toEqual([
      'Mrs P Lane (Interested party, neighbours)',
      'Mr Q Reid (Interested party, neighbours)',
    ]);
    expect(readPartyLine('Parties present', 'Jane Ward and Tom Ward')).toEqual(['Jane Ward (Party)', 'Tom Ward (Party)']);
  });

  it('reads no line that holds a part it cannot place: a business alone, a name before any person, or nobody at all', () => {
    expect(readPartyLine('Applicant', 'Vance Wines Ltd')).toBeNull();
    expect(readPartyLine('Applicant', 'the Mill Lane residents, with Ms R Dale')).toBeNull();
    expect(readPartyLine('Objectors', 'none attended')).toBeNull();
  });

  it('keeps a business named first with each person who stands for it, and is no person itself', () => {
    expect(readPartyLine('Applicant', 'Vance Wines Ltd, represented by Ms Rhian Dale (solicitor) and Mr Olu Ekwe')).toEqual([
      'Ms Rhian Dale (Applicant, Vance Wines Ltd, solicitor)',
      'Mr Olu Ekwe (Applicant, Vance Wines Ltd)',
    ]);
  });

  it('reads titled names with given names, and a plural note after the last name as said of all of them', () => {
    expect(readPartyLine('Responsible authority', 'PC Aled Moss, Northshire Police Licensing')).toEqual([
      'PC Aled Moss (Responsible authority, Northshire Police Licensing)',
    ]);
    expect(readPartyLine('Interested parties', 'Mr Ivo Lane and Mrs Una Reid (local residents)')).toEqual([
      'Mr Ivo Lane (Interested party, local residents)',
      'Mrs Una Reid (Interested party, local residents)',
    ]);
    expect(readPartyLine('Interested parties', 'Mr Ivo Lane and Mrs Una Reid (agent)')).toEqual([
      'Mr Ivo Lane (Interested party)',
      'Mrs Una Reid (Interested party, agent)',
    ]);
  });

  it('reads a party\'s own label after "Parties present:", and a line left open on "represented by" with the lines under it', () => {
    const lines = [
      'Parties present:   Applicant: Vance Wines Ltd, represented by',
      '                   Mr Olu Ekwe (solicitor) and Ms Rhian Dale (Designated',
      '                   Premises Supervisor)',
      '                   Interested parties: Mr Ivo Lane and Mrs Una Reid (local',
      '                   residents)',
    ];
    const found = readAttendance(lines);
    expect(found.attendance.presenters).toEqual([
      'Mr Olu Ekwe (Applicant, Vance Wines Ltd, solicitor)',
      'Ms Rhian Dale (Applicant, Vance Wines Ltd, Designated Premises Supervisor)',
      'Mr Ivo Lane (Interested party, local residents)',
      'Mrs Una Reid (Interested party, local residents)',
    ]);
    expect(found.lines).toEqual([0, 1, 2, 3, 4]);
  });

  it('files the parties under "Parties present:" as the meeting\'s presenters, and leaves a line it cannot read unread', () => {
    const lines = [
      'Members of the Sub-Committee: Councillors A Ash (Chair), B Elm and C Fir',
      'Parties present:',
      'Applicant: Mr T Vance, with Ms R Dale (agent)',
      'Objectors: the Mill Lane Residents Association',
    ];
    const found = readAttendance(lines);
    expect(found.attendance.present).toEqual(['A Ash', 'B Elm', 'C Fir']);
    expect(found.attendance.presenters).toEqual(['Mr T Vance (Applicant)', 'Ms R Dale (Applicant, agent)']);
    expect(found.lines).toEqual([0, 1, 2]);
  });

  it("reads a standards hearing's subject member, who came with them, and the complainant; the independent person is a member", () => {
    const lines = [
      'Members of the Sub-Committee:  Councillor Ruth Parkin (Chair)',
      '                               Councillor Owen Dace',
      'Independent Person:            Mr Len Fairlie',
      'Subject Member:                Councillor Tessa Crane (Upfield Parish Council),',
      '                               accompanied by Mr Joe Bright (friend)',
      'Complainant:                   Mrs Ada Moss (Clerk to Upfield Parish Council)',
    ];
    const found = readAttendance(lines);
    expect(found.attendance.present).toEqual(['Ruth Parkin', 'Owen Dace', 'Mr Len Fairlie']);
    expect(found.attendance.presenters).toEqual([
      'Tessa Crane (Subject member, Upfield Parish Council)',
      'Mr Joe Bright (Subject member, friend)',
      'Mrs Ada Moss (Complainant, Clerk to Upfield Parish Council)',
    ]);
  });
});

describe('speakers on an application', () => {
  it('reads the role before a dash as printed, never a person, when a titled name follows it', () => {
    expect(readPartyLine('Registered Speakers', "Applicant's Agent - Mr Rob Tully (Tully Planning)")).toEqual([
      "Mr Rob Tully (Applicant's Agent, Tully Planning)",
    ]);
    expect(readPartyLine('Registered Speakers', 'Parish Council - Councillor Ann Vane (Upton Parish Council)')).toEqual([
      'Ann Vane (Parish Council, Upton Parish Council)',
    ]);
  });
});

describe("an item's guests among those attending", () => {
  it('reads "Item n: Name, role" as a presenter of that item, the role kept after the name', () => {
    const lines = [
      'Present:',
      'Mrs A Rowan (Convener), Mr B Heath and Ms C Sloe',
      '',
      'Also in Attendance:',
      'Inspector M Gow, Northshire Police',
      'Item 4.2: Mr D Lyle, Agent for the Applicant',
      'Item 7: Mrs E Yarrow, Objector.',
    ];
    const found = readAttendance(lines);
    expect(found.attendance.alsoPresent).toEqual(['M Gow, Inspector, Northshire Police']);
    expect(found.attendance.presenters).toEqual(['Mr D Lyle, Agent for the Applicant (item 4.2)', 'Mrs E Yarrow, Objector (item 7)']);
    expect(found.lines).toEqual([0, 1, 3, 4, 5, 6]);
    expect(found.unread).toEqual([]);
  });

  it('reads "Agenda Item n: Body" over the people who came from it, each a presenter of the item with the body', () => {
    const lines = [
      'Others in Attendance:',
      'Agenda Item 6: Westmoor Water',
      'Mr Fergal Tighe, Asset Manager',
      'Ms Orla Quin',
      '',
      'The meeting began at 7.00 pm.',
    ];
    const found = readAttendance(lines);
    expect(found.attendance.presenters).toEqual([
      'Mr Fergal Tighe, Asset Manager, Westmoor Water (item 6)',
      'Ms Orla Quin, Westmoor Water (item 6)',
    ]);
    expect(found.lines).toEqual([0, 1, 2, 3]);
    expect(found.unread).toEqual([]);
  });

  it("leaves an item's line that names no one it can read for the caller to warn of", () => {
    expect(readItemGuests(['Item 3: Brackley Residents Group', 'The Chair opened the meeting.'], 0)).toEqual({
      list: 'presenters',
      people: [],
      lines: [0],
      unread: { heading: 'Item 3: Brackley Residents Group', first: 'The Chair opened the meeting.' },
    });
    expect(readItemGuests(['Mr D Lyle, Agent'], 0)).toBeNull();
  });
});

describe('guests under a label of their own among those attending', () => {
  it('keeps young people named by a given name alone as guests, with the label and their note', () => {
    const lines = [
      'Present:',
      'Councillor Nia Bracewell (Chair), Councillors Owen Pryce and Tara Quill',
      '',
      'Care Experienced Youth Forum representatives: Jayden (aged 14), Maisie (aged 16), Reuben (care',
      'leaver)',
      '',
      'Also attending:',
      'Mr Hal Dunmore (Virtual School Headteacher)',
      'Priya Noon (Engagement Worker)',
    ];
    const found = readAttendance(lines);
    expect(found.attendance.present).toEqual(['Nia Bracewell', 'Owen Pryce', 'Tara Quill']);
    expect(found.attendance.alsoPresent).toEqual([
      'Jayden (Care Experienced Youth Forum representative, aged 14)',
      'Maisie (Care Experienced Youth Forum representative, aged 16)',
      'Reuben (Care Experienced Youth Forum representative, care leaver)',
      'Mr Hal Dunmore, Virtual School Headteacher',
      'Priya Noon, Engagement Worker',
    ]);
    expect(found.lines).toEqual([0, 1, 3, 4, 6, 7, 8]);
  });

  it("keeps a guest's job printed as a title, whoever employs them", () => {
    const found = readAttendance(['Also attending:', 'Mr Hal Dunmore (Head of Virtual School)', 'Mr Ike Ward (Youth Worker)']);
    expect(found.attendance.alsoPresent).toEqual(['Mr Hal Dunmore, Head of Virtual School', 'Mr Ike Ward, Youth Worker']);
  });

  it('leaves a labelled list with a part that is no person for the caller to warn of', () => {
    const found = readLabelledGuests(['Youth Parliament delegates: Ana, the Eastfold group'], 0);
    expect(found?.people).toEqual([]);
    expect(found?.unread).toEqual({ heading: 'Youth Parliament delegates:', first: 'Ana, the Eastfold group' });
    expect(readLabelledGuests(['Minutes taken by: Ana'], 0)).toBeNull();
  });
});

describe('a deputation heard', () => {
  it('is warned of by its body when no guest listed came from it, never dropped unsaid', () => {
    const text = 'The Committee agreed to hear a deputation from the Canal Row Residents and Traders Group in relation to item 5.';
    expect(deputationWarnings(text, [])).toEqual([
      'the record says a deputation from "Canal Row Residents and Traders Group" was heard and names none who spoke for it: a body is in no list of the attendance, so add its speakers to the meeting file by hand',
    ]);
    expect(deputationWarnings(text, ['Ms Una Pell, Canal Row Residents and Traders Group (item 5)'])).toEqual([]);
    expect(deputationWarnings('No deputations were received.', [])).toEqual([]);
  });
});
