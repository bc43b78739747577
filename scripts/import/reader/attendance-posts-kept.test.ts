import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** The attendance read from the members present, one more line of those attending, and an item after them. */
const under = (line: string) => readAttendance(['Present: Councillors A Brennan and C Dorsey.', line, '', '1. Apologies']);

describe('readAttendance: a press officer is staff, not the press', () => {
  it('keeps the post of a press officer listed after a comma or in brackets, as any officer', () => {
    expect(under('Also present: Rona Tulloch, Press Officer.').attendance.officers).toEqual(['Rona Tulloch, Press Officer']);
    expect(under('In attendance: Ms Gwen Hale (Press and Media Manager)').attendance.officers).toEqual([
      'Ms Gwen Hale, Press and Media Manager',
    ]);
  });

  it('still counts the press attending as no one', () => {
    const found = under('Also present: two members of the press.');
    expect(found.attendance.alsoPresent).toEqual([]);
    expect(found.attendance.officers).toEqual([]);
  });
});

describe('readAttendance: a guest with a body in brackets and the items attended after it', () => {
  it('reads "for item 5" after the bracket as the items attended, as "(item 5)" is', () => {
    const found = under('In attendance: Mr Ivo Lam (Town Clerk), PCSO Dewi Morgan (North Wales Police) for item 5').attendance;
    expect(found.officers).toEqual(['Mr Ivo Lam, Town Clerk']);
    expect(found.alsoPresent).toEqual(['Dewi Morgan, North Wales Police (item 5)']);
  });

  it('reads "for items 6 and 7" after a body as its guest\'s items', () => {
    const found = under('Also in attendance: Mr Tom Bell (Kestrel Rivers Trust) for items 6 and 7').attendance;
    expect(found.alsoPresent).toEqual(['Mr Tom Bell, Kestrel Rivers Trust (items 6 and 7)']);
  });
});

describe('readAttendance: the minute-taker named under a label of their own', () => {
  it('reads "Minutes:" before a name and a post as an officer with the post', () => {
    const found = under('Minutes: Joel Fenn, Partnership Support Officer');
    expect(found.attendance.officers).toEqual(['Joel Fenn, Partnership Support Officer']);
    expect(found.lines).toEqual([0, 1, 3]);
  });

  it('reads "Minute taker:" and "Minutes taken by:" before a name alone as the officer who took the minutes', () => {
    expect(under('Minute taker: Ada Quell').attendance.officers).toEqual(['Ada Quell, Minute taker']);
    expect(under('Minutes taken by: Ada Quell (Democratic Services Officer)').attendance.officers).toEqual([
      'Ada Quell, Democratic Services Officer',
    ]);
  });
});

describe('readAttendance: a post after a name and a comma, whatever its last word', () => {
  it("reads a worker's post after the name as one person with a post, never a second person", () => {
    // As "Rona Tulloch (Youth Worker)" in brackets is read: one of the staff attending, with the post.
    const found = under('Also present: Rona Tulloch, Youth Worker.').attendance;
    expect([...found.alsoPresent, ...found.officers]).toEqual(['Rona Tulloch, Youth Worker']);
    expect(under('Also present: Rona Tulloch (Youth Worker).').attendance).toEqual(found);
    const second = under('In attendance: Mr Idris Vaughan, Community Development Worker').attendance;
    expect([...second.alsoPresent, ...second.officers]).toEqual(['Mr Idris Vaughan, Community Development Worker']);
  });

  it("reads a practitioner's or a librarian's post the same way", () => {
    const found = under('Also present: Nia Gethin, Early Years Practitioner; Tom Askew, Branch Librarian.').attendance;
    expect([...found.alsoPresent, ...found.officers]).toEqual(['Nia Gethin, Early Years Practitioner', 'Tom Askew, Branch Librarian']);
  });

  it('still reads two names after a comma as two people', () => {
    expect(under('Also present: Rona Tulloch, Ewan Walker.').attendance.alsoPresent).toEqual(['Rona Tulloch', 'Ewan Walker']);
  });
});
