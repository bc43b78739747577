import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
const read = (text: string) => readAttendance(text.split('\n'));

describe('a group word alone on its line inside a list of those present', () => {
  it('reads "Councils" and "Partners" as sub-headings over the people, never as people', () => {
    const found = read(
      [
        'Present:',
        'Councils',
        'Cllr R Ames (Chair)',
        'Cllr T Beal',
        'Partners',
        'Ms J Orr (Fenmoor Recycling Trust)',
        '',
        '1. Minutes',
      ].join('\n'),
    );
    expect(found.attendance.present).not.toContain('Councils');
    expect(found.attendance.present).not.toContain('Partners');
    expect([...found.attendance.present, ...found.attendance.alsoPresent]).toEqual(expect.arrayContaining(['R Ames', 'T Beal']));
    expect(JSON.stringify(found.attendance)).toContain('Ms J Orr');
  });

  it('reads "Partner Organisations" and "Agencies" alone in capitals as sub-headings too', () => {
    const found = read(
      [
        'PRESENT',
        'Councillors',
        'Councillor Ann Holt',
        'PARTNER ORGANISATIONS',
        'Inspector Ray Dunn',
        'Agencies',
        'Mrs Eve Lamb',
        '',
        '1. Apologies',
      ].join('\n'),
    );
    const everyone = Object.values(found.attendance).flat();
    expect(everyone.some((name) => /partner|agencies/i.test(name))).toBe(false);
    expect(everyone.join(' ')).toContain('Ray Dunn');
    expect(everyone.join(' ')).toContain('Eve Lamb');
  });
});
