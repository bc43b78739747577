import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';
import { isSectionHeading, readReasons, reasonEntries } from './reasons.ts';

const read = (lines: string[], decided = true) => readReasons(lines.join('\n'), decided);

describe('reasons under a decision', () => {
  it("reads the labels of the family, the value on the label's line, and leaves the decision in the text", () => {
    for (const label of [
      'Reason:',
      'Reasons:',
      'Reason(s):',
      'REASONS:',
      'Reason for decision:',
      'Reasons for the decision:',
      'Reason -',
    ]) {
      const found = read(['RESOLVED: That the kiosk lease be renewed.', '', `${label} To keep the kiosk open.`]);
      expect(found, label).toEqual({
        reasons: ['To keep the kiosk open.'],
        alternatives: [],
        rest: 'RESOLVED: That the kiosk lease be renewed.',
      });
    }
  });

  it('reads the labels of options rejected, alone on a line over their value', () => {
    for (const label of [
      'Alternative options considered:',
      'Alternative options considered and rejected:',
      'Alternative options considered (and rejected):',
      'Options considered:',
      'Other options considered:',
    ]) {
      const found = read(['Decision: That the depot be sold.', '', label, '', 'To let the depot, which would not cover its upkeep.']);
      expect(found.alternatives, label).toEqual(['To let the depot, which would not cover its upkeep.']);
      expect(found.rest, label).toBe('Decision: That the depot be sold.');
    }
  });

  it('takes each paragraph and list entry under a label alone as an entry, its wrapped lines joined', () => {
    const found = read([
      'Reasons for decision',
      '',
      '(1) The fund must hold enough to pay',
      'pensions as they fall due.',
      "(2) To follow the actuary's advice.",
      '',
      'A third reason, in a paragraph of its own.',
    ]);
    expect(found.reasons).toEqual([
      'The fund must hold enough to pay pensions as they fall due.',
      "To follow the actuary's advice.",
      'A third reason, in a paragraph of its own.',
    ]);
    expect(found.rest).toBe('');
  });

  it("stops at the next label, decision, numbered paragraph, heading or the meeting's close", () => {
    const stops = [
      ['Resolved: That officers report back in March.'],
      ['RESOLVED that the fees be published.'],
      ['Declarations of interest: None.'],
      ['6.2 The Chair thanked the officers.'],
      ['Exclusion of the press and public'],
      ['The meeting closed at 8.40 pm.'],
    ];
    for (const stop of stops) {
      const found = read(['Reason:', 'To set fees in time for April.', '', ...stop]);
      expect(found.reasons, stop[0]).toEqual(['To set fees in time for April.']);
      expect(found.rest, stop[0]).toBe(stop[0]);
    }
    // A figure opening a wrapped line carries on the reason: no numbered paragraph.
    expect(read(['Reason:', 'To keep noise from the terrace down after', '10.00 pm on weeknights.']).reasons).toEqual([
      'To keep noise from the terrace down after 10.00 pm on weeknights.',
    ]);
    // A value on the label's line is that paragraph alone: the next one is the minutes' again.
    const inline = read(['Reason: To set fees in time for April.', '', 'The Chair thanked the officers for the report.']);
    expect(inline).toMatchObject({ reasons: ['To set fees in time for April.'], rest: 'The Chair thanked the officers for the report.' });
    // Nor does a value run on into a decision printed on the next line.
    expect(read(['Reason: To review the effect.', 'Resolved: That the trial end in June.'])).toMatchObject({
      reasons: ['To review the effect.'],
      rest: 'Resolved: That the trial end in June.',
    });
  });

  it('takes each reason of a sheet of several decisions, in order', () => {
    const found = read([
      'Resolved: That Option 2 be approved.',
      '',
      'Reason: To reduce commuter parking.',
      '',
      'Resolved: That officers report back in six months.',
      '',
      'Reason: To review the effect of the change.',
    ]);
    expect(found.reasons).toEqual(['To reduce commuter parking.', 'To review the effect of the change.']);
    expect(found.rest).toBe('Resolved: That Option 2 be approved.\n\nResolved: That officers report back in six months.');
  });

  it('takes no reasons from prose, nor from a label with nothing under it', () => {
    const prose = [
      'For the reasons set out in the report, the scheme was delayed.',
      'Reasons for the delay were given by the Head of Highways.',
      'Reasons',
      'Options considered by the working group included a park and ride.',
    ];
    expect(read(prose)).toEqual({ reasons: [], alternatives: [], rest: prose.join('\n') });
    expect(read(['RESOLVED: That the report be noted.', '', 'Reason for decision:'])).toMatchObject({ reasons: [] });
  });

  it('reads "REASONS" in capitals alone on its line, a hearing\'s heading over its paragraph, only where the item decided something', () => {
    const text = ['RESOLVED that the licence be granted.', '', 'REASONS', '', 'The Sub-Committee found no evidence of nuisance.'];
    expect(read(text, true)).toEqual({
      reasons: ['The Sub-Committee found no evidence of nuisance.'],
      alternatives: [],
      rest: 'RESOLVED that the licence be granted.',
    });
    expect(read(text, false).reasons).toEqual([]);
  });

  it("leaves a hearing's note of the right of appeal under its reasons in the item's text, no reason", () => {
    const appeal = ['All parties have the right of appeal to the', "magistrates' court within 21 days of the written decision."];
    const text = [
      'RESOLVED that the licence be granted.',
      '',
      'REASONS',
      '',
      'The Sub-Committee found no evidence of nuisance.',
      '',
      ...appeal,
    ];
    expect(read(text)).toEqual({
      reasons: ['The Sub-Committee found no evidence of nuisance.'],
      alternatives: [],
      rest: ['RESOLVED that the licence be granted.', '', ...appeal].join('\n'),
    });
  });

  it('reads "Reasons for recommendations" only where the item decided something', () => {
    const text = ['Reasons for recommendations', '', 'To allow Members to hear the residents.'];
    expect(read(text, true).reasons).toEqual(['To allow Members to hear the residents.']);
    expect(read(text, false)).toEqual({ reasons: [], alternatives: [], rest: text.join('\n') });
  });
});

