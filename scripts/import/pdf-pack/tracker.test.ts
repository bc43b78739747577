import { describe, expect, it } from 'vitest';
import { isTrackerPaper, readTracker } from './tracker.ts';

const header =
  'COMMITTEE\tSCRUTINY ITEM & REF.\tAPPROACH\tLEAD OFFICER\tCOMMITTEE DATE(S)\tOUTCOMES, ACTIONS ARISING & UPDATES\tRESPONSIBLE MEMBER/ OFFICER\tREVIEW DATE\tIMPLEMENTATION REVIEW DATE AND OUTCOME';

describe('readTracker', () => {
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
