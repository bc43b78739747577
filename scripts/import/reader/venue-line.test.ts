import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';

/** The warnings that say text above the first item was not read. */
const unreadAbove = (lines: string[]) =>
  (readMeeting(lines, {}, lines.join('\n')).warnings ?? []).filter((warning) => warning.startsWith('text above the first item'));

describe("the venue's own line, ended by a stop, is read and no leftover", () => {
  it('reads the place line under the date and warns of nothing there', () => {
    const islands = [
      'VORLAND ISLANDS COUNCIL',
      '',
      'Minute',
      '',
      'Harbours Committee',
      '',
      'Wednesday, 12 March 2025, 10:00.',
      '',
      'Council Chamber, Town Offices, Haldvik Harbour.',
      '',
      'Present',
      '',
      'Councillors Brodie Halcrow, Inga Leask and Tam Moar.',
      '',
      '1. Pier Dues',
      '',
      'Noted.',
    ];
    const meeting = readMeeting(islands, {}, islands.join('\n'));
    expect(meeting.venue).toBe('Council Chamber, Town Offices, Haldvik Harbour');
    expect(unreadAbove(islands)).toEqual([]);
    const parish = [
      'Eastcott Parish Council',
      'Thursday 6 March 2025 at 7.00 pm.',
      '',
      'The Pavilion Meeting Room, Marsh Lane Recreation Ground, Eastcott.',
      '',
      'Present: Cllr A Ashdown, Cllr B Birchall',
      '',
      '1. Apologies',
      'None.',
    ];
    expect(readMeeting(parish, {}, parish.join('\n')).venue).toBe('Pavilion Meeting Room, Marsh Lane Recreation Ground, Eastcott');
    expect(unreadAbove(parish)).toEqual([]);
  });
});
