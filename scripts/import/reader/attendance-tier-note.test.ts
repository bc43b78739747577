import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
const read = (text: string) => readAttendance(text.split('\n'));

describe("a tier's word in brackets after a member's name", () => {
  it('keeps "(Borough)" and "(County)" after an apology, as a note of the council the member sits for', () => {
    const found = read('Apologies: Councillor P Gant (Borough) and Mr L Drew (County).');
    expect(found.attendance.apologies).toEqual(['P Gant (Borough)', 'Mr L Drew (County)']);
  });

  it('keeps "(Town)" and "(District)" after those present and absent alike', () => {
    const found = read(['Present: Cllr T Beal (Town), Cllr S Corry (District)', 'Absent: Cllr N Wade (Parish)'].join('\n'));
    expect(found.attendance.present).toEqual(['T Beal (Town)', 'S Corry (District)']);
    expect(found.attendance.absent).toEqual(['N Wade (Parish)']);
  });
});