describe('decisions above their reasons', () => {
  it('gives the "That …" list a "Reason:" closes as the decisions, and no decision runs on into its reasons', () => {
    expect(
      findDecisions(['i. That the fees be approved.', 'ii. That the fees be published.', '', 'Reason: To set them in time.'].join('\n')),
    ).toEqual(['That the fees be approved.', 'That the fees be published.']);
    const runOn = ['RESOLVED – That the report be noted.', 'Reasons for the decision: Members wished to hear the auditor first.'];
    expect(findDecisions(runOn.join('\n'))).toEqual(['That the report be noted.']);
  });
});

describe('reasonEntries', () => {
  it('splits a field into paragraphs and list entries', () => {
    expect(reasonEntries('• To save money.\n• To meet the\ntarget.\n\nAlso to act now.')).toEqual([
      'To save money.',
      'To meet the target.',
      'Also to act now.',
    ]);
  });
});

describe('a section heading in capitals ends the value above it', () => {
  it('ends the options rejected at the next heading in capitals, however long, and keeps the heading in the text', () => {
    const found = read([
      'RESOLVED: That the footbridge be replaced.',
      '',
      'REASONS FOR THE DECISION',
      'The bridge failed its inspection.',
      '',
      'ALTERNATIVE OPTIONS CONSIDERED AND REJECTED',
      'Repairing the bridge - rejected, as it would last five years.',
      '',
      'CONFLICTS OF INTEREST DECLARED BY THE DECISION MAKER OR ANY EXECUTIVE MEMBER',
      'CONSULTED',
      'None.',
    ]);
    expect(found.reasons).toEqual(['The bridge failed its inspection.']);
    expect(found.alternatives).toEqual(['Repairing the bridge - rejected, as it would last five years.']);
    expect(found.rest).toContain('CONFLICTS OF INTEREST');
  });

  it('takes two words or more in capitals with no stop for a heading; a word, a sentence or a list entry is none', () => {
    expect(isSectionHeading('DISPENSATIONS GRANTED')).toBe(true);
    expect(isSectionHeading('  CONSULTEES AND WARDS AFFECTED  ')).toBe(true);
    expect(isSectionHeading('CONSULTED')).toBe(false);
    expect(isSectionHeading('NONE DECLARED.')).toBe(false);
    expect(isSectionHeading('Alternative options considered')).toBe(false);
    expect(isSectionHeading('1. TO APPROVE THE PLAN')).toBe(false);
    expect(isSectionHeading('FP/24/0331 A1')).toBe(false);
  });
});
