import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';
import { readPieces } from './attendance-person.ts';

describe('an office in brackets after a post printed after a dash', () => {
  it('keeps both the post and the office, and the employer after them', () => {
    const [officer] = readPieces('Ruth Penhale - Rights of Way Manager, Tarnmoor County Council (Secretary)');
    expect(officer?.kind === 'person' ? officer.role : null).toBe('Rights of Way Manager, Secretary, Tarnmoor County Council');
  });

  it('keeps them under a heading of its staff, the office printed as a minute secretary', () => {
    const found = readAttendance(
      ['SECRETARIAT', '  Owen Hale - Access Officer, Brackley District Council (Minute Secretary)', '', '1/25  APOLOGIES']
        .join('\n')
        .split('\n'),
    );
    expect(found.attendance.officers).toEqual(['Owen Hale, Access Officer, Minute Secretary, Brackley District Council']);
  });
});
