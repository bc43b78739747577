import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
const read = (text: string) => readAttendance(text.split('\n'));

describe("a label of a kind of member after the officers' list", () => {
  it('ends the officers at "Tenant Representatives:", its names members present', () => {
    const found = read(
      [
        'Present: Councillors R Ames (Chair), T Beal and S Corry.',
        'Officers: Mr K Hale (Housing Manager)',
        '',
        'Tenant Representatives: Mrs P Ling, Mr D Moss',
      ].join('\n'),
    );
    expect(found.attendance.officers).toEqual(['Mr K Hale, Housing Manager']);
    expect(found.attendance.present).toEqual(['R Ames', 'T Beal', 'S Corry', 'Mrs P Ling', 'Mr D Moss']);
  });

  it('ends those also present at "Parent Governor Representatives:" with no blank line before it', () => {
    const found = read(
      [
        'Present: Councillor Ann Holt (Chair)',
        'Also present: Councillor Ben Rudd',
        'Parent Governor Representatives: Mrs Cara Vine, Mr Dev Shah',
      ].join('\n'),
    );
    expect(found.attendance.alsoPresent).toEqual(['Ben Rudd']);
    expect(found.attendance.present).toEqual(['Ann Holt', 'Mrs Cara Vine', 'Mr Dev Shah']);
  });

  it("leaves a cabinet member's label under those also present in their list", () => {
    const found = read(
      [
        'Present: Councillor Ann Holt (Chair)',
        'Also present: Inspector Liam Rowe (Fenmoor Police)',
        'Cabinet Member: Councillor Nia Pugh (Cabinet Member for Communities)',
      ].join('\n'),
    );
    expect(found.attendance.present).toEqual(['Ann Holt']);
    expect(found.attendance.alsoPresent).toContain('Nia Pugh');
  });

  it("still reads a youth forum's guests under their label after the officers as guests", () => {
    const found = read(
      [
        'Present: Councillor Ann Holt (Chair)',
        'In attendance: Mr Hal Dunn (Virtual School Headteacher)',
        'Care Experienced Youth Forum representatives: Jayden (aged 14), Maisie (aged 16)',
      ].join('\n'),
    );
    expect(found.attendance.officers).toEqual(['Mr Hal Dunn, Virtual School Headteacher']);
    expect(found.attendance.alsoPresent).toEqual([
      'Jayden (Care Experienced Youth Forum representative, aged 14)',
      'Maisie (Care Experienced Youth Forum representative, aged 16)',
    ]);
  });
});
