import { describe, expect, it } from 'vitest';
import { isTrackerPaper, readTracker, responseDateIn } from './tracker.ts';

const header =
  'COMMITTEE\tSCRUTINY ITEM & REF.\tAPPROACH\tLEAD OFFICER\tCOMMITTEE DATE(S)\tOUTCOMES, ACTIONS ARISING & UPDATES\tRESPONSIBLE MEMBER/ OFFICER\tREVIEW DATE\tIMPLEMENTATION REVIEW DATE AND OUTCOME';

describe('readTracker', () => {
  it("reads an action log: its Action the row's text, Owner the officer, Meeting the date, a wrapped reference joined", () => {
    const rows = readTracker([
      'Ref\tMeeting\tMinute\tAction\tOwner\tDue\tStatus\tUpdate',
      'HSP-\t04/06/2025\t9\tReport the number of void homes\tHead of\t31/08/2025\tAMBER\tFigures being',
      '25-03\t\t\tby estate\tEstates\t\t\tchecked',
      '7\t04/06/2025\t10\tWrite to the bus company\tClerk\t30/06/2025\tGREEN\tSent',
      '8\t\t\t\t\t\tRED\t', // a figure's row under a figure is a row of its own
    ]);
    expect(rows.map((row) => [row.reference, row.body, row.leadOfficer, row.meetingDates, row.rag, row.statusText])).toEqual([
      ['HSP-25-03', 'Report the number of void homes by estate', 'Head of Estates', ['2025-06-04'], 'amber', 'Figures being checked'],
      ['7', 'Write to the bus company', 'Clerk', ['2025-06-04'], 'green', 'Sent'],
      ['8', '', null, [], 'red', 'RED'],
    ]);
  });

  it('reads a Minute column as the number of the minute that made each row, and warns of words in it that are no number', () => {
    const rows = readTracker([
      'Ref\tMeeting\tMin No.\tAction\tOwner',
      'A1\t04/06/2025\t23(b)\tReport the void homes\tClerk',
      'A2\t04/06/2025\tsee the minutes\tWrite to the bus company\tClerk',
      'A3\t04/06/2025\t\tMend the gate\tClerk',
    ]);
    expect(rows.map((row) => row.item)).toEqual(['23(b)', null, null]);
    expect(rows[1]?.warnings).toContain('the minute column\'s "see the minutes" is no minute number: the item that made it not recorded');
    const [unminuted] = readTracker([
      'Ref\tMeeting\tAction\tOwner',
      'A1\t04/06/2025\tMend the gate\tClerk',
      'A2\t04/06/2025\tPaint the hall\tClerk',
    ]);
    expect(unminuted).toBeDefined();
    expect(unminuted).not.toHaveProperty('item');
  });

  it('maps columns by their header words, not their position', () => {
    const [row] = readTracker([
      header,
      'P&F\tCarers (COP/08/12)\tT&F\tS Long\t12-Sep-13 04-Feb-14\t<p>RESOLVED: x</p>\tCllr H\tN/A\tUPDATE: met twice',
    ]);
    expect(row).toMatchObject({
      reference: 'COP/08/12',
      subject: 'Carers (COP/08/12)',
      leadOfficer: 'S Long',
      meetingDates: ['2013-09-12', '2014-02-04'],
      body: 'RESOLVED: x',
      reviewDate: null,
      status: 'in-progress',
      statusText: 'UPDATE: met twice',
      warnings: [],
    });
  });

  it('maps status conservatively and warns for empty cells', () => {
    const rows = readTracker([
      header,
      'P&F\tA\t\t\t\tx\t\t\tUPDATE: done. NO FURTHER ACTION.',
      'P&F\tB\tFull\tO\t\tx\tM\tMar-15\tcompleted in part',
      'P&F\tC\tFull\tO\t\tx\tM\tMay-15',
    ]);
    expect(rows.map((row) => row.status)).toEqual(['completed', 'not-stated', 'not-stated']);
    expect(rows[0]?.warnings).toEqual([
      'approach not stated in the tracker',
      'lead officer not stated in the tracker',
      'responsible member not stated in the tracker',
      'review date not stated in the tracker',
    ]);
    expect(rows[2]?.warnings).toEqual(['latest update not stated in the tracker']);
  });

  it('reads a status column that turns a recommendation down or has not begun it; never such words in an update', () => {
    const rows = readTracker([
      'REF\tRECOMMENDATION\tLEAD OFFICER\tACTION TAKEN\tSTATUS',
      'R1\tThat A be done.\tO\tCabinet would not fund it.\tRejected',
      'R2\tThat B be done.\tO\t\tNot accepted by Cabinet',
      'R3\tThat C be done.\tO\t\tNot yet started',
      'R4\tThat D be done.\tO\t\tOpen',
      'R5\tThat E be done.\tO\tThe first bid was rejected; a second is planned.\t',
      'R6\tThat F be done.\tO\t\tReopened',
    ]);
    expect(rows.map((row) => row.status)).toEqual(['rejected', 'rejected', 'open', 'open', 'not-stated', 'not-stated']);
  });

  it('stops at the end of the table and reads nothing without a tracker header', () => {
    expect(readTracker([header, 'P&F\tA\tFull\tO\t\tx', 'Signature:', 'Name\t\tDate:'])).toHaveLength(1);
    expect(readTracker(['Option\tCost\tRisk', 'A\t1\tLow'])).toEqual([]);
    expect(isTrackerPaper('2014/15 SCRUTINY RECOMMENDATIONS TRACKER')).toBe(true);
    expect(isTrackerPaper('Reprocurement of community provision')).toBe(false);
  });
});

