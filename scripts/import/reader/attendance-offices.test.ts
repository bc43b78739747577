import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
function read(text: string) {
  return readAttendance(text.split('\n'));
}

describe('readAttendance: an office labelling its one holder', () => {
  it('reads "Y Maer / The Mayor: Cllr …" as the mayor, the label carried to no later line', () => {
    const found = read(
      [
        'PRESENT:',
        'Y Maer / The Mayor: Cllr Nia Pritchard (in the Chair)',
        'Dirprwy Faer / Deputy Mayor: Cllr Emyr Hopkin',
        'Cllrs: Ffion Bowen, Iolo Caradog,',
        'Gethin Dafis',
        '',
        '12. APOLOGIES',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Nia Pritchard', 'Emyr Hopkin', 'Ffion Bowen', 'Iolo Caradog', 'Gethin Dafis']);
    expect(found.posts).toContainEqual({ post: 'Deputy Mayor', name: 'Emyr Hopkin' });
    expect(found.posts.filter((post) => post.name === 'Nia Pritchard').length).toBeGreaterThan(0);
    expect(found.posts.every((post) => !['Ffion Bowen', 'Iolo Caradog', 'Gethin Dafis'].includes(post.name))).toBe(true);
  });

  it('reads "Town Mayor: Councillor …" over a line of councillors without giving them the post', () => {
    const found = read(
      ['Present:', 'Town Mayor: Councillor Rhian Ellis', 'Councillors Pat Owen, Lee Wynne and Sam Yorath', '', '1. Apologies'].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Rhian Ellis', 'Pat Owen', 'Lee Wynne', 'Sam Yorath']);
    expect(found.posts).toEqual([{ post: 'Town Mayor', name: 'Rhian Ellis' }]);
  });
});

describe('readAttendance: the sides of a joint committee alone on their lines', () => {
  it('reads "EMPLOYER SIDE" and "STAFF SIDE" as headings of members, each staff side member with their union', () => {
    const found = read(
      [
        'EMPLOYER SIDE',
        'Councillor Ada Marsh (Chair)',
        'Councillor Ben Oduya',
        '',
        'STAFF SIDE',
        'Carl Penn (UNISON) (Vice-Chair)',
        'Dina Quayle (GMB)',
        '',
        'OFFICERS',
        'Eve Rudd, Head of HR',
        '',
        '1. MINUTES',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Ada Marsh', 'Ben Oduya', 'Carl Penn, UNISON', 'Dina Quayle, GMB']);
    expect(found.attendance.officers).toEqual(['Eve Rudd, Head of HR']);
  });

  it('reads "Management Side" and "Trade Union Side" under "Present:" the same way', () => {
    const found = read(
      ['Present:', 'Management Side', 'Cllr Fay Sutton', '', 'Trade Union Side', 'Gil Tranter (Unite)', '', '1. Minutes'].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Fay Sutton', 'Gil Tranter, Unite']);
  });
});

describe('readAttendance: label lines alone over their people', () => {
  it('reads "Clerk" and "Observing" as labels, a post with "and" in it as one post, a press officer as staff', () => {
    const found = read(
      [
        'Present',
        '',
        'Councillors Olaf Brough, Freya Isbister and Sven Ork.',
        '',
        'Clerk',
        '',
        'Ingrid Halcrow, Committee Services Officer.',
        '',
        'In Attendance',
        '',
        'Sigrid Laurenson, Head of Marine Services, Transportation and Harbour Master.',
        '',
        'Observing',
        '',
        'Rona Tulloch, Press Officer.',
        '',
        'Apologies',
        '',
        'Councillor Magnus Flaws.',
      ].join('\n'),
    );
    expect(found.attendance.officers).toEqual([
      'Ingrid Halcrow, Committee Services Officer',
      'Sigrid Laurenson, Head of Marine Services, Transportation and Harbour Master',
      'Rona Tulloch, Press Officer',
    ]);
    expect(found.attendance.alsoPresent).toEqual([]);
    expect(found.attendance.present).toEqual(['Olaf Brough', 'Freya Isbister', 'Sven Ork']);
    expect(found.attendance.apologies).toEqual(['Magnus Flaws']);
  });

  it('reads "Treasurer" between blank lines over its holder as a label under those present', () => {
    const found = read(
      [
        'Present',
        '',
        'Councillors Una Rae and Vic Sands.',
        '',
        'Treasurer',
        '',
        'Wyn Tait',
        '',
        'Apologies',
        '',
        'Councillor Xan Yule.',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Una Rae', 'Vic Sands']);
    expect(found.attendance.officers).toEqual(['Wyn Tait, Treasurer']);
  });

  it('keeps a second post with "and" in it whole after an officer\'s first post', () => {
    const found = read(['In attendance:', 'Tam Gibb, Chief Officer, Roads and Ferries Manager', '', '1. Minutes'].join('\n'));
    expect(found.attendance.officers).toEqual(['Tam Gibb, Chief Officer, Roads and Ferries Manager']);
  });
});

describe('readAttendance: a chair after a dash, a group of young people with its body', () => {
  it('reads "Mrs … (Hindu) - Chair" as the chair among the members, as "(Chair)" is', () => {
    const found = read(
      [
        'Present:',
        '',
        'Group A - Christian denominations and other religions and beliefs',
        'Mrs Kiran Bedi (Hindu) - Chair',
        'Mr Saul Fried (Jewish)',
        '',
        'Group D - The Local Authority',
        'Councillor Rhona Gale - Vice-Chair',
        '',
        'In attendance: Ms Tess Ure (RE Adviser)',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Mrs Kiran Bedi', 'Mr Saul Fried', 'Rhona Gale']);
    expect(found.attendance.officers).toEqual(['Ms Tess Ure, RE Adviser']);
    expect(found.posts).toContainEqual({ post: 'Chair', name: 'Mrs Kiran Bedi' });
  });

  it('reads young people labelled with their council in brackets as members, each by the name printed', () => {
    const found = read(
      [
        'Present:',
        'Councillor Ann Oakes (in the Chair)',
        '',
        'Young People (Children in Care Council): Kayla (Co-Chair), Mason and Tia',
        'Youth Council (Northby Youth Voice): Priya and Leo',
        '',
        'Officers: Jo Pike (Virtual School Head)',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Ann Oakes', 'Kayla', 'Mason', 'Tia', 'Priya', 'Leo']);
  });
});

describe("readAttendance: a seat's member whose council's bracket wraps to the next line", () => {
  it('keeps the co-opted councillor with the council the wrapped bracket names', () => {
    const found = read(
      [
        'Members present:',
        'Ashlow City Council: Councillors Pia Kemp (Chair) and Vic Lane',
        'Merridge County Council: Councillors Sam Moss and Ann Norbury',
        'Merridge District Councils (co-opted): Councillor Hugo Parr (Fenbrook District',
        'Council)',
        '',
        'Officers: Em Walsh (Scrutiny Manager)',
      ].join('\n'),
    );
    expect(found.attendance.present).toContain('Hugo Parr, Fenbrook District Council');
  });

  it("keeps a parish seat's member with their council at a joint meeting of two councils, the bracket unwrapped", () => {
    const found = read(
      [
        'PRESENT:',
        'Hollowmere Borough Council: Councillors Tom Aske (Chairman) and Bea Crewe',
        'Saltley District Council: Councillor Gil Hythe',
        'Parish councils (co-opted): Councillor Dot Kell (Upton Parva Parish Council)',
        '',
        '1. Minutes',
      ].join('\n'),
    );
    expect(found.attendance.present).toContain('Dot Kell, Upton Parva Parish Council');
    expect(found.attendance.present).toContain('Gil Hythe, Saltley District Council');
  });
});
