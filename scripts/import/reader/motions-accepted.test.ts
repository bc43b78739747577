/**
 * An amendment the motion's mover accepted into the motion, the motion as amended then put to a vote: the amendment is
 * a proposal of its own, decided by being taken into the motion with no vote of its own; the vote is the motion's.
 */
import { describe, expect, it } from 'vitest';
import { findVotesAndMotions } from './votes.ts';

describe('an amendment accepted into the motion before the vote', () => {
  it('is kept as a moved amendment when the mover of the motion accepted it', () => {
    const text = [
      'The following motion was moved by Councillor Thorne and seconded by Councillor Vickers:',
      '',
      '"This Council calls on the bus operator to restore the Sunday service to Lowbridge."',
      '',
      'An amendment was moved by Councillor Wragg and seconded by Councillor Yeo to add "and to consult',
      'the parish councils on the timetable."',
      '',
      'The mover of the original motion accepted the amendment, with the consent of the seconder, and',
      'it was incorporated into the motion.',
      '',
      'The motion as amended was then put to the vote and CARRIED unanimously.',
    ].join('\n');
    const { votes, motions } = findVotesAndMotions(text);
    expect(votes).toMatchObject([{ outcome: 'carried', movedBy: 'Thorne', secondedBy: 'Vickers', unanimous: true }]);
    expect(motions).toMatchObject([{ motion: 'amendment', movedBy: 'Wragg', secondedBy: 'Yeo' }]);
    expect(motions[0]?.text).toContain('accepted the amendment');
  });

  it('is kept so when the record says the proposer agreed to accept it, the vote counted', () => {
    const text = [
      'Councillor Ambler proposed, seconded by Councillor Birtles, that the skate park be built at Kings Field.',
      'Councillor Crane moved an amendment that lighting be limited to 8pm, seconded by Councillor Dyer.',
      'Councillor Ambler agreed to accept the amendment.',
      'The amended proposal was put to the vote: 9 for, 2 against. CARRIED.',
    ].join('\n');
    const { votes, motions } = findVotesAndMotions(text);
    expect(votes).toMatchObject([{ outcome: 'carried', for: 9, against: 2, movedBy: 'Ambler', secondedBy: 'Birtles' }]);
    expect(motions).toMatchObject([{ motion: 'amendment', movedBy: 'Crane', secondedBy: 'Dyer' }]);
  });
});
