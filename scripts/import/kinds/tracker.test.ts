import { describe, expect, it } from 'vitest';
import { parseSource } from '../import-sources.ts';
import { trackerParser } from './tracker.ts';

const tab = (...rows: string[][]) => rows.map((row) => row.join('\t')).join('\n');
const HEADER = ['Ref', 'Committee', 'Recommendation', 'Lead Officer', 'Progress', 'Status'];

describe('a recommendations tracker on its own', () => {
  it('is claimed by its title, never by minutes or a meeting page whose item is the tracker', () => {
    expect(trackerParser.detect(`Resolutions Monitoring Log\n\n${tab(HEADER)}`)).toBe(true);
    expect(trackerParser.detect('Agenda item\n\nRecommendation Tracker\n\nMinutes:\n\nThe Board noted the tracker.')).toBe(false);
    expect(trackerParser.detect('Agenda\nCabinet\n4 March 2025\n1. Apologies\n2. Recommendations Tracker\n3. Budget')).toBe(false);
    expect(trackerParser.detect('Minutes of the Audit Committee\nPresent: Councillor A Ash\n1. Action log\nNoted.')).toBe(false);
  });

  it('reads a day-first review date, and initials that leave out "and"', () => {
    const text = [
      'Westby County Council',
      'Children and Families Scrutiny Committee',
      'Scrutiny Recommendation Tracker',
      tab(
        ['Ref', 'Committee', 'Recommendation', 'Review Date', 'Status'],
        ['R1', 'CFSC', 'That the fostering review be shared.', '31/03/25', 'Open'],
      ),
    ].join('\n');
    const [row] = parseSource(text, 'tracker.txt', {}).flatMap((record) => (record.collection === 'recommendations' ? [record.data] : []));
    expect(row).toMatchObject({ committee: 'westby-county-council/children-and-families-scrutiny-committee', reviewDate: '2025-03-31' });
  });

  it("gives each row the tracker's committee only when its cell names that committee", () => {
    const text = [
      'Northby Borough Council',
      'Place Scrutiny Panel',
      'Recommendations Tracker - as at 2 June 2025',
      '',
      tab(
        HEADER,
        ['P1', 'Place', 'That bus shelters be audited.', 'A Bell', 'Audit done', 'Completed'],
        ['P2', 'PSP', 'That verges be cut twice a year.', 'C Dunn', 'Contract signed', 'In progress'],
        ['H1', 'Health Scrutiny Panel', 'That GP access be reported.', 'E Fox', '', 'Open'],
      ),
    ].join('\n');
    const records = parseSource(text, 'tracker.txt', {});
    const rows = records.flatMap((record) => (record.collection === 'recommendations' ? [record.data] : []));
    expect(rows.map((row) => [row.reference, row.committee, row.status])).toEqual([
      ['P1', 'northby-borough-council/place-scrutiny-panel', 'completed'],
      ['P2', 'northby-borough-council/place-scrutiny-panel', 'in-progress'],
      ['H1', null, 'open'],
    ]);
    expect(rows[2]?.warnings).toContain('made by "Health Scrutiny Panel" as the tracker says, not matched to a committee by name');
    const report = records.find((record) => record.collection === 'reports');
    expect(report?.data).toMatchObject({
      title: 'Recommendations Tracker - as at 2 June 2025',
      date: '2025-06-02',
      provenance: { format: 'tracker' },
    });
  });

  it("gives each record the row's response, rating, target date and how far it has gone", () => {
    const text = [
      'Southwold Parish Council',
      'Harbour Scrutiny Panel',
      'Action Log',
      tab(
        ['No.', 'Recommendation', 'Cabinet response', 'Responsible Officer', 'Portfolio Holder', 'Target date', 'RAG Status'],
        ['1', 'That the slipway be resurfaced.', 'Agreed in part: one lane only.', 'Mo Reed', 'Cllr Ada Finch', '31/10/2025', 'Amber'],
        ['2', 'That mooring fees be halved.', 'Not accepted.', 'Mo Reed', 'Cllr Ada Finch', '-', 'Red'],
      ),
    ].join('\n');
    const rows = parseSource(text, 'tracker.txt', {}).flatMap((record) => (record.collection === 'recommendations' ? [record.data] : []));
    expect(rows[0]).toMatchObject({
      reference: '1',
      leadOfficer: 'Mo Reed',
      responsibleMember: 'Cllr Ada Finch',
      targetDate: '31/10/2025',
      rag: 'amber',
      status: 'not-stated',
      response: { by: 'Cabinet', outcome: 'partially-accepted', text: 'Agreed in part: one lane only.' },
    });
    expect(rows[1]).toMatchObject({ targetDate: null, rag: 'red', status: 'rejected', response: { outcome: 'not-accepted' } });
  });

  it("reads every row of a table whose cells wrap, and shows the cells joined in the tracker's text", () => {
    const text = [
      'Eastmere Town Council',
      'Leisure Scrutiny Panel',
      'Recommendations Tracker - as at 1 June 2025',
      tab(HEADER, ['L1', 'LSP', 'That the lido reopens with longer', 'Al Cove', 'Survey done.', 'In progress']),
      'hours in August.',
      tab(['L2', 'LSP', 'That the pier be painted.', 'Al Cove', 'Painted in', 'Complete'], ['', '', '', '', 'May.', '']),
      tab(['L3', 'LSP', 'That the gulls be counted.', 'Al Cove', '', 'Open']),
    ].join('\n');
    const records = parseSource(text, 'tracker.txt', {});
    const rows = records.flatMap((record) => (record.collection === 'recommendations' ? [record.data] : []));
    expect(rows.map((row) => [row.reference, row.statusText])).toEqual([
      ['L1', 'Survey done.'],
      ['L2', 'Painted in May.'],
      ['L3', 'Open'],
    ]);
    const report = records.find((record) => record.collection === 'reports');
    expect(report?.body).toContain('That the lido reopens with longer hours in August.');
    expect(report?.body).not.toMatch(/^hours in August\.$/m);
  });
});

