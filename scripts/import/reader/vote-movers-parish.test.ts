/**
 * Parish minutes' movers and votes: an amendment's mover and seconder in two wordings, "Proposed A, seconded B." with
 * a tally and no outcome word in an item that resolved, and the shorthand "Prop. A, sec. B" and "Prop: A Sec: B".
 */
import { describe, expect, it } from 'vitest';
import { findVotesAndMotions } from './votes.ts';

const read = (lines: string[]) => findVotesAndMotions(lines.join('\n'));
const movers = (vote: { movedBy?: string | undefined; secondedBy?: string | undefined } | undefined) => [
  vote?.movedBy ?? null,
  vote?.secondedBy ?? null,
];

describe("an amendment's mover and seconder", () => {
  it('reads "Cllr A moved an amendment, seconded by Cllr B, that …" and "An amendment was moved by Cllr A and seconded by Cllr B"', () => {
    const first = read(['Cllr Quarry moved an amendment, seconded by Cllr Orme, that the grant be halved.', 'The amendment was lost.']);
    const second = read([
      'An amendment was moved by Cllr Quarry and seconded by Cllr Orme that the grant be halved.',
      'The amendment fell.',
    ]);
    for (const { votes } of [first, second]) {
      expect(votes).toMatchObject([{ motion: 'amendment', outcome: 'lost', movedBy: 'Quarry', secondedBy: 'Orme' }]);
    }
  });
});

describe('"Proposed A, seconded B." then a tally with no outcome word', () => {
  it('is the vote of the decision the item records after it, in the words of the clerk', () => {
    const { votes } = read(['Proposed Cllr Thwaite, seconded Cllr Ibbot. 3 for, 2 against.', 'The tree survey quote was agreed.']);
    expect(votes).toMatchObject([{ outcome: 'carried', for: 3, against: 2, movedBy: 'Thwaite', secondedBy: 'Ibbot' }]);
    expect(votes[0]?.text).not.toMatch(/carried/i);
    const other = read(['Proposed by Cllr Ibbot, seconded by Cllr Thwaite, 4 in favour, 0 against.', 'It was agreed to renew the lease.']);
    expect(other.votes).toMatchObject([{ outcome: 'carried', for: 4, against: 0, movedBy: 'Ibbot', secondedBy: 'Thwaite' }]);
  });

  it('is no vote where the item decides nothing: the movers are kept as a motion, the counts in its words', () => {
    const { votes } = read(['Proposed Cllr Thwaite, seconded Cllr Ibbot. 3 for, 2 against.', 'The clerk will write to the owner.']);
    expect(votes).toEqual([]);
  });
});

describe('mover shorthand', () => {
  it('reads "Prop. Cllr A, sec. Cllr B." before a tally and a resolution as the vote\'s movers', () => {
    const { votes } = read(['Prop. Cllr Yarrow, sec. Cllr Gale. 4 in favour, 1 against.', 'RESOLVED that the report be noted.']);
    expect(votes.map(movers)).toEqual([['Yarrow', 'Gale']]);
    const upper = read(['PROP. Cllr Yarrow; SEC. Cllr Gale. 4 for, 1 against.', 'RESOLVED to buy a bench.']);
    expect(upper.votes.map(movers)).toEqual([['Yarrow', 'Gale']]);
  });

  it('reads "Prop: A Sec: B" over a resolution as the motion\'s movers, no label taken into a name', () => {
    const { motions } = read(['Prop: Yarrow Sec: Gale', 'RESOLVED to buy two benches.']);
    expect(motions.map(movers)).toEqual([['Yarrow', 'Gale']]);
    const titled = read(['Prop: Cllr Yarrow  Sec: Cllr Gale', 'RESOLVED to buy two benches.']);
    expect(titled.motions.map(movers)).toEqual([['Yarrow', 'Gale']]);
  });
});

describe('shorthand movers with no stop and no title', () => {
  it('reads "prop Cllr A sec Cllr B" in lower case, the names run on with no stop, as the movers', () => {
    const { motions } = read(['The minutes of 2nd April were approved as a correct record, prop Cllr Dacre sec Cllr Whin, and signed.']);
    expect(motions.map(movers)).toEqual([['Dacre', 'Whin']]);
    const other = read(['prop Cllr Hobb sec Cllr Fenn', 'RESOLVED to accept the grass cutting quote.']);
    expect(other.motions.map(movers)).toEqual([['Hobb', 'Fenn']]);
  });

  it('reads "Prop A, sec B, all agreed" (bare surnames) as a vote carried unanimously with its movers', () => {
    const { votes } = read(['Payments approved: total £412.10. Prop Dacre,', 'sec Whin, all agreed.']);
    expect(votes).toMatchObject([{ outcome: 'carried', unanimous: true }]);
    expect(votes.map(movers)).toEqual([['Dacre', 'Whin']]);
    const other = read(['Bench order placed. Prop Hobb sec Fenn, all in favour.']);
    expect(other.votes.map(movers)).toEqual([['Hobb', 'Fenn']]);
  });

  it('takes no bare word after "prop" or "sec" as a name without the other shorthand beside it', () => {
    expect(read(['The prop Room was booked; sec Road closed.']).motions).toEqual([]);
  });
});

describe('a mover named with an honorific and no "by"', () => {
  it('reads "(Moved Mr A, seconded Cllr B; 6 for, …)" and "Proposed Mrs A, seconded Dr B." as the movers', () => {
    const { votes } = read([
      'Approved with a condition for bat boxes. (Moved Mr Garth, seconded Cllr Ibbs;',
      '5 for, 0 against, 1 abstention.)',
    ]);
    expect(votes.map(movers)).toEqual([['Mr Garth', 'Ibbs']]);
    const other = read(['Proposed Mrs Tarn, seconded Dr Kell. 4 for, 1 against.', 'RESOLVED that the fence be replaced.']);
    expect(other.votes.map(movers)).toEqual([['Mrs Tarn', 'Dr Kell']]);
  });
});

describe('"(Unanimous.)" after a decision', () => {
  it('is a vote carried unanimously, the stop inside the brackets or out', () => {
    const decision = read(['Decision: Refused for the reasons in the report. (Unanimous.)']);
    expect(decision.votes).toMatchObject([{ outcome: 'carried', unanimous: true, for: null, against: null }]);
    const resolved = read(['RESOLVED that the hedge be cut in March. (Nem con.)']);
    expect(resolved.votes).toMatchObject([{ outcome: 'carried', against: 0 }]);
  });
});
