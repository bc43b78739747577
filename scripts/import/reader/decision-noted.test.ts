/**
 * NOTED in capitals after its subject, as Scottish and joint-body minutes record what was noted: the body ("The Committee
 * NOTED …") or its members ("Members NOTED …", "Councillors NOTED …"), read by one pattern (decision-markers.ts).
 */
import { describe, expect, it } from 'vitest';
import { findDecisions } from './decisions.ts';

describe('members as the subject of NOTED', () => {
  it('reads "Members NOTED …" and "Councillors NOTED …" as the body\'s NOTED is read', () => {
    const members = ['The Chief Officer reported 180 vessel checks in the quarter.', 'Members NOTED the report.'];
    expect(findDecisions(members.join('\n'))).toEqual(['NOTED the report.']);
    const councillors = ['The Treasurer spoke to the year-end figures.', '', 'Councillors NOTED the position and the reserves held.'];
    expect(findDecisions(councillors.join('\n'))).toEqual(['NOTED the position and the reserves held.']);
  });

  it('reads members who noted in lower case as no decision, as a body\'s lower-case "noted" is none', () => {
    expect(findDecisions('Members noted the report.')).toEqual([]);
    expect(findDecisions('The Board noted the report.')).toEqual([]);
  });
});
