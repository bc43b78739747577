import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('a decision whose first lettered part follows "That" on the marker\'s line, the next part after a blank line', () => {
  it('reads "(a)" and "(b)" as parts, never cutting "; and (b)"', () => {
    const text = [
      'RESOLVED - That (a) the swings at Elm Park and Ash Green be replaced at an',
      'estimated cost of £42,000; and',
      '',
      '(b) a decision on the Mill Lane play area be deferred',
      'pending a survey.',
    ].join('\n');
    expect(findDecisions(text)).toEqual([
      'That the swings at Elm Park and Ash Green be replaced at an estimated cost of £42,000',
      'That a decision on the Mill Lane play area be deferred pending a survey.',
    ]);
  });

  it('reads "that:- (i)" with "(ii)" and "(iii)" so, in other words', () => {
    const text = [
      'It was RESOLVED that:- (i) the grant of £5,000 to Fernby Scouts be approved;',
      '',
      '(ii) the Clerk write to the applicant; and',
      '',
      '(iii) the grant be reviewed in March.',
    ].join('\n');
    expect(findDecisions(text)).toEqual([
      'that the grant of £5,000 to Fernby Scouts be approved',
      'that the Clerk write to the applicant',
      'that the grant be reviewed in March.',
    ]);
  });
});