describe('tracker dates', () => {
  it('reads "13-Sep-12" lists and "Mar-15" months, and rejects dates that do not exist', async () => {
    const { parseMonthYear, parseShortDates } = await import('../../../src/model/dates.ts');
    expect(parseShortDates('13-Sep-12 05-Dec-13 10-Jul-14')).toEqual(['2012-09-13', '2013-12-05', '2014-07-10']);
    expect(parseShortDates('31-Feb-14 and 1 March 2015')).toEqual(['2015-03-01']);
    expect(parseMonthYear('Mar-15')).toBe('2015-03');
    expect(parseMonthYear('September 2016')).toBe('2016-09');
    expect(parseMonthYear('N/A')).toBeNull();
  });
});

describe('status words', () => {
  const rowsOf = (...lines: string[]) => readTracker(['Ref\tRecommendation\tOfficer\tProgress\tStatus', ...lines]);

  it('reads a negation before the word it negates', () => {
    const rows = rowsOf(
      'Q1\tThat kiosks open.\tT Vale\t\tNot yet complete',
      'Q2\tThat ponds be dredged.\tT Vale\t\tnot completed',
      'Q3\tThat lamps be fixed.\tT Vale\t\tComplete',
    );
    expect(rows.map((row) => row.status)).toEqual(['open', 'open', 'completed']);
    expect(rows.map((row) => row.implementation)).toEqual(['not-stated', 'not-stated', 'implemented']);
  });

  it('never reads a status from the update when the status cell is blank', () => {
    const rows = rowsOf(
      'Q1\tThat kiosks open.\tT Vale\tNo update has come in yet.\t',
      'Q2\tThat ponds be dredged.\tT Vale\tNothing is in progress until spring.\t',
    );
    expect(rows.map((row) => row.status)).toEqual(['not-stated', 'not-stated']);
  });

  it('reads "Closed" on a recommendation the response turned down as rejected', () => {
    const rows = readTracker([
      'Ref\tRecommendation\tCabinet response\tOfficer\tStatus',
      'Q1\tThat kiosks open.\tNot accepted: no budget.\tT Vale\tClosed',
      'Q2\tThat ponds be dredged.\tAccepted.\tT Vale\tClosed',
      'Q3\tThat lamps be fixed.\tDeclined by Cabinet.\tT Vale\tRejected - closed',
    ]);
    expect(rows.map((row) => row.status)).toEqual(['rejected', 'completed', 'rejected']);
    expect(rows.map((row) => row.response?.outcome)).toEqual(['not-accepted', 'accepted', 'not-accepted']);
    expect(rows[0]?.response).toMatchObject({ by: 'Cabinet', text: 'Not accepted: no budget.' });
  });

  it('puts "Accepted" in the response and "Implemented" in the implementation', () => {
    const rows = rowsOf(
      'Q1\tThat kiosks open.\tT Vale\t\tPartially accepted',
      'Q2\tThat ponds be dredged.\tT Vale\t\tAccepted',
      'Q3\tThat lamps be fixed.\tT Vale\t\tImplemented',
    );
    expect(rows.map((row) => [row.status, row.response?.outcome ?? null, row.implementation])).toEqual([
      ['not-stated', 'partially-accepted', 'not-stated'],
      ['not-stated', 'accepted', 'not-stated'],
      ['completed', null, 'implemented'],
    ]);
    expect(rows[1]?.response).toMatchObject({ text: 'Accepted', by: null });
  });

  it('reads a RAG rating in a status or RAG column as the rating, not as a status', () => {
    const inStatus = rowsOf('Q1\tThat kiosks open.\tT Vale\t\tAmber', 'Q2\tThat ponds be dredged.\tT Vale\t\tGreen - complete');
    expect(inStatus.map((row) => [row.rag, row.status])).toEqual([
      ['amber', 'not-stated'],
      ['green', 'completed'],
    ]);
    const [own] = readTracker([
      'No.\tAgreed action\tOfficer\tProgress update\tRAG',
      '4\tBrief the panel on ferries.\tT Vale\tBriefing held. COMPLETED\tRed',
    ]);
    expect(own).toMatchObject({ reference: '4', rag: 'red', status: 'not-stated' });
  });

  it('reads only the capitals an update is marked with when the tracker has no status column', () => {
    const rows = readTracker([
      header,
      'P&F\tA\tFull\tO\t\tx\tM\tMar-15\tAn update on the ferry was received in May.',
      'P&F\tB\tFull\tO\t\tx\tM\tMar-15\tWork NOT COMPLETED yet',
    ]);
    expect(rows.map((row) => row.status)).toEqual(['not-stated', 'not-stated']);
  });
});

