import { describe, expect, it } from 'vitest';
import { itemTable } from './item-table.ts';
import { sliceItems } from './items.ts';

describe('minutes whose items are a table: Item | Subject | Discussion | Action by', () => {
  it('reads each numbered row as an item: its subject the title, its discussion the text, its action cell kept', () => {
    const lines = [
      'Minutes of the Roads Panel, 2 March 2025',
      '',
      'Item\tSubject\tDiscussion / Decision\tAction by',
      '1\tApologies\tNone.\t–',
      '2\tGritting routes\tThe Officer reported on the winter. AGREED: to keep the routes.\tP Yarrow',
      '',
      'The meeting closed at 4.10pm.',
    ];
    expect(sliceItems(lines)).toEqual({
      start: 2,
      items: [
        { number: '1', title: 'Apologies', lines: ['None.'], line: 3 },
        {
          number: '2',
          title: 'Gritting routes',
          lines: [
            'The Officer reported on the winter. AGREED: to keep the routes.',
            '',
            'Action: P Yarrow',
            '',
            'The meeting closed at 4.10pm.',
          ],
          line: 4,
        },
      ],
      footer: [],
    });
  });

  it('reads "Minute No. | Item | Action": the item cell is the minute, its lead-in the title, the action cell who acts', () => {
    const lines = [
      'Minute No.\tItem\tAction',
      '25/61\tFootpaths. The stile at Ash Lane was broken.\tClerk to report it',
      '25/62\tFinance.',
      '\tThe precept was set at £9,200.\tClerk – precept form',
    ];
    expect(itemTable(lines, 0, true)?.items).toEqual([
      { number: '25/61', title: 'Footpaths', lines: ['The stile at Ash Lane was broken.', '', 'Action: Clerk to report it'], line: 1 },
      { number: '25/62', title: 'Finance', lines: ['The precept was set at £9,200.', '', 'Action: Clerk – precept form'], line: 2 },
    ]);
  });

  it('reads "Minute | Item | Discussion / Resolution | Action by": a column of the resolutions is the text', () => {
    const lines = [
      'Minute\tItem\tDiscussion / Resolution\tAction by',
      'HC25/11\tBenches\tRESOLVED to buy two benches for the green.\tClerk – order',
      'HC25/12\tNext meeting\t3 June 2025.',
    ];
    expect(itemTable(lines, 0)?.items).toEqual([
      {
        number: 'HC25/11',
        title: 'Benches',
        lines: ['RESOLVED to buy two benches for the green.', '', 'Action: Clerk – order'],
        line: 1,
      },
      { number: 'HC25/12', title: 'Next meeting', lines: ['3 June 2025.'], line: 2 },
    ]);
  });

  it('reads "Min No. | Item | Action / Decision | Officer | By": the officer and the date are the action, in one place', () => {
    const lines = [
      'Min No.\tItem\tAction / Decision\tOfficer\tBy',
      'TB.12\tApologies\tNone.',
      'TB.13\tCemetery fees\tMembers asked for a comparison with nearby towns.\tR Quill\tMarch 2026',
      '\t\tThe Board noted the report.',
      'TB.14\tWork plan\tAgreed.\t\tApril 2026',
    ];
    expect(itemTable(lines, 0)?.items.map(({ number, title, lines }) => [number, title, lines])).toEqual([
      ['TB.12', 'Apologies', ['None.']],
      [
        'TB.13',
        'Cemetery fees',
        ['Members asked for a comparison with nearby towns.', 'The Board noted the report.', '', 'Action: R Quill, by March 2026'],
      ],
      ['TB.14', 'Work plan', ['Agreed.', '', 'Action: by April 2026']],
    ]);
  });

  it("opens an item at a web page's row with no number but a subject, where a text export's row would be a wrapped cell", () => {
    const lines = [
      'Item\tSubject\tMinutes',
      '1\tVerges\tThe grass was cut twice.',
      '\tDog bins\tA new bin is wanted at Ferry Lane.',
      '\t\tThe Clerk will price one.',
      '2\tBenches\tRepainted.',
    ];
    const read = (wholeRows: boolean) => itemTable(lines, 0, wholeRows)?.items.map(({ number, title, lines }) => [number, title, lines]);
    expect(read(true)).toEqual([
      ['1', 'Verges', ['The grass was cut twice.']],
      [null, 'Dog bins', ['A new bin is wanted at Ferry Lane.', '', 'The Clerk will price one.']],
      ['2', 'Benches', ['Repainted.']],
    ]);
    expect(read(false)).toEqual([
      ['1', 'Verges Dog bins', ['The grass was cut twice.', 'A new bin is wanted at Ferry Lane.', 'The Clerk will price one.']],
      ['2', 'Benches', ['Repainted.']],
    ]);
  });

  it('reads cells parted by wide gaps, as a text export without tabs keeps them, when the rows fill the columns', () => {
    const lines = [
      'Item  Subject  Minutes  Action',
      '1  Apologies  None were received.',
      '2  Bus shelters  Two shelters are to be replaced.  K Orme',
    ];
    expect(itemTable(lines, 0)?.items.map(({ number, title, lines }) => [number, title, lines])).toEqual([
      ['1', 'Apologies', ['None were received.']],
      ['2', 'Bus shelters', ['Two shelters are to be replaced.', '', 'Action: K Orme']],
    ]);
  });

  it('carries a wrapped cell on when cells are parted by wide gaps: a line blank under the number goes on the item above', () => {
    const lines = [
      'No.   Subject         Discussion                            Action by',
      '1     Apologies       None were received.',
      '2     Tree works on   The Officer said the limes on Kiln    T Ferrow',
      '      Mill Lane       Lane need crowns lifting.',
      '                      AGREED: to seek three quotes.',
      '3     Grit bins       Two new bins are in place.            –',
      '',
      'The meeting ended at 8.05pm.',
    ];
    expect(itemTable(lines, 0)?.items.map(({ number, title, lines }) => [number, title, lines])).toEqual([
      ['1', 'Apologies', ['None were received.']],
      [
        '2',
        'Tree works on Mill Lane',
        ['The Officer said the limes on Kiln', 'Lane need crowns lifting.', 'AGREED: to seek three quotes.', '', 'Action: T Ferrow'],
      ],
      ['3', 'Grit bins', ['Two new bins are in place.', '', 'The meeting ended at 8.05pm.']],
    ]);
  });

  it('reads a table typed with a rule of dashes under its header: the rule is no row, and wrapped subjects join their titles', () => {
    const lines = [
      'Minute No.  Subject               Minute',
      '----------  --------------------  ----------------------------------',
      'PC26/011    Apologies             Apologies were accepted from Cllr',
      '                                  Yelland (holiday).',
      'PC26/012    Allotment rents       RESOLVED that rents rise by £4 from',
      '            2026/27               April.',
    ];
    expect(itemTable(lines, 0)?.items.map(({ number, title, lines }) => [number, title, lines])).toEqual([
      ['PC26/011', 'Apologies', ['Apologies were accepted from Cllr', 'Yelland (holiday).']],
      ['PC26/012', 'Allotment rents 2026/27', ['RESOLVED that rents rise by £4 from', 'April.']],
    ]);
  });

  it('keeps a row with words in its number cell as an item with no number, and each text column a paragraph', () => {
    const lines = [
      'No.\tTitle\tDiscussion\tDecision',
      '1\tApologies\tNone.\t',
      'AOB\tHall hire\tThe rates were discussed.\tAGREED: no change.',
    ];
    expect(itemTable(lines, 0)?.items.map(({ number, title, lines }) => [number, title, lines])).toEqual([
      ['1', 'Apologies', ['None.']],
      [null, 'Hall hire', ['The rates were discussed.', '', 'AGREED: no change.']],
    ]);
  });

  it('takes "Description" before a column of the decision for the titles, and "Description" alone for the text', () => {
    const titled = (header: string, ...rows: string[]) => itemTable([header, ...rows], 0)?.items.map((item) => [item.title, item.lines]);
    const decided = ['PB 3/31\tBus station toilets\tAGREED: to reopen them in May.', 'PB 4/31\tMarket stalls\tNoted.'];
    expect(titled('Item\tDescription\tDecision', ...decided)).toEqual([
      ['Bus station toilets', ['AGREED: to reopen them in May.']],
      ['Market stalls', ['Noted.']],
    ]);
    expect(titled('Item\tDescription\tAction by', '4\tThe toilets were discussed.\tClerk', '5\tThe stalls were let.')).toEqual([
      ['', ['The toilets were discussed.', '', 'Action: Clerk']],
      ['', ['The stalls were let.']],
    ]);
  });

  it("titles a table with no subject column by the minute's lead-in, or by its number when the minute has none", () => {
    const lines = [
      'No.\tMinute\tAction',
      '1\tHall hire. The new rates start in April.\t',
      '2\tThe Clerk reported that the boiler: was mended.\tClerk',
      '3\tGRIT BINS – Two bins were filled.\t',
      '4\tAgreed: to meet in May.\t',
    ];
    expect(itemTable(lines, 0)?.items.map(({ number, title, lines }) => [number, title, lines])).toEqual([
      ['1', 'Hall hire', ['The new rates start in April.']],
      ['2', '', ['The Clerk reported that the boiler: was mended.', '', 'Action: Clerk']],
      ['3', 'GRIT BINS', ['Two bins were filled.']],
      ['4', '', ['Agreed: to meet in May.']],
    ]);
  });

  it("titles a web page's subject-less row by the minute's first paragraph when it stands alone over the rest, a phrase naming a subject", () => {
    // Own words: Word's "Save as HTML" prints each minute's title as a bold paragraph of its own over its text.
    const lines = [
      'Min No.\tItem\tAction',
      'TC/88\tAPOLOGIES FOR ABSENCE',
      '\tApologies were received from Cllr Venn.',
      'TC/89\tAllotment rents',
      '\tRESOLVED to raise the rents by £2.\tRFO',
      'TC/90\tThe Clerk reported on the boiler',
      '\tIt was mended in May.',
      'TC/91\tCLOSE OF MEETING',
    ];
    const read = (wholeRows: boolean) => itemTable(lines, 0, wholeRows)?.items.map(({ number, title, lines }) => [number, title, lines]);
    expect(read(true)).toEqual([
      ['TC/88', 'APOLOGIES FOR ABSENCE', ['Apologies were received from Cllr Venn.']],
      ['TC/89', 'Allotment rents', ['RESOLVED to raise the rents by £2.', '', 'Action: RFO']],
      // A sentence is never a title, and a paragraph alone is the minute itself: both keep their text, titled by number.
      ['TC/90', '', ['The Clerk reported on the boiler', '', 'It was mended in May.']],
      ['TC/91', '', ['CLOSE OF MEETING']],
    ]);
    // A PDF's row wraps: its first line may be a sentence's start, so only a web page's paragraph stands alone.
    expect(read(false)?.[1]).toEqual(['TC/89', '', ['Allotment rents', 'RESOLVED to raise the rents by £2.', '', 'Action: RFO']]);
  });

  it('reads a subject-less table parted by wide gaps, a line of two cells a row', () => {
    const lines = [
      'Item   Notes',
      '1      Bus shelters. Two are to be replaced.',
      '2      Members noted the report.',
      '',
      'Closed at 9pm.',
    ];
    expect(itemTable(lines, 0)?.items.map(({ number, title }) => [number, title])).toEqual([
      ['1', 'Bus shelters'],
      ['2', ''],
    ]);
  });

  it("leaves a table inside an item alone: numbered items above it are the record's items", () => {
    const lines = ['1. Apologies', 'None.', '2. Work programme', 'Item\tTopic\tNotes', '1\tLibraries\tIn March.', '2\tParks\tIn June.'];
    expect(itemTable(lines, 0)).toBeNull();
    // A header of other columns ("Councillor | Present") is no items' table.
    expect(itemTable(['Councillor\tPresent\tApologies', '1\tA Ash\tY'], 0)).toBeNull();
  });
});

