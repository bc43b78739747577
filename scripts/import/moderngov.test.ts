import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../src/model/schema.ts';
import { meetingSchema } from '../../src/model/schema.ts';
import { parseSource } from './import-sources.ts';
import { ImportError, type ImportRecord } from './records.ts';
import { readItem } from './moderngov-items.ts';
import { moverRoster } from './reader/item-movers.ts';
import { htmlToText } from './formats/html-text.ts';
import { linkRecommendations } from './recommendations/index.ts';

/** One item of a page that lists no one (no initials name a mover), its text not minutes unless labelled. */
const readLone = (number: number, inlineTitle: string, lines: string[]) =>
  readItem({ number, label: String(number), inlineTitle, lines, line: 1 }, false, new Set(), null, moverRoster([], []));
const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name, 'input.txt'), 'utf8');

function meetingOf(records: ImportRecord[]): Meeting {
  const record = records.find((r) => r.collection === 'meetings');
  if (!record) throw new Error('no meeting');
  return meetingSchema.parse(record.data);
}

const parse = (name: string, flags = {}) => parseSource(fixture(name), `${name}.txt`, flags);

describe('ModernGov "Agenda and minutes" page: seed 002 (Thurrock)', () => {
  const records = parse('seed-002');
  const meeting = meetingOf(records);

  it('reads the meeting details', () => {
    expect(meeting.date).toBe('2017-07-11');
    expect(meeting.dateStatus).toBe('exact');
    expect(meeting.startTime).toBe('19:00');
    expect(meeting.venue).toBe('Committee Room 1, Civic Offices, New Road, Grays, Essex, RM17 6SL');
    expect(meeting.contact?.email).toBe('Direct.Democracy@thurrock.gov.uk');
    expect(meeting.contact?.text).toBe('Charlotte Raper, Senior Democratic Services Officer');
    expect(meeting.committee).toBe('thurrock-council/childrens-services-overview-and-scrutiny-committee');
    expect(meeting.council).toBe('thurrock-council');
    expect(meeting.status).toBe('minutes');
  });

  it('finds nine items numbered 44 to 52 with their titles', () => {
    expect(meeting.items.map((item) => item.number)).toEqual(['44', '45', '46', '47', '48', '49', '50', '51', '52']);
    expect(meeting.items[4]?.title).toBe('Youth Cabinet and Youth Work Report 2016/17');
    expect(meeting.items[5]?.title).toBe('Ofsted Inspection Action Plan - Update');
    expect(meeting.items.map((item) => item.anchor)).toContain('item-49');
  });

  it('turns "pdf icon PDF 97 KB" into a document, not title text', () => {
    expect(meeting.items[0]?.title).toBe('Minutes');
    expect(meeting.items[0]?.documents[0]).toMatchObject({ name: 'Minutes', kind: 'minutes', size: '97 KB' });
    expect(JSON.stringify(meeting)).not.toMatch(/pdf icon|View directions/);
  });

  it('keeps resolutions of items 48, 50 and 51 as separate entries', () => {
    const byNumber = (n: number) => meeting.items.find((item) => item.number === String(n));
    expect(byNumber(48)?.resolutions).toHaveLength(1);
    expect(byNumber(50)?.resolutions).toEqual([
      'That Children’s Services Overview and Scrutiny Committee consider the recommendations of the Review and the Action Plan, to drive up performance in these areas.',
      'That Children’s Services Overview and Scrutiny Committee receive assurance that the Action Plan will deliver the required improvement.',
    ]);
    expect(byNumber(51)?.resolutions).toHaveLength(2);
    expect(byNumber(46)?.resolutions).toEqual([]);
  });

  it('marks items 48 and 49 cut short and strips the marker', () => {
    expect(meeting.items.filter((item) => item.truncated).map((item) => item.number)).toEqual(['48', '49']);
    expect(meeting.items[5]?.minutes).toMatch(/initial scoping, …$/);
    expect(JSON.stringify(meeting)).not.toMatch(/view the full minutes text/);
  });

  it('records the reference to the meeting of 1 February 2017', () => {
    expect(meeting.references).toEqual([
      {
        date: '2017-02-01',
        text: 'To approve as a correct record the minutes of Children’s Services Overview and Scrutiny Committee meeting held on 1 February 2017.',
        item: '44',
      },
    ]);
  });
});