describe('columns by their header words', () => {
  it('keeps an officer column from the member column, and reads due dates, reviews and responses', () => {
    const [row, second] = readTracker([
      'Rec No.\tDate of Committee\tDate of review\tRecommendation\tAccepted / Rejected\tExecutive Response\tResponsible Officer\tPortfolio Holder\tDeadline\tStatus',
      'K1\t3 May 2024\t09/09/2024\tThat ferries run later.\tAccepted\tA later ferry from June.\tJo Pike\tCllr Ray Moss\t30/06/2024\tOngoing',
      'K2\t3 May 2024\t09/09/2024\tThat fares be frozen.\tRejected\tFares rise with costs.\tJo Pike\tCllr Ray Moss\t-\tClosed',
    ]);
    expect(row).toMatchObject({
      reference: 'K1',
      subject: 'That ferries run later',
      meetingDates: ['2024-05-03'],
      reviewDate: '2024-09-09',
      leadOfficer: 'Jo Pike',
      responsibleMember: 'Cllr Ray Moss',
      targetDate: '30/06/2024',
      status: 'in-progress',
      response: { outcome: 'accepted', text: 'A later ferry from June.', by: 'Executive' },
    });
    expect(second).toMatchObject({ targetDate: null, status: 'rejected', response: { outcome: 'not-accepted' } });
    expect(second?.warnings).toContain('target date not stated in the tracker');
  });

  it.each([['Date due'], ['Target date'], ['Timescale'], ['Due date']])('reads "%s" as the target date', (heading) => {
    const [row] = readTracker([
      `Ref\tRecommendation\tOfficer\t${heading}\tStatus`,
      'K1\tThat ferries run later.\tJo Pike\tMarch 2027\tOpen',
    ]);
    expect(row?.targetDate).toBe('March 2027');
  });

  it.each([['Cabinet response'], ['Accepted, partially accepted or rejected'], ['Recommendation status']])(
    'reads "%s" as the response',
    (heading) => {
      const [row] = readTracker([
        `Ref\tRecommendation\tOfficer\t${heading}\tProgress`,
        'K1\tThat ferries run later.\tJo Pike\tAgreed in part\tStarted',
      ]);
      expect(row?.response?.outcome).toBe('partially-accepted');
    },
  );
});

describe('columns a response table heads in few words', () => {
  it('reads "Response" alone as the response, "Lead" as the lead officer', () => {
    const [row] = readTracker([
      'Ref\tRecommendation\tResponse\tLead\tStatus',
      'K1\tThat ferries run later.\tAgreed: from June.\tJo Pike\tOpen',
    ]);
    expect(row).toMatchObject({ leadOfficer: 'Jo Pike', response: { outcome: 'accepted', text: 'Agreed: from June.', by: null } });
  });

  it("reads the responder's comment column as the response's text after its outcome word", () => {
    const [row, second] = readTracker([
      'No.\tRecommendation\tResponse\tCabinet Member comments\tTimescale',
      'R1\tThat bins be emptied weekly.\tRejected\tThe fortnightly round saves £90,000 a year.\tn/a',
      'R2\tThat parks open at 7am.\tAccepted\t-\tMay 2026',
    ]);
    expect(row).toMatchObject({ response: { outcome: 'not-accepted', text: 'Rejected\n\nThe fortnightly round saves £90,000 a year.' } });
    expect(second).toMatchObject({ response: { outcome: 'accepted', text: 'Accepted' } });
  });

  it('parts "Lead / timescale" into the lead officer and the target date, and names a cell it cannot part', () => {
    const [row, second, third] = readTracker([
      'Ref\tRecommendation\tAccepted?\tLead / timescale',
      'K1\tThat ferries run later.\tAccepted\tHarbour Master / June 2027',
      'K2\tThat fares be frozen.\tNot accepted\t-',
      'K3\tThat piers be lit.\tAccepted\tHarbour Master',
    ]);
    expect(row).toMatchObject({ leadOfficer: 'Harbour Master', targetDate: 'June 2027' });
    expect(second).toMatchObject({ leadOfficer: null, targetDate: null });
    expect(third).toMatchObject({ leadOfficer: 'Harbour Master', targetDate: null });
    expect(third?.warnings).toContain('"Harbour Master" under "Lead / timescale" is not parted by " / ": it is read as the Lead alone');
  });
});

