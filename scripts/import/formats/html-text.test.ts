import { describe, expect, it } from 'vitest';
import { FormatError } from './format-error.ts';
import { htmlToText } from './html-text.ts';
import { parseSource } from '../import-sources.ts';

/** Our own small pages in the shape of a ModernGov meeting page pin down what is kept, how it is laid out, and links. */

const meetingPage = `<!DOCTYPE html>
<html><head><title>Agenda for Parks Panel on Monday, 3rd March, 2031 - Example Council</title>
<style>.x { color: red }</style><script>var secret = 'do not show';</script></head>
<body>
<a class="sr-only" href="#main">Skip to main content</a>
<div id="cookie-banner"><p>We use cookies to make this site work.</p><button>Accept</button></div>
<header><a href="/">Example Council home</a></header>
<nav><ul><li><a href="mgCalendarMonthView.aspx">Calendar</a></li></ul></nav>
<div class="menu"><a href="ieListDocuments.aspx?CId=1&amp;MD=Constitution">Constitution</a></div>
<div id="mgContent">
  <nav aria-label="Breadcrumb" class="breadcrumb"><a href="/">Home</a></nav>
  <h1 style="display: none">Agenda and minutes</h1>
  <h2>Parks Panel - Monday, 3rd March, 2031 7.00 pm</h2>
  <ul class="mgActionList">
    <li><a href="mgConvert2PDF.aspx?ID=1">Printed minutes <span class="mgFileSize">PDF 97 KB</span></a></li>
    <li><a href="mgMeetingAttendance.aspx?ID=1">Attendance details</a></li>
  </ul>
  <p><span class="mgLabel">Venue: </span>The   Pavilion,&nbsp;Green Lane</p>
  <table class="mgItemTable">
    <tr><th>No.</th><th>Item</th></tr>
    <tr><td><p>1.</p></td><td><p>Apologies</p><p>None were received.</p></td></tr>
    <tr><td><p>2.</p></td><td><p>Play area report</p>
      <a href="documents/s123/report.pdf">Play area report <span>PDF 120 KB</span></a>
      <ol><li>Replace the swings.</li><li>Paint the fence.</li></ol>
      Line one<br>Line two</td></tr>
  </table>
  <div class="share-this"><a href="https://social.example/share">Share this page</a></div>
  <a href="javascript:alert(1)">Open report.pdf</a>
  <a href="data:application/pdf;base64,AAAA">Inline.pdf</a>
  <a href="mailto:clerk@example.org?subject=minutes.pdf">Email the clerk</a>
</div>
<footer><p>Copyright Example Council</p></footer>
<script>document.write('late script');</script>
</body></html>`;