describe('seed 003 (Worcestershire): no committee, date only implied', () => {
  const meeting = meetingOf(parse('seed-003'));

  it('finds seven items numbered 340 to 346', () => {
    expect(meeting.items.map((item) => item.number)).toEqual(['340', '341', '342', '343', '344', '345', '346']);
  });

  it('records the reference to 14 September 2018', () => {
    expect(meeting.references.map((reference) => reference.date)).toEqual(['2018-09-14']);
  });

  it('marks the date as inferred, and the committee as not stated, with warnings', () => {
    expect(meeting.date).toBe('2018-11-16');
    expect(meeting.dateStatus).toBe('inferred');
    expect(meeting.dateNote).toMatch(/15 November 2018/);
    expect(meeting.committee).toBeNull();
    expect(meeting.warnings.join('\n')).toMatch(/committee not stated/);
    expect(meeting.warnings.join('\n')).toMatch(/date inferred/);
  });

  it('reads apologies from the minutes, people with roles kept whole', () => {
    expect(meeting.attendance.apologies).toEqual([
      'Mr B Allbut',
      'Mrs R L Dent',
      'Mr P M McDonald',
      'Ms C Driscoll, Director of Children, Families and Communities',
      'Mr M J Hart, Cabinet Member with Responsibility for Education and Skills',
    ]);
  });

  it('keeps bullet lists as Markdown lists', () => {
    expect(meeting.items[4]?.minutes).toMatch(/\n- Members were reminded that the focus/);
  });
});

describe('"Agenda item" pages: seeds 000 and 004 (Epping Forest)', () => {
  it('seed 004 gives one item with its three resolutions', () => {
    const meeting = meetingOf(parse('seed-004'));
    expect(meeting.items).toHaveLength(1);
    expect(meeting.items[0]?.title).toBe("Interim Report on Children's Task and Finish Panel");
    expect(meeting.items[0]?.resolutions).toHaveLength(3);
    expect(meeting.items[0]?.resolutions[0]).toBe('That the interim report of the Children’s Services Task and Finish Panel be noted');
    expect(meeting.attendance.presenters).toEqual(['Councillor Mrs Wagland']);
  });

  it('seed 000 gives one item; the date is not stated and says so', () => {
    const meeting = meetingOf(parse('seed-000'));
    expect(meeting.items).toHaveLength(1);
    expect(meeting.date).toBeNull();
    expect(meeting.dateStatus).toBe('not-stated');
    expect(meeting.warnings.join('\n')).toMatch(/date not stated/);
    expect(meeting.attendance.presenters).toEqual([
      'Councillor Ray Gooding, Deputy Portfolio Holder for Children Services',
      'Jenny Boyd, West Director of Local Delivery',
      'Lonica Vanclay, Head of Locality Commissioning',
    ]);
    expect(meeting.items[0]?.agendaText).toMatch(/^Councillor Ray Gooding/);
    expect(meeting.items[0]?.minutes).toMatch(/Members Enquiries Team/);
  });

  it('takes the date from a flag when the text does not state it', () => {
    const meeting = meetingOf(parse('seed-000', { date: '2012-02-13' }));
    expect(meeting.date).toBe('2012-02-13');
    expect(meeting.dateNote).toMatch(/not in the record text/);
  });
});

