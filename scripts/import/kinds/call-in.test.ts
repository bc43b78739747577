import { describe, expect, it } from 'vitest';
import { meetingSchema, reportSchema } from '../../../src/model/schema.ts';
import { parseSource } from '../import-sources.ts';
import { fromResolutions } from '../recommendations/from-meetings.ts';
import type { MeetingRecord } from '../recommendations/common.ts';
import { callInOutcomeParser, callInRequestParser } from './call-in.ts';
import { formMarkdown } from './form-fields.ts';

const request = [
  'Wyvernby District Council',
  'Call-in Request Form',
  '',
  'Decision to be called in: Charging for garden waste collections',
  'Decision maker: Cabinet',
  'Date received: 4 May 2026',
  '',
  'Grounds (tick all that apply):',
  '[X] Inadequate consultation',
  '[ ] Outside the budget framework',
  '',
  'Signatories:',
  '1) Cllr Rosa Penhallow',
  '2) Cllr Idris Maclean',
].join('\n');

const outcome = [
  'Wyvernby District Council',
  'Scrutiny Committee',
  '18 May 2026',
  'Notice of Call-in Outcome',
  '',
  'Decision called in: Charging for garden waste collections (Cabinet, minute 112)',
  'Present: Councillors Ana Brook (Chair), Joel Marsh and Priya Dale',
  '',
  'Outcome:',
  'The Committee decided to take no further action. The decision takes effect today.',
  '',
  'The vote: For 2, Against 1.',
].join('\n');

describe('a call-in request form', () => {
  it('is one report of the form: titled by the decision, for no committee when the form names none, dated when received', () => {
    const records = parseSource(request, 'call-in.txt', {});
    const [report] = records.flatMap((record) => (record.collection === 'reports' ? [reportSchema.parse(record.data)] : []));
    expect(records.map((record) => record.collection)).toEqual(['councils', 'reports']);
    expect(report).toMatchObject({
      title: 'Call-in request: Charging for garden waste collections',
      kind: 'other',
      council: 'wyvernby-district-council',
      committee: null,
      date: '2026-05-04',
    });
    expect(report?.warnings).toContain('the scrutiny committee asked to review the decision not stated: the text names none');
  });

  it('keeps the grounds with their boxes and the signatories as lists', () => {
    const body = formMarkdown(request.split('\n'));
    expect(body).toContain('**Grounds (tick all that apply):**\n\n- [x] Inadequate consultation\n- [ ] Outside the budget framework');
    expect(body).toContain('**Signatories:**\n\n- Cllr Rosa Penhallow\n- Cllr Idris Maclean');
  });

  it('is not the outcome notice, and the outcome notice is not a request', () => {
    expect(callInRequestParser.detect(request)).toBe(true);
    expect(callInOutcomeParser.detect(request)).toBe(false);
    expect(callInRequestParser.detect(outcome)).toBe(false);
    expect(callInOutcomeParser.detect(outcome)).toBe(true);
  });

  it("is not minutes marked provisional whose item is a call-in: the status words are the header reader's", () => {
    // "Provisional minutes" over a request's fields, as an item's text: minutes, never a form.
    for (const status of ['Provisional minutes', 'Unconfirmed minutes', 'Draft minutes']) {
      const minutes = [status, ...request.split('\n')].join('\n');
      expect(callInRequestParser.detect(minutes)).toBe(false);
      expect(callInOutcomeParser.detect([status, ...outcome.split('\n')].join('\n'))).toBe(false);
    }
  });
});

