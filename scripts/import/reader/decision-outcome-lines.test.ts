/**
 * An item's outcome printed as a paragraph of its own with no marker before it: "DEFERRED - pending …", "Deferred.",
 * "NOTED.", and a partnership's "Advice to the authorities:" over what it advises its member councils.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe("an outcome printed alone as the item's last paragraph", () => {
  it('reads "DEFERRED" with its reason as the decision, however the reason is joined', () => {
    const dashed = ['The officer presented the application for two dwellings.', '', "DEFERRED - pending the roads authority's reply."];
    expect(findDecisions(dashed.join('\n'))).toEqual(["DEFERRED - pending the roads authority's reply."]);
    const titled = ['Mr Pell asked about the hedge.', '', 'Deferred to the next meeting for a site visit.'];
    expect(findDecisions(titled.join('\n'))).toEqual(['Deferred to the next meeting for a site visit.']);
    const wrapped = ['Deferred – the agent is to supply a drainage survey', 'before the Committee decides.'];
    expect(findDecisions(wrapped.join('\n'))).toEqual([
      'Deferred – the agent is to supply a drainage survey before the Committee decides.',
    ]);
  });
  it('reads "Deferred." and "NOTED." alone as the decision', () => {
    expect(findDecisions(['The Clerk read the letter from the bowls club.', '', 'Deferred.'].join('\n'))).toEqual(['Deferred.']);
    expect(findDecisions(['Ms Arden gave a talk on the youth scheme.', '', 'NOTED.'].join('\n'))).toEqual(['NOTED.']);
  });
  it('leaves a heading or a sentence that only uses the word alone', () => {
    // No full stop: a heading or a status, as a table or a work programme prints one, never a sentence the clerk closed.
    expect(findDecisions(['WORK PROGRAMME', '', 'NOTED'].join('\n'))).toEqual([]);
    expect(findDecisions(['Deferred items', '', 'The list was read.'].join('\n'))).toEqual([]);
    expect(findDecisions('The Clerk said the Council had deferred the bench to May.')).toEqual([]);
    expect(findDecisions('Deferred payments were discussed at length.')).toEqual([]);
  });
  it('keeps a marked decision as it reads it today', () => {
    expect(findDecisions('RESOLVED that the application be deferred for a site visit.')).toEqual([
      'that the application be deferred for a site visit.',
    ]);
  });
});

describe("a partnership's advice to its member councils", () => {
  it("is the body's decision, its label kept to say to whom, over its wrapped lines", () => {
    const text = [
      'Mr Loft outlined the timetable for the access plan.',
      '',
      'Advice to the authorities: The Forum advises both councils that the plan should',
      'set a yearly target for gates replacing stiles.',
    ];
    expect(findDecisions(text.join('\n'))).toEqual([
      'Advice to the authorities: The Forum advises both councils that the plan should set a yearly target for gates replacing stiles.',
    ]);
    const named = ['ADVICE TO THE MEMBER COUNCILS: that dog bins be emptied weekly on the coast path.'];
    expect(findDecisions(named.join('\n'))).toEqual(['ADVICE TO THE MEMBER COUNCILS: that dog bins be emptied weekly on the coast path.']);
  });
  it('is none in prose that mentions advice', () => {
    expect(findDecisions('Mr Loft gave advice to the authorities on stiles.')).toEqual([]);
  });
});
