import { describe, expect, it } from 'vitest';
import { blankFurniture, joinCutSentences, runningFooter } from './furniture.ts';
import { isFurnitureLine } from './furniture-line.ts';
import { isSigningRule } from './signature-block.ts';

describe('blankFurniture', () => {
  it("blanks a signature block's words on their own lines beside its blank, and keeps them elsewhere", () => {
    const lines = ['The meeting closed at 8.10 pm.', '', 'Signed as a correct record', '', '..............................', 'Chair', ''];
    expect(blankFurniture(lines)).toEqual(['The meeting closed at 8.10 pm.', '', '', '', '', '', '']);
    const minutes = ['3. Minutes', 'Signed as a correct record', '4. Chair', 'Noted.'];
    expect(blankFurniture(minutes)).toEqual(minutes);
  });

  it("blanks a rule of dashes with the signer's word under it wherever it stands, and keeps a rule under a heading", () => {
    const signed = ['Grants were agreed.', '', '-----------------------', 'Chairman', '', 'Contact Officer: Bo Tate'];
    expect(blankFurniture(signed)).toEqual(['Grants were agreed.', '', '', '', '', 'Contact Officer: Bo Tate']);
    const underlined = ['Date', '----------', '4 May', '', '= = = = = =', 'Noted.'];
    expect(blankFurniture(underlined)).toEqual(underlined);
  });

  it('knows a rule to sign on: six marks or more and nothing else', () => {
    expect(['------', '_ _ _ _ _ _', '……………………', '**********'].map(isSigningRule)).toEqual([true, true, true, true]);
    expect(['-----', '--- 4 ---', 'Chair ------', ''].map(isSigningRule)).toEqual([false, false, false, false]);
  });

  it("blanks the signer's word alone at the end of the record, its blank lost, and keeps it run on from the text", () => {
    expect(blankFurniture(['The Committee noted the report.', '', 'Chairperson', ''])).toEqual([
      'The Committee noted the report.',
      '',
      '',
      '',
    ]);
    expect(blankFurniture(['Grants were approved.', '', '', 'Mayor'])).toEqual(['Grants were approved.', '', '', '']);
    const runOn = ['The report was noted by the', 'Chairman'];
    expect(blankFurniture(runOn)).toEqual(runOn);
  });

  it('blanks a signature block of two lines at the end of the record, "Lord Mayor" over "Chairperson"', () => {
    const lines = ['The motion was passed.', '', '                    Lord Mayor', '                    Chairperson', ''];
    expect(blankFurniture(lines)).toEqual(['The motion was passed.', '', '', '', '']);
    const text = ['The motion was passed.', '', 'Lord Mayor', 'Councillor Quinlan thanked the staff.'];
    expect(blankFurniture(text)).toEqual(text);
  });

  it("blanks a minute book's running header, the volume's letter, body and page over the meeting and its date", () => {
    const header = [
      'B' + ' '.repeat(40) + 'Council' + ' '.repeat(40) + '287',
      ' '.repeat(50) + 'Monthly Meeting of Council, Wednesday, 4th June, 2025',
    ];
    expect(blankFurniture([...header, '', 'MONTHLY MEETING OF LOUGHVALE CITY COUNCIL'])).toEqual([
      '',
      '',
      '',
      'MONTHLY MEETING OF LOUGHVALE CITY COUNCIL',
    ]);
    // A table's row of a letter, a word and a figure, the line under it naming no such body with a date, stays.
    const table = ['A      Grants      120', 'Paid on Wednesday, 4th June, 2025 to the hall committee.'];
    expect(blankFurniture(table)).toEqual(table);
  });

  it('blanks a page reference even in the title block it keeps, and a running header only outside it', () => {
    const lines = [
      '2023 KAC 41',
      'East Neuk Area Committee',
      '',
      '1. Minute',
      '',
      'East Neuk Area Committee',
      '',
      '2. Report',
      '',
      'East Neuk Area Committee',
    ];
    expect(blankFurniture(lines, new Set([0, 1]))).toEqual([
      '',
      'East Neuk Area Committee',
      '',
      '1. Minute',
      '',
      '',
      '',
      '2. Report',
      '',
      '',
    ]);
  });

  it('blanks a running header of two lines, and keeps a line of prose the minutes repeat word for word', () => {
    const page = (item: string) => [
      '',
      'AUDIT COMMITTEE',
      '24 SEPTEMBER 2009',
      `${item}. The report was presented. The recommendations were moved by Councillor Ash and seconded by`,
      'The recommendations were moved by Councillor Ash and seconded by',
      'Councillor Elm.',
    ];
    const lines = [...page('1'), ...page('2'), ...page('3')];
    const blanked = blankFurniture(lines);
    expect(blanked.filter((line) => /AUDIT|SEPTEMBER/.test(line))).toEqual([]);
    expect(blanked.filter((line) => line === 'The recommendations were moved by Councillor Ash and seconded by')).toHaveLength(3);
  });

  it("keeps a role printed under each of several members' names, and still blanks a footer after a name once", () => {
    const member = (name: string) => [name, 'Appointed by Fernvale Council (Elected Member)', ''];
    const footer = ['', 'Fernvale Joint Board - 3 March 2026', ''];
    const lines = [
      'Present:-',
      '',
      ...member('Isla Drummond'),
      ...member('Rory Baird'),
      ...footer,
      ...member('Morven Tait'),
      'Ewan Corrie',
      'Fernvale Joint Board - 3 March 2026',
      '',
      '1. The minute was approved.',
      ...footer,
      '2. The budget was noted.',
      ...footer,
    ];
    const blanked = blankFurniture(lines);
    expect(blanked.filter((line) => line.startsWith('Appointed by'))).toHaveLength(3);
    expect(blanked.filter((line) => line.startsWith('Fernvale Joint Board'))).toEqual([]);
  });

  it('keeps a line that leads into a decision, however often the minutes print it', () => {
    const item = (n: number) => [
      '',
      `${n}. REPORT ${n}`,
      'There was submitted a report.',
      '',
      'The Committee agreed:-',
      `to note report ${n}.`,
    ];
    const lines = [1, 2, 3].flatMap(item);
    expect(blankFurniture(lines).filter((line) => line === 'The Committee agreed:-')).toHaveLength(3);
  });

  const footer = ['Draft minutes, subject to approval at the next meeting', 'Meeting dates are listed at www.example.gov.uk'];
  /** A page of minutes: its text, the minutes' own page number, the footer, the pack's page number. */
  const page = (text: string[], own: string, pack: string) => [...text, own, ...footer, '', pack, ''];

  it('blanks the page numbers beside every occurrence of a footer, rising page by page or starting again at 1', () => {
    const lines = [
      ...page(['1', '', 'APOLOGIES', 'None.'], '1', '3'),
      ...page(['2', '', 'WORK PROGRAMME', 'Noted.'], '2', '4'),
      ...page(['JOINT SESSION', 'Members asked about the audit.'], '1', '5'),
      'This page is intentionally blank',
      '',
      '6',
    ];
    const kept = blankFurniture(lines).filter((line) => line !== '');
    expect(kept).toEqual(['1', 'APOLOGIES', 'None.', '2', 'WORK PROGRAMME', 'Noted.', 'JOINT SESSION', 'Members asked about the audit.']);
  });

  it("keeps an item's number that a page break left beside the footer once", () => {
    const lines = [
      ...page(['1', '', 'APOLOGIES', 'None.', '2'], '', ''),
      'WORK PROGRAMME',
      ...page(['Noted.'], '', ''),
      ...page(['Closed at 8pm.'], '', ''),
    ];
    expect(blankFurniture(lines).filter((line) => /^\d$/.test(line))).toEqual(['1', '2']);
  });

  it('keeps numbers beside a footer that do not run on from page to page', () => {
    const lines = [...page(['Noted.'], '4', ''), ...page(['Agreed.'], '2', ''), ...page(['Closed.'], '7', '')];
    expect(blankFurniture(lines).filter((line) => /^\d$/.test(line))).toEqual(['4', '2', '7']);
  });
});