describe('htmlToText', () => {
  it('keeps the main part of a meeting page, one block a paragraph, table rows on lines', () => {
    const { text, title } = htmlToText(meetingPage, 'meeting.html', 'https://democracy.example.gov.uk/ieListDocuments.aspx?MId=1');
    expect(title).toBe('Agenda for Parks Panel on Monday, 3rd March, 2031 - Example Council');
    expect(text).toBe(
      [
        // The title's council, as the page's text names none (its header and footer are dropped).
        'Example Council',
        'Parks Panel - Monday, 3rd March, 2031 7.00 pm',
        'Printed minutes PDF 97 KB',
        'Attendance details',
        'Venue: The Pavilion, Green Lane',
        'No. Item',
        '1.',
        'Apologies',
        'None were received.',
        '2.',
        'Play area report',
        'Play area report PDF 120 KB',
        '• Replace the swings.',
        '• Paint the fence.',
        'Line one\nLine two',
        'Open report.pdf Inline.pdf Email the clerk',
      ].join('\n\n') + '\n',
    );
    for (const hidden of ['cookies', 'Accept', 'Calendar', 'Constitution', 'Home', 'Skip to', 'Share this', 'Copyright', 'secret', 'late'])
      expect(text).not.toContain(hidden);
  });

  it("keeps ModernGov's content wrapper (class mgContent) only, when the council's site puts its header and menu in plain divs", () => {
    const page = `<html><body><div id="top"><a href="/">Brackwell Council</a><ul><li><a href="/parking">Parking</a></li>
<li><a href="mgCalendarMonthView.aspx">Calendar</a></li></ul></div>
<div id="modgov"><div class="mgContent"><h1>Decision details</h1><p>Decision Maker: Cabinet</p></div></div>
<div id="bottom">Site map</div></body></html>`;
    expect(htmlToText(page, 'decision.html').text).toBe('Decision details\n\nDecision Maker: Cabinet\n');
  });

  it("takes in ModernGov's heading, printed in divs of its own before its content wrapper, wherever the template puts the region", () => {
    // Own words: the site's template has no <main>; ModernGov's heading and links are siblings of mgContent.
    const modgov = `<div id="modgov"><div class="mgHeader"><h1 class="mgMainTitleTxt">Agenda and minutes</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt">Ferry Board - Monday, 2nd June, 2031 6.00 pm</h2></div>
<div class="mgLinks"><ul><li><a href="documents/g1/minutes.pdf">Printed minutes</a></li></ul></div>
<div class="mgContent"><p>Venue: Pier House</p></div></div>`;
    const expected = 'Agenda and minutes\n\nFerry Board - Monday, 2nd June, 2031 6.00 pm\n\nPrinted minutes\n\nVenue: Pier House\n';
    const template = (inner: string) =>
      `<html><body><div id="top"><a href="/">Home</a></div>${inner}<div id="end">Site map</div></body></html>`;
    expect(htmlToText(template(modgov), 'meeting.html').text).toBe(expected);
    // A <main> (or role="main") the template puts around the content wrapper alone is widened the same way.
    const inMain = modgov
      .replace('<div class="mgContent">', '<main><div class="mgContent">')
      .replace('</p></div></div>', '</p></div></main></div>');
    expect(htmlToText(template(inMain), 'meeting.html').text).toBe(expected);
    // A region holding ModernGov's heading already, or no ModernGov content, is kept as it is.
    expect(htmlToText(template(`<main><p>Ferry timetable</p></main>${modgov}`), 'page.html').text).toBe('Ferry timetable\n');
  });

  it('numbers an ordered list of titles as the browser shows it (from its start), and marks each point of a list of sentences with a bullet, unnumbered (a list of titles in a cell stays plain)', () => {
    const page = `<html><body><main><h2>Agenda</h2>
<ol><li><strong>Apologies</strong></li><li><strong>Play parks</strong><br>Report of the Head of Parks.</li></ol>
<h3>Part 2</h3><ol start="5"><li>Land at Brook Street</li><li value="9">Staffing</li></ol>
<p>RESOLVED:</p><ol><li>That the report be noted;</li><li>That a review be held.</li></ol>
<ol type="a"><li>Footpaths</li></ol>
<table><tr><td><p>4.</p></td><td><p>Grants</p><p>Members raised:</p><ol><li>Sports clubs</li><li>Youth groups</li></ol></td></tr></table>
</main></body></html>`;
    expect(
      htmlToText(page, 'agenda.html')
        .text.split('\n')
        .filter((line) => line !== ''),
    ).toEqual([
      'Agenda',
      '1. Apologies',
      '2. Play parks',
      'Report of the Head of Parks.',
      'Part 2',
      '5. Land at Brook Street',
      '9. Staffing',
      'RESOLVED:',
      '• That the report be noted;',
      '• That a review be held.',
      'Footpaths',
      '4.',
      'Grants',
      'Members raised:',
      'Sports clubs',
      'Youth groups',
    ]);
  });

  it('reads an ordered list whose entries open with a title in bold run in to the text as numbered items, and no other list', () => {
    const page = `<html><body><main><p>Present: Cllrs Ash and Bell.</p>
<ol start="4"><li><strong>Apologies.</strong> Cllr Cole &#8211; unwell.</li>
<li><b>Playing field</b>. The goalposts are broken.<ol><li>Ask for three quotes.</li><li>Close the pitch.</li></ol></li>
<li><strong>Next meeting:</strong> 9 June.</li><li>Any other business was none.</li></ol></main></body></html>`;
    expect(
      htmlToText(page, 'minutes.html')
        .text.split('\n')
        .filter((line) => line !== ''),
    ).toEqual([
      'Present: Cllrs Ash and Bell.',
      '4. Apologies',
      'Cllr Cole – unwell.',
      '5. Playing field',
      'The goalposts are broken.',
      '• Ask for three quotes.',
      '• Close the pitch.',
      '6. Next meeting',
      '9 June.',
      '7. Any other business was none.',
    ]);
    // Lists inside minutes stay unnumbered, each point bulleted: bold names, "RESOLVED" over each point, a list with few bold titles.
    const lines = (list: string) =>
      htmlToText(`<html><body><main>${list}</main></body></html>`, 'minutes.html')
        .text.split('\n')
        .filter((line) => line !== '');
    expect(lines('<ol><li><b>Cllr Ash</b> asked about the bus shelter.</li><li><b>Cllr Bell</b> asked about parking.</li></ol>')).toEqual([
      '• Cllr Ash asked about the bus shelter.',
      '• Cllr Bell asked about parking.',
    ]);
    expect(lines('<ol><li><b>RESOLVED:</b> that the fees rise.</li><li><b>Resolved:</b> that the hall closes.</li></ol>')).toEqual([
      '• RESOLVED: that the fees rise.',
      '• Resolved: that the hall closes.',
    ]);
    expect(lines('<ol><li><b>Grants.</b> Two were made.</li><li>The hedges were cut.</li><li>The bins were moved.</li></ol>')).toEqual([
      '• Grants. Two were made.',
      '• The hedges were cut.',
      '• The bins were moved.',
    ]);
  });

  it('numbers an ordered list whose entries open with a heading or a title in bold standing over their text, as a browser shows it', () => {
    const lines = (list: string) =>
      htmlToText(`<html><body><main>${list}</main></body></html>`, 'minutes.html')
        .text.split('\n')
        .filter((line) => line !== '');
    expect(
      lines(`<ol start="3"><li><h2>Parish lengthsman</h2><p>The ditches on Mill Lane were cleared.</p></li>
<li><h3>Allotments</h3><p>RESOLVED that the rent stays at £30.</p><ul><li>Plot 4 is vacant.</li></ul></li>
<li value="8"><p><strong>Village green</strong></p><p>The bench was repainted.</p></li>
<li><b>Correspondence</b><p>A letter from the bus company was read.</p></li></ol>`),
    ).toEqual([
      '3. Parish lengthsman',
      'The ditches on Mill Lane were cleared.',
      '4. Allotments',
      'RESOLVED that the rent stays at £30.',
      'Plot 4 is vacant.',
      '8. Village green',
      'The bench was repainted.',
      '9. Correspondence',
      'A letter from the bus company was read.',
    ]);
    // A decision in bold over its text is no title, and a bold word opening a sentence is none either.
    expect(
      lines('<ol><li><p><b>RESOLVED</b></p><p>That the fees rise.</p></li><li><p><b>Resolved</b></p><p>That the hall shuts.</p></li></ol>'),
    ).toEqual(['• RESOLVED', 'That the fees rise.', '• Resolved', 'That the hall shuts.']);
  });

  it("puts a paragraph's numbered title in bold on a line of its own over the text run on after it", () => {
    const page = `<html><body><main><p><strong>3. Minutes</strong> The minutes of 2 May were signed.</p>
<p><b>4. Footpaths.</b> The stile is mended.</p><p><b>5. RESOLVED</b> that the hall closes.</p>
<p><strong>Note:</strong> the next meeting is in June.</p></main></body></html>`;
    expect(
      htmlToText(page, 'minutes.html')
        .text.split('\n')
        .filter((line) => line !== ''),
    ).toEqual([
      '3. Minutes',
      'The minutes of 2 May were signed.',
      '4. Footpaths',
      'The stile is mended.',
      // A decision in bold, and a bold run with no number, are no titles: the paragraph stays one line.
      '5. RESOLVED that the hall closes.',
      'Note: the next meeting is in June.',
    ]);
  });

  it('keeps a list of speakers named in bold before what they said unnumbered: a person is no title, each a point of a list', () => {
    const page = `<html><body><main><h3>QUESTION TIME</h3><ol>
<li><strong>Cllr J Amberley:</strong> asked about the pond.</li><li><b>Mrs P Cho (resident):</b> spoke for the plan.</li>
</ol><ol><li><strong>Councillor vacancy:</strong> The Clerk will advertise.</li><li><strong>Grants:</strong> none.</li></ol>
</main></body></html>`;
    expect(
      htmlToText(page, 'minutes.html')
        .text.split('\n')
        .filter((line) => line !== ''),
    ).toEqual([
      'QUESTION TIME',
      '• Cllr J Amberley: asked about the pond.',
      '• Mrs P Cho (resident): spoke for the plan.',
      // A title that starts with "Councillor" and runs on in a sentence of its own stays an item's.
      '1. Councillor vacancy',
      'The Clerk will advertise.',
      '2. Grants',
      'none.',
    ]);
  });

  it("drops a WordPress post's comments, reply form, sidebar widgets, links to other posts and its download button", () => {
    const page = `<html><body><div id="content" class="site-content"><div class="entry-content">
<p>Minutes of Oakhurst Parish Council.</p><p><a href="/files/minutes-may.pdf">Download as PDF</a></p></div>
<div class="nav-links"><a href="/minutes-april/">Minutes April</a></div>
<div id="comments" class="comments-area"><h2>2 thoughts on Minutes</h2><ol class="comment-list"><li>Resolved to complain!</li></ol>
<div id="respond" class="comment-respond"><h3>Leave a Reply</h3></div></div>
<div id="secondary" class="widget-area"><section class="widget"><h2>Recent Posts</h2></section></div></div></body></html>`;
    expect(htmlToText(page, 'post.html').text).toBe('Minutes of Oakhurst Parish Council.\n');
  });

  it('drops a footer marked by its class or id, as a <footer> is dropped', () => {
    // Own words: an older template's copyright line under the items, in a paragraph classed "footer".
    const page = `<html><body><div class="mainbody"><h1>Minutes</h1><p>RESOLVED that the plan be noted.</p>
<p class="footer">&copy; Eastmere Fire Authority</p></div><div id="page-footer">Privacy</div><div class="footer-links">Jobs</div></body></html>`;
    expect(htmlToText(page, 'minutes.html').text).toBe('Minutes\n\nRESOLVED that the plan be noted.\n');
  });

  it("puts a document's link whose text gives its type and size on a line of its own, after a title or a sentence", () => {
    const page = `<html><body><main><ol>
<li><strong>Notes of the last meeting</strong> <a href="/d/notes.pdf">Notes (PDF, 120KB)</a></li>
<li><strong>Bridge repairs</strong><br>Report of the Head of Highways. <a href="/d/r.pdf">Report (PDF 2MB)</a> <a href="/d/a.pdf">Appendix A (PDF, 80KB)</a></li>
</ol><table><tr><td>Bridge repairs</td><td><a href="/d/r.pdf">Report (PDF 2MB)</a> <a href="/d/a.pdf">Appendix A (PDF, 80KB)</a></td></tr></table>
<p>See <a href="/d/guide.pdf">the guide</a> for more.</p></main></body></html>`;
    expect(
      htmlToText(page, 'agenda.html')
        .text.split('\n')
        .filter((line) => line !== ''),
    ).toEqual([
      '1. Notes of the last meeting',
      'Notes (PDF, 120KB)',
      '2. Bridge repairs',
      'Report of the Head of Highways.',
      'Report (PDF 2MB)',
      'Appendix A (PDF, 80KB)',
      // A table's row stays one line; a link with no size stays in its sentence.
      'Bridge repairs\tReport (PDF 2MB) Appendix A (PDF, 80KB)',
      'See the guide for more.',
    ]);
  });

  it('reads no separator between two listed links as a line of text: "Report (PDF) | Appendix (PDF)"', () => {
    const page = `<html><body><main><h2>4 Play areas</h2>
<p><a href="/d/r.pdf">Report (PDF, 310KB)</a> | <a href="/d/a.pdf">Appendix A (PDF, 95KB)</a></p>
<table><tr><td>Play areas</td><td><a href="/d/r.pdf">Report (PDF 2MB)</a> · <a href="/d/a.pdf">Appendix A (PDF, 80KB)</a></td></tr></table>
<p>Cllr Ash | Cllr Birch</p></main></body></html>`;
    expect(
      htmlToText(page, 'minutes.html')
        .text.split('\n')
        .filter((line) => line !== ''),
    ).toEqual([
      '4 Play areas',
      'Report (PDF, 310KB)',
      'Appendix A (PDF, 95KB)',
      'Play areas\tReport (PDF 2MB) Appendix A (PDF, 80KB)',
      'Cllr Ash | Cllr Birch',
    ]);
  });

  it('lists document links as absolute URLs against the page URL, dropping script and data links', () => {
    const { links } = htmlToText(meetingPage, 'meeting.html', 'https://democracy.example.gov.uk/ieListDocuments.aspx?MId=1');
    expect(links).toEqual([
      { text: 'Printed minutes PDF 97 KB', url: 'https://democracy.example.gov.uk/mgConvert2PDF.aspx?ID=1' },
      { text: 'Play area report PDF 120 KB', url: 'https://democracy.example.gov.uk/documents/s123/report.pdf' },
    ]);
  });

  it('falls back to <base href>, then to the canonical link, else keeps the href as written', () => {
    const page = (head: string) => `<html><head>${head}</head><body><a href="documents/s9/notes.docx">Notes</a></body></html>`;
    const withBase = htmlToText(
      page('<base href="https://a.example/council/"><link rel="canonical" href="https://b.example/x">'),
      'p.html',
    );
    expect(withBase.links).toEqual([{ text: 'Notes', url: 'https://a.example/council/documents/s9/notes.docx' }]);
    const withCanonical = htmlToText(page('<link rel="canonical" href="https://b.example/meetings/page.aspx">'), 'p.html');
    expect(withCanonical.links[0]?.url).toBe('https://b.example/meetings/documents/s9/notes.docx');
    const pageUrlWins = htmlToText(page('<base href="https://a.example/">'), 'p.html', 'https://c.example/m/1');
    expect(pageUrlWins.links[0]?.url).toBe('https://c.example/m/documents/s9/notes.docx');
    expect(htmlToText(page(''), 'p.html').links).toEqual([{ text: 'Notes', url: 'documents/s9/notes.docx' }]);
    expect(htmlToText(page('<base href="javascript:alert(1)//">'), 'p.html').links[0]?.url).toBe('documents/s9/notes.docx');
  });

  it('never turns hostile markup into text and decodes odd character references safely', () => {
    const hostile = `<main><p>Budget &#99999999; line &#0; end &#x110000;</p>
      <img src="x" onerror="alert('img')"><iframe srcdoc="<p>framed</p>">fallback</iframe>
      <svg><script>alert('svg')</script><text>drawn</text></svg>
      <object data="x.pdf">object fallback</object><noscript>no script</noscript><template><p>template</p></template>
      <p onclick="alert('click')" hidden>hidden words</p><p aria-hidden="true">icon</p><p>After &amp; &lt;b&gt; &unknown; &pound;5</p></main>`;
    const { text, links } = htmlToText(hostile, 'hostile.html');
    expect(text).toBe('Budget \uFFFD line \uFFFD end \uFFFD\n\nAfter & <b> &unknown; £5\n');
    expect(links).toEqual([]);
  });

  it('keeps the lines of a <pre> and refuses a page nested thousands of elements deep with a FormatError', () => {
    expect(htmlToText('<pre>Item 1   Parks\nItem 2 <b>Paths</b></pre><p>After</p>', 'pre.html').text).toBe(
      'Item 1 Parks\nItem 2 Paths\n\nAfter\n',
    );
    const deep = '<div>'.repeat(20_000) + 'deep' + '</div>'.repeat(20_000);
    expect(() => htmlToText(deep, 'deep.html')).toThrow(FormatError);
    expect(() => htmlToText(deep, 'deep.html')).toThrow(/^deep\.html: is nested too deeply/);
  });

  it('drops a search form but keeps a form that wraps the whole page', () => {
    const page = `<body><form action="/search"><label>Search</label><input name="q"><button>Go</button></form>
      <form id="aspnetForm" method="post"><h1>Planning Committee</h1><p>Minutes of the meeting.</p></form></body>`;
    expect(htmlToText(page, 'cmis.html').text).toBe('Planning Committee\n\nMinutes of the meeting.\n');
  });

  it("drops a page's tabs (a list of links to its own parts, or a tablist), whose labels are no text of the record", () => {
    const page = `<h1>Adult Care Board</h1>
      <ul class="Tabs"><li><a href="#docs">Documents</a></li><li><a href="#attendance">Attendance</a></li><li><a href="#visitors">Visitors</a></li></ul>
      <div role="tablist"><span role="tab">Decisions</span></div>
      <ul><li><a href="#docs">Documents</a> for the meeting</li><li>Attendance</li></ul>
      <div id="docs"><p>Agenda</p></div>`;
    expect(htmlToText(page, 'tabs.html').text).toBe('Adult Care Board\n\nDocuments for the meeting\n\nAttendance\n\nAgenda\n');
  });

  it('writes a table of one-line cells a row a line, cells parted by tabs, as the PDF reader writes a table', () => {
    const page = `<p>Before</p><table><caption>Attendance</caption>
      <thead><tr><th>Attendee</th><th>Role</th><th>Attendance</th><th>Notes</th></tr></thead>
      <tbody><tr><td><a href="mgUserInfo.aspx?UID=1">Councillor A  Ash</a></td><td>Chair</td><td><p>Present</p></td><td>&nbsp;</td></tr>
      <tr><td></td><td>Vice-Chair</td><td>Apologies</td><td>Ill<span class="sr-only"> (hidden)</span></td></tr>
      <tr><td> </td><td></td></tr>
      <tr><td>Report <a href="documents/s1/plan.pdf">plan.pdf</a></td><td>Agreed</td></tr></tbody></table><p>After</p>`;
    const { text, links } = htmlToText(page, 'rows.html', 'https://democracy.example.gov.uk/mgMeetingAttendance.aspx?ID=1');
    expect(text).toBe(
      [
        'Before',
        'Attendance',
        'Attendee\tRole\tAttendance\tNotes\nCouncillor A Ash\tChair\tPresent\n\tVice-Chair\tApologies\tIll\nReport plan.pdf\tAgreed',
        'After',
      ].join('\n\n') + '\n',
    );
    expect(links).toEqual([{ text: 'plan.pdf', url: 'https://democracy.example.gov.uk/documents/s1/plan.pdf' }]);
  });

  it("keeps a grid's rows when its cells hold paragraphs or lines: a cell's later lines below its row, in its column", () => {
    // Own words: a tracker headed over four columns, cells with <p>s and <br>s, the reference broken over two lines.
    const page = `<table><thead><tr><th>Ref</th><th>Panel</th><th>Recommendation</th><th>Progress</th></tr></thead>
      <tbody><tr><td>PR<br>07</td><td>Housing Panel</td><td><p>That empty garages be let to residents.</p></td>
      <td><p>Twelve let so far.</p><p>A waiting list opened in May.</p></td></tr>
      <tr><td>PR<br>08</td><td>Housing Panel</td><td>That the lifts be checked monthly.</td>
      <td>Checks began in March.<br>A contractor was appointed.<br><br>Report due in the autumn.</td></tr></tbody></table>`;
    expect(htmlToText(page, 'tracker.html').text).toBe(
      [
        'Ref\tPanel\tRecommendation\tProgress',
        'PR 07\tHousing Panel\tThat empty garages be let to residents.\tTwelve let so far.',
        '\t\t\tA waiting list opened in May.',
        'PR 08\tHousing Panel\tThat the lifts be checked monthly.\tChecks began in March.',
        '\t\t\tA contractor was appointed.',
        '\t\t\tReport due in the autumn.',
      ].join('\n') + '\n',
    );
    // A row's first cell is one label, its lines parted by a space, in a table of one-line cells too.
    expect(htmlToText('<table><tr><td>OSC<br>4/25</td><td>Minutes</td></tr></table>', 'rows.html').text).toBe('OSC 4/25\tMinutes\n');
    // Two columns under a head (a number beside an item's title and minutes), or no head: block by block, as before.
    const items = '<table><tr><th>Item</th><th>Details</th></tr><tr><td>1</td><td><p>Apologies</p><p>None.</p></td></tr></table>';
    expect(htmlToText(items, 'items.html').text).toBe('Item Details\n\n1\n\nApologies\n\nNone.\n');
  });

  it('takes a head cell with an abbreviation\'s stop ("Minute No.") for a heading, so a minutes grid keeps its rows', () => {
    // Own words: a parish's minutes table, one cell holding a list, its head's first cell "Minute No.".
    const page = `<table><thead><tr><th>Minute No.</th><th>Item</th><th>Action</th></tr></thead>
      <tbody><tr><td>25/61</td><td><strong>Grants.</strong><ul><li>Scouts £200.</li></ul></td><td>Clerk</td></tr></tbody></table>`;
    expect(htmlToText(page, 'minutes.html').text).toBe(
      ['Minute No.\tItem\tAction', '25/61\tGrants.\tClerk', '\tScouts £200.'].join('\n') + '\n',
    );
  });

  it("keeps each row of a minutes grid whose cell spans rows (rowspan) in its columns, as Word's Save as HTML writes it", () => {
    // Own words: a minute's number spanning its two rows, then an action cell spanning two minutes' rows.
    const page = `<table><tr><td><p><b>Min No.</b></p></td><td><p><b>Item</b></p></td><td><p><b>Action</b></p></td></tr>
      <tr><td rowspan=2><p>PC/31</p></td><td><p><b>PLAY AREA</b></p><p>The swings were worn.</p></td><td>&nbsp;</td></tr>
      <tr><td><p>RESOLVED to replace the swings.</p></td><td><p>Clerk</p></td></tr>
      <tr><td><p>PC/32</p></td><td><p><b>BENCHES</b></p><p>RESOLVED to buy two benches.</p></td><td rowspan=2><p>RFO</p></td></tr>
      <tr><td><p>PC/33</p></td><td><p><b>GRANTS</b></p><p>RESOLVED to give £50 to the youth club.</p></td></tr></table>`;
    expect(htmlToText(page, 'minutes.html').text).toBe(
      [
        'Min No.\tItem\tAction',
        'PC/31\tPLAY AREA',
        '\tThe swings were worn.',
        '\tRESOLVED to replace the swings.\tClerk',
        'PC/32\tBENCHES\tRFO',
        '\tRESOLVED to buy two benches.',
        'PC/33\tGRANTS',
        '\tRESOLVED to give £50 to the youth club.',
      ].join('\n') + '\n',
    );
  });

  it('gives the tracker reader every row of a tracker page whose cells hold paragraphs', () => {
    // Own words: before, the paragraphs sent the table to block-by-block text and no row was read.
    const page = `<html><body><main><h1>Scrutiny Recommendations Tracker</h1><p>Updated 2 May 2031</p>
<table><tr><th>Ref</th><th>Recommendation</th><th>Progress</th><th>Status</th></tr>
<tr><td>ER1</td><td><p>That verges be cut twice a year.</p></td><td><p>Contract let.</p><p>First cut in May.</p></td><td>Open</td></tr>
<tr><td>ER2</td><td><p>That bus shelters be audited.</p></td><td><p>Audit done.</p></td><td>Complete</td></tr></table></main></body></html>`;
    const records = parseSource(htmlToText(page, 'tracker.html').text, 'tracker.html', {}, 'html');
    const rows = records.flatMap((record) => (record.collection === 'recommendations' ? [record.data] : []));
    expect(rows.map((row) => row.reference)).toEqual(['ER1', 'ER2']);
  });

  it('reads a table block by block when a cell holds paragraphs or a table (a table inside still a grid)', () => {
    const nested = '<table><tr><td>Outer</td><td><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>';
    expect(htmlToText(nested, 'nested.html').text).toBe('Outer\n\na\tb\n');
    const paragraphs = '<table><tr><td>1.</td><td><p>Title</p><p>Text.</p></td></tr></table>';
    expect(htmlToText(paragraphs, 'items.html').text).toBe('1.\n\nTitle\n\nText.\n');
  });

  it('parts the lines of a cell broken by <br> with "; " (a space after a stop), so the row stays one line', () => {
    const page = `<table><tr><th>Ref</th><th>Recommendation</th><th>Lead</th></tr>
      <tr><td>R1</td><td>That the depot closes.<br>That staff move to Elm Road</td><td>Cllr A Ash<br>Cllr B Birch<br></td></tr></table>`;
    expect(htmlToText(page, 'tracker.html').text).toBe(
      'Ref\tRecommendation\tLead\nR1\tThat the depot closes. That staff move to Elm Road\tCllr A Ash; Cllr B Birch\n',
    );
    // Outside a table a <br> still ends the line; a cell with paragraphs is still read block by block.
    expect(htmlToText('<p>Town Hall<br>Mill Lane</p>', 'address.html').text).toBe('Town Hall\nMill Lane\n');
    expect(htmlToText('<table><tr><td><p>Title</p>One<br>Two</td></tr></table>', 'items.html').text).toBe('Title\n\nOne\nTwo\n');
  });

  it("puts the council the page's title names as the site over the text, when the text names no council", () => {
    const page = (title: string, body: string) =>
      `<html><head><title>${title}</title></head><body><h1>Meeting Details</h1>${body}</body></html>`;
    expect(htmlToText(page('Meeting Details - Fenmoor County Council', '<p>Planning Committee</p>'), 'cmis.html').text).toBe(
      'Fenmoor County Council\n\nMeeting Details\n\nPlanning Committee\n',
    );
    expect(htmlToText(page('Fenmoor County Council | Minutes', '<p>Planning Committee</p>'), 'a.html').text).toMatch(
      /^Fenmoor County Council\n/,
    );
    // The text names a council already, the title names none, or names ModernGov's placeholder site: nothing added.
    const named = page('Meeting Details - Fenmoor County Council', '<p>Minutes of Ashby Parish Council</p>');
    expect(htmlToText(named, 'b.html').text).toBe('Meeting Details\n\nMinutes of Ashby Parish Council\n');
    expect(htmlToText(page('Planning Committee - 14 May 2025', ''), 'c.html').text).toBe('Meeting Details\n');
    expect(htmlToText(page('Agenda for Cabinet on Monday - Modern Council', ''), 'd.html').text).toBe('Meeting Details\n');
    // A Welsh council's bilingual site name: the English name, which the records in English are filed by.
    const bilingual = page('Agenda for Cabinet on Monday - Cyngor Sir Bryncoed / Bryncoed County Council', '<p>Cabinet</p>');
    expect(htmlToText(bilingual, 'e.html').text).toBe('Bryncoed County Council\n\nMeeting Details\n\nCabinet\n');
  });

  it("writes a description list's terms and their one-line descriptions as labelled lines, as a GOV.UK summary list gives details", () => {
    const list = `<dl class="govuk-summary-list">
      <div class="govuk-summary-list__row"><dt>Date</dt><dd>Tuesday 14 January 2025</dd></div>
      <div class="govuk-summary-list__row"><dt>Venue</dt><dd><p>Council Chamber</p></dd><dd class="govuk-summary-list__actions"></dd></div>
      <dt>Contact</dt><dd></dd></dl>`;
    expect(htmlToText(list, 'details.html').text).toBe('Date: Tuesday 14 January 2025\nVenue: Council Chamber\nContact\n');
    // A term with its own colon keeps one; who attended, as a CMS's "Attendance" list gives it, reads as a printed list's labels.
    const attended = `<dl><dt>Council</dt><dd>Oxley Vale District Council</dd><dt>Present:</dt><dd>Councillor P Marr, Councillor Q Ives</dd>
      <dt>Apologies for absence:</dt><dd>Councillor R Tull</dd></dl>`;
    expect(htmlToText(attended, 'attended.html').text).toBe(
      'Council: Oxley Vale District Council\nPresent: Councillor P Marr, Councillor Q Ives\nApologies for absence: Councillor R Tull\n',
    );
    // Two descriptions of one term, or a description of many paragraphs: read block by block.
    expect(htmlToText('<dl><dt>Members</dt><dd>A Ash</dd><dd>B Bell</dd></dl>', 'two.html').text).toBe('Members\n\nA Ash\n\nB Bell\n');
    expect(htmlToText('<dl><dt>Notes</dt><dd><p>One.</p><p>Two.</p></dd></dl>', 'long.html').text).toBe('Notes\n\nOne.\n\nTwo.\n');
  });

  it('writes a sheet of th labels beside td values as labelled lines, a value of paragraphs under its label alone', () => {
    const sheet = `<table><tr><th scope="row">Decision Maker</th><td>Leader of the Council</td></tr>
      <tr><th scope="row">Decision</th><td><p>The Leader:</p><ol><li>agreed the grant;</li><li>noted the risks.</li></ol></td></tr>
      <tr><th scope="row">Contact:</th><td>Ada Quill</td></tr></table>`;
    expect(htmlToText(sheet, 'sheet.html').text).toBe(
      'Decision Maker: Leader of the Council\nDecision:\n\nThe Leader:\n\n• agreed the grant;\n\n• noted the risks.\n\nContact: Ada Quill\n',
    );
    // A row of two values, or a label in a td, is no sheet: read as before.
    const grid = '<table><tr><th>Ward</th><td><p>North</p><p>South</p></td></tr><tr><td>Note</td><td>None</td></tr></table>';
    expect(htmlToText(grid, 'grid.html').text).toBe('Ward\n\nNorth\n\nSouth\n\nNote None\n');
  });

  it("bullets a list under a decision's lead-in as points, however short its entries, and never numbers them as the page's items", () => {
    const page = `<html><body><main><h3>6. Allotments</h3>
<p>After debate the Council <strong>RESOLVED</strong> that:</p><ol><li>To raise the plot rent to £40</li><li>To note the waiting list</li></ol>
<h3>7. Footpaths</h3><p>The Committee agreed:</p><ul><li>to report the stile on Mill Lane</li><li>to thank the volunteers</li></ul>
<p>Topics raised:</p><ol><li>Bus shelter</li><li>Dog bins</li></ol>
</main></body></html>`;
    expect(
      htmlToText(page, 'minutes.html')
        .text.split('\n')
        .filter((line) => line !== ''),
    ).toEqual([
      '6. Allotments',
      'After debate the Council RESOLVED that:',
      '• To raise the plot rent to £40',
      '• To note the waiting list',
      '7. Footpaths',
      'The Committee agreed:',
      '• to report the stile on Mill Lane',
      '• to thank the volunteers',
      // No lead-in: a list of titles, numbered as the browser shows it.
      'Topics raised:',
      '1. Bus shelter',
      '2. Dog bins',
    ]);
  });

  it("bullets each point of a decision's list in an item's cell, a <p> inside a point or not, unless the point brings its own mark", () => {
    const lines = (cell: string) =>
      htmlToText(`<html><body><table><tr><td><p>7.</p></td><td>${cell}</td></tr></table></body></html>`, 'minutes.html')
        .text.split('\n')
        .filter((line) => line !== '');
    expect(
      lines('<p>RESOLVED:</p><ol><li><p>That the bowls green be resurfaced.</p></li><li>That the pavilion roof be repaired.</li></ol>'),
    ).toEqual(['7.', 'RESOLVED:', '• That the bowls green be resurfaced.', '• That the pavilion roof be repaired.']);
    expect(lines('<p>RESOLVED:</p><ol><li>(1) That the hedge be cut.</li><li>b) That the gate be mended.</li></ol>')).toEqual([
      '7.',
      'RESOLVED:',
      '(1) That the hedge be cut.',
      'b) That the gate be mended.',
    ]);
  });

  it("numbers the heading under a details table by its 'Item number' row, as a page of one agenda item sets them", () => {
    const page = (heading: string, rows = '<tr><th>Item number</th><td>4</td></tr>') =>
      htmlToText(
        `<html><body><h1>Agenda item</h1><table><tr><th>Meeting date</th><td>Tuesday, 8 July 2031</td></tr>${rows}</table>${heading}<p>The panel heard from the ranger.</p></body></html>`,
        'item.html',
      )
        .text.split('\n')
        .filter((line) => line !== '');
    // The row's number goes to the heading, and the row is said by it.
    expect(page('<h2>Riverside path repairs</h2>')).toEqual([
      'Agenda item',
      'Meeting date\tTuesday, 8 July 2031',
      '4. Riverside path repairs',
      'The panel heard from the ranger.',
    ]);
    // No heading straight under the table, or one numbered already, or no number in the row: nothing is numbered, the row is kept.
    expect(page('<p>Riverside path repairs</p>')).toContain('Item number\t4');
    expect(page('<h2>6. Riverside path repairs</h2>')).toEqual(expect.arrayContaining(['Item number\t4', '6. Riverside path repairs']));
    expect(page('<h2>Riverside path repairs</h2>', '<tr><th>Item number</th><td>to follow</td></tr>')).toContain('Riverside path repairs');
  });

  it('copes with an empty page and with text outside any block', () => {
    expect(htmlToText('', 'empty.html')).toEqual({ text: '', title: null, links: [], canonical: null });
    expect(htmlToText('just words <b>here</b>', 'bare.html').text).toBe('just words here\n');
  });
});

