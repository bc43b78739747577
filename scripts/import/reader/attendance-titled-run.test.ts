import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';
import { titledNames } from './attendance-titled-run.ts';

/** Read from lines written as one string. */
const read = (text: string) => readAttendance(text.split('\n'));

describe('titled names parted only by spaces', () => {
  it('parts a run at each title, a double title one person, the chair kept as a post', () => {
    expect(titledNames('Mr Torquil Beaton (Chair) Mrs Effie Macaskill Dr Hector Gillies')).toEqual([
      'Mr Torquil Beaton (Chair)',
      'Mrs Effie Macaskill',
      'Dr Hector Gillies',
    ]);
    expect(titledNames('Councillor Mrs Wagland Councillor Ian Rudd')).toEqual(['Councillor Mrs Wagland', 'Councillor Ian Rudd']);
    // One title is one name, however many words follow it; words before the first title are no titled name.
    expect(titledNames('Mrs Effie Anna Macaskill')).toBeNull();
    expect(titledNames('Effie Macaskill Mr Hector Gillies')).toBeNull();
    // A word in small letters joins the names ("for", "and"): a substitution or a couple, no roster.
    expect(titledNames('Councillor Moss for Councillor Reed')).toBeNull();
  });

  it('reads a roster with its label on the line, no colon, and wrapped mid-name (an island council)', () => {
    const found = read(
      [
        'Minute of Meeting of the Harbours Committee',
        '',
        'PRESENT Mr Torquil Beaton (Chair) Mr Ewen Gillies (Vice-Chair)',
        'Mrs Effie Macaskill Mr Norman Angus Maciver Ms Shona',
        'Morrison Dr Hector Macsween',
        '',
        'APOLOGIES Mr Lachlan Macrae Mrs Joan Mackay',
        '',
        '1 Pier Dues',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'Mr Torquil Beaton',
      'Mr Ewen Gillies',
      'Mrs Effie Macaskill',
      'Mr Norman Angus Maciver',
      'Ms Shona Morrison',
      'Dr Hector Macsween',
    ]);
    expect(found.posts).toEqual(expect.arrayContaining([{ post: 'Chair', name: 'Mr Torquil Beaton' }]));
    expect(found.attendance.apologies).toEqual(['Mr Lachlan Macrae', 'Mrs Joan Mackay']);
  });

  it('reads a roster under its label on a line of its own, councillors and others mixed', () => {
    const found = read(
      [
        'Present:',
        'Councillor Ann Bell (Chair) Councillor Ross Dunn Mrs Jean Fyfe',
        'Bailie Tom Kerr Cllr Isla Munro',
        '',
        'Apologies:',
        'Miss Rhona Tait Dr Alan Weir',
        '',
        '1. Minutes',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Ann Bell', 'Ross Dunn', 'Mrs Jean Fyfe', 'Bailie Tom Kerr', 'Isla Munro']);
    expect(found.attendance.apologies).toEqual(['Miss Rhona Tait', 'Dr Alan Weir']);
  });
});
