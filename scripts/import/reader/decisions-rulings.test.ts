import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('rulings and Scottish submissions as decisions', () => {
  it('reads "DETERMINED to:" over a lettered list as a licensing hearing records its decision', () => {
    const minutes = [
      'Having heard the parties and read the report, the Sub-Committee',
      'DETERMINED to:',
      '',
      '(a)  add the conditions in the annex to the licence;',
      '(b)  cut the late hours on Saturdays to midnight; and',
      '(c)  not revoke the licence.',
    ].join('\n');
    expect(findDecisions(minutes)).toEqual([
      'to add the conditions in the annex to the licence',
      'to cut the late hours on Saturdays to midnight',
      'to not revoke the licence.',
    ]);
  });

  it('reads "The Panel DETERMINED that …" run on as a decision', () => {
    expect(findDecisions('After hearing the evidence the Panel DETERMINED that the taxi licence be suspended for 14 days.')).toEqual([
      'that the taxi licence be suspended for 14 days.',
    ]);
  });

  it('reads an appeal DISMISSED or UPHELD in capitals as the decision, the sentence whole', () => {
    expect(findDecisions('The Panel found the refusal reasonable.\n\nThe appeal was therefore DISMISSED.')).toEqual([
      'The appeal was therefore DISMISSED.',
    ]);
    expect(findDecisions('Members weighed both cases. The complaint was accordingly UPHELD in part.')).toEqual([
      'The complaint was accordingly UPHELD in part.',
    ]);
  });

  it('never reads "allowed" or "dismissed" in lower-case prose as a ruling', () => {
    expect(findDecisions('Residents were allowed to speak for three minutes each.')).toEqual([]);
    expect(findDecisions('Concerns about parking were dismissed by the applicant.')).toEqual([]);
  });

  it('reads a Scottish minute\'s "There were submitted and approved/noted the minutes" as its decision', () => {
    expect(findDecisions('There were submitted and approved the minutes of the meeting of the Board held on 4 March 2025.')).toEqual([
      'There were submitted and approved the minutes of the meeting of the Board held on 4 March 2025.',
    ]);
    expect(findDecisions('There was submitted and noted the minute of the Licensing Board of 9 May 2025.')).toEqual([
      'There was submitted and noted the minute of the Licensing Board of 9 May 2025.',
    ]);
  });

  it('never reads a paper merely submitted as decided', () => {
    expect(findDecisions('There was submitted a report by the Head of Finance on the outturn.')).toEqual([]);
  });
});
