import { describe, expect, it } from 'vitest';
import { htmlToText } from './html-text.ts';
import { importedMeeting } from './test-import.ts';

/**
 * Content systems' meeting pages print each detail as a label element and a value element side by side ("Venue" in
 * one div, the place in the next), styled to look like one line. Our own small pages in two systems' markup.
 */

/** A Drupal 8-style node: `field__label` and `field__item` divs, a Documents field after the minutes' close. */
const nodePage = `<html><head><title>Minutes: Planning Committee | Ashgrove Parish Council</title></head><body>
<main><article><h1>Planning Committee, 3 June 2031</h1>
<div class="field field--name-field-date field--label-inline"><div class="field__label">Date</div><div class="field__item">Tuesday 3 June 2031, 7.30pm</div></div>
<div class="field field--name-field-place field--label-inline"><div class="field__label">Venue</div><div class="field__item">Ashgrove Village Hall, Mill Road</div></div>
<div class="field field--name-body">
<p><strong>Present:</strong> Cllr Ruth Penhale (Chair), Cllr Omar Quince, Cllr Ivy Tarrant</p>
<h2>P31/07 Apologies</h2><p>None.</p>
<h2>P31/08 Applications</h2><p><strong>Resolved:</strong> to raise no objection to application 31/0456.</p>
<p>The meeting closed at 8.10pm.</p></div>
<div class="field field--name-field-files"><div class="field__label">Documents</div>
<div class="field__items"><div class="field__item"><span class="file"><a href="/files/agenda-planning-3-6-31.pdf">Agenda - Planning 3 June 2031</a> (64 KB)</span></div>
<div class="field__item"><span class="file"><a href="/files/plans-31-0456.pdf">Plans for 31/0456</a> (1.2 MB)</span></div></div></div>
</article></main></body></html>`;

/** An older theme's fields: a `field-label` div with its own colon over `field-items`, and a Views row's `views-label`. */
const viewsPage = `<html><head><title>Finance Committee | Brackwater Town Council</title></head><body>
<div id="content"><h1>Finance Committee minutes</h1>
<div class="views-row"><span class="views-label views-label-field-date">Date: </span><div class="field-content">Monday 9 June 2031 at 6.00pm</div></div>
<div class="field field-name-field-location field-label-above"><div class="field-label">Location:&nbsp;</div><div class="field-items"><div class="field-item even">Committee Room 2, Town Hall, Brackwater</div></div></div>
<p>Present: Cllr Dana Welford (Chair), Cllr Piers Ogundipe, Cllr Lena Marsh</p>
<h2>14. Accounts</h2><p>RESOLVED that the accounts to 31 May 2031 be approved.</p>
<h2>15. Insurance renewal</h2><p>RESOLVED that the insurance be renewed with the current insurer for one year.</p>
<p>Meeting closed: 6.55pm.</p>
<div class="field field-name-field-attachments"><div class="field-label">Attachments:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/sites/files/fin-accounts-may.pdf">Accounts to 31 May (PDF, 90KB)</a></div></div></div>
</div></body></html>`;

describe('label and value elements on a content system page', () => {
  it('reads a label element beside its value element as one labelled line', () => {
    expect(htmlToText(nodePage, 'node.html').text).toContain('Venue: Ashgrove Village Hall, Mill Road\n');
    expect(htmlToText(viewsPage, 'views.html').text).toContain('Location: Committee Room 2, Town Hall, Brackwater\n');
    expect(htmlToText(viewsPage, 'views.html').text).toContain('Date: Monday 9 June 2031 at 6.00pm\n');
    // A label whose value is a page of paragraphs heads them, "Label:" on a line of its own.
    const long = '<div><div class="field__label">Notes</div><div class="field__item"><p>One.</p><p>Two.</p></div></div>';
    expect(htmlToText(long, 'long.html').text).toBe('Notes:\n\nOne.\n\nTwo.\n');
    // A badge's bare "label" class, or a label's run of text with a link, is no field's label.
    expect(htmlToText('<p><span class="label">New</span> <a href="/m">Minutes</a></p>', 'badge.html').text).toBe('New Minutes\n');
    expect(htmlToText('<p><span class="x-label">See</span> <a href="/m">Minutes</a></p>', 'run.html').text).toBe('See Minutes\n');
    // A label with no value after it stays as it was.
    expect(htmlToText('<div><div class="field__label">Venue</div></div><p>Text.</p>', 'bare.html').text).toBe('Venue\n\nText.\n');
  });

  it('gives the meeting the venue its Venue field names', async () => {
    const node = await importedMeeting('node.html', nodePage);
    expect(node.data.venue).toBe('Ashgrove Village Hall, Mill Road');
    const views = await importedMeeting('views.html', viewsPage);
    expect(views.data.venue).toBe('Committee Room 2, Town Hall, Brackwater');
  });

  it("lists the links under a Documents or Attachments field after the close as the meeting's documents", async () => {
    const node = await importedMeeting('node.html', nodePage);
    expect(node.data.documents?.map((document) => [document.name, document.size])).toEqual([
      ['Agenda - Planning 3 June 2031', '64 KB'],
      ['Plans for 31/0456', '1.2 MB'],
    ]);
    expect(node.data.warnings?.join('\n') ?? '').not.toContain("below the meeting's close");
    const views = await importedMeeting('views.html', viewsPage);
    expect(views.data.documents?.map((document) => document.name)).toEqual(['Accounts to 31 May']);
    expect(views.data.endTime).toBe('18:55');
  });
});
