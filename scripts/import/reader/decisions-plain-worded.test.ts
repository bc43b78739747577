/**
 * Decisions worded plainly: a body named by its initials ("The CC agreed to …", "The SACRE agreed to …"), a ruling in
 * capitals after "was" ("The request was GRANTED …"), and what only
 * looks like one ("Carried forward.", an officer's initials, a view agreed in discussion).
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('a body named by its initials deciding', () => {
  it('reads "The CC agreed to …" and "The PC resolved that …" as decisions', () => {
    expect(findDecisions('Three bids had come in. The CC agreed to award £300 to the Brae Gala and £200 to the Toddlers.')).toEqual([
      'The CC agreed to award £300 to the Brae Gala and £200 to the Toddlers.',
    ]);
    expect(findDecisions('The PC resolved that the bench be moved to the green.')).toEqual([
      'The PC resolved that the bench be moved to the green.',
    ]);
  });

  it('reads a SACRE, with "The" or without, as the body deciding', () => {
    expect(findDecisions('The SACRE agreed to ask the council for a budget of £4,000.')).toEqual([
      'The SACRE agreed to ask the council for a budget of £4,000.',
    ]);
    expect(findDecisions('SACRE agreed to write to every secondary school.')).toEqual(['SACRE agreed to write to every secondary school.']);
  });

  it("reads no officer's initials, and no view agreed on, as a body's decision", () => {
    expect(findDecisions('The RFO agreed to circulate the bank statements.')).toEqual([]);
    expect(findDecisions('The PCSO agreed to patrol the school gates.')).toEqual([]);
    expect(findDecisions('The CC agreed that the hall was in poor repair.')).toEqual([]);
  });
});

describe('a ruling in capitals after "was"', () => {
  it('reads GRANTED and REFUSED as the decision, the sentence whole', () => {
    expect(findDecisions('Votes were taken by group.\n\nThe determination was GRANTED for two years from 1 April 2025.')).toEqual([
      'The determination was GRANTED for two years from 1 April 2025.',
    ]);
    expect(findDecisions('The request for a later licence was REFUSED.')).toEqual(['The request for a later licence was REFUSED.']);
  });

  it('reads the same words in lower case, a permission another body gave, as no decision', () => {
    expect(findDecisions('Planning permission was granted by the district council in May.')).toEqual([]);
  });
});

describe('what is no decision', () => {
  it('reads "Carried forward." and "Carried over." as a status, no outcome', () => {
    expect(findDecisions('3.2 Gritting of the hill road – Cllr Kerr to follow up.\nCarried forward.')).toEqual([]);
    expect(findDecisions('Footpath signs: no reply yet. Carried over to the next meeting.')).toEqual([]);
  });

  it('reads a question asked about an approval as none', () => {
    expect(findDecisions('Cllr Oxley asked whether the new boiler had been approved by the trustees.')).toEqual([]);
    expect(findDecisions('A resident queried if the hedge works were agreed with the landowner.')).toEqual([]);
  });
});

describe('an action label on its own line above a decision', () => {
  it('is a sentence of its own, never the opening of the decision under it', () => {
    expect(findDecisions('Verge reported.\n\nAction: Cllr Hume\n\nGrit bins: the council agreed to buy two more at £90 each.')).toEqual([
      'Grit bins: the council agreed to buy two more at £90 each.',
    ]);
    expect(findDecisions('Lamp out on Mill Row.\n\nAction by: Clerk\n\nThe PC resolved that the lamp be replaced.')).toEqual([
      'The PC resolved that the lamp be replaced.',
    ]);
  });
});