describe('layouts that differ from the seeds', () => {
  it('pages without "Minutes:" labels: AGREED with lettered entries, DECIDED inline, attendance lines', () => {
    const meeting = meetingOf(parse('variant-no-labels'));
    expect(meeting.items.map((item) => item.number)).toEqual(['1', '2', '3', '4']);
    expect(meeting.items[2]?.resolutions).toEqual([
      'that the review be noted',
      'that a further report come to the Panel in September',
      'that the Chairman write to the Cabinet Member.',
    ]);
    expect(meeting.items[3]?.resolutions).toEqual(['that the work programme be approved.']);
    expect(meeting.attendance.present).toEqual(['Councillor A Smith', 'Councillor B Jones', 'Councillor C Brown']);
    expect(meeting.attendance.apologies).toContain('Councillor D White');
    expect(meeting.contact?.phone).toBe('01234 567890');
    expect(meeting.references.map((r) => r.date)).toEqual(['2021-02-04']);
    expect(meeting.items[2]?.minutes).toMatch(/- Usage had risen by 12%/);
    expect(meeting.startTime).toBe('18:30');
  });

  it("takes the council from the site's banner above the page's title, and a RESOLVED alone over its decision", () => {
    const text = [
      'Westbury District Council',
      'Agenda and minutes',
      'Audit Committee - Thursday 23 May 2019 9.30 am',
      'Venue: Committee Room 2, Civic Offices',
      'Items',
      'No. Item',
      '249.',
      'Approval of Minutes',
      'Minutes:',
      'RESOLVED',
      '',
      'The minutes of the meeting held on 28 March 2019 be approved as a correct record.',
    ].join('\n');
    const meeting = meetingOf(parseSource(text, 'westbury.txt', {}));
    expect(meeting.council).toBe('westbury-district-council');
    expect(meeting.committee).toBe('westbury-district-council/audit-committee');
    expect(meeting.items[0]?.resolutions).toEqual(['The minutes of the meeting held on 28 March 2019 be approved as a correct record.']);
  });

  it('warns of text above the first numbered item, which no item holds, instead of dropping it unsaid', () => {
    const text = [
      'Agenda and minutes',
      'Cabinet - Tuesday, 4th March, 2025 7.00 pm',
      'Venue: Council Chamber',
      'Items',
      'PART I – RECOMMENDATIONS',
      'RECOMMENDATION I – Terms of Reference',
      '1.',
      'Apologies',
      'Minutes:',
      'None.',
    ].join('\n');
    expect(meetingOf(parseSource(text, 'cabinet.txt', {})).warnings).toContain(
      'text above the first numbered item was not read: "PART I – RECOMMENDATIONS" and 1 more line; nothing of it is imported',
    );
  });

  it("reads the committee's members an agenda page lists after its last item as the membership, not the item's text", () => {
    const text = [
      'Agenda and minutes',
      'Licensing Panel - Monday, 2nd June, 2031 10.00 am',
      'Venue: Room 4, Town Hall',
      'Items',
      '1.',
      'Apologies',
      '2.',
      'Taxi fares review',
      'Report of the Head of Licensing.',
      '',
      'Committee members',
      'Councillor Rhoda Quill (Chair)',
      'Councillor Omar Senna',
      'Mr Felix Tarrant (Co-opted Member)',
      '',
      'Contact: Ivy Lund, Democratic Services. Tel: 01632 960911',
    ].join('\n');
    const records = parseSource(text, 'licensing.txt', {});
    const committee = records.find((record) => record.collection === 'committees');
    expect(committee?.data).toMatchObject({
      members: ['Councillor Rhoda Quill (Chair)', 'Councillor Omar Senna', 'Mr Felix Tarrant (Co-opted Member)'],
    });
    const meeting = meetingOf(records);
    const item = JSON.stringify(meeting.items[1]);
    expect(item).toContain('Report of the Head of Licensing.');
    expect(item).not.toMatch(/Committee members|Quill|Tarrant/);
  });

  it('item numbers on the title line, RESOLVED inline and numbered "1." entries', () => {
    const meeting = meetingOf(parse('variant-inline-numbers'));
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['12', 'Declarations of Interest'],
      ['13', 'Minutes'],
      ['14', 'Hospital Discharge Arrangements'],
      ['15', 'Urgent business'],
    ]);
    expect(meeting.items[1]?.resolutions).toEqual(['that the minutes of the meeting held on 20 July 2020 be confirmed.']);
    expect(meeting.items[2]?.resolutions).toEqual(['That the report be noted.', 'That the Director report back in six months.']);
    expect(meeting.items[3]?.truncated).toBe(true);
    expect(meeting.references.map((r) => r.date)).toEqual(['2020-07-20']);
  });

  it('an "Agenda item" page with a numbered title and "Resolved:"', () => {
    const meeting = meetingOf(
      parse('variant-item-numbered', { council: 'Westvale District Council', committee: 'Finance Scrutiny Committee' }),
    );
    expect(meeting.items[0]).toMatchObject({ number: '7', title: 'Budget Monitoring 2019/20', anchor: 'item-7' });
    expect(meeting.items[0]?.documents[0]).toMatchObject({ size: '200 KB', kind: 'report' });
    expect(meeting.items[0]?.resolutions).toEqual([
      'That the forecast outturn be noted',
      'That the Cabinet be asked to review the savings plan.',
    ]);
    expect(meeting.attendance.presenters).toEqual(['Councillor Alice Brown']);
  });
});

