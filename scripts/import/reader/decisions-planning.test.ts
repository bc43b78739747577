/** A planning item's comments on its applications as its decisions: see decisions-planning.ts. */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('planning comments', () => {
  const listed = [
    'The following applications were considered:',
    '25/0418/HH – 3 Quarry Row, Tolvaddon – rear porch. No objection.',
    '25/0431/FUL – Land off Chapel Hill – two holiday lets. Objection – overdevelopment and parking.',
    '25/0440/LBC – The Old Forge – replacement windows.',
    // "support" in the proposal's words is no comment: a comment follows a stop, a dash or a cell's border.
    '25/0447/HH – Barn at Trewin – steel frame to support the roof',
  ].join('\n');

  it('reads each application line that ends with a comment as a decision of an item titled Planning, as printed', () => {
    expect(findDecisions(listed, 'Planning')).toEqual([
      '25/0418/HH – 3 Quarry Row, Tolvaddon – rear porch. No objection.',
      '25/0431/FUL – Land off Chapel Hill – two holiday lets. Objection – overdevelopment and parking.',
    ]);
  });

  it('reads a table of applications, its cells parted by tabs, its Comment column the decision', () => {
    const table = [
      'Reference\tSite\tProposal\tComment',
      '25/0502/HH\tRose Villa, Mill Lane\tSide extension\tSupport',
      '25/0519/OUT\tField at Penrose Cross\tUp to 9 dwellings\tNo comment',
      '',
      'Decisions notified by the District Council:',
      '25/0388/HH, 2 Bank Row – Approved.',
    ].join('\n');
    expect(findDecisions(table, 'PLANNING APPLICATIONS')).toEqual([
      '25/0502/HH – Rose Villa, Mill Lane – Side extension – Support',
      '25/0519/OUT – Field at Penrose Cross – Up to 9 dwellings – No comment',
    ]);
  });

  it('reads a comment whose cells wrapped onto the row below whole', () => {
    const wrapped = [
      '| Application | Site | Proposal | Comment |',
      '| --- | --- | --- | --- |',
      '| 25/0610/FUL | Old Forge, | Two storey | Objection – loss of |',
      '|  | Chapel Hill | side extension | light to neighbours |',
      '| 25/0622/HH | 9 Well Lane | Porch |',
      '|  | | front |',
    ].join('\n');
    expect(findDecisions(wrapped, 'Planning')).toEqual([
      '25/0610/FUL – Old Forge, Chapel Hill – Two storey side extension – Objection – loss of light to neighbours',
    ]);
  });

  it('ends the sentence decided over a table at the table: its header and dash rule are no words of it', () => {
    const table = [
      'The Committee considered the applications below and agreed the responses shown:',
      '',
      'Application\tSite\tResponse',
      '-----------\t----\t--------',
      '25/0701/HH\tWren Cottage, Upper\tSupport',
      '\tPolgrain',
      '25/0712/FUL\tYard at Kiln Lane\tNo comment',
    ].join('\n');
    expect(findDecisions(table, 'Planning')).toEqual([
      'The Committee considered the applications below and agreed the responses shown:',
      '25/0701/HH – Wren Cottage, Upper Polgrain – Support',
      '25/0712/FUL – Yard at Kiln Lane – No comment',
    ]);
  });

  it('reads no comment outside a planning item, nor one an application has as a decision already', () => {
    expect(findDecisions(listed)).toEqual([]);
    expect(findDecisions(listed, 'Correspondence')).toEqual([]);
    const resolved = '25/0418/HH – 3 Quarry Row – rear porch. No objection.\nRESOLVED: to ask for 25/0418/HH to be called in.';
    expect(findDecisions(resolved, 'Planning')).toEqual(['to ask for 25/0418/HH to be called in.']);
  });

  it("reads an application's comment that its vote follows on the line, the vote left out", () => {
    const line = '25/0502/HH – 7 Mill Rise – garden room – no objection. Proposed KW, seconded DL. 4 for, 1 abstention.';
    expect(findDecisions(line, 'Planning')).toEqual(['25/0502/HH – 7 Mill Rise – garden room – no objection.']);
  });

  it('reads "Objection:" with its reason as "No objection." is read, the reason wrapped onto the next line joined, a note in brackets left out', () => {
    const text = [
      '24/0610/HH  Ash Cottage, Well Lane - side porch. No objection.',
      '24/0622/FUL Lower Barton - two holiday lets. Objection: the lane is too narrow',
      '            for passing traffic. (Cllr Penhale did not vote.)',
      '24/0630/HH  5 Mill Row - dormer window.',
    ].join('\n');
    expect(findDecisions(text, 'Planning')).toEqual([
      '24/0610/HH Ash Cottage, Well Lane - side porch. No objection.',
      '24/0622/FUL Lower Barton - two holiday lets. Objection: the lane is too narrow for passing traffic.',
    ]);
  });
});
