import { describe, expect, it } from 'vitest';
import { withDecisionTables } from './decision-table.ts';

describe("a table of decisions inside an item: No. | Subject | Officer Recommendation | Members' Decision", () => {
  it('writes each row out as a resolution, its subject and its decision cell, wrapped lines joined', () => {
    const text = [
      'The Director presented these matters.',
      '',
      "No.  Subject              Officer Recommendation     Members' Decision",
      '---  -------------------  -------------------------  ----------------------',
      '1    Electric vans        That four vans be leased.  Agreed.',
      '     for the depot',
      '2    Tyre contract        That the contract be let   Proposed by Councillor',
      '                          to the lowest bidder.      Orr, seconded by',
      '                                                     Councillor Pym, and',
      '                                                     agreed to retender.',
      '',
      'The Committee thanked the Director.',
    ].join('\n');
    expect(withDecisionTables(text).split('\n')).toEqual([
      'The Director presented these matters.',
      '',
      '',
      'Resolution: Electric vans for the depot – Agreed.',
      '',
      'Resolution: Tyre contract – Proposed by Councillor Orr, seconded by Councillor Pym, and agreed to retender.',
      '',
      '',
      'The Committee thanked the Director.',
    ]);
  });

  it('leaves a table with no decision column as it is', () => {
    const text = ['Site           Ward        Status', '-------------  ----------  --------', 'Mill Lane      North       Open'].join('\n');
    expect(withDecisionTables(text)).toBe(text);
  });
});
