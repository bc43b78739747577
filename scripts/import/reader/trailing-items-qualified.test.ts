import { describe, expect, it } from 'vitest';
import { spaceTables } from '../formats/text-tables.ts';
import { readMeeting } from './meeting.ts';

/** A meeting read as the importer reads a text: its space-aligned tables parted first. */
function read(lines: string[]) {
  const text = spaceTables(lines.join('\n'));
  return readMeeting(text.split('\n'), {}, text);
}

const HEAD = ['Fernley Safer Streets Board', '', 'Minutes of the meeting held on 3 April 2025', ''];
const LAST = ['1. Minutes', 'Agreed.', '', '2. Any other business', 'The Chair thanked the wardens.', ''];

describe('an action log whose heading says which actions it lists', () => {
  it('is an item of its own after the last item, and warned of, whatever its heading adds in brackets or after a dash', () => {
    for (const heading of ['ACTION LOG (open actions)', 'Actions arising - carried forward']) {
      const meeting = read([
        ...HEAD,
        ...LAST,
        'Date of next meeting: Thursday 3 July 2025, 10:00.',
        '',
        heading,
        'Ref      Action                        Owner      Due',
        'FS/25/1  Survey the underpass lights   P. Odell   May 2025',
        'FS/25/2  Report on the cycle thefts    J. Rhee    Jul 2025',
      ]);
      const items = meeting.items ?? [];
      expect(items.map((item) => [item.number, item.title])).toEqual([
        ['1', 'Minutes'],
        ['2', 'Any other business'],
        [null, heading],
      ]);
      expect(items[1]?.minutes).toBe('The Chair thanked the wardens.');
      expect(items[2]?.minutes?.split('\n')[0]).toBe('| Ref | Action | Owner | Due |');
      expect(meeting.warnings?.join(' ')).toContain(`"${heading}"`);
    }
  });
});