describe('a footer that carries its page number, and a signature line under it', () => {
  const footer = (n: number) => `Minutes – Licensing Committee – 2 June 2026          Page ${n} of 3`;
  const page = (n: number, text: string[]) => [...text, '', footer(n), 'Chair’s initials ........', '\fWESTFIELD TOWN COUNCIL'];

  it('blanks the footer on every page though its number differs, and the initials line under it', () => {
    const lines = [...page(1, ['1. APOLOGIES', 'None.']), ...page(2, ['2. PERMITS', 'Noted.']), ...page(3, ['3. CLOSE', 'Ended.'])];
    const kept = blankFurniture(lines).filter((line) => line.trim() !== '');
    expect(kept).toEqual(['1. APOLOGIES', 'None.', '2. PERMITS', 'Noted.', '3. CLOSE', 'Ended.']);
  });

  it("blanks a footer with its page's number and a date from its second page on, and no other line seen twice", () => {
    const foot = (n: number) => ['', `Env. & Leisure O&S – 02.06.26          ${n}`, '\f'];
    const lines = ['1. APOLOGIES', 'None.', ...foot(1), '2. PERMITS', 'Noted.', ...foot(2), 'Ended.'];
    expect(blankFurniture(lines).filter((line) => line.trim() !== '')).toEqual(['1. APOLOGIES', 'None.', '2. PERMITS', 'Noted.', 'Ended.']);
    // Twice, but with no date (or no page number): text, as before.
    const twice = ['1. APOLOGIES', '', 'Members of the public spoke', '', '2. PERMITS', '', 'Members of the public spoke', ''];
    expect(blankFurniture(twice)).toEqual(twice);
  });

  it("blanks a dated header printed at each page's top under the page number of the page before, and that number", () => {
    const lines = [
      'LTC 04.02.2026',
      '',
      'LOWTHER TOWN COUNCIL',
      '',
      '1.    Apologies',
      '',
      '      None were received.',
      '',
      '14',
      '',
      'LTC 04.02.2026',
      '',
      '2.    Allotments',
      '',
      '      Members noted the waiting list.',
    ];
    const kept = blankFurniture(lines).filter((line) => line.trim() !== '');
    expect(kept).toEqual([
      'LOWTHER TOWN COUNCIL',
      '1.    Apologies',
      '      None were received.',
      '2.    Allotments',
      '      Members noted the waiting list.',
    ]);
    // With no page number above it the second time, a line seen twice is text, as before.
    const unnumbered = lines.filter((line) => line !== '14');
    expect(blankFurniture(unnumbered)).toEqual(unnumbered);
  });

  it('knows a line to initial each page on, even once', () => {
    expect(["Chair's initials ......", 'Initials ____', 'Signed ........ Chair'].every(isFurnitureLine)).toBe(true);
    expect(['The Chair initials each page.', 'Initials of officers ...'].some(isFurnitureLine)).toBe(false);
  });

  it('keeps lines that differ by more than a page number', () => {
    const lines = [
      'Report on 2 June',
      '',
      'Resolution 1 of 3 was agreed',
      '',
      'Resolution 2 of 3 was agreed',
      '',
      'Resolution 3 of 3 was agreed',
    ];
    expect(blankFurniture(lines)).toEqual(lines);
  });
});