describe('a resolution register: Min | Matter | Resolution | Prop | Sec | For | Agst | Abs', () => {
  it('keeps each row as printed, each cell under its heading; the readers take its resolution and vote in their words', () => {
    const lines = [
      'Min    Matter          Resolution                  Prop   Sec    For  Agst  Abs',
      '-----  --------------  --------------------------  -----  -----  ---  ----  ---',
      '27/14  Bus shelter     Repair quote of £640        GH     JK     6    1     0',
      '                       accepted',
      '27/15  Noticeboard     New board ordered           JK     GH     7          ',
      '',
      'The meeting closed at 9.05 pm.',
    ];
    expect(itemTable(lines, 0)?.items).toEqual([
      {
        number: '27/14',
        title: 'Bus shelter',
        lines: ['Resolution: Repair quote of £640 accepted', '', 'Prop: GH, Sec: JK, For: 6, Agst: 1, Abs: 0'],
        readAs: [
          {
            printed: 'Prop: GH, Sec: JK, For: 6, Agst: 1, Abs: 0',
            read: 'Proposed by GH, seconded by JK. 6 for, 1 against, 0 abstentions.',
          },
        ],
        line: 2,
      },
      {
        number: '27/15',
        title: 'Noticeboard',
        // A blank cell says nothing: left out of both.
        lines: ['Resolution: New board ordered', '', 'Prop: JK, Sec: GH, For: 7', '', 'The meeting closed at 9.05 pm.'],
        readAs: [{ printed: 'Prop: JK, Sec: GH, For: 7', read: 'Proposed by JK, seconded by GH. 7 for.' }],
        line: 4,
      },
    ]);
  });

  it('labels the decision cell by its own heading ("Decision"), the readers taking it as a resolution', () => {
    const lines = [
      'No.\tSubject\tDecision\tProposed\tSeconded\tFor\tAgainst',
      '4\tAllotments\tRents held at £30\tCllr Vane\tCllr Wills\t5\t2',
      '5\tPlay area\tNew swings bought\tCllr Wills\tCllr Vane\t7\t0',
    ];
    expect(itemTable(lines, 0)?.items[0]).toEqual({
      number: '4',
      title: 'Allotments',
      lines: ['Decision: Rents held at £30', '', 'Proposed: Cllr Vane, Seconded: Cllr Wills, For: 5, Against: 2'],
      readAs: [
        { printed: 'Decision: Rents held at £30', read: 'Resolution: Rents held at £30' },
        {
          printed: 'Proposed: Cllr Vane, Seconded: Cllr Wills, For: 5, Against: 2',
          read: 'Proposed by Cllr Vane, seconded by Cllr Wills. 5 for, 2 against.',
        },
      ],
      line: 1,
    });
  });
});
