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

describe('a meeting held straight after another: the place, and when it began said apart', () => {
  /** A record whose title block is `opening`, over two items. */
  const record = (...opening: string[]) => [
    'HALSTOCK TOWN COUNCIL',
    '',
    ...opening,
    '',
    'Present: Cllr P Ardern (Chair), Cllr L Voss, Cllr K Mbeki',
    '',
    '1. Apologies',
    'None.',
    '',
    '2. Accounts',
    'RESOLVED that the accounts be approved.',
  ];

  it('ends the venue before "immediately after …", "following the … meeting", "on the rising of …"', () => {
    const cases: [string[], string, string][] = [
      [
        [
          'Minutes of the meeting of the Town Council as trustee of the Halstock Recreation Ground',
          'held on Monday 3 November 2031 in the Council Chamber, Moot Hall, immediately',
          'after the ordinary meeting of the Town Council, commencing at 8.20 pm.',
        ],
        'Council Chamber, Moot Hall',
        'immediately after the ordinary meeting of the Town Council',
      ],
      [
        [
          'Minutes of the Annual Meeting of the Town Council held at the Scout Hut, Ferry Lane, following the Annual Town Meeting, on Tuesday 12 May 2031.',
        ],
        'Scout Hut, Ferry Lane',
        'following the Annual Town Meeting',
      ],
      [
        ['Planning Committee', 'Date: 14 May 2031', 'Venue: Committee Room 1, Moot Hall, on the rising of the Licensing Committee'],
        'Committee Room 1, Moot Hall',
        'on the rising of the Licensing Committee',
      ],
    ];
    for (const [opening, venue, began] of cases) {
      const lines = record(...opening);
      const meeting = readMeeting(lines, {}, lines.join('\n'));
      expect(meeting.venue).toBe(venue);
      expect(meeting.warnings).toContain(`the meeting began ${began}, which no field holds (its start time is as stated)`);
    }
    // The start time stays the one stated.
    const [trustees] = cases;
    const lines = record(...(trustees?.[0] ?? []));
    expect(readMeeting(lines, {}, lines.join('\n')).startTime).toBe('20:20');
  });
});