describe('a call-in outcome notice', () => {
  const records = parseSource(outcome, 'outcome.txt', {});
  const meeting = meetingSchema.parse(records.find((record) => record.collection === 'meetings')?.data);

  it("is the committee's meeting with one item for the decision, the outcome its resolution", () => {
    expect(meeting).toMatchObject({ committee: 'wyvernby-district-council/scrutiny-committee', date: '2026-05-18', status: 'minutes' });
    expect(meeting.attendance.present).toEqual(['Ana Brook', 'Joel Marsh', 'Priya Dale']);
    expect(meeting.items.map((item) => item.title)).toEqual(['Call-in: Charging for garden waste collections']);
    expect(meeting.items[0]?.resolutions).toEqual(['The Committee decided to take no further action. The decision takes effect today.']);
  });

  it('keeps a tally the vote reader does not read (no outcome word) in the text, never as a guessed vote', () => {
    expect(meeting.items[0]?.votes).toBeUndefined();
    expect(meeting.items[0]?.minutes).toContain('**The vote:** For 2, Against 1.');
    expect(meeting.items[0]?.minutes).not.toContain('Present:');
  });

  it("reads the meeting's own fields below the title as its header", () => {
    const labelled = ['Call-in Outcome', 'Committee: Scrutiny Committee', 'Date of meeting: 18 May 2026', ...outcome.split('\n').slice(4)];
    const read = meetingSchema.parse(
      parseSource(labelled.join('\n'), 'outcome.txt', { council: 'Wyvernby District Council' }).find(
        (record) => record.collection === 'meetings',
      )?.data,
    );
    expect(read).toMatchObject({ committee: 'wyvernby-district-council/scrutiny-committee', date: '2026-05-18' });
    expect(read.items[0]?.minutes).not.toContain('Date of meeting');
  });
});

describe('a call-in outcome notice naming its movers by initials', () => {
  // Invented: a town council's panel that prints movers as initials, its present list the roster they stand for.
  const initialled = [
    'Wyvernby Town Council',
    'Scrutiny Panel',
    '9 June 2026',
    'Notice of Call-in Outcome',
    '',
    'Decision called in: Closure of the Mill Lane toilets (Cabinet, minute 140)',
    'Present: Councillors Nadia Voss (Chair), Hamish Orr and Petra Quill',
    '',
    'Outcome:',
    'The Panel referred the decision back to the Cabinet for reconsideration.',
    '',
    'Proposed NV, seconded HO.',
  ].join('\n');

  const read = (text: string) => {
    const records = parseSource(text, 'outcome.txt', {});
    return meetingSchema.parse(records.find((record) => record.collection === 'meetings')?.data);
  };

  it('is imported with the initials the present list answers to as the movers', () => {
    const meeting = read(initialled);
    expect(meeting.items[0]?.motions).toEqual([expect.objectContaining({ movedBy: 'Nadia Voss', secondedBy: 'Hamish Orr' })]);
  });

  it('is imported, not refused, when no one present answers to them: the motion left out, its line warned of', () => {
    const meeting = read(initialled.replace('Proposed NV, seconded HO.', 'Proposed KL, seconded ZZ.'));
    expect(meeting.items[0]?.motions).toBeUndefined();
    expect(meeting.warnings).toContainEqual(
      expect.stringContaining('the mover\'s initials "KL" in "Proposed KL, seconded ZZ." match no member'),
    );
    expect(meeting.warnings).toContainEqual(expect.stringContaining('the seconder\'s initials "ZZ"'));
  });
});

describe('a call-in outcome notice that refers the decision back', () => {
  // The notice above, its outcome a referral with recommendations under a label naming whom.
  const referred = outcome.replace(
    /^Outcome:[\s\S]*$/m,
    [
      'Outcome:',
      'The Committee resolved that the decision be referred back to Cabinet for reconsideration.',
      '',
      'Recommendations to Cabinet:',
      '(a) That households on council tax support pay no charge.',
      '(b) That the charge be reviewed after one year.',
    ].join('\n'),
  );
  const meeting = parseSource(referred, 'outcome.txt', {}).find((record) => record.collection === 'meetings') as MeetingRecord;

  it('keeps whom each recommendation is to with it, so the referral and each point are recommendations to the decision maker', () => {
    expect(meeting.data.items?.[0]?.resolutions).toEqual([
      'The Committee resolved that the decision be referred back to Cabinet for reconsideration.',
      'Recommendations to Cabinet: That households on council tax support pay no charge.',
      'Recommendations to Cabinet: That the charge be reviewed after one year.',
    ]);
    expect(fromResolutions(meeting).map((rec) => [rec.data.addressee, rec.data.addresseeKind, rec.body])).toEqual([
      ['Cabinet', 'cabinet', 'The Committee resolved that the decision be referred back to Cabinet for reconsideration.'],
      ['Cabinet', 'cabinet', 'That households on council tax support pay no charge.'],
      ['Cabinet', 'cabinet', 'That the charge be reviewed after one year.'],
    ]);
  });
});
