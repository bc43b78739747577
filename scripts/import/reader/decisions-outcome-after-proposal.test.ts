import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('an outcome alone after the proposal it carried', () => {
  it('takes what was proposed as the decision when a member "proposed and … seconded that …"', () => {
    const minutes = [
      'With the Chairman away, Cllr Hobbs proposed and Cllr Lyle seconded that Cllr Madge',
      'take the chair for this meeting. Agreed unanimously.',
    ].join('\n');
    expect(findDecisions(minutes)).toEqual(['that Cllr Madge take the chair for this meeting.']);
  });

  it('takes it so when the proposal is moved by name, the outcome on the next line', () => {
    const minutes = ['It was moved by Cllr Ince and seconded by Cllr Rowe that the hedge be cut back in March.', 'Agreed.'].join('\n');
    expect(findDecisions(minutes)).toEqual(['that the hedge be cut back in March.']);
  });

  it('keeps an outcome after a sentence that proposes nothing as it stands', () => {
    expect(findDecisions('The Clerk read the letter from the school. Agreed unanimously.')).toEqual(['Agreed unanimously.']);
  });
});

describe('a bare outcome that closes a proposal, a tally or its movers between', () => {
  it('takes a proposal worded "to …" as the decision, past the tally printed before "Carried."', () => {
    const minutes = [
      'Two quotes for new goalposts were considered.',
      'It was proposed by Cllr Pyke and seconded by Cllr Urwin to accept the quote from Northdale Sports.',
      'Vote: 5 for, 1 against, 1 abstention. Carried.',
    ].join('\n');
    expect(findDecisions(minutes)).toEqual(['to accept the quote from Northdale Sports.']);
  });

  it("ends the proposal at the vote's labelled line, after a letter that reads like an initial", () => {
    const minutes = ['Cllr Fenn proposed and Cllr Boyd seconded to accept Option C.', 'Vote: 3 for, 2 against. Carried.'].join('\n');
    expect(findDecisions(minutes)).toEqual(['to accept Option C.']);
  });

  it('takes a "that …" proposal past a tally on its own line', () => {
    const minutes = ['Cllr Moss proposed and Cllr Hale seconded that the precept be £21,000.', 'For 6, against 2.', 'Agreed.'].join('\n');
    expect(findDecisions(minutes)).toEqual(['that the precept be £21,000.']);
  });

  it('takes the sentence its movers moved when they name no words, with the application its line names', () => {
    const minutes = [
      '24/0611/FUL - Brook Farm, Lowgate - four dwellings. The Committee objected; the access is too narrow.',
      'Proposed Councillor Tarn, seconded Councillor Hebb. Carried unanimously.',
    ].join('\n');
    expect(findDecisions(minutes)).toEqual(['24/0611/FUL: The Committee objected; the access is too narrow.']);
    const other = ['The Clerk set out the two routes for the path.', 'Proposed Cllr Wray, seconded Cllr Oddie. Agreed.'].join('\n');
    expect(findDecisions(other)).toEqual(['The Clerk set out the two routes for the path.']);
  });

  it('reads no proposal from "proposed … to the meeting"', () => {
    const minutes = ['The plan was proposed by Cllr Pyke to the meeting.', 'Vote: 4 for, 2 against. Carried.'].join('\n');
    expect(findDecisions(minutes)).toEqual(['Carried.']);
  });
});