describe('a list under a decision whose lead-in names who it goes to', () => {
  const points = (lead: string, tag: 'ul' | 'ol') =>
    htmlToText(
      `<html><body><main><h3>4. Allotment rents</h3><p>${lead}</p><${tag}><li>a 3% rise in plot rents from April</li><li>water charges held at £12 a plot</li><li>a waiting list fee of £5</li></${tag}></main></body></html>`,
      'minutes.html',
    )
      .text.split('\n')
      .filter((line) => line !== '');

  it('marks every entry as a point, so a decision reads them all', () => {
    expect(points('<strong>Decision:</strong> The panel recommended to Cabinet:', 'ul').slice(2)).toEqual([
      '• a 3% rise in plot rents from April',
      '• water charges held at £12 a plot',
      '• a waiting list fee of £5',
    ]);
    expect(points('The Board agreed the following:', 'ol').slice(2)).toEqual([
      '• a 3% rise in plot rents from April',
      '• water charges held at £12 a plot',
      '• a waiting list fee of £5',
    ]);
  });

  it('leaves a list under a lead-in that decides nothing as plain lines', () => {
    expect(points('Members raised:', 'ul').slice(2)).toEqual([
      'a 3% rise in plot rents from April',
      'water charges held at £12 a plot',
      'a waiting list fee of £5',
    ]);
  });
});
