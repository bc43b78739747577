import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Reads a block written as one string, lines split at "\n". */
const read = (text: string) => readAttendance(text.split('\n'));

describe('officers listed by post, one part of which reads as no post', () => {
  it('keeps the posts it reads and warns of the part it cannot, naming it', () => {
    const found = read('Officers: The Chief Executive, the Director of Housing (Mr. K. Pollard) and the Chief Planning 0fficer.');
    expect(found.attendance.officers).toEqual(['Chief Executive', 'Mr. K. Pollard, Director of Housing']);
    expect(JSON.stringify(found.unread)).toContain('the Chief Planning 0fficer');
  });

  it('never makes a person of a post cut by a hyphen, and warns of it', () => {
    const found = read('In attendance: the Town Clerk (Mrs A Dale), the Borough Treas- urer and the Borough Surveyor');
    expect(found.attendance.officers).toContain('Mrs A Dale, Town Clerk');
    expect(found.attendance.officers).not.toContain('Borough Treas- urer');
    expect(JSON.stringify(found.unread)).toContain('Treas- urer');
  });
});
