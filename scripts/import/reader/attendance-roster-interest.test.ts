import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
const read = (text: string) => readAttendance(text.split('\n'));

describe('readAttendance: a roster whose second column is the interest or field a member sits for', () => {
  it('keeps each member with the interest beside the name, under labels of how they were appointed', () => {
    const found = read(
      [
        'PRESENT',
        '',
        'Members appointed by the constituent councils:',
        'Cllr Maud Ferrow (Chair)          Lowmarsh County Council',
        'Cllr Ivor Gant                    Seabury Borough Council',
        '',
        'Members appointed by the Marine Management Organisation:',
        'Mr Colm Dready (Vice-Chair)       Commercial fishing (mobile gear)',
        'Mrs Nerys Tallow                  Recreational sea angling',
        'Dr Pat Quennell                   Marine conservation',
        '',
        'Statutory appointees:',
        'Ms Ada Rook                       Natural England',
        '',
        '12/01  APOLOGIES',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'Maud Ferrow, Lowmarsh County Council',
      'Ivor Gant, Seabury Borough Council',
      'Mr Colm Dready, Commercial fishing (mobile gear)',
      'Mrs Nerys Tallow, Recreational sea angling',
      'Dr Pat Quennell, Marine conservation',
      'Ms Ada Rook, Natural England',
    ]);
    expect(found.unread).toEqual([]);
  });

  it('reads a forum set out with a tab, its fields in sentence case, none of them a person', () => {
    const found = read(
      [
        'Members present:',
        'Mr Huw Ellery\tUpland farming and grazing',
        'Ms Rhian Tovey\tOutdoor education',
        'Cllr Bethan Pask\tCarnedd County Council',
        '',
        '1. Minutes',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'Mr Huw Ellery, Upland farming and grazing',
      'Ms Rhian Tovey, Outdoor education',
      'Bethan Pask, Carnedd County Council',
    ]);
  });

  it('reads the interest after a comma or a dash as the member’s, never as a second person', () => {
    const found = read(
      [
        'Present:',
        'Mrs Nerys Tallow, Recreational sea angling',
        'Dr Pat Quennell, Marine conservation',
        'Mr Colm Dready (Vice-Chair) - Commercial fishing (mobile gear)',
        'Mr Lorne Abbot – Shellfish farming',
        '',
        '1. Minutes',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual([
      'Mrs Nerys Tallow, Recreational sea angling',
      'Dr Pat Quennell, Marine conservation',
      'Mr Colm Dready, Commercial fishing (mobile gear)',
      'Mr Lorne Abbot, Shellfish farming',
    ]);
    expect(found.unread).toEqual([]);
  });

  it('leaves a note of how or whether one attended to the rules that read it', () => {
    const found = read(['Present:', 'Mrs Nerys Tallow - Apologies sent', 'Dr Pat Quennell, Left early', '', '1. Minutes'].join('\n'));
    expect(found.attendance.present).not.toContain('Mrs Nerys Tallow, Apologies sent');
    expect(found.attendance.present).not.toContain('Dr Pat Quennell, Left early');
  });

  it("leaves a councillor's ward after the dash to the rules for councillors, no interest", () => {
    const found = read(
      ['Present:  Councillor Rhoda Kent - Highmoor ward', '          Councillor Sam Pile - Eastfield division', '', '1. Minutes'].join(
        '\n',
      ),
    );
    expect(found.attendance.present).toEqual(['Rhoda Kent', 'Sam Pile']);
  });
});

describe('readAttendance: a ward member with the ward after the post', () => {
  it('reads the ward after the comma as the post’s, no person of its own', () => {
    const found = read(
      [
        'Present:',
        'Mr Gideon Hales (Chair) - Ashbury Civic Society',
        'Councillor Mona Pertwee - Ward Member, Minster (observer)',
        'Cllr Idris Vane - Local Member, Holt Park',
        '',
        '1. Notes of the last meeting',
      ].join('\n'),
    );
    const everyone = Object.values(found.attendance).flat().join(' | ');
    expect(everyone).not.toMatch(/Minster|Holt Park/);
    expect(found.attendance.present.concat(found.attendance.alsoPresent)).toEqual(expect.arrayContaining(['Mona Pertwee', 'Idris Vane']));
  });
});

describe('readAttendance: officers in two columns, a name and the post beside it', () => {
  it('reads each row as an officer with the post, a note after the post kept', () => {
    const found = read(
      [
        'Officers:',
        'Rory Quist                  Chief Executive, Dunmere District Council (Lead Officer)',
        'Hana Brill                  Section 151 Officer to the Accountable Body',
        'Omar Feld                   Board Secretary',
        '',
        'JB/25/01  APOLOGIES',
      ].join('\n'),
    );
    expect(found.attendance.officers).toEqual([
      'Rory Quist, Lead Officer, Chief Executive, Dunmere District Council',
      'Hana Brill, Section 151 Officer to the Accountable Body',
      'Omar Feld, Board Secretary',
    ]);
    expect(found.unread).toEqual([]);
  });

  it('reads the same under "In attendance:" with a tab and titles', () => {
    const found = read(
      ['In attendance:', 'Mrs Lena Pike\tHead of Planning', 'Mr Sol Bray\tMonitoring Officer', '', '1. Minutes'].join('\n'),
    );
    expect(found.attendance.officers).toEqual(['Mrs Lena Pike, Head of Planning', 'Mr Sol Bray, Monitoring Officer']);
  });
});
