/**
 * Scots words a Scottish minute decides with: "homologated" (approved, confirmed what was done before the meeting), read
 * as "approved" is, after the body, in the passive, and in capitals.
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('"homologated" as a deciding word', () => {
  it('reads the body homologating what was done as its decision', () => {
    const text = [
      'The Director had answered the consultation on rail timetables before the meeting.',
      '',
      'The Joint Board homologated the response submitted by the Director on 4 August 2025.',
    ].join('\n');
    expect(findDecisions(text)).toEqual(['The Joint Board homologated the response submitted by the Director on 4 August 2025.']);
  });

  it('reads a minute homologated in the passive, and HOMOLOGATED in capitals, as decisions', () => {
    expect(findDecisions('The minute of the meeting of the Committee of 11 March 2025 was homologated.')).toEqual([
      'The minute of the meeting of the Committee of 11 March 2025 was homologated.',
    ]);
    expect(findDecisions('The Committee HOMOLOGATED the action taken by the Chief Executive under urgency.')).toEqual([
      'HOMOLOGATED the action taken by the Chief Executive under urgency.',
    ]);
  });

  it('reads no decision where the word only reports what another body did', () => {
    expect(findDecisions('The Clerk reported that the Scottish Ministers had not yet homologated the scheme.')).toEqual([]);
  });
});
