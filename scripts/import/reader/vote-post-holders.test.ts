import { describe, expect, it } from 'vitest';
import { initialsDefined, votesOfHolders } from './vote-post-holders.ts';
import { findVotes } from './votes.ts';

describe('names in a recorded vote', () => {
  it('gives a post a side names to the member the attendance says held it, and keeps it as printed when it does not say', () => {
    const [vote] = findVotes('For: The Mayor, Cllrs Carter and Dunn. Against: Cllr Patel and the Deputy Mayor. The motion was CARRIED.');
    if (vote === undefined) throw new Error('no vote read');
    const sides = (holders: { post: string; name: string }[]) => {
      const [held] = votesOfHolders([vote], holders);
      return [held?.votedFor, held?.votedAgainst];
    };
    expect(sides([{ post: 'Mayor', name: 'Ann Holt' }])).toEqual([
      ['Ann Holt', 'Carter', 'Dunn'],
      ['Patel', 'The Deputy Mayor'],
    ]);
    expect(sides([{ post: 'Right Worshipful the Mayor', name: 'Ann Holt' }])[0]).toEqual(['Ann Holt', 'Carter', 'Dunn']);
    // No holder said, two said, or the holder on the side already: the post is kept, never guessed.
    expect(sides([{ post: 'Chairman', name: 'Ann Holt' }])[0]).toEqual(['The Mayor', 'Carter', 'Dunn']);
    const twice = [
      { post: 'Mayor', name: 'Ann Holt' },
      { post: 'Mayor', name: 'Ben Carter' },
    ];
    expect(sides(twice)[0]).toEqual(['The Mayor', 'Carter', 'Dunn']);
    expect(sides([{ post: 'Mayor', name: 'Cara Dunn' }])[0]).toEqual(['The Mayor', 'Carter', 'Dunn']);
  });

  it('gives a post named as mover or seconder to its holder, kept as printed when the holder is not said or seconds too', () => {
    const moved = { movedBy: 'The Mayor', secondedBy: 'Ives' };
    expect(votesOfHolders([moved], [{ post: 'Mayor', name: 'Ann Holt' }])).toEqual([{ movedBy: 'Ann Holt', secondedBy: 'Ives' }]);
    expect(votesOfHolders([moved], [{ post: 'Chair', name: 'Ann Holt' }])).toEqual([moved]);
    expect(votesOfHolders([moved], [{ post: 'Mayor', name: 'Jo Ives' }])).toEqual([moved]);
    const twice = [
      { post: 'Mayor', name: 'Ann Holt' },
      { post: 'Mayor', name: 'Kit Lowe' },
    ];
    expect(votesOfHolders([moved], twice)).toEqual([moved]);
  });

  it("gives a member's post named as mover or seconder to the one member the attendance gives it, and keeps it otherwise", () => {
    const moved = { movedBy: 'The Leader', secondedBy: 'The Cabinet Member for Housing' };
    const holders = [
      { post: 'Leader of the Council', name: 'R Okafor' },
      { post: 'Cabinet Member for Housing', name: 'T Lee' },
    ];
    expect(votesOfHolders([moved], holders)).toEqual([{ movedBy: 'R Okafor', secondedBy: 'T Lee' }]);
    // Two holders, another group's leader, or a subject worded otherwise: no one is guessed.
    const twice = [...holders, { post: 'Leader', name: 'Sam Ruddle' }];
    expect(votesOfHolders([moved], twice)).toEqual([{ movedBy: 'The Leader', secondedBy: 'T Lee' }]);
    const others = [
      { post: 'Leader of the Red Group', name: 'R Okafor' },
      { post: 'Cabinet Member for Housing and Planning', name: 'T Lee' },
    ];
    expect(votesOfHolders([moved], others)).toEqual([moved]);
    // A side's "Leader" may be a surname: only a mover's post is given to its holder.
    expect(votesOfHolders([{ votedFor: ['Leader', 'Ash'] }], holders)).toEqual([{ votedFor: ['Leader', 'Ash'] }]);
  });
});

describe('recorded votes with their names', () => {
  it('names movers printed as initials by the members the record defines them for, and no one for initials it does not define', () => {
    const present = [
      'Present: Cllrs Maud Tilling (MT) Chair, Owen Rudd (OR), Pippa Q Vane (PQV)',
      'In attendance: Mr Lionel Dart (Clerk)',
      'Apologies: Cllr Hetty Brand (LD) and Cllr Tom Saye',
    ];
    const defined = initialsDefined(present);
    // "(LD)" is no initials of Hetty Brand's (a party's letters, say): it defines nothing.
    expect([...defined]).toEqual([
      ['MT', 'Maud Tilling'],
      ['OR', 'Owen Rudd'],
      ['PQV', 'Pippa Q Vane'],
    ]);
    const [vote] = findVotes('The hedge quote of £640 was accepted. Proposed MT, seconded PQV. All in favour.');
    // The vote reader reads the vote; the initials name no one until the record's definitions give them names.
    expect(vote).toMatchObject({ outcome: 'carried', unanimous: true });
    expect(vote?.movedBy).toBeUndefined();
    expect(votesOfHolders(vote === undefined ? [] : [vote], [], defined)[0]).toMatchObject({
      movedBy: 'Maud Tilling',
      secondedBy: 'Pippa Q Vane',
    });
    // "TS" is defined nowhere (Tom Saye has no initials printed): the seconder stays not stated, never guessed.
    const [other] = findVotes('The bench was ordered. Proposed OR, seconded TS. Unanimous.');
    const [held] = votesOfHolders(other === undefined ? [] : [other], [], defined);
    expect(held?.movedBy).toBe('Owen Rudd');
    expect(held?.secondedBy).toBeUndefined();
    // Those who voted against named by initials after the counts are the members the initials stand for; undefined ones stay.
    const [counted] = findVotes(
      'Resolved to order a grit bin. Proposed OR, seconded MT. 3 for, 2 against. Cllrs PQV and TS voted against.',
    );
    expect(counted).toMatchObject({ for: 3, against: 2, votedAgainst: ['PQV', 'TS'] });
    expect(votesOfHolders(counted === undefined ? [] : [counted], [], defined)[0]).toMatchObject({
      movedBy: 'Owen Rudd',
      secondedBy: 'Maud Tilling',
      votedAgainst: ['Pippa Q Vane', 'TS'],
    });
    // Initials defined for two members stand for neither.
    expect(initialsDefined(['Cllr Ann Boyd (AB), Cllr Alan Bright (AB)']).size).toBe(0);
  });
});

describe('a meeting whose movers are printed as initials', () => {
  it('names the movers the attendance defines the initials of', async () => {
    const { readMeeting } = await import('./meeting.ts');
    const lines = [
      'Thornleigh Parish Council',
      'Minutes of the meeting held on Monday 7 April 2025',
      'Present: Cllrs Maud Pell (MP) Chair, Owen Rudd (OR), Gita Shah (GS)',
      '',
      '25/40 Bench repairs: resolved to accept the quote of £320. Proposed OR, seconded GS. All in favour.',
      '25/41 Hedge cutting: resolved to ask the contractor to cut in September. Proposed MP, seconded XY. Carried 2–1.',
    ];
    const votes = (readMeeting(lines, {}, lines.join('\n')).items ?? []).map((item) => item.votes?.[0]);
    expect(votes.map((vote) => [vote?.movedBy ?? null, vote?.secondedBy ?? null])).toEqual([
      ['Owen Rudd', 'Gita Shah'],
      ['Maud Pell', null],
    ]);
  });
});