describe("a ModernGov item's reasons", () => {
  it('moves "Reasons for the decision:" and the options rejected out of the minutes into their fields', () => {
    const lines = [
      'Minutes:',
      'The Cabinet considered the future of the Brookmead depot.',
      'RESOLVED: That the depot be sold at auction.',
      'Reasons for the decision: The depot has stood empty for two years.',
      'Alternative options considered: To let it; no tenant came forward.',
    ];
    const { item } = readLone(31, 'Brookmead Depot', lines);
    expect(item.resolutions).toEqual(['That the depot be sold at auction.']);
    expect(item.reasons).toEqual(['The depot has stood empty for two years.']);
    expect(item.alternatives).toEqual(['To let it; no tenant came forward.']);
    expect(item.minutes).not.toMatch(/stood empty|no tenant/);
  });
});

describe('a printed-minutes page whose items have a "Decision:" and a "Minutes:" part', () => {
  // Own words: each item prints its resolutions under "Decision:", then again under "Minutes:" after the debate.
  const page = `<!DOCTYPE html><html><head><title>Printed minutes - Cabinet - Thursday, 5th March, 2026 7.00 pm - Dunmere District Council</title></head>
<body><div id="modgov"><h1>Minutes</h1><h2 class="mgSubTitleTxt">Cabinet - Thursday, 5th March, 2026 7.00 pm</h2>
<p class="mgLineText">Venue: Assembly Room, Dunmere House</p>
<table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>
<tr><td><p>12.</p></td><td><h2>Riverside Car Park</h2>
<h3>Decision:</h3><p>RESOLVED:</p>
<ol><li>That the resurfacing of Riverside car park be approved at a cost of £210,000.</li>
<li>That the Head of Assets be authorised to let the contract.</li></ol>
<h3>Minutes:</h3><p>Councillor Pardoe introduced the report and answered questions on parking charges.</p>
<p>RESOLVED:</p>
<ol><li>That the resurfacing of Riverside car park be approved at a cost of &pound;210,000.</li>
<li>That the Head of Assets be authorised to let the contract.</li>
<li>That the works avoid the Christmas market weeks.</li></ol></td></tr>
<tr><td><p>13.</p></td><td><h2>Fees and Charges 2026/27</h2>
<h3>Decision:</h3><p>RESOLVED to RECOMMEND to Council that the fees in Appendix A be adopted.</p>
<h3>Minutes:</h3><p>Councillor Oyelaran presented the report.</p>
<p>RESOLVED to RECOMMEND to Council that the fees in Appendix A be adopted.</p></td></tr>
</table></div></body></html>`;
  const records = parseSource(htmlToText(page, 'cabinet.html').text, 'cabinet.html', {}, 'html');
  const meeting = meetingOf(records);

  it("reads each point of a decision's list whole, and a resolution printed in both parts once", () => {
    expect(meeting.items.map((item) => item.resolutions)).toEqual([
      [
        'That the resurfacing of Riverside car park be approved at a cost of £210,000.',
        'That the Head of Assets be authorised to let the contract.',
        'That the works avoid the Christmas market weeks.',
      ],
      ['to RECOMMEND to Council that the fees in Appendix A be adopted.'],
    ]);
    // The minutes' own words stay.
    expect(meeting.items[0]?.minutes).toMatch(/answered questions on parking charges/);
  });

  it('makes one recommendation record of a recommendation printed in both parts', () => {
    const linked = linkRecommendations(records);
    expect(linked.filter((record) => record.collection === 'recommendations')).toHaveLength(1);
  });
});

