/**
 * Decisions printed as a list's entries, its subject, a dash and the outcome: bulleted, numbered or lettered alike.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('entries that end with a dash and their outcome', () => {
  it('reads numbered entries as the bulleted ones are read', () => {
    const numbered = ['Requests from residents:', '1. Bench at the green - not approved', '2. Notice board by the shop - agreed'].join(
      '\n',
    );
    const bulleted = numbered.replace('1. ', '- ').replace('2. ', '• ');
    const read = ['Bench at the green - not approved', 'Notice board by the shop - agreed'];
    expect(findDecisions(bulleted)).toEqual(read);
    expect(findDecisions(numbered)).toEqual(read);
  });

  it('reads lettered entries, a reason after the outcome kept, an entry with no outcome left as text', () => {
    const lettered = [
      'The panel looked at three bids.',
      '(a) Litter pick kit (£120) – approved',
      '(b) Christmas tree lights (£640) – refused, no quote attached',
      '(c) Minibus hire – to come back in May',
    ].join('\n');
    expect(findDecisions(lettered)).toEqual([
      'Litter pick kit (£120) – approved',
      'Christmas tree lights (£640) – refused, no quote attached',
    ]);
  });

  it("reads no application's line: its outcome is the planning authority's decision, reported", () => {
    const decided = [
      'Decisions notified by the district:',
      '1. 25/0117/FUL – Garage, 2 Mill Lane – approved',
      '2. 25/0140/HH – Porch, 8 Kiln Row – refused',
    ];
    expect(findDecisions(decided.join('\n'))).toEqual([]);
    expect(findDecisions(decided.map((line) => line.replace(/^\d\. /, '- ')).join('\n'))).toEqual([]);
  });
});
