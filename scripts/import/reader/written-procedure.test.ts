import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';

/** The meeting read from a record's lines. */
const read = (text: string) => {
  const lines = text.split('\n');
  return readMeeting(lines, {}, text);
};

describe('readMeeting: decisions taken by written procedure', () => {
  it('dates the record by the day the procedure closed and says it opened earlier, warning of neither line as unread', () => {
    const found = read(
      [
        'NORTH FENWICK CREMATORIUM JOINT COMMITTEE',
        '',
        'DECISIONS MADE BY WRITTEN PROCEDURE',
        '',
        'Procedure opened: 10 March 2025',
        'Procedure closed: 12 noon, 21 March 2025',
        '',
        '1. Cremation Fees 2025/26',
        '',
        'Decision: The Joint Committee approved the fees set out in the report.',
        '',
        '2. Memorial Garden',
        '',
        'Decision: The Joint Committee agreed to replant the memorial garden.',
      ].join('\n'),
    );
    expect(found.date).toBe('2025-03-21');
    expect((found.warnings ?? []).filter((warning) => /written procedure/.test(warning))).toEqual([
      'the meeting was held by written procedure, opened 10 March 2025 and closed 12 noon, 21 March 2025: dated the day it closed',
    ]);
    expect((found.warnings ?? []).filter((warning) => /Procedure (?:opened|closed)/.test(warning))).toEqual([]);
  });

  it('reads "Written procedure started" and "ended" as the same days', () => {
    const found = read(
      [
        'AUDIT PANEL',
        '',
        'Record of decisions by written procedure',
        '',
        'Written procedure started: Monday 2 June 2025',
        'Written procedure ended: Friday 13 June 2025 at 5.00 pm',
        '',
        '1. Internal Audit Plan',
        '',
        'RESOLVED that the plan be approved.',
        '',
        '2. Risk Register',
        '',
        'RESOLVED that the register be noted.',
      ].join('\n'),
    );
    expect(found.date).toBe('2025-06-13');
    expect((found.warnings ?? []).filter((warning) => /held by written procedure|procedure (?:started|ended)/i.test(warning))).toEqual([
      'the meeting was held by written procedure, opened Monday 2 June 2025 and closed Friday 13 June 2025 at 5.00 pm: dated the day it closed',
    ]);
  });
});
