import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

const officers = (text: string): string[] => readAttendance(text.split('\n')).attendance.officers;

describe('posts of a Scottish board and of a town council’s own staff', () => {
  it('reads "Depute Assessor" after a name and a comma as that officer’s post, never a second officer', () => {
    expect(
      officers(
        'Attending:  R Lennox, Assessor and Electoral Registration Officer; T Dunbar,\n            Depute Assessor; M Gow, Clerk to the Board.',
      ),
    ).toEqual(['R Lennox, Assessor and Electoral Registration Officer', 'T Dunbar, Depute Assessor', 'M Gow, Clerk to the Board']);
    expect(officers('In attendance: Ms F Orrock, Depute Chief Executive; Mr D Rae, Assessor')).toEqual([
      'Ms F Orrock, Depute Chief Executive',
      'Mr D Rae, Assessor',
    ]);
  });

  it('reads a supervisor’s, a co-ordinator’s or a caretaker’s post, "X and Y Supervisor" one post', () => {
    expect(officers('In attendance:\nMrs P Wragg, Deputy Town Clerk\nMr K Oddie, Parks and Cemeteries Supervisor')).toEqual([
      'Mrs P Wragg, Deputy Town Clerk',
      'Mr K Oddie, Parks and Cemeteries Supervisor',
    ]);
    expect(officers('In attendance:\nMr K Oddie, Grounds Supervisor')).toEqual(['Mr K Oddie, Grounds Supervisor']);
    expect(officers('In attendance: Tegan Rowe (Board Co-ordinator), Ivo Platt (Hall Caretaker)')).toEqual([
      'Tegan Rowe, Board Co-ordinator',
      'Ivo Platt, Hall Caretaker',
    ]);
  });
});
