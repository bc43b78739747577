import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';

/** A parish's minutes with a public session under its own heading above the first numbered item. */
const minutes = (heading: string, session: string[]) => [
  'ASHCOMBE PARISH COUNCIL',
  '',
  'Minutes of the Parish Council Meeting held on Tuesday 3rd June 2025 at 7.00pm at Ashcombe Village Hall',
  '',
  'Present: Cllr Nora Pell (Chairman), Cllr Owen Rudd, Cllr Tess Vane',
  'In attendance: Ruth Penn (Clerk), 4 members of the public',
  '',
  heading,
  ...session,
  '',
  '25/040 Apologies for absence',
  'None.',
  '',
  '25/041 Play Area',
  'RESOLVED: to accept the quote from Swingwell Ltd.',
];

const read = (lines: string[]) => readMeeting(lines, {}, lines.join('\n'));

describe('a public session under its heading above the first item', () => {
  it("is kept after the first item's text, heading and all, and said so, not warned of as prose; items and attendance as they were", () => {
    const session = [
      'The meeting was adjourned for the public session at 7.00pm.',
      '- A resident asked when the bus shelter on Mill Road would be repaired.',
      'The meeting was reconvened at 7.12pm.',
    ];
    const meeting = read(minutes('PUBLIC PARTICIPATION', session));
    expect(meeting.items?.map((item) => [item.number, item.title])).toEqual([
      ['25/040', 'Apologies for absence'],
      ['25/041', 'Play Area'],
    ]);
    expect(meeting.items?.[0]?.minutes).toMatch(/^None\.\n\nPUBLIC PARTICIPATION\\?\n[^]*bus shelter on Mill Road/);
    expect(meeting.warnings?.filter((warning) => warning.includes('was not read'))).toEqual([]);
    expect(meeting.warnings).toContain(
      'the public session above the first item ("PUBLIC PARTICIPATION") is kept at the end of the text of item 25/040, as no field holds it',
    );
    expect(meeting.attendance?.present).toEqual(['Nora Pell', 'Owen Rudd', 'Tess Vane']);
  });

  it('reads "Public Forum:" in mixed case the same, with a paragraph of prose under it', () => {
    const session = ['Two residents spoke about speeding on the Green and asked for a', 'traffic survey; the Chairman thanked them.'];
    const meeting = read(minutes('Public Forum:', session));
    expect(meeting.items).toHaveLength(2);
    expect(meeting.items?.[0]?.minutes).toContain('traffic survey');
    expect(meeting.warnings?.filter((warning) => warning.includes('was not read'))).toEqual([]);
  });
});
