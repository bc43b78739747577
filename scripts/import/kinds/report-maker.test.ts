/** The scrutiny body whose report it is, and a task and finish group's members. All names are invented. */
import { describe, expect, it } from 'vitest';
import { groupMembers, makerIn } from './report-maker.ts';

describe('the body whose report it is', () => {
  it("is the body a title names as the report's own, or the task and finish group whose chair gives it", () => {
    expect(makerIn('SKATE PARKS TASK AND FINISH GROUP – FINAL REPORT', null)).toBe('Skate Parks Task and Finish Group');
    expect(makerIn('Housing Scrutiny Panel: Interim Report', null)).toBe('Housing Scrutiny Panel');
    expect(makerIn('Review of Skate Parks', 'Chair of the Skate Parks Task and Finish Group')).toBe('Skate Parks Task and Finish Group');
  });

  it('is no one when the title is a report on something, or the author the chair of a committee', () => {
    expect(makerIn('Skate Parks – Progress Report', null)).toBeNull();
    expect(makerIn('Review of Skate Parks', 'Chair of the Overview and Scrutiny Committee')).toBeNull();
  });
});

describe("a task and finish group's members", () => {
  it('are read from the sentence saying whom the group comprised, wrapped over lines', () => {
    const lines = [
      '3.1   The Task Group comprised Councillors Iris Pell (Chair), Omar Vance,',
      '      Dee Hart and Ned Crow.',
      '',
      '3.2   It met four times.',
    ];
    expect(groupMembers(lines)).toEqual([
      'Councillor Iris Pell (Chair)',
      'Councillor Omar Vance',
      'Councillor Dee Hart',
      'Councillor Ned Crow',
    ]);
  });

  it('are read from "Chair:" and "Group members:" lines, and are none when the report lists none', () => {
    expect(groupMembers(['Chair: Councillor Iris Pell', 'Group members: Councillors Omar Vance and Dee Hart'])).toEqual([
      'Councillor Iris Pell (Chair)',
      'Councillor Omar Vance',
      'Councillor Dee Hart',
    ]);
    expect(groupMembers(['The group heard from the Parks Manager.'])).toEqual([]);
  });
});
