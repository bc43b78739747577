import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';

/** Minutes of a panel with a summary of its decisions above them, its entries as given. */
function minutes(heading: string, entries: string[]): string[] {
  return [
    'ASHWORTH BOROUGH COUNCIL',
    'LEISURE PANEL',
    'Monday 3 March 2025 at 7.00 pm, Town Hall, Ashworth',
    '',
    heading,
    '',
    ...entries,
    '',
    'Present: Councillors Jill Parr (Chair), Omar Leddy and Tess Wain',
    '',
    '1. Apologies',
    '',
    'There were none.',
    '',
    '2. Swimming Pool Opening Hours',
    '',
    'RESOLVED that the pool open at 6.30 am on weekdays from 1 April 2025.',
    '',
    '3. Park Café Lease',
    '',
    'RESOLVED that the lease be renewed for five years.',
  ];
}

const warningsOf = (lines: string[]) => readMeeting(lines, {}, lines.join('\n')).warnings ?? [];

describe('a summary of decisions above the minutes', () => {
  it('says the summary is repeated by the minutes, not that text was lost', () => {
    const summary = minutes('SUMMARY OF DECISIONS', [
      'Item 2   Swimming Pool Opening Hours - earlier weekday opening agreed from April.',
      'Item 3   Park Café Lease - renewed for a further five years.',
    ]);
    const record = minutes('Record of Decisions', [
      '2. Swimming pool opening hours: weekday opening moved to 6.30 am.',
      '3. Park café lease: lease renewed for five years.',
    ]);
    for (const lines of [summary, record]) {
      const warnings = warningsOf(lines);
      expect((readMeeting(lines, {}, lines.join('\n')).items ?? []).map((item) => item.number)).toEqual(['1', '2', '3']);
      expect(warnings.filter((warning) => warning.includes('text above the first item'))).toEqual([]);
      expect(warnings).toContainEqual(expect.stringContaining('a summary of decisions above the minutes, repeated by them, not imported'));
    }
  });

  it('names an entry no item of the minutes repeats as not imported, and makes no decision of it', () => {
    const lines = minutes('SUMMARY OF DECISIONS', [
      'Item 3   Park Café Lease - renewed for a further five years.',
      'Item 4   Bowling Green Fees - frozen for 2025/26.',
    ]);
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    const lost = (meeting.warnings ?? []).filter((warning) => warning.includes('Bowling Green Fees'));
    expect(lost).toHaveLength(1);
    expect(lost[0]).toMatch(/no item of the minutes repeats.*not imported/);
    expect((meeting.items ?? []).map((item) => item.number)).toEqual(['1', '2', '3']);
    expect(JSON.stringify(meeting.items)).not.toContain('Bowling');
  });
});