describe('a ModernGov item whose "Minutes:" run the points of its "Decision:" list together', () => {
  it('keeps the points once: "That (1) …; and (2) …" in the minutes is the list the decision printed', () => {
    const lines = [
      'Decision:',
      'RESOLVED – That',
      '(1) the Brookmead library move to the Corn Exchange by June 2025;',
      '(2) the old library building be offered to community groups.',
      'Minutes:',
      'The Cabinet Member for Culture introduced the report.',
      'RESOLVED – That (1) the Brookmead library move to the Corn Exchange by June 2025; and (2) the old library building be offered to community groups.',
    ];
    const { item } = readLone(40, 'Brookmead Library', lines);
    expect(item.resolutions).toEqual([
      'That the Brookmead library move to the Corn Exchange by June 2025',
      'That the old library building be offered to community groups.',
    ]);
    // Run together with a point the decision has not, the minutes' resolution is no copy: it stays.
    const more = [...lines.slice(0, -1), `${lines.at(-1)?.replace(/\.$/, '')}; and (3) a café be opened there.`];
    const other = readLone(40, 'Brookmead Library', more);
    expect(other.item.resolutions).toHaveLength(3);
  });
});

describe('a printed-minutes page that says when the meeting ended under its items', () => {
  // Own words: the close is a line of its own under the items' table, so it ends up in the last item's text.
  const page = `<!DOCTYPE html><html><head><title>Printed minutes - Cabinet - Tuesday, 9th June, 2026 6.30 pm - Dunmere District Council</title></head>
<body><div id="modgov"><h1>Minutes</h1><h2 class="mgSubTitleTxt">Cabinet - Tuesday, 9th June, 2026 6.30 pm</h2>
<p class="mgLineText">Venue: Assembly Room, Dunmere House</p>
<table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>
<tr><td><p>20.</p></td><td><h2>Allotment Rents</h2>
<h3>Minutes:</h3><p>Councillor Pardoe presented the report.</p>
<p>RESOLVED: That allotment rents be held at this year's level.</p></td></tr>
</table>
<p class="mgLineText">The meeting ended at 8.41 pm.</p>
</div></body></html>`;

  it('reads the end time from the closing sentence', () => {
    const meeting = meetingOf(parseSource(htmlToText(page, 'cabinet.html').text, 'cabinet.html', {}, 'html'));
    expect(meeting.startTime).toBe('18:30');
    expect(meeting.endTime).toBe('20:41');
  });
});

describe('a ModernGov page whose item has sub-item rows of its own ("4.1", "4.2" under "4.")', () => {
  // Own words: each sub-item is a row of the items table, its number in its own cell, its minutes under its title;
  // item 5 numbers its resolution's points "5.1", "5.2" inside its minutes, which are no rows.
  const page = `<!DOCTYPE html><html><head><title>Agenda and minutes - Cabinet - Monday, 8th June, 2026 10.00 am - Tarnmouth County Council</title></head>
<body><div id="modgov"><h1>Agenda and minutes</h1><h2 class="mgSubTitleTxt">Cabinet - Monday, 8th June, 2026 10.00 am</h2>
<table class="mgItemTable"><tr><th>No.</th><th>Item</th></tr>
<tr><td><p>4.</p></td><td><p>MINUTES</p></td></tr>
<tr><td><p>4.1</p></td><td><p><a href="documents/s1/Minutes.pdf">2ND MARCH, 2026; <span>PDF 120 KB</span></a></p>
<p>Minutes:</p><p>RESOLVED that the minutes of the meeting held on 2nd March, 2026 be signed as a correct record.</p></td></tr>
<tr><td><p>4.2</p></td><td><p><a href="documents/s2/Minutes.pdf">Special Meeting 20th April, 2026 <span>PDF 80 KB</span></a></p>
<p>Minutes:</p><p>RESOLVED that the minutes be signed as a correct record.</p></td></tr>
<tr><td><p>5.</p></td><td><p>LIBRARY OPENING HOURS</p>
<p>Minutes:</p><p>RESOLVED that:</p><p>5.1</p><p>the hours in the report be adopted;</p><p>5.2</p><p>a review be held in a year.</p></td></tr>
</table></div></body></html>`;

  it('reads each sub-item row as an item numbered as printed, with its title and its own decision', () => {
    const meeting = meetingOf(parseSource(htmlToText(page, 'cabinet.html').text, 'cabinet.html', {}, 'html'));
    expect(meeting.items.map((item) => [item.number, item.title])).toEqual([
      ['4', 'MINUTES'],
      ['4.1', '2ND MARCH, 2026;'],
      ['4.2', 'Special Meeting 20th April, 2026'],
      ['5', 'LIBRARY OPENING HOURS'],
    ]);
    expect(meeting.items[1]?.resolutions).toEqual([
      'that the minutes of the meeting held on 2nd March, 2026 be signed as a correct record.',
    ]);
    expect(meeting.items[2]?.resolutions).toEqual(['that the minutes be signed as a correct record.']);
    expect(meeting.references.map((reference) => [reference.date, reference.item])).toEqual([['2026-03-02', '4.1']]);
    expect(meeting.items[3]?.minutes).toContain('5.2');
  });
});