describe('joinCutSentences', () => {
  it('joins the halves of a sentence a page break cut, its furniture blanked between them', () => {
    const lines = ['RESOLVED: That the report be', '', '', '', 'noted and published.', 'Members thanked', 'the officers.', '', '4. CLOSE'];
    expect(joinCutSentences(lines)).toEqual([
      'RESOLVED: That the report be',
      'noted and published.',
      'Members thanked',
      'the officers.',
      '',
      '',
      '',
      '',
      '4. CLOSE',
    ]);
  });

  it('leaves a paragraph that ends, a list entry, and a paragraph one blank line apart', () => {
    const ends = ['The report was noted.', '', '', 'members then left.'];
    const list = ['RESOLVED that', '', '', 'a) the report be noted'];
    const paragraph = ['The Panel discussed the report and', '', 'asked for a briefing.'];
    for (const lines of [ends, list, paragraph]) expect(joinCutSentences(lines)).toEqual(lines);
  });

  it("leaves a table's narrow cell cut at a page's foot apart from a wider cell's text the next page opens on", () => {
    // Grant table: the decision cell ("Panel agreed that") wraps narrow; the next page opens on the summary cell beside it.
    const lines = [
      'Declined.',
      'Panel agreed that',
      '',
      '',
      'a minibus that runs to the day centre on each',
      'weekday through the school holidays.',
      '',
      'the request waits for the',
      'new budget.',
    ];
    expect(joinCutSentences(lines)).toEqual(lines);
  });
});

