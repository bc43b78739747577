import { describe, expect, it } from 'vitest';
import { attendance as attendanceSchema, type MeetingSummary } from '../model/schema.ts';
import { attendanceName, moversSaid, votesByPerson } from './votes.ts';
import type { Entry } from './archive-data.ts';

const attendance = attendanceSchema.parse({
  present: ['A Abbott', 'Bea Barlow', 'C Cross', 'Carl Cross-Hill', 'D Dunne', 'E Dunne'],
  apologies: ['H Hurst'],
  substitutes: ['Raj Dhillon (for Ellen Carver)'],
});

describe("a vote's names matched with the attendance", () => {
  it('takes a name written as the attendance writes it, or the one member present with its surname and fitting initials', () => {
    expect(attendanceName('A Abbott', attendance)).toBe('A Abbott');
    expect(attendanceName('Abbott', attendance)).toBe('A Abbott');
    expect(attendanceName('B Barlow', attendance)).toBe('Bea Barlow');
    expect(attendanceName('Mrs Barlow', attendance)).toBe('Bea Barlow');
    expect(attendanceName('Dhillon', attendance)).toBe('Raj Dhillon (for Ellen Carver)');
    expect(attendanceName('E Dunne', attendance)).toBe('E Dunne');
  });

  it('matches no one when two members fit, the initials do not, or the member was not there', () => {
    expect(attendanceName('Dunne', attendance)).toBeNull();
    expect(attendanceName('F Barlow', attendance)).toBeNull();
    expect(attendanceName('Hurst', attendance)).toBeNull();
    expect(attendanceName('Lord Mayor', attendance)).toBeNull();
    // A surname is not part of another: "Cross" is C Cross, not Carl Cross-Hill.
    expect(attendanceName('Cross', attendance)).toBe('C Cross');
  });
});

describe("each person's votes", () => {
  const meeting = (id: string, date: string, votes: NonNullable<MeetingSummary['items'][number]['namedVotes']>): Entry<MeetingSummary> =>
    ({
      id,
      data: {
        date,
        attendance,
        items: [{ number: '4', title: 'Budget', anchor: 'item-4', committeesNamed: [], namedVotes: votes }],
      },
    }) as unknown as Entry<MeetingSummary>;
  const slugs: Record<string, string> = { 'A Abbott': 'a-abbott', 'Bea Barlow': 'bea-barlow' };

  it('lists them by person page, oldest meeting first, leaving out names that match no one', () => {
    const votes = votesByPerson(
      [
        meeting('x/council/2025-03-01', '2025-03-01', [
          { motion: 'motion', outcome: 'carried', movedBy: 'Barlow', votedFor: ['Abbott', 'Dunne'], votedAgainst: ['Barlow'] },
        ]),
        meeting('x/council/2025-01-01', '2025-01-01', [{ motion: null, outcome: 'lost', abstained: ['A Abbott'] }]),
      ],
      (name) => slugs[name] ?? null,
    );
    expect([...votes.keys()].sort()).toEqual(['a-abbott', 'bea-barlow']);
    expect(votes.get('a-abbott')).toEqual([
      {
        meeting: 'x/council/2025-01-01',
        date: '2025-01-01',
        anchor: 'item-4',
        itemNumber: '4',
        itemTitle: 'Budget',
        motion: null,
        outcome: 'lost',
        role: 'abstained',
      },
      {
        meeting: 'x/council/2025-03-01',
        date: '2025-03-01',
        anchor: 'item-4',
        itemNumber: '4',
        itemTitle: 'Budget',
        motion: 'motion',
        outcome: 'carried',
        role: 'votedFor',
      },
    ]);
    // The member who moved the motion and then voted against it: both parts, the moving first.
    expect(votes.get('bea-barlow')?.map((vote) => vote.role)).toEqual(['movedBy', 'votedAgainst']);
  });

  it("lists the proposals a member moved or seconded that were resolved with no vote recorded, after the item's votes", () => {
    const withMotion = {
      id: 'x/council/2025-02-01',
      data: {
        date: '2025-02-01',
        attendance,
        items: [
          {
            number: '5',
            title: 'Minutes',
            anchor: 'item-5',
            committeesNamed: [],
            namedVotes: [{ motion: null, outcome: 'carried', votedFor: ['Barlow'] }],
            motions: [{ motion: 'recommendations', movedBy: 'Abbott', secondedBy: 'Mrs Barlow' }],
          },
        ],
      },
    } as unknown as Entry<MeetingSummary>;
    const votes = votesByPerson([withMotion], (name) => slugs[name] ?? null);
    expect(votes.get('a-abbott')?.map(({ motion, outcome, role }) => [motion, outcome, role])).toEqual([
      ['recommendations', null, 'movedBy'],
    ]);
    expect(votes.get('bea-barlow')?.map(({ motion, outcome, role }) => [motion, outcome, role])).toEqual([
      [null, 'carried', 'votedFor'],
      ['recommendations', null, 'secondedBy'],
    ]);
  });
});

describe('the line that says who moved and seconded', () => {
  it('says what the record gives of the two, and nothing when it names neither', () => {
    expect(moversSaid({ movedBy: 'Abbott', secondedBy: 'Barlow' })).toEqual([
      { words: 'Moved by', name: 'Abbott' },
      { words: 'seconded by', name: 'Barlow' },
    ]);
    expect(moversSaid({ secondedBy: 'Barlow' })).toEqual([{ words: 'Seconded by', name: 'Barlow' }]);
    expect(moversSaid({})).toEqual([]);
  });
});
