/**
 * Movers printed as initials that the record never defines ("Proposed: DR  Seconded: EA"): the one member present whose
 * initials they are, or no one and a warning naming them and their line.
 */
import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';

const meeting = (present: string, item: string[]) => {
  const lines = [
    'WESTHOPE PARISH COUNCIL',
    'Minutes of the meeting of the Parish Council held at the Reading Room on 3 June 2025 at 7.30pm',
    '',
    present,
    '',
    '1. Grit bins',
    ...item,
    '',
    '2. Close',
    'The meeting closed at 8.40pm.',
  ];
  return readMeeting(lines, {}, lines.join('\n'));
};

describe('movers printed as initials the record never defines', () => {
  it('are the one member present whose initials they are', () => {
    const read = meeting('Present: Cllr Dora Rudge (Chair), Cllr E Aske, Cllr Tom Ling', [
      'Proposed: DR  Seconded: EA',
      'RESOLVED to buy two grit bins.',
    ]);
    expect(read.items?.[0]?.motions).toMatchObject([{ movedBy: 'Dora Rudge', secondedBy: 'E Aske' }]);
    // Another wording, a vote after the movers: the same rule names its movers.
    const voted = meeting('Present: Councillors D Rudge, E Aske and T Ling', [
      'Prop TL, sec DR. 2 for, 1 against.',
      'RESOLVED to buy two grit bins.',
    ]);
    expect(voted.items?.[0]?.votes).toMatchObject([{ for: 2, against: 1, movedBy: 'T Ling', secondedBy: 'D Rudge' }]);
    expect(voted.warnings?.join('\n') ?? '').not.toMatch(/initials/);
  });

  it('name no one where several members present or none have them, and are warned of with their line', () => {
    const read = meeting('Present: Cllr Dora Rudge (Chair), Cllr Dan Rook, Cllr E Aske', [
      'Proposed: DR  Seconded: EA',
      'RESOLVED to buy two grit bins.',
    ]);
    const [motion] = read.items?.[0]?.motions ?? [];
    expect(motion?.movedBy).toBeUndefined();
    expect(motion?.secondedBy).toBe('E Aske');
    const warned = read.warnings?.join('\n') ?? '';
    expect(warned).toMatch(/"DR".*Dora Rudge.*Dan Rook/);
    expect(warned).toContain('Proposed: DR Seconded: EA');
    const none = meeting('Present: Cllr Dora Rudge (Chair), Cllr E Aske', [
      'Prop PW, sec EA. 2 for, 0 against.',
      'RESOLVED to buy two grit bins.',
    ]);
    expect(none.items?.[0]?.votes?.[0]?.movedBy).toBeUndefined();
    expect(none.warnings?.join('\n') ?? '').toMatch(/"PW".*no member/);
  });
});
