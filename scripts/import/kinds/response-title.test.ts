import { describe, expect, it } from 'vitest';
import { responseTitleOf, reviewNamed } from './response-title.ts';

describe("the executive's response to a scrutiny review", () => {
  it('knows a response by its title, whoever gives it, and not by prose that mentions one', () => {
    expect(responseTitleOf('Cabinet response to the Surface Water Task and Finish Group')).toEqual({
      by: 'Cabinet',
      answers: 'Surface Water Task and Finish Group',
    });
    expect(responseTitleOf('Appendix A - Cabinet Member’s Response')).toEqual({ by: 'Cabinet Member', answers: null });
    expect(responseTitleOf('Subject: Response of the Executive to the Review of Allotments')?.by).toBe('Executive');
    expect(responseTitleOf('EXECUTIVE RESPONSE TO OVERVIEW AND SCRUTINY RECOMMENDATIONS')?.by).toBe('Executive');
    expect(responseTitleOf("The Cabinet's response was noted by the committee.")).toBeNull();
    expect(responseTitleOf('Response to consultation on the Local Plan')).toBeNull();
  });

  it('names the review from the title when it names one, else the task and finish group the text names', () => {
    expect(reviewNamed(responseTitleOf('Executive Response to the Recommendations of the Parking Review'), '')).toBe('Parking Review');
    expect(
      reviewNamed(responseTitleOf('Executive Response to Overview and Scrutiny Recommendations'), 'the Allotments Task and Finish Group'),
    ).toBe('Allotments Task and Finish Group');
    expect(reviewNamed(responseTitleOf('Executive Response to Overview and Scrutiny Recommendations'), 'the committee')).toBeNull();
    expect(reviewNamed(responseTitleOf('Cabinet response to the scrutiny review of school crossings'), '')).toBe(
      'Scrutiny review of school crossings',
    );
  });
});
