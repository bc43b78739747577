import { describe, expect, it } from 'vitest';
import { findVotes } from './votes.ts';

/** A recorded vote whose sides list members in groups by title, each group parted by a semicolon, as Northern Irish councils print them. */
describe('a recorded vote whose sides list members by title in groups parted by semicolons', () => {
  it('reads every titled group of each side as names, with the counts in brackets', () => {
    const text = [
      'A recorded vote was taken, the result being:',
      '',
      'FOR (6)         Aldermen Quigley and Rafferty; Councillors Devine, Lowry,',
      '                Magee and Toner',
      'AGAINST (2)     Alderman Kerr; Councillor McFall',
      'ABSTAIN (0)',
      '',
      'The Chair declared the motion carried.',
    ].join('\n');
    const [vote] = findVotes(text);
    expect(vote).toMatchObject({
      outcome: 'carried',
      for: 6,
      against: 2,
      abstentions: 0,
      votedFor: ['Quigley', 'Rafferty', 'Devine', 'Lowry', 'Magee', 'Toner'],
      votedAgainst: ['Kerr', 'McFall'],
    });
  });

  it('reads groups worded with a colon and "the Mayor" as an entry of its own', () => {
    const text = [
      'Upon a recorded vote being taken:',
      'For (4): Alderman Nesbitt; Councillors Orr, Pollock and the Mayor',
      'Against (3): Aldermen Gault and Hanley; Councillor Ives',
      'The amendment was therefore carried.',
    ].join('\n');
    const [vote] = findVotes(text);
    expect(vote).toMatchObject({
      for: 4,
      against: 3,
      votedFor: ['Nesbitt', 'Orr', 'Pollock', 'The Mayor'],
      votedAgainst: ['Gault', 'Hanley', 'Ives'],
    });
  });
});