describe('a page number seen once', () => {
  const far = `${' '.repeat(70)}1`;

  it('is blanked where the layout shows it: set far in at the foot, or beside a page break', () => {
    const layout = ['Noted.', '', '', far, '', '4. BUDGET', 'Agreed.'];
    expect(blankFurniture(layout)).toEqual(['Noted.', '', '', '', '', '4. BUDGET', 'Agreed.']);
    const foot = ['Noted.', '2', '\f4. BUDGET', 'Agreed.'];
    expect(blankFurniture(foot)).toEqual(['Noted.', '', '\f4. BUDGET', 'Agreed.']);
    const head = ['Noted.', '\f 3', '4. BUDGET'];
    expect(blankFurniture(head)).toEqual(['Noted.', '', '4. BUDGET']);
  });

  it("keeps an item's number at the margin, and a figure set far in beside other lines", () => {
    const item = ['Noted.', '', '4', '', 'BUDGET', 'Agreed.'];
    expect(blankFurniture(item)).toEqual(item);
    const table = ['Ward                          Votes', far, ''];
    expect(blankFurniture(table)).toEqual(table);
  });
});

describe('runningFooter: the meeting a page footer names', () => {
  const page = (footer: string, n: number) => ['Item text of the page.', '', `${footer}          Page ${n} of 2`];

  it('reads the date and the words before it from a footer that carries its page number', () => {
    const lines = [...page('Parks and Leisure Panel – 14 March 2024', 1), ...page('Parks and Leisure Panel – 14 March 2024', 2)];
    expect(runningFooter(lines)).toEqual({ date: '2024-03-14', before: 'Parks and Leisure Panel' });
  });

  it('gives no date from footers that disagree, a printing date, a date without its year, or a line with no page number', () => {
    expect(runningFooter([...page('Parks Panel – 14 March 2024', 1), ...page('Parks Panel – 11 April 2024', 2)])).toBeNull();
    expect(runningFooter(page('Printed on 20 March 2024', 1))).toBeNull();
    expect(runningFooter(page('Parks Panel – 14 March', 1))).toBeNull();
    expect(runningFooter(['Parks and Leisure Panel – 14 March 2024'])).toBeNull();
  });
});

describe('a meeting dated only by its running footer', () => {
  it('takes the footer’s date and says so, the title block naming the body', async () => {
    const { readMeeting } = await import('./meeting.ts');
    const page = (n: number, body: string[]) => [...body, '', `Footpaths Working Group – 11 April 2024      Page ${n} of 2`, ''];
    const lines = [
      ...page(1, [
        'ORMSBY TOWN COUNCIL',
        'FOOTPATHS WORKING GROUP',
        'NOTES',
        'Present: Cllrs Ash, Birch and Cole.',
        '',
        '1. Stiles',
        'Noted the repairs.',
      ]),
      ...page(2, ['2. Signs', 'RESOLVED to order four new signs.']),
    ];
    const meeting = readMeeting(lines, {}, lines.join('\n'));
    expect(meeting.date).toBe('2024-04-11');
    expect(meeting.dateNote).toMatch(/footer/i);
    expect(meeting.committeeName).toBe('Footpaths Working Group');
  });
});
