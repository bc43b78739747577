/**
 * A list's short points, each ended at its own line, and the prose the clerk wrote under the list's last point: the
 * decision in that prose starts at its own words, never with the last point's line run into it.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('a list point that ends at its line', () => {
  it('keeps the last dashed point out of the decision in the sentence under it', () => {
    const text = [
      'The Clerk summarised the comments received, which were mainly about:',
      '- parking on Orchard Rise',
      '- the height of the proposed fence',
      '- hours of use of the pavilion',
      'Following debate the committee agreed to support the application subject to a',
      'condition limiting hours of use to 9am to 9pm.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['to support the application subject to a condition limiting hours of use to 9am to 9pm.']);
  });

  it('does so under bulleted points too, with another wording of the decision', () => {
    const text = [
      'Members raised three concerns:',
      '• the cost of replacing the boiler',
      '• whether the hall could close for the works',
      'It was agreed that the Clerk obtain three quotations for the boiler.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['It was agreed that the Clerk obtain three quotations for the boiler.']);
  });

  it('still joins a point the page width wrapped onto its next line', () => {
    const text = [
      'The Committee noted the points raised at the drop-in session:',
      '- the proposed Local Green Space at Bramble Field, which had drawn fourteen objections and',
      'Thirty letters in support from the residents association',
      'It was agreed to keep Bramble Field as a Local Green Space.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['It was agreed to keep Bramble Field as a Local Green Space.']);
  });
});