describe('input it cannot parse', () => {
  it('names the file and says what to do', () => {
    expect(() => parseSource('Lorem ipsum dolor sit amet.\nNothing here.', 'junk.txt', {})).toThrow(ImportError);
    expect(() => parseSource('Lorem ipsum dolor sit amet.', 'junk.txt', {})).toThrow(
      /junk\.txt:1: no meeting found: looked for .*nearest thing found was "Lorem ipsum/,
    );
  });

  it('reports a bad header with its line', () => {
    expect(() => parseSource('---\ncouncil: [unclosed\n---\nAgenda item\n\nTitle\n', 'bad.txt', {})).toThrow(/bad\.txt:2: the YAML header/);
    expect(() => parseSource('---\ncolour: blue\n---\nAgenda item\n\nTitle\n', 'bad.txt', {})).toThrow(
      /bad\.txt:2: the header has an unknown field colour/,
    );
  });

  it('rejects a meeting page with no items, with the line', () => {
    expect(() => parseSource('Agenda and minutes\n\nItems\nNo. Item\n\nNothing follows.\n', 'empty.txt', {})).toThrow(
      /empty\.txt:\d+: .*no numbered agenda items/,
    );
  });
});

describe('a title line that cannot be taken as written (issue 12, row 15)', () => {
  const seed = fixture('seed-002');
  const titled = (when: string) => seed.replace('Tuesday, 11th July, 2017 7.00 pm', when);

  it('keeps the committee of a line whose date is no day in the calendar, and says why the date is not stated', () => {
    const records = parseSource(titled('Sunday, 29th February, 2015 7.00 pm'), 'leap.txt', {});
    const meeting = meetingOf(records);
    expect(meeting.committee).toBe('thurrock-council/childrens-services-overview-and-scrutiny-committee');
    expect(meeting.date).toBeNull();
    expect(meeting.warnings).toContainEqual(expect.stringMatching(/"Sunday, 29th February, 2015" is not a day in the calendar/));
  });

  it('warns of a start time that is no time of day instead of dropping it silently', () => {
    const meeting = meetingOf(parseSource(titled('Tuesday, 11th July, 2017 25.00 pm'), 'late.txt', {}));
    expect(meeting.startTime).toBeNull();
    expect(meeting.warnings).toContainEqual(expect.stringMatching(/"25\.00 pm" is not a time of day/));
  });
});

describe('ModernGov "Agenda, decisions and minutes" page, in Scottish councils\' wording', () => {
  const meeting = () => meetingOf(parse('moderngov-decisions-and-minutes', { council: 'Strathbeg Council' }));

  it('reads the page as a ModernGov meeting, its title line understood', () => {
    expect(meeting().provenance?.format).toBe('moderngov-meeting');
    expect(meeting().warnings).toEqual([]);
    expect(meeting().items.map((item) => item.minutes?.startsWith('Minutes:'))).not.toContain(true);
  });

  it('reads apologies "intimated" and the decisions the general reader reads: "The Committee resolved:-", "Decision" over a list', () => {
    expect(meeting().attendance.apologies).toEqual(['Councillor Iain Dow', 'Councillor Robert E Fyfe', 'Councillor James Gunn']);
    expect(meeting().items.map((item) => item.resolutions)).toEqual([
      [],
      [],
      ['to approve the minute as a correct record', 'to note the oral update from the Legal Manager.'],
      ['Noted the contents of the report.', 'Agreed to receive a further report in March.'],
    ]);
  });
});

