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

describe('a motion whose movers are initials that name no one', () => {
  it('is left out, never a motion naming neither mover nor seconder, and its line is warned of', () => {
    const read = meeting('Present: Cllr Dora Rudge (Chair), Cllr E Aske', [
      'RESOLVED to give £50 to the village show. Proposed PW, seconded KT.',
    ]);
    const motions = read.items?.[0]?.motions ?? [];
    expect(motions.filter((motion) => motion.movedBy === undefined && motion.secondedBy === undefined)).toEqual([]);
    expect(read.items?.[0]?.resolutions).toEqual(['to give £50 to the village show.']);
    const warned = read.warnings?.join('\n') ?? '';
    expect(warned).toMatch(/item 1: the mover's initials "PW" in "Proposed PW, seconded KT\." match no member/);
    expect(warned).toMatch(/the seconder's initials "KT"/);
    // One of the two named: the motion is kept with that one.
    const half = meeting('Present: Cllr Dora Rudge (Chair), Cllr E Aske', [
      'RESOLVED to give £50 to the village show. Proposed PW, seconded EA.',
    ]);
    expect(half.items?.[0]?.motions).toMatchObject([{ secondedBy: 'E Aske' }]);
  });
});

describe("a member's initials printed after the name in the present list", () => {
  it('are the initials, off the name, when they are the name’s own', () => {
    const read = meeting('Present: Cllrs Meg Parry (Chair) MP, Ivor Hale IH, Tomos Pugh TP', [
      'RESOLVED to buy two grit bins. Proposed IH, seconded TP.',
    ]);
    expect(read.attendance?.present).toEqual(['Meg Parry', 'Ivor Hale', 'Tomos Pugh']);
    expect(read.items?.[0]?.motions).toMatchObject([{ movedBy: 'Ivor Hale', secondedBy: 'Tomos Pugh' }]);
    expect(read.warnings?.join('\n') ?? '').not.toMatch(/initials/);
  });

  it('are the initials, whatever letters, when the record names its movers by initials', () => {
    const read = meeting('Councillors present: Peter Ellery PE (Chairman), William Orme BO, Janet Quill JQ.', [
      'RESOLVED: to obtain two quotes. Prop: BO Sec: JQ.',
    ]);
    expect(read.attendance?.present).toEqual(['Peter Ellery', 'William Orme', 'Janet Quill']);
    expect(read.items?.[0]?.motions).toMatchObject([{ movedBy: 'William Orme', secondedBy: 'Janet Quill' }]);
  });

  it('stay where they are no initials of the name and the record names no mover by initials', () => {
    const read = meeting('Present: Cllr Dora Rudge (Chair), Cllr Ann Holt MBE, Cllr Tom Ling', [
      'RESOLVED to buy two grit bins. Proposed by Cllr Ling, seconded by Cllr Rudge.',
    ]);
    expect(read.attendance?.present).toContain('Ann Holt MBE');
  });
});

describe('a movement stated by initials', () => {
  it.each([
    {
      present: 'Present: Cllrs Meg Parry (Chair) MP, Ivor Hale IH, Tomos Pugh TP',
      item: [
        'TP left the room. It was resolved to support the application. Proposed MP, seconded IH.',
        '4 for, 1 abstention. TP returned.',
      ],
      member: 'Tomos Pugh',
    },
    {
      present: 'Councillors present: Peter Ellery PE (Chairman), Simon Thorne ST.',
      item: ['ST left the meeting at 8.05pm and returned at 8.20pm.', 'RESOLVED: to obtain two quotes. Prop: ST Sec: PE.'],
      member: 'Simon Thorne',
    },
  ])('is the member whose initials they are, where the record names members by initials ($member)', ({ present, item, member }) => {
    expect(meeting(present, item).attendance?.movements).toMatchObject([
      { person: member, movement: 'left' },
      { person: member, movement: 'returned' },
    ]);
  });

  it('is no one where the record never names members by initials', () => {
    const read = meeting('Present: Cllr Tomos Pugh, Cllr Ivor Hale', ['TP left the room. It was resolved to support the application.']);
    expect(read.attendance?.movements).toBeUndefined();
  });
});
