import { describe, expect, it } from 'vitest';
import { headingOf } from './attendance-headings.ts';
import { readAttendance } from './attendance.ts';
import { readMeeting } from './meeting.ts';

/** Reads a block written as one string, lines split at "\n". */
function read(text: string) {
  return readAttendance(text.split('\n'));
}

/** The warnings a block's reading words itself. */
const said = (text: string) => read(text).unread.flatMap((unread) => unread.said ?? []);

describe('headingOf: a known label with a qualifier before its colon', () => {
  it('reads "Present in the Chamber:" and "Present in the Council Chamber:" as present', () => {
    expect(headingOf('Present in the Chamber: Councillors Ada Lowe (Chair), Ben Marsh')?.role).toBe('present');
    expect(headingOf('Members present in the Council Chamber:')?.role).toBe('present');
  });

  it('reads "Present (as trustee):" and "Present as Trustees:" as present', () => {
    expect(headingOf('Present (as trustee): Cllr K Amble, Cllr L Brook')).toMatchObject({
      role: 'present',
      rest: 'Cllr K Amble, Cllr L Brook',
    });
    expect(headingOf('Present as Trustees:')?.role).toBe('present');
  });

  it('reads "Attending remotely (not entitled to vote):" as present, its note kept for a warning', () => {
    expect(headingOf('Attending remotely (not entitled to vote): Councillor Tom Hurst')).toMatchObject({
      role: 'present',
      rest: 'Councillor Tom Hurst',
      qualifier: 'not entitled to vote',
    });
    expect(headingOf('Apologies (sent to the Clerk):')).toMatchObject({ role: 'apologies', qualifier: 'sent to the Clerk' });
  });

  it('reads "Members of the Board (voting):" and "(non-voting)" as members present, of a kind', () => {
    expect(headingOf('Members of the Board (voting):')).toMatchObject({ role: 'present', members: 'ofAKind' });
    expect(headingOf('Members of the Partnership (non-voting): Mr O Venn')).toMatchObject({ role: 'present', rest: 'Mr O Venn' });
  });

  it('reads "Objectors present:" and "Supporters in attendance:" as those who spoke', () => {
    expect(headingOf('Objectors present: Mr A Bell')?.role).toBe('presenters');
    expect(headingOf('Supporters in attendance: Ms C Dorn')?.role).toBe('presenters');
  });

  it('reads no sentence with a colon as a label ("Apologies as follows:" and "Present in the following order:" say no qualifier)', () => {
    expect(headingOf('Apologies as follows:')?.qualifier).toBeUndefined();
    expect(headingOf('Present as a substitute: Councillor Rae Dunn')?.role).not.toBe('present');
    expect(headingOf('The Chair said in the meeting: all were present')).toBeNull();
  });
});

describe('readAttendance: lists under a label with a qualifier', () => {
  it('reads a hybrid meeting\'s lists in the chamber and online, and warns of "not entitled to vote"', () => {
    const text = [
      'Present in the Chamber: Councillors Ada Lowe (Chair), Ben Marsh',
      '(Vice-Chair), Cara Nolan and Dev Oakes.',
      '',
      'Attending remotely (not entitled to vote): Councillors Eve Platt and',
      'Finn Quayle.',
      '',
      'Officers present: Gus Reid (Head of Planning)',
    ].join('\n');
    const found = read(text);
    expect(found.attendance.present).toEqual(['Ada Lowe', 'Ben Marsh', 'Cara Nolan', 'Dev Oakes', 'Eve Platt', 'Finn Quayle']);
    expect(found.attendance.officers).toEqual(['Gus Reid, Head of Planning']);
    expect(said(text)).toEqual([expect.stringContaining('"not entitled to vote"')]);
  });

  it('reads those present as trustees, saying nothing of how they attended in the room', () => {
    const text = 'Present (as trustee): Cllr K Amble (Chair), Cllr L Brook,\nCllr M Crane\n\nIn attendance: Mr N Dale (Town Clerk)';
    const found = read(text);
    expect(found.attendance.present).toEqual(['K Amble', 'L Brook', 'M Crane']);
    expect(found.attendance.officers).toEqual(['Mr N Dale, Town Clerk']);
    expect(said(text)).toEqual([expect.stringContaining('"as trustee"')]);
    expect(said('Members present in the Council Chamber: Councillors Rae Dunn and Sol Eng')).toEqual([]);
  });

  it('reads objectors and a supporter present as those who spoke, each with their side', () => {
    const found = read(
      'Objectors present: Mr Hal Ince (3 Mill Lane) and Mrs Ida Jones (5 Mill Lane)\nSupporter present: Mr Kit Lowe (Friends of the Park)',
    );
    expect(found.attendance.presenters).toEqual([
      'Mr Hal Ince (Objector, 3 Mill Lane)',
      'Mrs Ida Jones (Objector, 5 Mill Lane)',
      'Mr Kit Lowe (Supporter, Friends of the Park)',
    ]);
  });
});

describe('readAttendance: a list of others present wrapped after "and"', () => {
  it('reads "Also present:" and "Also in attendance:" wrapped mid-run as "Present:" is', () => {
    const wrapped = (label: string) =>
      read(`${label} Councillors Eve Platt and\nFinn Quayle.\n\nOfficers present: Gus Reid (Head of Planning)`);
    expect(wrapped('Present:').attendance.present).toEqual(['Eve Platt', 'Finn Quayle']);
    expect(wrapped('Also present:').attendance.alsoPresent).toEqual(['Eve Platt', 'Finn Quayle']);
    expect(wrapped('Also in attendance:').attendance.alsoPresent).toEqual(['Eve Platt', 'Finn Quayle']);
  });
});

describe('readMeeting: objectors and supporters present under an item', () => {
  it('reads "Objectors present:" and "Supporters in attendance:" in an item as presenters, as "Registered Speakers:" are', () => {
    const lines = [
      'TREE PRESERVATION ORDER PANEL',
      'Minutes of the meeting held on 3 March 2025',
      'Panel: Councillors Ames, Birch and Cole',
      '',
      '3. Tree Preservation Order 4/2025 - Land at Mill Lane',
      'The Tree Officer presented the report.',
      '',
      'Objectors present: Mr Hal Ince (3 Mill Lane) and Mrs Ida Jones (5 Mill Lane)',
      'Supporters in attendance: Ms Uma Vale (Mill Lane Wardens)',
      '',
      'RESOLVED - That the Order be confirmed.',
    ];
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    expect(meeting.attendance?.presenters).toEqual([
      'Mr Hal Ince (Objector, 3 Mill Lane)',
      'Mrs Ida Jones (Objector, 5 Mill Lane)',
      'Ms Uma Vale (Supporter, Mill Lane Wardens)',
    ]);
  });
});
