import { describe, expect, it } from 'vitest';
import { readHeader } from './header.ts';
import { readMeeting } from './meeting.ts';
import { importedMeeting } from '../formats/test-import.ts';

/**
 * "When:" and "Where:" as a council's web page labels a meeting's date and place, where printed minutes say "Date:" and
 * "Venue:". Own words: two invented councils, one a text, one a web page.
 */
describe('"When:" and "Where:" labels', () => {
  it("reads a text's When and Where as its date, start and venue, and warns of neither line", () => {
    const meeting = readMeeting(
      [
        'KESTLE TOWN COUNCIL',
        'Planning Committee',
        'When: Tuesday 3 March 2026 at 6.30 pm',
        'Where: Committee Room 2, Town Hall, Kestle',
        'Present: Councillors Ruth Penrose (Chair), Alan Dyer and Maud Heller.',
        '',
        '1. Apologies',
        'None.',
        '',
        '2. Planning applications',
        'RESOLVED that no objection be raised to application 26/0112.',
      ],
      {},
      '',
    );
    expect(meeting).toMatchObject({ date: '2026-03-03', startTime: '18:30', venue: 'Committee Room 2, Town Hall, Kestle' });
    expect((meeting.warnings ?? []).filter((warning) => /When:|Where:/.test(warning))).toEqual([]);
  });

  it('parts When and Where run along one line, in capitals too', () => {
    const header = readHeader([
      'BRACKEN HILL PARISH COUNCIL',
      'Footpaths Working Group',
      'WHEN: Monday 9 February 2026, 7pm WHERE: The Scout Hut, Quarry Lane',
    ]);
    expect(header).toMatchObject({ date: '2026-02-09', startTime: '19:00', venue: 'The Scout Hut, Quarry Lane' });
  });

  it("reads a web page's bold When and Where, and its field pairs", async () => {
    const page = `<html><head><title>Finance Committee | Brackley Parish Council</title></head><body><main>
<h1>Finance Committee</h1>
<p><strong>When:</strong> Wednesday 11 February 2026, 7.15pm</p>
<p><strong>Where:</strong> The Pavilion, Mill Lane, Brackley</p>
<p>Present: Cllrs Ian Rowe (Chair), Sara Kemp, Bill Ostler.</p>
<h3>1. Apologies</h3><p>Cllr Dean Firth.</p>
<h3>2. Accounts</h3><p>RESOLVED that the accounts to 31 January be approved.</p>
</main></body></html>`;
    const bold = await importedMeeting('bold.html', page);
    expect(bold.data).toMatchObject({ date: '2026-02-11', startTime: '19:15', venue: 'The Pavilion, Mill Lane, Brackley' });
    expect((bold.data.warnings ?? []).filter((warning) => /When:|Where:/.test(warning))).toEqual([]);
    const fields = page
      .replace(
        /<p><strong>When:<\/strong> ([^<]*)<\/p>/,
        '<div><div class="field__label">When</div><div class="field__item">$1</div></div>',
      )
      .replace(
        /<p><strong>Where:<\/strong> ([^<]*)<\/p>/,
        '<div><div class="field__label">Where</div><div class="field__item">$1</div></div>',
      );
    const fielded = await importedMeeting('fields.html', fields);
    expect(fielded.data).toMatchObject({ date: '2026-02-11', startTime: '19:15', venue: 'The Pavilion, Mill Lane, Brackley' });
  });

  it('leaves "Where:" in an item\'s minutes alone', () => {
    const meeting = readMeeting(
      [
        'KESTLE TOWN COUNCIL',
        'Planning Committee',
        'Date: Tuesday 3 March 2026',
        'Venue: Council Chamber, Town Hall',
        '',
        '1. Site visits',
        'Where: the old quarry, Bell Lane. Members viewed the site.',
      ],
      {},
      '',
    );
    expect(meeting.venue).toBe('Council Chamber, Town Hall');
  });
});