describe("a council's tracker over all its scrutiny committees", () => {
  const text = [
    'Ormsby Council',
    'Scrutiny recommendations tracker',
    '',
    tab(
      ['Ref', 'Committee', 'Recommendation', 'Lead', 'Progress', 'Status'],
      ['T1', 'Place Scrutiny Committee', 'That verges be cut twice a year.', 'Head of Parks', 'Contract let.', 'On track'],
      ['T2', 'PSC', 'That the depot be moved.', 'Head of Fleet', 'Site found.', 'Behind'],
    ),
    '',
    'Last updated: 2 May 2026',
  ].join('\n');
  const records = parseSource(text, 'tracker.txt', {});
  const rows = records.flatMap((record) => (record.collection === 'recommendations' ? [record.data] : []));

  it("gives a row the committee its cell names, names a cell that names none, and dates the tracker by its 'Last updated' line", () => {
    expect(rows.map((row) => row.committee)).toEqual(['ormsby-council/place-scrutiny-committee', null]);
    expect(rows[1]?.warnings).toContain('made by "PSC" as the tracker says, not matched to a committee by name');
    expect(records.find((record) => record.id === 'ormsby-council/place-scrutiny-committee')?.data).toMatchObject({
      type: 'scrutiny-committee',
    });
    expect(records.find((record) => record.collection === 'reports')?.data).toMatchObject({ date: '2026-05-02' });
  });

  it('reads "Lead" as the lead officer, and "On track" and "Behind" as under way', () => {
    expect(rows.map((row) => [row.leadOfficer, row.status])).toEqual([
      ['Head of Parks', 'in-progress'],
      ['Head of Fleet', 'in-progress'],
    ]);
  });
});

describe('a tracker copied with one cell a line, a blank line between rows', () => {
  it('reads each row, as a table with tabs', () => {
    const text = [
      'Ormsby Council',
      'Scrutiny Recommendation Tracker',
      '',
      'Ref',
      'Recommendation',
      'Lead Officer',
      'Status',
      '',
      'T1',
      'That verges be cut twice a year.',
      'Head of Parks',
      'Complete',
      '',
      'T2',
      'That the depot be moved.',
      'Head of Fleet',
      'Open',
    ].join('\n');
    const rows = parseSource(text, 'tracker.txt', {}).flatMap((record) => (record.collection === 'recommendations' ? [record.data] : []));
    expect(rows.map((row) => [row.reference, row.leadOfficer, row.status])).toEqual([
      ['T1', 'Head of Parks', 'completed'],
      ['T2', 'Head of Fleet', 'open'],
    ]);
  });
});

