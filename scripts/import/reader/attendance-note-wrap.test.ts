import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
const read = (text: string) => readAttendance(text.split('\n'));

describe("a bracketed note wrapped alone onto the line under a person's", () => {
  it("joins the note to the presenter above it, never an item's number", () => {
    const found = read(['Also present:', 'Mr Owen Trask (Applicant)', 'Mrs Judith Sayer (Objector)', '    (10 Orchard Rise)'].join('\n'));
    expect(found.attendance.presenters).toEqual(['Mr Owen Trask (Applicant)', 'Mrs Judith Sayer (Objector, 10 Orchard Rise)']);
    expect(found.lines).toEqual([0, 1, 2, 3]);
  });

  it('joins it under a label of objectors, and to a name with no note before it', () => {
    const found = read(
      ['Objectors present: Mr Ivan Cole', '(22 Mill Lane)', 'Supporters present: Ms Rana Bell', '(Mill Lane Residents)'].join('\n'),
    );
    expect(found.attendance.presenters).toEqual(['Mr Ivan Cole (Objector, 22 Mill Lane)', 'Ms Rana Bell (Supporter, Mill Lane Residents)']);
    expect(found.lines).toEqual([0, 1, 2, 3]);
  });
});
