import { describe, expect, it } from 'vitest';
import { sliceItems } from './items.ts';
import { splitTitle } from './item-title.ts';

describe('a heading in sentence case run in to its text after a stop', () => {
  it('ends the title at the first stop after a word when what stands before it names a subject', () => {
    expect(splitTitle('Apologies for absence. Cllr Vane sent apologies.')).toEqual({
      title: 'Apologies for absence',
      rest: 'Cllr Vane sent apologies.',
    });
    expect(splitTitle('Date of next meeting. Tuesday 4th May at 7pm.').title).toBe('Date of next meeting');
    // An abbreviation's stop is no heading's end: "St." has one small letter before it.
    expect(splitTitle('St. Kea churchyard. The wall is to be rebuilt.').title).toBe('St. Kea churchyard');
  });

  it('ends the title at the stop before a bracketed list mark, which opens the text', () => {
    expect(splitTitle('Matters arising. (a) The Clerk reported that the bench is mended. (b) The gully is blocked.')).toEqual({
      title: 'Matters arising',
      rest: '(a) The Clerk reported that the bench is mended. (b) The gully is blocked.',
    });
    expect(splitTitle('Correspondence. (i) A letter from the bowls club; (ii) a card from Mrs Abel.')).toEqual({
      title: 'Correspondence',
      rest: '(i) A letter from the bowls club; (ii) a card from Mrs Abel.',
    });
    // A bracket that is no list mark stays in the title's sentence.
    expect(splitTitle('Report of the Clerk. (Copy attached.)').title).toBe('Report of the Clerk. (Copy attached.)');
  });

  it('leaves a sentence whole: one with a verb, or opening with an article or a person', () => {
    for (const line of [
      'Apologies were received from Cllr Vane. Cllr Lamb was late.',
      'The Clerk read the letter. It was noted.',
      'Report of Cllr. Vane on the verges',
    ]) {
      expect(splitTitle(line).rest).toBe('');
    }
  });
});

describe("a title and its minute after a dash on the item's line", () => {
  it('parts the title from a minute that follows its dash', () => {
    expect(splitTitle('Apologies for absence – Cllr P Quiller (holiday). Accepted.')).toEqual({
      title: 'Apologies for absence',
      rest: 'Cllr P Quiller (holiday). Accepted.',
    });
    expect(splitTitle('Minutes of the meeting held on 3 March 2025 – approved and signed.')).toEqual({
      title: 'Minutes of the meeting held on 3 March 2025',
      rest: 'approved and signed.',
    });
    expect(splitTitle('Declarations of interest - None.')).toEqual({ title: 'Declarations of interest', rest: 'None.' });
    expect(splitTitle('Apologies – Mrs R Penhale, Mr T Jago')).toEqual({ title: 'Apologies', rest: 'Mrs R Penhale, Mr T Jago' });
    expect(splitTitle('Village hall lease – RESOLVED to renew for five years.').title).toBe('Village hall lease');
    expect(splitTitle('Correspondence – The Clerk had received two letters about parking.').title).toBe('Correspondence');
    expect(splitTitle('Date of next meeting – Monday 9 March 2026 at 7.30 pm.')).toEqual({
      title: 'Date of next meeting',
      rest: 'Monday 9 March 2026 at 7.30 pm.',
    });
  });

  it('keeps a title that holds a dash whole', () => {
    for (const line of [
      'Land north of Mill Lane – outline application',
      'Budget 2026/27 – second review',
      'Pike Field – 14 dwellings',
      'Bus shelter – Annual report.',
      'Garden waste – No Mow May',
      'Date of next meeting – Monday 9 March 2026 in the Pavilion, weather allowing',
    ]) {
      expect(splitTitle(line)).toEqual({ title: line.replace(/\.$/, ''), rest: '' });
    }
  });
});

