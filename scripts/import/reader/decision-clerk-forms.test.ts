import { describe, expect, it } from 'vitest';
import { passedAsProposed, sentences } from './decision-clerk-forms.ts';

describe('passedAsProposed', () => {
  it('passes a proposal moved or seconded by a member named Fell: the name is no motion that fell', () => {
    expect(passedAsProposed(['It was proposed by Cllr Fell and seconded by Cllr Hart that the new bench be bought.'], 0)).toBe(true);
    expect(
      passedAsProposed(['It was moved by Councillor Ray Amos, seconded by Councillor Ann Fell, that the hedge be cut in April.'], 0),
    ).toBe(true);
  });

  it('does not pass a proposal the record says fell, was lost or was amended', () => {
    const proposal = 'It was proposed by Cllr Ord and seconded by Cllr Pike that the grant be £900.';
    expect(passedAsProposed([proposal, 'The motion fell.'], 0)).toBe(false);
    expect(passedAsProposed([proposal, 'THE MOTION FELL.'], 0)).toBe(false);
    expect(passedAsProposed([proposal, 'An amendment was moved by Cllr Rook.'], 0)).toBe(false);
    expect(passedAsProposed([proposal], 0)).toBe(true);
  });
});

describe('sentences', () => {
  it("reads a run of initials with stops as a name's or a firm's, ending no sentence", () => {
    expect(sentences('Payments:- Rent £90.00\nS.W. Fencing Ltd £420.00\nProposed Mr Dane and agreed.')).toEqual([
      'Payments:- Rent £90.00 S.W. Fencing Ltd £420.00 Proposed Mr Dane and agreed.',
    ]);
    expect(sentences('A letter from J.R.T. Holdings Ltd was read. The Clerk replied.')).toEqual([
      'A letter from J.R.T. Holdings Ltd was read.',
      'The Clerk replied.',
    ]);
  });

  it('still ends a sentence at a stop after a word, before an initialled name', () => {
    expect(sentences('The grant was paid. J.W. Ward attended.')).toEqual(['The grant was paid.', 'J.W. Ward attended.']);
  });
});
