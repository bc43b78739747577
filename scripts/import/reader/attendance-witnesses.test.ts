import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
function read(text: string) {
  return readAttendance(text.split('\n'));
}

describe('readAttendance: an inquiry’s witnesses', () => {
  it('keeps the witnesses listed one a line, or parted by semicolons, as presenters with what each is', () => {
    const found = read(
      [
        'Present: Councillor Hana Ellery (Chair), Councillor Joss Keller',
        'Witnesses',
        'Mr Rafe Ingle, Chief Officer, Tollbridge Care Forum',
        'Mrs P Quarry (parent governor)',
        'Cllr Vera Obi, Cabinet Member for Adults and Health',
        'Lewis Hale, Chief Executive, Tollbridge Hospice',
        '',
        'The Panel heard evidence from: Dr Una Mercer, Consultant; Mrs Tilda Nye, Service Manager, Oakvale Council',
      ].join('\n'),
    );
    expect(found.attendance.presenters).toEqual([
      'Mr Rafe Ingle (Witness, Chief Officer, Tollbridge Care Forum)',
      'Mrs P Quarry (Witness, parent governor)',
      // A post ending "… and Health" runs on into no name on the next line.
      'Vera Obi (Witness, Cabinet Member for Adults and Health)',
      'Lewis Hale (Witness, Chief Executive, Tollbridge Hospice)',
      'Dr Una Mercer (Witness, Consultant)',
      'Mrs Tilda Nye (Witness, Service Manager, Oakvale Council)',
    ]);
    expect(found.attendance.present).toEqual(['Hana Ellery', 'Joss Keller']);
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 5, 7]);
    // A line with an entry that names no one is left unread, for a warning.
    const unnamed = read('Witnesses: the Head of Inclusion, Oakvale Council; Mr Sol Dent');
    expect([unnamed.attendance.presenters, unnamed.lines]).toEqual([[], []]);
    // So is one with a body's name on a line of its own, a post wrapped over two lines.
    const wrapped = read('Witnesses\nDr Ivo Rand, Medical Director, Northvale\nIntegrated Care Board');
    expect(wrapped.attendance.presenters).toEqual([]);
  });
});

describe('readAttendance: witnesses under the sessions they were heard in', () => {
  it('reads the witnesses under "Session A (…)" labels, and "Scrutiny support:" as the officers', () => {
    const found = read(
      [
        'Witnesses:',
        'Session A (7.05 pm – 7.50 pm)',
        '  Ms Ada Quarrie, Chief Executive, Ellesby Families Advice Centre',
        'Session B (7.55 pm – 8.45 pm)',
        '  Councillor Rhoda Ince, Cabinet Member for Housing',
        '',
        'Scrutiny support: Ms Vera Lusk, Scrutiny Officer',
      ].join('\n'),
    );
    expect(found.attendance.presenters).toEqual([
      'Ms Ada Quarrie (Witness, Chief Executive, Ellesby Families Advice Centre)',
      'Rhoda Ince (Witness, Cabinet Member for Housing)',
    ]);
    expect(found.attendance.officers).toEqual(['Ms Vera Lusk, Scrutiny Officer']);
    expect(found.lines).toEqual([0, 1, 2, 3, 4, 6]);
  });
});

describe('readAttendance: a witness with what they are in lower case', () => {
  it('reads "Mrs R, carer (name withheld at her request)" under "Witnesses" with the rest of the list', () => {
    const found = read(
      'Witnesses\nDr Ola Brent, Director of Care, Fernley Council\nMrs R, carer (name withheld at her request)\nMr Abe Coyle, resident',
    );
    expect(found.attendance.presenters).toEqual([
      'Dr Ola Brent (Witness, Director of Care, Fernley Council)',
      'Mrs R (Witness, carer (name withheld at her request))',
      'Mr Abe Coyle (Witness, resident)',
    ]);
    expect(found.lines).toEqual([0, 1, 2, 3]);
  });
});

describe('readAttendance: witnesses bulleted', () => {
  it('reads "Witnesses:" over "- Name, post, body" lines, the bullets dropped', () => {
    const found = read('Witnesses:\n- Rosa Quint, Head of Transport, Fernley Council\n- Ivor Dale, parent and carer');
    expect(found.attendance.presenters).toEqual([
      'Rosa Quint (Witness, Head of Transport, Fernley Council)',
      'Ivor Dale (Witness, parent and carer)',
    ]);
    expect(found.lines).toEqual([0, 1, 2]);
  });
});
