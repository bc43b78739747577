import { describe, expect, it } from 'vitest';
import { generalReader } from './index.ts';

/** A parish council's meeting, then the council sitting at once as a charity's trustee, minuted in one file. */
function twoMeetings(present: string): string {
  return [
    'ASHWICK PARISH COUNCIL',
    '',
    'Minutes of the Meeting of the Parish Council held in the Village Hall, Ashwick on',
    'Monday 9 November 2026 at 7.00 pm',
    '',
    'Present: Cllr Nora Fenwick (Chair), Cllr Hugh Bellamy, Cllr Ada Pinchbeck',
    'In attendance: Mr Colin Wragg (Clerk)',
    '',
    'AP 40  Apologies: Cllr Ivo Marlow.',
    'AP 41  Footpaths: RESOLVED that the footpath officer be asked to inspect the stile at Cole Lane.',
    '',
    'The meeting closed at 7.40 pm.',
    '',
    'ASHWICK PLAYING FIELD CHARITY',
    '',
    'Minutes of the Meeting of Ashwick Parish Council as Trustee of the Ashwick Playing Field Charity, held in the',
    'Village Hall, Ashwick on Monday 9 November 2026 at 7.45 pm',
    '',
    present,
    '',
    'PF 2  Declarations of interest: none.',
    'PF 3  Accounts',
    'RESOLVED that the accounts of the Charity for 2025/26 be approved.',
    '',
    'The meeting closed at 8.05 pm.',
  ].join('\n');
}

const context = { file: 'two.txt', meta: {}, fileType: 'text' as const };

function meetings(text: string) {
  return generalReader
    .parse(text, context)
    .records.filter((record) => record.collection === 'meetings')
    .map((record) => record.data as { attendance: { present: string[]; officers: string[] }; warnings: string[] });
}

describe('those present given as the meeting above', () => {
  it('fills the later meeting\'s present list from the meeting above, and says so in a warning ("the same members as above")', () => {
    const [first, second] = meetings(twoMeetings('Present: the same members as above.'));
    expect(first?.attendance.present).toEqual(['Nora Fenwick', 'Hugh Bellamy', 'Ada Pinchbeck']);
    expect(second?.attendance.present).toEqual(['Nora Fenwick', 'Hugh Bellamy', 'Ada Pinchbeck']);
    // The members only: the officers are the first meeting's alone unless the line says so.
    expect(second?.attendance.officers).toEqual([]);
    expect(second?.warnings.filter((warning) => /above/.test(warning))).toEqual([
      'those present are given as the meeting above\'s ("Present: the same members as above."): filled from its list of those present (3 names); check them against the record',
    ]);
    expect(second?.warnings.some((warning) => /names no one/.test(warning))).toBe(false);
  });

  it('reads other wordings: "As above", and "the same Members and officers as for the previous meeting" with its officers', () => {
    const [, short] = meetings(twoMeetings('Present: As above'));
    expect(short?.attendance.present).toEqual(['Nora Fenwick', 'Hugh Bellamy', 'Ada Pinchbeck']);
    expect(short?.attendance.officers).toEqual([]);
    const [, officers] = meetings(twoMeetings('PRESENT: The same Members and officers as for the previous meeting.'));
    expect(officers?.attendance.present).toEqual(['Nora Fenwick', 'Hugh Bellamy', 'Ada Pinchbeck']);
    expect(officers?.attendance.officers).toEqual(['Mr Colin Wragg, Clerk']);
    expect(officers?.warnings.filter((warning) => /above/.test(warning))).toEqual([
      'those present are given as the meeting above\'s ("PRESENT: The same Members and officers as for the previous meeting."): filled from its lists of those present (3 names) and officers (1 name); check them against the record',
    ]);
  });

  it('keeps the warning that no one is recorded present when no meeting stands above in the file', () => {
    const text = [
      'ASHWICK PARISH COUNCIL',
      '',
      'Minutes of the Meeting of the Parish Council held in the Village Hall, Ashwick on',
      'Monday 9 November 2026 at 7.00 pm',
      '',
      'Present: the same members as above.',
      '',
      'AP 40  Apologies: none.',
      'AP 41  Accounts',
      'RESOLVED that the accounts of the Charity for 2025/26 be approved.',
    ].join('\n');
    const [only] = meetings(text);
    expect(only?.attendance.present).toEqual([]);
    expect(only?.warnings).toContain(
      '"Present: the same members as above." names no one ("the same members as above."): no one is recorded as present; add those present to the meeting file by hand',
    );
  });
});
