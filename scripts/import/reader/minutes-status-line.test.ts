import { describe, expect, it } from 'vitest';
import { readMeeting } from './meeting.ts';
import { importedMeeting } from '../formats/test-import.ts';

/**
 * A content system's "Status" field over minutes ("Status: Approved 12 November 2025"): whether the minutes were approved
 * and when, which the meeting record has no field for. Own words: invented councils.
 */
const minutes = (statusLine: string): string[] => [
  'HOLLINS GREEN PARISH COUNCIL',
  'Minutes of the meeting of the Parish Council',
  'Date: Tuesday 14 October 2025, 7.00pm',
  statusLine,
  'Present: Cllrs Amy Leach (Chair), Rob Tarn, Joy Bevan.',
  '',
  '1. Apologies',
  'None.',
  '',
  '2. Grass cutting',
  'RESOLVED to renew the grass cutting contract for one year.',
];

describe("the minutes' status line", () => {
  it('warns of an approval status as what it is, with its date, not as an unread line', () => {
    const warnings = readMeeting(minutes('Status: Approved 12 November 2025'), {}, '').warnings ?? [];
    expect(warnings.filter((warning) => warning.includes('was not read'))).toEqual([]);
    expect(warnings).toContain(
      'the minutes\' status is given as "Approved 12 November 2025" ("Status: Approved 12 November 2025"): the meeting record has no field for whether or when its minutes were approved, so it is not imported',
    );
  });

  it('reads other wordings of the label and the status the same way', () => {
    const confirmed = readMeeting(minutes('Minutes status: Confirmed at the meeting of 9 December 2025'), {}, '').warnings ?? [];
    expect(confirmed.filter((warning) => warning.includes('was not read'))).toEqual([]);
    expect(
      confirmed.some((warning) => warning.startsWith('the minutes\' status is given as "Confirmed at the meeting of 9 December 2025"')),
    ).toBe(true);
    const draft = readMeeting(minutes('Status: Draft - awaiting approval'), {}, '').warnings ?? [];
    expect(draft.some((warning) => warning.startsWith('the minutes\' status is given as "Draft - awaiting approval"'))).toBe(true);
  });

  it("keeps the meeting's own date, not the day its minutes were approved", () => {
    expect(readMeeting(minutes('Status: Approved 12 November 2025'), {}, '').date).toBe('2025-10-14');
  });

  it("warns so of a Drupal page's Status field", async () => {
    const page = `<html><head><title>Minutes | Hollins Green Parish Council</title></head><body><main><article>
<h1>Parish Council, 14 October 2025</h1>
<div class="field field--label-inline"><div class="field__label">Date</div><div class="field__item">Tuesday 14 October 2025, 7:00pm</div></div>
<div class="field field--label-inline"><div class="field__label">Status</div><div class="field__item">Approved 12 November 2025</div></div>
<p><strong>Present:</strong> Cllr Amy Leach (Chair), Cllr Rob Tarn, Cllr Joy Bevan</p>
<h2>PC25/61 Apologies</h2><p>None.</p>
<h2>PC25/62 Grass cutting</h2><p><strong>Resolved:</strong> to renew the contract for one year.</p>
</article></main></body></html>`;
    const { data } = await importedMeeting('status.html', page);
    expect(data.date).toBe('2025-10-14');
    expect((data.warnings ?? []).filter((warning) => warning.includes('Status'))).toEqual([
      'the minutes\' status is given as "Approved 12 November 2025" ("Status: Approved 12 November 2025"): the meeting record has no field for whether or when its minutes were approved, so it is not imported',
    ]);
  });
});
