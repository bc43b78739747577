import { describe, expect, it } from 'vitest';
import { importedMeeting } from './test-import.ts';

/** An old content system's minutes page: its heading, a paragraph under it, and the minutes. */
function page(title: string | null, under: string | null, heading = 'Harbour and Leisure Committee'): string {
  return [
    '<!DOCTYPE html><html><head>',
    title === null ? '' : `<title>${title}</title>`,
    '</head><body><div id="content">',
    `<h1>${heading}</h1>`,
    under === null ? '' : `<p>${under}</p>`,
    '<h2>Minutes</h2>',
    '<p>Present: Councillors A. Penhale (Chair), B. Roskilly, C. Tregear</p>',
    '<h3>12. Minutes</h3><p>RESOLVED that the minutes be approved.</p>',
    '<h3>13. Beach huts</h3><p>RESOLVED that the fees be held.</p>',
    '</div></body></html>',
  ].join('\n');
}

describe("a web page's date and venue line under its heading", () => {
  it('is never the committee: the heading over it is, whatever the line says after the date', async () => {
    for (const under of [
      'Thursday 6 March 2025, 7.00 pm, Council Chamber, Porthkennack Guildhall',
      '6 March 2025 at 7pm in the Council Chamber',
    ]) {
      const meeting = await importedMeeting(
        'harbour.html',
        page('Minutes - Harbour and Leisure Committee - Porthkennack Town Council', under),
      );
      expect(meeting.data.committee).toBe('porthkennack-town-council/harbour-and-leisure-committee');
      expect(meeting.data.date).toBe('2025-03-06');
    }
    // With no title to name the council, the heading is still the committee.
    const untitled = await importedMeeting(
      'harbour.html',
      page(null, 'Thursday 6 March 2025, 7.00 pm, Council Chamber, Porthkennack Guildhall'),
    );
    expect(untitled.data.committee).toBe('not-stated/harbour-and-leisure-committee');
  });

  it("takes the page title's date when the page's text states none, and says where it came from", async () => {
    for (const title of [
      'Minutes - Harbour and Leisure Committee - 6 March 2025 - Porthkennack Town Council',
      'Porthkennack Town Council | Harbour and Leisure Committee, 06/03/2025',
    ]) {
      const meeting = await importedMeeting('harbour.html', page(title, null));
      expect(meeting.data.committee).toBe('porthkennack-town-council/harbour-and-leisure-committee');
      expect(meeting.data.date).toBe('2025-03-06');
      expect(meeting.data.warnings?.join(' ')).toContain("page's title");
    }
    // A title with no date, or two, dates nothing.
    expect((await importedMeeting('harbour.html', page('Minutes - Harbour and Leisure Committee', null))).data.date).toBeNull();
    const two = page('Harbour and Leisure Committee - 6 March 2025 (published 20 March 2025)', null);
    expect((await importedMeeting('harbour.html', two)).data.date).toBeNull();
  });
});