describe('a cell that wraps onto the lines below its row', () => {
  const head = 'Ref\tRecommendation\tDate made\tOfficer\tUpdate\tStatus';

  it('joins a line without tabs to the one wordy cell that stops short, and reads the rows after it', () => {
    const rows = readTracker([
      head,
      'W1\tThat the lido reopens with longer\t02/02/2025\tAl Cove\tSurvey done.\tIn progress',
      'hours in August.',
      'W2\tThat the pier be painted.\t02/02/2025\tAl Cove\t\tOpen',
    ]);
    expect(rows.map((row) => row.reference)).toEqual(['W1', 'W2']);
    expect(rows[0]?.body).toBe('That the lido reopens with longer hours in August.');
    expect(rows[0]?.warnings).toEqual([]);
  });

  it('joins a line with an empty reference to the row above, cell by cell', () => {
    const rows = readTracker([
      head,
      'W1\tThat the lido reopens with\t02/02/2025\tAl Cove\tOpened on\tComplete',
      '\tlonger hours.\t\t\t1 May 2025.\t',
      'W2\tThat the pier be painted.\t02/02/2025\tAl Cove\t\tOpen',
    ]);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ body: 'That the lido reopens with longer hours.', statusText: 'Opened on 1 May 2025.' });
  });

  it('names a line it cannot place, and rows below a paragraph that ended the table', () => {
    const [first] = readTracker([
      head,
      'W1\tThat the lido reopens with\t02/02/2025\tAl Cove\tSurvey under\tIn progress',
      'longer hours way',
      'W2\tThat the pier be painted.\t02/02/2025\tAl Cove\t\tOpen',
    ]);
    expect(first?.warnings).toEqual([
      'a line below this row was not read into a cell ("longer hours way"): the cell it carries on is not known; it is kept in the tracker\'s text',
    ]);
    const rows = readTracker([
      head,
      'W1\tThat the pier be painted.\t02/02/2025\tAl Cove\t\tOpen',
      'Key: open means not begun.',
      '',
      'Notes follow.',
      'W9\tThat the gulls be counted.\t02/02/2025\tAl Cove\t\tOpen',
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.warnings).toEqual([
      'the tracker\'s table was read up to "Key: open means not begun."; 1 line(s) below it that look like its rows were not read; they are kept in the tracker\'s text',
    ]);
  });
});

describe('the date a response cell gives itself', () => {
  it("dates a response by the responder's bracket, not by a date yet to come", () => {
    const rows = readTracker([
      'Ref\tRecommendation\tExecutive response\tLead',
      'Q1\tThat bins be emptied weekly.\tAccepted (Executive 17/07/2024)\tHead of Waste',
      'Q2\tThat fees be halved.\tRejected (Cabinet, 3 March 2025) – no budget\tHead of Finance',
      'Q3\tThat parks open later.\tNot yet considered – due at Executive 21/05/2025\tHead of Parks',
    ]);
    expect(rows.map((row) => row.response?.date)).toEqual(['2024-07-17', '2025-03-03', null]);
  });

  it("reads a member's bracket, and gives no date for brackets that disagree or name no responder", () => {
    expect(responseDateIn('Agreed. Work starts in May. (Cabinet Member for Roads, 12 March 2025)')).toBe('2025-03-12');
    expect(responseDateIn('Accepted (Cabinet 1 May 2024); amended (Cabinet 5 June 2024)')).toBeNull();
    expect(responseDateIn('Accepted (see report of 1 May 2024)')).toBeNull();
    expect(responseDateIn('Accepted (Cabinet, to be confirmed 1 May 2024)')).toBeNull();
  });
});
