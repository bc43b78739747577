import { describe, expect, it } from 'vitest';
import { recommendationSchema } from '../../../src/model/schema.ts';
import { parseSource } from '../import-sources.ts';
import { cabinetResponseParser } from './cabinet-response.ts';

const recommendations = (text: string) =>
  parseSource(text, 'response.txt', {}).flatMap((record) =>
    record.collection === 'recommendations' && record.data.reference?.startsWith('Rec') ? [recommendationSchema.parse(record.data)] : [],
  );

/** A response paper of one block, with a sentence about the review above it. */
const paper = (summary: string) =>
  [
    'Dunmere Borough Council',
    'Executive Response to the Bus Shelters Task and Finish Group',
    'Date: 2 June 2026',
    '',
    summary,
    '',
    'Recommendation 1',
    'That every shelter has a timetable.',
    'Response: Agreed.',
  ].join('\n');

describe("the executive's response to a scrutiny review", () => {
  it("dates a block's response by its own bracket, else by the paper's date", () => {
    const text = [
      'Dunmere Borough Council',
      'Executive Response to the Bus Shelters Task and Finish Group',
      'Date: 2 June 2026',
      '',
      'Recommendation 1',
      'That every shelter has a timetable.',
      'Response: Agreed. Timetables will be fitted by the operator. (Cabinet, 12 March 2026)',
      '',
      'Recommendation 2',
      'That shelters are cleaned monthly.',
      'Response: Agreed.',
    ].join('\n');
    const [first, second] = recommendations(text);
    expect(first?.response?.date).toBe('2026-03-12');
    expect(second?.response?.date).toBe('2026-06-02');
  });

  it('takes when the review reached the executive from a sentence about it, and no day the paper contradicts', () => {
    const [first] = recommendations(paper('The group made four recommendations, reported to\nCabinet on 14 April 2026.'));
    expect(first).toMatchObject({ addressee: 'Cabinet', receivedDate: '2026-04-14', responseDue: '2026-06-14' });
    const [late] = recommendations(paper('The review was reported to Cabinet on 14 July 2026.'));
    expect(late?.receivedDate).toBeNull();
    expect(late?.warnings.join(' ')).toMatch(/after the response/);
    const [two] = recommendations(
      paper('The review was reported to Cabinet on 14 April 2026; its recommendations were reported to Cabinet on 5 May 2026.'),
    );
    expect(two?.receivedDate).toBeNull();
    expect(two?.warnings.join(' ')).toMatch(/more than one day/);
    const [committee] = recommendations(paper('The review was reported to the Scrutiny Committee on 14 April 2026.'));
    expect(committee?.receivedDate).toBeNull();
  });

  it('dates the recommendations by the day the paper says the review was reported, else warns that it is not stated', () => {
    const [made] = recommendations(paper('The Place Scrutiny Committee reported its review on 10 March 2026 (minute 41).'));
    expect(made?.madeDate).toBe('2026-03-10');
    expect(made?.warnings).not.toContain('date made not stated');
    const [unsaid] = recommendations(paper('The group met five times.'));
    expect(unsaid?.madeDate).toBeNull();
    expect(unsaid?.warnings).toContain('date made not stated');
    const [late] = recommendations(paper('The committee agreed its final report on 9 July 2026.'));
    expect(late?.madeDate).toBeNull();
    expect(late?.warnings.join(' ')).toMatch(/after the response/);
  });

  it('reads each block: inline or on the lines below, its fields whatever their order, an unknown field kept with the response', () => {
    const text = [
      'Dunmere Borough Council',
      'Executive Response to the Cycle Paths Task and Finish Group',
      'Date: 2 June 2026',
      '',
      'Rec. 1 - That the canal towpath is resurfaced.',
      'Cabinet Member: Councillor Ada Voss',
      'Executive Response: Agreed, subject to funding from the canal trust.',
      'Cost: £40,000',
      'Target: March 2027',
      '',
      'Recommendation 2',
      'That cycle parking is added at the station.',
      'Response: The station is not the Council’s; officers will ask the operator.',
    ].join('\n');
    expect(cabinetResponseParser.detect(text)).toBe(true);
    const [first, second] = recommendations(text);
    expect(first).toMatchObject({
      reference: 'Rec. 1',
      subject: 'That the canal towpath is resurfaced',
      responsibleMember: 'Councillor Ada Voss',
      targetDate: 'March 2027',
      madeBy: 'Cycle Paths Task and Finish Group',
      committee: null,
      response: { by: 'Executive', date: '2026-06-02', outcome: 'accepted' },
    });
    expect(first?.response?.text).toBe('Agreed, subject to funding from the canal trust.\n\n**Cost:** £40,000');
    expect(first?.warnings).toContain('the scrutiny committee that made or received the review not stated: the text names none');
    expect(second?.response).toMatchObject({ outcome: null, text: 'The station is not the Council’s; officers will ask the operator.' });
    expect(second?.warnings).toContain('the response does not say whether it was accepted');
  });

  it('claims no paper without blocks that carry a response, and no minutes that minute one', () => {
    const titleOnly = 'Cabinet response to the Parks Task and Finish Group\n\nThe Cabinet accepted all six recommendations.';
    expect(cabinetResponseParser.detect(titleOnly)).toBe(false);
    const noResponse =
      'Cabinet response to the Parks Task and Finish Group\n\nRecommendation 1\nThat bins are emptied daily.\nLead officer: Parks Manager';
    expect(cabinetResponseParser.detect(noResponse)).toBe(false);
    const minutes = `Minutes\nPresent: Councillors A Ash and B Birch\n${titleOnly}\nRecommendation 1\nThat bins are emptied.\nResponse: Agreed`;
    expect(cabinetResponseParser.detect(minutes)).toBe(false);
  });

  it('keeps two blocks of one number apart, the second warned', () => {
    const block = ['Recommendation 1', 'That the fees are frozen.', 'Response: Agreed'];
    const text = ['Cabinet response to the Fees Review', 'Date: 1 May 2026', '', ...block, '', ...block].join('\n');
    const ids = parseSource(text, 'response.txt', {}).flatMap((record) => (record.collection === 'recommendations' ? [record] : []));
    expect(ids.map((record) => record.id.split('/').at(-1))).toEqual(['recommendation-1', 'recommendation-1-2']);
    expect(ids[1]?.data.warnings).toContain('another block of this paper is numbered 1 too');
  });

  it('reads blocks numbered "1." alone only when each from the first carries its own response', () => {
    const head = ['Hallow Vale Council', 'Cabinet Response to the Verge Cutting Review', 'Date: 4 May 2026', ''];
    const numbered = [
      ...head,
      '1. That verges near junctions are cut monthly.',
      'Response: Accepted',
      'Due by: July 2026',
      '',
      '2. That wildflower strips are marked with posts.',
      'Response: Not accepted; posts hinder the mowers.',
    ].join('\n');
    expect(cabinetResponseParser.detect(numbered)).toBe(true);
    const read = parseSource(numbered, 'response.txt', {}).flatMap((record) =>
      record.collection === 'recommendations' && record.data.response ? [record.data] : [],
    );
    expect(read.map((rec) => [rec.reference, rec.response?.outcome, rec.targetDate])).toEqual([
      ['Recommendation 1', 'accepted', 'July 2026'],
      ['Recommendation 2', 'not-accepted', null],
    ]);
    // The second numbered paragraph has no response of its own: a list, not blocks.
    const list = [...head, '1. That verges are cut monthly.', 'Response: Agreed as follows:', '2. crews start in April'].join('\n');
    expect(cabinetResponseParser.detect(list)).toBe(false);
  });

  describe('a scrutiny report tracking past reviews as blocks', () => {
    const cover = [
      'Agenda Item 6',
      'Brackwater Borough Council',
      'Place Scrutiny Panel – 12 March 2026',
      'Progress on Review Recommendations',
      'Report of the Scrutiny Officer',
      '',
      '1. Purpose',
      '1.1 To report progress on past reviews.',
      '',
    ];
    const reviews = [
      '2. Review of Bus Shelters (reported to Cabinet on 3 June 2025)',
      'Recommendation 1: That shelters on the ring road get seats.',
      'Cabinet response: Not accepted.',
      'Status: Closed.',
      '',
      'Recommendation 2: That timetables are posted at every stop.',
      'Cabinet Member response: Accepted.',
      'Progress: Half the stops are done. Target date: 1 August 2026.',
      'Lead officer: Transport Planner',
      'Status: Ongoing',
      '',
      '3. Kerbside Recycling Task and Finish Group',
      'Recommendation 1: That food waste is collected weekly.',
      'Cabinet response: Agreed.',
      'Progress: Weekly rounds started in January. Lead officer: Waste Manager.',
      'Status: Implemented',
      '',
    ];
    const own = ['4. Recommendations', '4.1 That the Panel notes the progress.'];
    const text = [...cover, ...reviews, ...own].join('\n');
    const read = () => parseSource(text, 'progress.txt', {}).flatMap((record) => (record.collection === 'recommendations' ? [record] : []));

    it("is claimed, and each review's blocks are read as its recommendations beside the report's own", () => {
      expect(cabinetResponseParser.detect(text)).toBe(true);
      expect(read().map((record) => record.id.split('/').at(-1))).toEqual([
        '01-that-the-panel-notes-the-progress',
        'review-of-bus-shelters-recommendation-1',
        'review-of-bus-shelters-recommendation-2',
        'kerbside-recycling-task-and-finish-group-recommendation-1',
      ]);
    });

    it('keeps a review headed twice apart, the second warned', () => {
      const twice = [...cover, ...reviews.slice(0, 4), '', ...reviews.slice(0, 4), ...own].join('\n');
      const ids = parseSource(twice, 'progress.txt', {}).flatMap((record) => (record.collection === 'recommendations' ? [record] : []));
      expect(ids.map((record) => record.id.split('/').at(-1)).slice(1)).toEqual([
        'review-of-bus-shelters-recommendation-1',
        'review-of-bus-shelters-2-recommendation-1',
      ]);
      expect(ids[2]?.data.warnings).toContain('another review of this report has the same heading');
    });

    it('is not claimed when its review blocks carry no response, nor with no review heading over them', () => {
      expect(cabinetResponseParser.detect(text)).toBe(true);
      const noResponse = [...cover, '2. Review of Bus Shelters', 'Recommendation 1: That shelters get seats.', 'Status: Closed.', ...own];
      expect(cabinetResponseParser.detect(noResponse.join('\n'))).toBe(false);
      const noHeading = [...cover, '2. Progress', ...reviews.slice(1, 5), ...own];
      expect(cabinetResponseParser.detect(noHeading.join('\n'))).toBe(false);
    });

    it('reads the response, status, progress, lead officer and target date, a field run on after a sentence its own', () => {
      const [, closed, ongoing, done] = read().map((record) => recommendationSchema.parse(record.data));
      expect(closed).toMatchObject({
        madeBy: 'Review of Bus Shelters',
        status: 'rejected',
        addressee: 'Cabinet',
        receivedDate: '2025-06-03',
      });
      expect(closed?.response).toMatchObject({ by: 'Cabinet', outcome: 'not-accepted', date: null });
      expect(ongoing).toMatchObject({
        status: 'in-progress',
        implementation: 'in-progress',
        statusText: 'Half the stops are done.',
        updates: [{ date: '2026-03-12', text: 'Half the stops are done.' }],
        targetDate: '1 August 2026',
        leadOfficer: 'Transport Planner',
        responseDue: '2025-08-03',
      });
      expect(ongoing?.response).toMatchObject({ by: 'Cabinet Member', outcome: 'accepted', text: 'Accepted.' });
      expect(done).toMatchObject({ madeBy: 'Kerbside Recycling Task and Finish Group', status: 'completed', leadOfficer: 'Waste Manager' });
      expect(done).toMatchObject({ addressee: null, receivedDate: null, responseDue: null });
      expect(done?.warnings).toContain('date of the response not stated');
    });
  });

  describe('a report whose appendix sets the responses out as a table', () => {
    const report = (table: string[]) =>
      [
        'Cabinet',
        '4 May 2026',
        'Item 6',
        '',
        'Response to the Scrutiny Review of Street Lighting',
        '',
        'Report of the Cabinet Member for Highways',
        '',
        'Recommendations',
        'Cabinet is asked to agree the responses in Appendix A.',
        '',
        'Appendix A - Cabinet response to the recommendations of the Place Select Committee',
        '',
        ...table,
        '',
        'Contact officer: Iona Reed, Street Lighting Engineer',
      ].join('\n');
    const stacked = [
      'No.',
      'Recommendation',
      'Response',
      'Accepted?',
      '',
      '1',
      'That lamps dim after midnight.',
      'Trials begin in June.',
      'Accepted',
    ];
    const tabbed = ['No.\tRecommendation\tResponse\tAccepted?', '1\tThat lamps dim after midnight.\tTrials begin in June.\tAccepted'];

    it('is claimed as a response, its cells parted by tabs or one a line, and each row a recommendation with its response', () => {
      for (const table of [stacked, tabbed]) {
        expect(cabinetResponseParser.detect(report(table))).toBe(true);
        const [row] = recommendations(report(table));
        expect(row).toMatchObject({
          reference: 'Recommendation 1',
          subject: 'That lamps dim after midnight',
          madeBy: 'Scrutiny Review of Street Lighting',
          committee: 'not-stated/place-select-committee',
        });
        expect(row?.response).toMatchObject({ by: 'Cabinet', outcome: 'accepted', text: 'Trials begin in June.', date: '2026-05-04' });
      }
    });

    it('leaves a report whose table has no response column to the report reader', () => {
      const plain = ['No.\tRecommendation\tOfficer\tStatus', '1\tThat lamps dim after midnight.\tIona Reed\tOpen'];
      expect(cabinetResponseParser.detect(report(plain))).toBe(false);
    });
  });
});
