import { describe, expect, it } from 'vitest';
import { isProcedureSentence } from './procedure.ts';

describe('sentences of procedure', () => {
  it('knows a break, the chair moving on and a vote taken, however worded', () => {
    const procedure = [
      'The meeting adjourned at 8.15 pm and reconvened at 8.25 pm.',
      'The Committee was adjourned at 7.50pm.',
      'The Panel reconvened at 8.05 pm.',
      'The Chair moved to the next item.',
      'The Chairman then proceeded to the following item of business.',
      'Members then voted on the recommendation.',
      'Councillors voted.',
    ];
    expect(procedure.filter((sentence) => !isProcedureSentence(sentence))).toEqual([]);
  });

  it('leaves a decision to break, a chair moving a motion and a decision naming the next meeting', () => {
    const decided = [
      'That the meeting be adjourned for 10 minutes.',
      'The Chair moved the recommendations in the report.',
      'The Committee asks for a further report at its next meeting.',
      'Members voted against the proposal by 5 votes to 2, and asked the Clerk to write to the owner.',
    ];
    expect(decided.filter(isProcedureSentence)).toEqual([]);
  });
});
