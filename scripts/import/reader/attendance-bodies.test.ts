import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';
import { guestLine, outsideBodyName } from './attendance-bodies.ts';

/** An "In attendance" list parted by whom each works for: the council over its officers, then a board over its guests. */
const PARTED = [
  'PRESENT:            Councillor J Orr (Chairman)',
  '                    Councillors F Boyle and N Keane',
  '',
  'IN ATTENDANCE:      Dunmere & Colgan Borough Council',
  '',
  '                    Director of Parks and Open Spaces',
  '                    Committee Services Officer',
  '',
  '                    Rivers Agency for the Western Region',
  '',
  '                    Mr Ciaran Devenney, Catchment Manager (North)',
  '                    Ms Aoife Brannigan, Flood Liaison',
  '',
  '1.    Apologies',
];

describe('attendance parted by body', () => {
  it("takes the council's name over its officers as a label, and an outside body's over guests kept with it", () => {
    const { attendance, lines } = readAttendance(PARTED);
    expect(attendance.officers).toEqual(['Director of Parks and Open Spaces', 'Committee Services Officer']);
    expect(attendance.alsoPresent).toEqual([
      'Mr Ciaran Devenney, Catchment Manager (North), Rivers Agency for the Western Region',
      'Ms Aoife Brannigan, Flood Liaison, Rivers Agency for the Western Region',
    ]);
    expect(lines).toContain(8);
    expect(lines).toContain(11);
  });

  it('takes a body named on its own line only as a subheading, never a post or a person', () => {
    const lines = ['In attendance:', 'Head of Housing Services', '', 'Mrs T Quigg, Clerk'];
    expect(readAttendance(lines).attendance.officers).toEqual(['Head of Housing Services', 'Mrs T Quigg, Clerk']);
  });
});

describe('a guest with a note naming no body', () => {
  it('keeps the guest, the note as printed, never dropping the line unsaid', () => {
    const { attendance, lines } = readAttendance(['In attendance:', 'Mr D Quill, Scrutiny Officer', 'Mrs H Vane, resident of Tanners Row']);
    expect(attendance.officers).toEqual(['Mr D Quill, Scrutiny Officer']);
    expect(attendance.alsoPresent).toEqual(['Mrs H Vane, resident of Tanners Row']);
    expect(lines).toEqual([0, 1, 2]);
  });
});

describe('guestLine', () => {
  it("writes a titled guest's post after the comma as their note", () => {
    expect(guestLine('Ms A Brannigan, Flood Liaison')).toBe('Ms A Brannigan (Flood Liaison)');
  });

  it('leaves two titled people, or a line with no title first, as printed', () => {
    expect(guestLine('Mr C Devenney, Mrs D Hale')).toBe('Mr C Devenney, Mrs D Hale');
    expect(guestLine('Aoife Brannigan, Flood Liaison')).toBe('Aoife Brannigan, Flood Liaison');
  });
});

describe('a guest from a body whose name has no word of a body', () => {
  it('keeps one listed "Name – <body>" among those also attending with the body, whatever its words', () => {
    const found = readAttendance([
      'Present: Cllr A Ash (Chair), Cllr B Bell',
      'Also in attendance:',
      'Ms Carys Morgan – Natural Resources Wales',
      'Mr Idris Pugh, Transport for Wales',
      '',
      '1. Minutes',
    ]).attendance;
    expect(found.alsoPresent).toEqual(['Ms Carys Morgan, Natural Resources Wales', 'Mr Idris Pugh, Transport for Wales']);
  });

  it("takes a council's department, a post or one word for no outside body", () => {
    expect(outsideBodyName('Natural Resources Wales')).toBe(true);
    expect(outsideBodyName('Historic England')).toBe(true);
    expect(outsideBodyName('Democratic Services')).toBe(false);
    expect(outsideBodyName('Finance and Resources')).toBe(false);
    expect(outsideBodyName('Head of Planning')).toBe(false);
    expect(outsideBodyName('Northby Borough Council')).toBe(false);
    expect(outsideBodyName('Planning')).toBe(false);
    expect(outsideBodyName('observing')).toBe(false);
  });
});
