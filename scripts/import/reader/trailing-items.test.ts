import { describe, expect, it } from 'vitest';
import { spaceTables } from '../formats/text-tables.ts';
import { readMeeting } from './meeting.ts';

/** A meeting read as the importer reads a text: its space-aligned tables parted first. */
function read(lines: string[]) {
  const text = spaceTables(lines.join('\n'));
  return readMeeting(text.split('\n'), {}, text);
}

const HEAD = ['Brackwater Community Safety Partnership', '', 'Minutes of the meeting held on 6 February 2025', ''];

describe('an action log and the next meeting set apart under the last item', () => {
  it('are the log an item of its own, a table, and the next meeting the closing note, never the last item’s text', () => {
    const meeting = read([
      ...HEAD,
      'Item 1 - Apologies',
      'None.',
      '',
      'Item 2 - Any other business',
      'PC Ames asked partners to share the leaflet.',
      '',
      'Date of next meeting: 8 May 2025, 2.00pm',
      '',
      'ACTION LOG',
      '',
      'No.    Action                          Owner  Status',
      '25/01  Share the leaflet               PA     Open',
      '25/02  Book the hall for the forum     RM     Done',
    ]);
    const items = meeting.items ?? [];
    expect(items.map((item) => [item.number, item.title])).toEqual([
      ['1', 'Apologies'],
      ['2', 'Any other business'],
      [null, 'ACTION LOG'],
    ]);
    expect(items[1]?.minutes).toBe('PC Ames asked partners to share the leaflet.');
    expect(meeting.nextMeeting).toBe('8 May 2025, 2.00pm');
    expect(meeting.references?.map((reference) => [reference.date, reference.item])).toEqual([['2025-05-08', null]]);
    expect(items[2]?.minutes?.split('\n')[0]).toBe('| No. | Action | Owner | Status |');
    expect(items[2]?.resolutions ?? []).toEqual([]);
  });

  it('are read so in other words: "Actions arising" over a table, "Next meeting:" above it', () => {
    const meeting = read([
      ...HEAD,
      '1. Minutes',
      'The minutes were agreed.',
      '',
      '2. Close',
      'The Chair thanked everyone for coming.',
      '',
      'Next meeting: Thursday 5 June 2025 at 10am',
      '',
      'Actions arising',
      'Ref    Action                       Lead',
      'A1     Write to the bus company     Clerk',
      'A2     Chase the CCTV repair        Chair',
    ]);
    const items = meeting.items ?? [];
    expect(items.map((item) => item.title)).toEqual(['Minutes', 'Close', 'Actions arising']);
    expect(items[1]?.minutes).toBe('The Chair thanked everyone for coming.');
    expect(meeting.nextMeeting).toBe('Thursday 5 June 2025 at 10am');
    expect(items[2]?.minutes?.split('\n')[0]).toBe('| Ref | Action | Lead |');
  });

  it("is the closing note above or below the meeting's close too, never warned of as text below it", () => {
    const above = read([
      ...HEAD,
      '1. Minutes',
      'The minutes were agreed.',
      '',
      'Next meeting: Tuesday 4 March 2025 at 7pm',
      '',
      'The meeting closed at 8.10 pm.',
    ]);
    expect(above.nextMeeting).toBe('Tuesday 4 March 2025 at 7pm');
    expect(above.items?.map((item) => item.minutes)).toEqual(['The minutes were agreed.\n\nThe meeting closed at 8.10 pm.']);
    const below = read([
      ...HEAD,
      '1. Minutes',
      'The minutes were agreed.',
      '',
      'The meeting closed at 8.10 pm.',
      '',
      'Date of the next meeting: 2 April 2025, Church Room',
    ]);
    expect(below.nextMeeting).toBe('2 April 2025, Church Room');
    expect(below.items?.map((item) => item.title)).toEqual(['Minutes']);
    expect(below.warnings?.join(' ')).not.toContain('Church Room');
  });

  it('leave a heading over prose, and a next meeting named in a sentence, in the last item', () => {
    const meeting = read([
      ...HEAD,
      '1. Minutes',
      'The minutes were agreed.',
      '',
      '2. Any other business',
      'The Chair noted the date of the next meeting.',
      '',
      'ACTION LOG',
      'The action log will be circulated with the draft minutes.',
    ]);
    expect((meeting.items ?? []).map((item) => item.title)).toEqual(['Minutes', 'Any other business']);
    expect(meeting.items?.[1]?.minutes).toContain('ACTION LOG');
  });
});
