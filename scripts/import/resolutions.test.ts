import { describe, expect, it } from 'vitest';
import { findResolutions } from './resolutions.ts';

describe('findResolutions', () => {
  it('reads "RESOLVED that:" and its entries as whole sentences', () => {
    expect(findResolutions('RESOLVED that:\n\n1. the report be noted; and\n2. Council be recommended to agree the plan.')).toEqual([
      'that the report be noted',
      'that Council be recommended to agree the plan.',
    ]);
    expect(findResolutions('RESOLVED: That the Committee:\n(a) Note the report;\n(b) Agree the plan.')).toEqual([
      'That the Committee: Note the report',
      'That the Committee: Agree the plan.',
    ]);
  });

  it('splits numbered entries and drops the joining "; and"', () => {
    const text = 'RESOLVED:\n\n1)   That the report be noted; and\n\n2)   That officers report back.';
    expect(findResolutions(text)).toEqual(['That the report be noted', 'That officers report back.']);
  });

  it('carries an intro that ends in a colon into each entry', () => {
    const text = 'RESOLVED:\n\nThat the Committee:\n\n1)  Note the work; and\n\n2)  Thank the team.';
    expect(findResolutions(text)).toEqual(['That the Committee: Note the work', 'That the Committee: Thank the team.']);
  });

  it('reads a single inline resolution and stops at the next paragraph of prose', () => {
    expect(findResolutions('RESOLVED that the report be noted.\n\nThe Chair thanked officers.')).toEqual(['that the report be noted.']);
    expect(findResolutions('Resolved: That the plan be approved.')).toEqual(['That the plan be approved.']);
  });

  it('knows AGREED and DECIDED but not the word in ordinary prose', () => {
    expect(findResolutions('AGREED:\n(a) one;\n(b) two.')).toEqual(['one', 'two.']);
    expect(findResolutions('DECIDED - to defer the item.')).toEqual(['to defer the item.']);
    expect(findResolutions('Members agreed that the item be deferred.')).toEqual([]);
  });

  it('reads every block in the minutes', () => {
    expect(findResolutions('RESOLVED that A.\n\nDiscussion.\n\nRESOLVED that B.')).toEqual(['that A.', 'that B.']);
  });
});
