import { describe, expect, it } from 'vitest';
import { passedAsProposed } from './decision-clerk-forms.ts';

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