describe('what is not a ModernGov page', () => {
  it('leaves minutes with bare item numbers to the general reader when an item is titled "Minutes"', () => {
    const text =
      'ASHCOMBE PARISH COUNCIL\nMinutes of the meeting held on 9 January 2023\n\n1.\nApologies\nNone.\n2.\nMinutes\nApproved and signed.\n3.\nPlanning\nNo objection.\n';
    const meeting = meetingOf(parseSource(text, 'parish.txt', {}));
    expect(meeting.provenance?.format).toBe('meeting-text');
    expect(meeting.council).toBe('ashcombe-parish-council');
  });

  it('leaves printed minutes titled "Minutes" over numbers with the council year ("45/24") to the general reader', () => {
    const text =
      'Ashby Combined Fire Authority\n\nMonday, 9 December 2024 at 10.30 am in Ridgeway Hall\n\nMinutes\n\nPresent:\n\nA Ash (Chair)\nB Bell\n\n45/24\nApologies\n\nNone.\n\n46/24\nBudget\n\nResolved: - That the budget be noted.\n';
    const meeting = meetingOf(parseSource(text, 'fire.txt', {}));
    expect(meeting.provenance?.format).toBe('meeting-text');
    expect(meeting).toMatchObject({ committee: 'ashby-combined-fire-authority/authority', venue: 'Ridgeway Hall' });
    expect(meeting.attendance.present).toEqual(['A Ash', 'B Bell']);
  });
});

describe('ModernGov page of an authority\'s committee ("X Fire and Rescue Authority - Policy Committee")', () => {
  const meeting = meetingOf(parse('moderngov-authority-committee'));

  it('takes the council and the committee from the title line', () => {
    expect(meeting.council).toBe('westbrook-and-easton-fire-and-rescue-authority');
    expect(meeting.committee).toBe('westbrook-and-easton-fire-and-rescue-authority/policy-and-strategy-committee');
  });

  it('reads apologies one a line, each with who stood in, and the minutes confirmed as a decision', () => {
    expect(meeting.attendance.apologies).toEqual(['Councillor Jon Abbot', 'Councillor Chris Barr']);
    expect(meeting.attendance.substitutes).toEqual([
      'Councillor Mel Wood (for Councillor Jon Abbot)',
      'Councillor Roy Jack (for Councillor Chris Barr)',
    ]);
    expect(meeting.items[2]?.resolutions).toHaveLength(1);
  });
});

describe('ModernGov page whose minutes are numbered with the council year ("39/20")', () => {
  const meeting = meetingOf(parse('moderngov-council-year-numbers', { council: 'Westmarch County Council' }));

  it('reads each item with its number as printed, and an anchor from it', () => {
    expect(meeting.items.map((item) => [item.number, item.anchor])).toEqual([
      ['39/20', 'item-39-20'],
      ['40/20', 'item-40-20'],
      ['41/20', 'item-41-20'],
    ]);
  });

  it('leaves the "Share this item" links and the "Media" tab out, and reads the contact', () => {
    expect(meeting.items[0]?.agendaText).toBe('The Chairman to report apologies for absence.');
    expect(meeting.items[2]?.agendaText).toBeNull();
    expect(meeting.warnings.filter((warning) => /header line/.test(warning))).toEqual([]);
    expect(meeting.contact).toEqual({ text: 'Ada Fenwick', email: 'ada.fenwick@westmarch.example.gov.uk', phone: null });
  });
});

describe('ModernGov page whose heading stands on its own line above the date', () => {
  const meeting = meetingOf(parse('moderngov-board-two-line-title', { council: 'Westmarsh County Council' }));

  it('reads the heading as the committee, not the weekday before the date', () => {
    expect([meeting.committee, meeting.date, meeting.startTime]).toEqual([
      'westmarsh-county-council/westmarsh-health-and-wellbeing-board',
      '2024-04-11',
      '10:00',
    ]);
    expect(meeting.warnings.filter((warning) => /header line/.test(warning))).toEqual([]);
  });

  it('reads who stood in for each absent member, named in brackets in the apologies', () => {
    expect(meeting.attendance.apologies).toEqual([
      'Mr P Dunning',
      'Dr K Osei',
      'Ms L Farrow',
      'Councillor J Hale',
      'Ms B Rourke, NHS England',
    ]);
    expect(meeting.attendance.substitutes).toEqual([
      'Ms R Vale (for Mr P Dunning)',
      'Mr T Bright, Medical Director (for Dr K Osei)',
      'Dr S Mehta (for Ms L Farrow)',
    ]);
  });
});