describe('a record whose items are each settled after a dash on the numbered line', () => {
  const titles = (lines: string[]) => sliceItems(lines).items.map((item) => [item.title, item.lines[0]?.trim() ?? '']);

  it('parts every such line at its first dash once two lines show the layout, the text running on below', () => {
    const lines = [
      '1) Apologies - Cllr Venner (work). Accepted.',
      '2) Declarations - none.',
      '3) Open forum - two parishioners asked about the flooding at the ford,',
      '   and the drain by the school.',
      '4) County Cllr update - Ormond said the gritting routes would be reviewed',
      '   in the autumn.',
      '5) Allotments - rent review for the plots on Tanyard Lane',
      '   deferred. Clerk to write to tenants.',
    ];
    expect(titles(lines)).toEqual([
      ['Apologies', 'Cllr Venner (work). Accepted.'],
      ['Declarations', 'none.'],
      ['Open forum', 'two parishioners asked about the flooding at the ford,'],
      ['County Cllr update', 'Ormond said the gritting routes would be reviewed'],
      ['Allotments', 'rent review for the plots on Tanyard Lane'],
    ]);
  });

  it('parts a one-line entry closed by its stop the same way, in a differently worded record', () => {
    const lines = [
      '1. Apologies for absence – Mr Hurst, Mrs Oyelaran.',
      '2. Minutes of 4th March – approved and signed.',
      '3. Matters for the next agenda – hedge cutting, bench repairs.',
      '4. Footpaths – the warden walked the Ridgeway route',
      '   and found two stiles broken.',
    ];
    expect(titles(lines)).toEqual([
      ['Apologies for absence', 'Mr Hurst, Mrs Oyelaran.'],
      ['Minutes of 4th March', 'approved and signed.'],
      ['Matters for the next agenda', 'hedge cutting, bench repairs.'],
      ['Footpaths', 'the warden walked the Ridgeway route'],
    ]);
  });

  it("keeps a subject in capitals after a label's dash in the title, among lines settled after a dash", () => {
    const executive = [
      'CB.11 APOLOGIES – none.',
      'CB.12 DECLARATIONS – none.',
      'CB.13 URGENT BUSINESS – HARBOUR WALL REPAIRS',
      'The Chair agreed to take the item as urgent.',
    ];
    expect(titles(executive)).toEqual([
      ['APOLOGIES', 'none.'],
      ['DECLARATIONS', 'none.'],
      // Nothing after the title on its line: the text is under it.
      ['URGENT BUSINESS – HARBOUR WALL REPAIRS', ''],
    ]);
    const parish = [
      '4. Apologies – Cllr Moss (holiday).',
      '5. Minutes – approved and signed.',
      "6. NOTICE OF MOTION – PLAY AREA FENCING AT ST ANNE'S",
      'Cllr Pryor moved the motion.',
    ];
    expect(titles(parish)[2]).toEqual(["NOTICE OF MOTION – PLAY AREA FENCING AT ST ANNE'S", '']);
  });

  it('keeps a title that holds a dash whole where no two lines show the layout', () => {
    const lines = [
      '1. Apologies',
      'None.',
      '',
      '2. Pike Field – 14 dwellings on the old orchard',
      '   were discussed at length.',
      '3. Close',
    ];
    expect(titles(lines)[1]).toEqual(['Pike Field – 14 dwellings on the old orchard', '']);
  });
});

describe('a title in capitals run in to its text with no stop, colon or dash', () => {
  it('ends the title at the last word of the capitals when a sentence in mixed case follows, its first word kept', () => {
    // Own words: a town council prints each bold heading in capitals run in to the paragraph under it.
    expect(splitTitle('APOLOGIES FOR ABSENCE Apologies were received from Councillors T Ash')).toEqual({
      title: 'APOLOGIES FOR ABSENCE',
      rest: 'Apologies were received from Councillors T Ash',
    });
    expect(splitTitle('MINUTES The minutes of the meeting held on 3 June 2025 were')).toEqual({
      title: 'MINUTES',
      rest: 'The minutes of the meeting held on 3 June 2025 were',
    });
    expect(splitTitle('ALLOTMENT RENTS Members agreed to hold the rents for 2026.').title).toBe('ALLOTMENT RENTS');
    expect(splitTitle('CORRESPONDENCE A letter from the county council was noted.').title).toBe('CORRESPONDENCE');
    expect(splitTitle('DATE OF NEXT MEETING Tuesday 9 June 2026 at 7.30 pm').title).toBe('DATE OF NEXT MEETING');
  });

  it('keeps a reference or an acronym after the capitals in the title, and a subtitle in title case', () => {
    expect(splitTitle('PLANNING APPLICATION 24/0012/FUL Members raised no objection to the porch.')).toEqual({
      title: 'PLANNING APPLICATION 24/0012/FUL',
      rest: 'Members raised no objection to the porch.',
    });
    expect(splitTitle('CIL SPENDING Ash Grove and the Green').rest).toBe('');
    expect(splitTitle('BSIP Town centre – Harbour Road and Quay Street').rest).toBe('');
    expect(splitTitle('ANNUAL REPORT OF THE LGA').rest).toBe('');
  });
});
