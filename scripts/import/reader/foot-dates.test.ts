import { describe, expect, it } from 'vitest';
import { meetingSchema, type Meeting } from '../../../src/model/schema.ts';
import { parseSource } from '../import-sources.ts';

/** The one meeting a record is read as. */
const meetingOf = (text: string): Meeting =>
  meetingSchema.parse(parseSource(text, 'minutes.txt', {}).find((record) => record.collection === 'meetings')?.data);

/** A planning committee's sheet of decisions, in invented words, its foot the day it was published over whom to ask. */
const sheet = [
  'LANGWORTH DISTRICT COUNCIL',
  '',
  'DECISION SHEET',
  '',
  'Planning Committee – Tuesday 1 April 2025',
  '',
  '1. Apologies for absence',
  '   Councillor Pryce.',
  '',
  '2. Land at Gorsey Bank',
  '   DECISION: Refused for the reason that the access would be unsafe.',
  '',
  'Published: 3 April 2025',
  'Contact: Committee Services, committees@langworth.example.gov.uk',
].join('\n');

/** A cabinet's minutes, in other words, the days of publication and of call-in's end printed below the close. */
const cabinet = [
  'WELBOURNE BOROUGH COUNCIL',
  '',
  'CABINET',
  '',
  'Minutes of the meeting held on Monday 10 March 2025 at 6.00 pm in the Guildhall, Welbourne',
  '',
  'Present: Councillors Ash (Chair), Birch and Cole',
  '',
  '41. DECLARATIONS OF INTEREST',
  'There were none.',
  '',
  '42. LIBRARY OPENING HOURS',
  'Decision:',
  'That the new opening hours be adopted from 1 May 2025.',
  '',
  'The meeting closed at 7.10 pm.',
  '',
  'Date of publication: 12 March 2025',
  'Call-in expiry: 5.00 pm, 19 March 2025',
].join('\n');

describe("a record's foot: the day it was published and the day call-in ends", () => {
  it("cuts the publication line from the last item's text above the contact, read as the day it was published", () => {
    const meeting = meetingOf(sheet);
    expect(meeting.items.at(-1)?.minutes).not.toMatch(/Published/);
    expect(meeting.publicationDate).toBe('2025-04-03');
    expect(meeting.contact?.email).toBe('committees@langworth.example.gov.uk');
    expect(meeting.warnings.filter((warning) => warning.includes('Published'))).toEqual([]);
  });

  it("reads both days below the meeting's close, warning of neither", () => {
    const meeting = meetingOf(cabinet);
    expect(meeting).toMatchObject({ publicationDate: '2025-03-12', callInExpiry: '2025-03-19' });
    expect(meeting.warnings.filter((warning) => /publication|call-in/i.test(warning))).toEqual([]);
  });
});