describe('what is no ModernGov page', () => {
  it('takes printed minutes titled "MINUTES" with a "Venue:" label over its value and lone item numbers for minutes, not a page', () => {
    const text = [
      'ASHCOMBE BOROUGH COUNCIL',
      'MINUTES',
      'Committee: Housing Scrutiny Panel',
      'Date:',
      'Monday 7 April 2025',
      'Venue:',
      'Room 3, Ashcombe House',
      'Members present: Councillors Tull (Chair), Vane and Wick',
      '1',
      'Apologies',
      'None.',
      '2',
      'Empty homes',
      'RESOLVED that the report be noted.',
    ].join('\n');
    const meeting = meetingOf(parseSource(text, 'printed.txt', {}));
    expect(meeting.provenance?.format).toBe('meeting-text');
    expect(meeting.venue).toBe('Room 3, Ashcombe House');
  });
});

describe('an "Agenda item" page whose movers are initials', () => {
  it('is imported, not refused: the page lists no one, so the motion naming no one is left out and its line warned of', () => {
    const text = [
      'Agenda item',
      '',
      '6. Allotment water troughs',
      '',
      'Minutes:',
      'RESOLVED to replace the two troughs on the Hollins Lane site. Proposed PW, seconded KD.',
    ].join('\n');
    const meeting = meetingOf(parseSource(text, 'item.txt', { council: 'Brackley Vale Town Council', committee: 'Amenities Committee' }));
    expect(meeting.items[0]?.resolutions).toEqual(['to replace the two troughs on the Hollins Lane site.']);
    expect(meeting.items[0]?.motions).toBeUndefined();
    expect(meeting.warnings).toContainEqual(expect.stringContaining('item 6: the mover\'s initials "PW"'));
  });
});

describe('ModernGov page with "Present:" and "Substitutes:" lines and a substitute named only in an item', () => {
  /** A page whose header lists one substitute, while its apologies item names others in sentences, worded two ways. */
  const page = (apologies: string) =>
    [
      'Agenda and minutes',
      '',
      'Licensing Committee - Wednesday, 4th March, 2026 6.00 pm',
      '',
      'Venue: Council Chamber, Civic Centre, Harrowfield',
      '',
      'Contact: Nia Okafor  Email: nia.okafor@harrowfield.example.gov.uk',
      '',
      'Present: Councillors Tessa Pike, Omar Rahman and Gwyn Walsh',
      '',
      'Substitutes: Councillor Dora Lamb (for Councillor Ivo Quist)',
      '',
      'Items',
      'No. Item',
      '',
      '1.',
      '',
      'Apologies and substitutions',
      '',
      'Minutes:',
      '',
      apologies,
      '',
      '2.',
      '',
      'Street trading consents',
      '',
      'Minutes:',
      '',
      'RESOLVED to renew the consents for 2026/27. Proposed TP, seconded KB.',
    ].join('\n');

  it('adds each stood-in sentence of an item to the substitutes the page lists, and names a mover by their initials', () => {
    const attended = meetingOf(
      parseSource(
        page(
          'Apologies were received from Councillors Ivo Quist and Ruth Ellery. Councillor Kit Bramall attended as a substitute for Councillor Ruth Ellery.',
        ),
        'attended.txt',
        { council: 'Harrowfield Borough Council' },
      ),
    );
    expect(attended.provenance.format).toBe('moderngov-meeting');
    expect(attended.attendance.substitutes).toEqual([
      'Councillor Dora Lamb (for Councillor Ivo Quist)',
      'Kit Bramall (for Councillor Ruth Ellery)',
    ]);
    expect(attended.items[1]?.motions?.[0]).toMatchObject({ movedBy: 'Tessa Pike', secondedBy: 'Kit Bramall' });
    const substituted = meetingOf(
      parseSource(
        page(
          'Apologies were received from Councillor Ivo Quist and Councillor Ruth Ellery. Councillor Kit Bramall substituted for Councillor Ellery.',
        ),
        'substituted.txt',
        { council: 'Harrowfield Borough Council' },
      ),
    );
    expect(substituted.attendance.substitutes).toEqual([
      'Councillor Dora Lamb (for Councillor Ivo Quist)',
      'Kit Bramall (for Councillor Ruth Ellery)',
    ]);
  });
});
