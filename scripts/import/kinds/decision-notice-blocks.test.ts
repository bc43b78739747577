import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { meetingSchema, type Meeting } from '../../../src/model/schema.ts';
import { parseSource } from '../import-sources.ts';

/** The meetings a notice is read as, in the file's order. */
function meetingsOf(text: string): Meeting[] {
  return parseSource(text, 'notice.txt', {})
    .filter((record) => record.collection === 'meetings')
    .map((record) => meetingSchema.parse(record.data));
}

/** A weekly notice of officers' decisions, each block opened by "Ref:" (the golden fixture's input). */
const byRef = readFileSync(new URL('./fixtures/delegated-decisions-notice/input.txt', import.meta.url), 'utf8');

/** The same kind of notice headed "Decision 1 of 3", its reference under the heading, in other words. */
const byHeading = [
  'Thornbury Vale District Council',
  'Record of Officer Decisions',
  '',
  '* denotes a key decision',
  '',
  'Decision 1 of 3',
  'Decision reference: HS-44',
  'Decision maker: Head of Housing (Ruth Penrose)',
  'Date of decision: 2 February 2026',
  'Title: Empty homes loan scheme',
  'Decision:',
  'To lend up to £15,000 a home to bring empty homes back into use.',
  'Reasons for the decision: Empty homes attract complaints.',
  '',
  'Decision 2 of 3',
  'Decision reference: HS-45 *',
  'Decision maker: Head of Housing (Ruth Penrose)',
  'Date of decision: 2 February 2026',
  'Title: Temporary accommodation framework',
  'Decision:',
  'To join the regional framework for temporary accommodation.',
  'Declarations of interest: None',
  '',
  'Decision 3 of 3',
  'Decision reference: PL-12',
  'Decision maker: Chief Planning Officer (Amir Dale)',
  'Date of decision: 4 February 2026',
  'Title: Conservation area appraisal',
  'Decision:',
  'To publish the Old Town conservation area appraisal with its',
  'purpose statement.',
].join('\n');

/** Headed "DECISION NO. 31" with no reference line, the mark after the heading's number. */
const byNumber = [
  'Ferrisford City Council',
  'Notice of Delegated Decisions',
  'Decisions marked * are key decisions.',
  '',
  'DECISION NO. 31 *',
  'Decision taken by: Director of Place (Lena Hart)',
  'Date of decision: 5 May 2026',
  'Subject: Bus shelter replacement programme',
  'Decision: To replace forty bus shelters.',
  '',
  'DECISION NO. 32',
  'Decision taken by: Head of Parks (Owen Reyes)',
  'Date of decision: 6 May 2026',
  'Subject: Tree planting grant',
  'Decision: To accept a tree planting grant of £20,000.',
].join('\n');

describe("decision notice: a notice of several officers' decisions, one block each", () => {
  it('files each block under its own taker and date, with its own reference ("Ref:")', () => {
    const meetings = meetingsOf(byRef);
    expect(meetings.map((meeting) => [meeting.committee, meeting.date])).toEqual([
      ['kesterby-borough-council/head-of-leisure-martin-ashdown', '2025-06-09'],
      ['kesterby-borough-council/director-of-resources-nadia-cole', '2025-06-10'],
      ['kesterby-borough-council/head-of-leisure-martin-ashdown', '2025-06-12'],
    ]);
    expect(meetings.map((meeting) => meeting.items.map((item) => item.number))).toEqual([
      ['OD/2025/118'],
      ['OD/2025/119'],
      ['OD/2025/120'],
    ]);
    // No block's lines run on into the next: the next block's reference is no part of the decision above it.
    expect(meetings[0]?.items[0]?.minutes).not.toContain('OD/2025/119');
  });

  it("keeps the key-decision mark with the notice's key to it, the exempt mark, the reasons and the interests", () => {
    const [first, second, third] = meetingsOf(byRef).map((meeting) => meeting.items[0]);
    expect(second?.minutes).toContain('Decisions marked * are key decisions and may be called in.');
    expect(second?.minutes?.startsWith('Decisions marked')).toBe(true);
    expect(first?.minutes).not.toContain('key decisions');
    expect(third?.title).toBe('Lease of the Quarry Lane pavilion');
    expect(third?.exempt).toEqual({ text: '(exempt information, paragraph 3)', paragraphs: ['3'] });
    expect(first?.reasons).toEqual(['To meet demand during the school holidays.']);
    expect(second?.alternatives).toEqual(['Bringing the service in house (rejected: higher cost).']);
    expect(second?.minutes).toContain('**Declarations of interest:** The Director declared that a relative works');
    // Who was consulted is no part of the taker's post: kept in the decision's text.
    expect(second?.minutes).toContain(
      '**Decision maker:** Director of Resources (Nadia Cole), after consultation with the Cabinet Member for Finance',
    );
  });

  it('reads a notice headed "Decision 1 of 3": blocks by one taker on one day are one meeting', () => {
    const meetings = meetingsOf(byHeading);
    expect(meetings.map((meeting) => [meeting.committee, meeting.date, meeting.items.map((item) => item.number)])).toEqual([
      ['thornbury-vale-district-council/head-of-housing-ruth-penrose', '2026-02-02', ['HS-44', 'HS-45']],
      ['thornbury-vale-district-council/chief-planning-officer-amir-dale', '2026-02-04', ['PL-12']],
    ]);
    expect(meetings[0]?.items[1]?.minutes).toContain('* denotes a key decision');
    expect(meetings[0]?.items[0]?.minutes ?? '').not.toContain('denotes');
    expect(meetings[0]?.items[0]?.reasons).toEqual(['Empty homes attract complaints.']);
  });

  it('reads a notice headed "DECISION NO. 31", the heading\'s number the reference', () => {
    const meetings = meetingsOf(byNumber);
    expect(meetings.map((meeting) => [meeting.committee, meeting.date, meeting.items.map((item) => item.number)])).toEqual([
      ['ferrisford-city-council/director-of-place-lena-hart', '2026-05-05', ['31']],
      ['ferrisford-city-council/head-of-parks-owen-reyes', '2026-05-06', ['32']],
    ]);
    expect(meetings[0]?.items[0]?.minutes).toContain('Decisions marked * are key decisions.');
  });

  it('reads a decision\'s wrapped line that opens with a label\'s word ("confidential report.", "purpose statement.") as its text', () => {
    expect(meetingsOf(byRef)[2]?.items[0]?.resolutions).toEqual([
      'To grant a ten year lease of the pavilion on the terms in the confidential report.',
    ]);
    expect(meetingsOf(byHeading)[1]?.items[0]?.resolutions).toEqual([
      'To publish the Old Town conservation area appraisal with its purpose statement.',
    ]);
  });

  it('warns of a mark the notice gives no key to, and keeps it in the text', () => {
    const unkeyed = byNumber.replace('Decisions marked * are key decisions.\n', '');
    const [first] = meetingsOf(unkeyed);
    expect(first?.items[0]?.minutes).toContain('Marked *');
    expect(first?.warnings.join('\n')).toMatch(/"\*".*no key/);
  });
});
