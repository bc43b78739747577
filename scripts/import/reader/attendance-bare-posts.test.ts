import { describe, expect, it } from 'vitest';
import { readAttendance } from './attendance.ts';

/** Read from lines written as one string. */
const read = (text: string) => readAttendance(text.split('\n'));

describe('posts with no holder named beside one post with its holder in brackets', () => {
  it('keeps each bare post as an officer given by post, never one post of the named officer', () => {
    const found = read(
      [
        'PRESENT: Councillors P Ainsworth (Chairman), R Blythe and S Cowling.',
        '',
        'IN ATTENDANCE: The Chief Executive, the Borough Treasurer, the Director of Leisure (Mr T Hanley)',
        'and the Borough Solicitor.',
        '',
        '1. APOLOGIES',
      ].join('\n'),
    );
    expect(found.attendance.officers).toEqual([
      'Chief Executive',
      'Borough Treasurer',
      'Mr T Hanley, Director of Leisure',
      'Borough Solicitor',
    ]);
  });

  it('reads posts printed with no article, the named one first, a post cut at "and" kept whole, "and the" a post of its own', () => {
    const found = read(
      [
        'Present: Cllr Dora Keane (Chair), Cllr Ewan Lomax',
        'Officers: Head of Legal and Democratic Services (Ms F Orme), Planning Manager, Senior Engineer and the Committee Clerk',
        '',
        '1. Minutes',
      ].join('\n'),
    );
    expect(found.attendance.officers).toEqual([
      'Ms F Orme, Head of Legal and Democratic Services',
      'Planning Manager',
      'Senior Engineer',
      'Committee Clerk',
    ]);
  });
});