describe("the executive's response to a review, set out as a tracker's table", () => {
  const rows = tab(
    ['Rec No.', 'Recommendation', 'Accepted or rejected', 'Cabinet response', 'Action', 'Timescale'],
    ['1', 'That the library app shows opening hours.', 'Accepted', 'The app will be updated.', 'Brief the supplier.', 'June 2026'],
    ['2', 'That fines are abolished.', 'Rejected', 'Fines fund the book budget.', '', 'N/A'],
  );

  it('dates each response by the paper, names the review, and keeps the action with the response', () => {
    const text = [
      'Ashcombe County Council',
      'Scrutiny Recommendation Tracker',
      'Cabinet response to the Library Futures Task and Finish Group',
      'Date: 3 March 2026',
      rows,
    ].join('\n');
    const recs = parseSource(text, 'response.txt', {}).flatMap((record) => (record.collection === 'recommendations' ? [record.data] : []));
    expect(recs.map((rec) => rec.madeBy)).toEqual(['Library Futures Task and Finish Group', 'Library Futures Task and Finish Group']);
    expect(recs[0]?.response).toMatchObject({ date: '2026-03-03', by: 'Cabinet', outcome: 'accepted' });
    expect(recs[0]?.response?.text).toBe('The app will be updated.\n\n**Action:** Brief the supplier.');
    expect(recs[1]?.response).toMatchObject({ outcome: 'not-accepted', text: 'Fines fund the book budget.' });
  });

  it("is claimed without a tracker's title when a response column stands in the table, never a table without one", () => {
    expect(trackerParser.detect(`Cabinet response to the Library Futures Task and Finish Group\n\n${rows}`)).toBe(true);
    const progress = tab(
      ['Ref', 'Recommendation', 'Lead Officer', 'Progress', 'Status'],
      ['1', 'That bins are emptied.', 'A Bell', 'Done', 'Completed'],
    );
    expect(trackerParser.detect(`Cabinet response to the Library Futures Task and Finish Group\n\n${progress}`)).toBe(false);
  });

  it('leaves a tracker that is no response as it was: no date given to a response, no review, no action column read', () => {
    const text = ['Ashcombe County Council', 'Scrutiny Recommendation Tracker', 'Date: 3 March 2026', rows].join('\n');
    const recs = parseSource(text, 'tracker.txt', {}).flatMap((record) => (record.collection === 'recommendations' ? [record.data] : []));
    expect(recs[0]?.response).toMatchObject({ date: null, text: 'The app will be updated.' });
    expect(recs[0]?.madeBy ?? null).toBeNull();
  });

  it('reads a "By when" column as the target date, in the words a response block\'s field uses', () => {
    const text = [
      'Easterly Borough Council',
      'Scrutiny Recommendations Tracker',
      tab(['Ref', 'Recommendation', 'By when', 'Status'], ['E1', 'That the market hall be repainted.', 'Spring 2027', 'Open']),
    ].join('\n');
    const [row] = parseSource(text, 'tracker.txt', {}).flatMap((record) => (record.collection === 'recommendations' ? [record.data] : []));
    expect(row?.targetDate).toBe('Spring 2027');
  });
});

describe('the rows a tracker lists as closed since the last report, below its open ones', () => {
  const recommendations = (text: string) =>
    parseSource(text, 'tracker.txt', {}).flatMap((record) => (record.collection === 'recommendations' ? [record.data] : []));

  it('reads the rows under "Recommendations closed since the last meeting" (the header printed again) as closed', () => {
    const open = tab(HEADER, ['H7', 'HSP', 'That void homes be let within 28 days.', 'R Quill', 'Average now 34 days.', 'In progress']);
    const closed = tab(
      HEADER,
      ['H3', 'HSP', 'That tenants be told of repair dates by text.', 'R Quill', 'Texts sent since May.', ''],
      ['H5', 'HSP', 'That the damp survey be published.', 'S Orme', 'Published in July.', 'Completed'],
    );
    const head = 'Kestwick District Council\nHousing Scrutiny Panel\nRecommendations Tracker - as at 9 September 2026';
    const text = `${head}\n\n${open}\n\nRecommendations closed since the last meeting\n\n${closed}`;
    const rows = recommendations(text);
    expect(rows.map((row) => [row.reference, row.status, row.implementation ?? 'not-stated', row.statusText])).toEqual([
      ['H7', 'in-progress', 'in-progress', 'Average now 34 days.'],
      ['H3', 'completed', 'not-stated', 'Texts sent since May.'],
      ['H5', 'completed', 'implemented', 'Published in July.'],
    ]);
    // The status the heading gives is said, for a reader to check; a row's own status needs no word.
    expect(rows[1]?.warnings).toContain('status read from the heading above the row: "Recommendations closed since the last meeting"');
    expect((rows[2]?.warnings ?? []).some((warning) => /heading above/.test(warning))).toBe(false);
    expect(rows[0]?.warnings).toEqual([]);
    // The tracker's text keeps the heading, over the closed rows' own table.
    const report = parseSource(text, 'tracker.txt', {}).find((record) => record.collection === 'reports');
    expect(report?.body).toMatch(/In progress \|\n\nRecommendations closed since the last meeting\n\n\| Ref \|/);
  });

  it('reads the rows under "Completed actions" (no header again) as completed, and invents no date', () => {
    const log = tab(
      ['Ref', 'Action', 'Owner', 'Due date', 'Update'],
      ['A12', 'Report on the fraud hotline.', 'Head of Audit', 'March 2027', 'Drafting.'],
    );
    const done = tab(['A9', 'Circulate the risk register.', 'Head of Risk', '', 'Sent to members.']);
    const text = `Kestwick District Council\nAudit Committee\nAction Log\n\n${log}\n\nCompleted actions\n${done}`;
    const rows = recommendations(text);
    expect(rows.map((row) => [row.reference, row.status, row.implementation ?? 'not-stated', row.targetDate])).toEqual([
      ['A12', 'not-stated', 'not-stated', 'March 2027'],
      ['A9', 'completed', 'implemented', null],
    ]);
    expect(rows[1]?.warnings).toContain('status read from the heading above the row: "Completed actions"');
    expect((rows[0]?.warnings ?? []).some((warning) => /Completed actions/.test(warning))).toBe(false);
  });
});
