import { describe, expect, it } from 'vitest';
import {
  addMonths,
  buildDate,
  implementationFromWords,
  implementationOf,
  isOverdue,
  outcomeFromWords,
  outcomeOf,
  recommendationFigures,
  responseDueFrom,
  responseState,
  trackerGroup,
} from './recommendation-lifecycle.ts';
import type { Recommendation, ResponseOutcome } from './schema.ts';

type Lifecycle = Pick<Recommendation, 'status' | 'implementation' | 'response' | 'responseDue'>;

const rec = (over: Partial<Lifecycle> = {}): Lifecycle => ({
  status: 'not-stated',
  implementation: 'not-stated',
  response: null,
  responseDue: null,
  ...over,
});

const response = (outcome: ResponseOutcome | null) => ({
  date: null,
  meeting: null,
  item: null,
  by: null,
  outcome,
  text: 'Agreed.',
  note: null,
});

describe('addMonths', () => {
  it('adds calendar months', () => {
    expect(addMonths('2015-01-15', 2)).toBe('2015-03-15');
    expect(addMonths('2014-11-13', 2)).toBe('2015-01-13');
  });
  it('clamps to the last day of a shorter month (month ends)', () => {
    expect(addMonths('2014-12-31', 2)).toBe('2015-02-28');
    expect(addMonths('2015-12-31', 2)).toBe('2016-02-29');
    expect(addMonths('2015-12-30', 2)).toBe('2016-02-29');
    expect(addMonths('2016-12-29', 2)).toBe('2017-02-28');
    expect(addMonths('2015-08-31', 2)).toBe('2015-10-31');
    expect(addMonths('2015-07-31', 2)).toBe('2015-09-30');
    expect(addMonths('2016-02-29', 2)).toBe('2016-04-29');
  });
});

describe('responseDueFrom', () => {
  it('is two months from the day the executive received the report, and says how', () => {
    const due = responseDueFrom('2014-12-31', 'the Cabinet meeting the report went to');
    expect(due.responseDue).toBe('2015-02-28');
    expect(due.responseDueNote).toMatch(/two months .* from 2014-12-31, the Cabinet meeting/);
  });
  it('is not worked out without that day', () => {
    expect(responseDueFrom(null, 'x')).toEqual({ responseDue: null, responseDueNote: expect.stringMatching(/not worked out/) });
  });
});

describe('overdue from BUILD_DATE, both sides of the two-month boundary', () => {
  const madeLastDay = rec({ responseDue: responseDueFrom('2014-12-31', 'x').responseDue });
  const leap = rec({ responseDue: responseDueFrom('2015-12-31', 'x').responseDue });
  const plain = rec({ responseDue: responseDueFrom('2015-01-15', 'x').responseDue });

  it('made 31 December: due 28 February, overdue from 1 March', () => {
    expect(isOverdue(madeLastDay, buildDate({ BUILD_DATE: '2015-02-27' }))).toBe(false);
    expect(isOverdue(madeLastDay, buildDate({ BUILD_DATE: '2015-02-28' }))).toBe(false);
    expect(responseState(madeLastDay, '2015-02-28')).toBe('awaiting');
    expect(isOverdue(madeLastDay, buildDate({ BUILD_DATE: '2015-03-01' }))).toBe(true);
  });
  it('made 31 December before a leap year: due 29 February, overdue from 1 March', () => {
    expect(isOverdue(leap, '2016-02-28')).toBe(false);
    expect(isOverdue(leap, '2016-02-29')).toBe(false);
    expect(isOverdue(leap, '2016-03-01')).toBe(true);
  });
  it('mid-month: due the same day two months on', () => {
    expect(isOverdue(plain, '2015-03-15')).toBe(false);
    expect(isOverdue(plain, '2015-03-16')).toBe(true);
  });
  it('a recorded response is never overdue; no due date is never overdue', () => {
    expect(isOverdue({ ...madeLastDay, response: response(null) }, '2030-01-01')).toBe(false);
    expect(responseState(rec(), '2030-01-01')).toBe('none');
  });
});

describe('buildDate', () => {
  it('takes BUILD_DATE, else today in UTC', () => {
    expect(buildDate({ BUILD_DATE: '2016-02-29' })).toBe('2016-02-29');
    expect(buildDate({}, new Date('2020-05-31T23:30:00Z'))).toBe('2020-05-31');
    expect(buildDate({ BUILD_DATE: '' }, new Date('2020-06-01T00:00:00Z'))).toBe('2020-06-01');
  });
  it('refuses a BUILD_DATE that is not a calendar date', () => {
    expect(() => buildDate({ BUILD_DATE: '2015-02-29' })).toThrow(/BUILD_DATE=2015-02-29/);
    expect(() => buildDate({ BUILD_DATE: '1/3/2015' })).toThrow(/YYYY-MM-DD/);
  });
});

describe('the old status stays readable', () => {
  it('maps status onto implementation and outcome when those are not stated', () => {
    expect(implementationOf(rec({ status: 'completed' }))).toBe('implemented');
    expect(implementationOf(rec({ status: 'in-progress' }))).toBe('in-progress');
    expect(implementationOf(rec({ status: 'open' }))).toBe('not-stated');
    expect(implementationOf(rec({ status: 'completed', implementation: 'paused' }))).toBe('paused');
    expect(outcomeOf(rec({ status: 'rejected' }))).toBe('not-accepted');
    expect(outcomeOf(rec({ status: 'rejected', response: response('noted') }))).toBe('noted');
  });
});

describe('tracker groups and figures', () => {
  const today = '2015-06-01';
  const overdue = rec({ responseDue: '2015-03-01' });
  const open = rec({ status: 'in-progress', response: response('accepted') });
  const closed = rec({ implementation: 'implemented', response: response('partially-accepted') });
  const refused = rec({ response: response('not-accepted') });

  it('puts overdue first, then open, then closed', () => {
    expect([overdue, open, closed, refused].map((r) => trackerGroup(r, today))).toEqual(['overdue', 'open', 'closed', 'closed']);
  });
  it('counts made, responded, accepted, implemented, overdue', () => {
    expect(recommendationFigures([overdue, open, closed, refused, rec({ status: 'completed' })], today)).toEqual({
      made: 5,
      responded: 3,
      accepted: 2,
      implemented: 2,
      overdue: 1,
    });
  });
});

describe('words to states, conservatively', () => {
  it('reads implementation words', () => {
    expect(implementationFromWords('This has been implemented. There has been a 3 fold increase')).toBe('implemented');
    expect(implementationFromWords('Implemented; although the term')).toBe('implemented');
    expect(implementationFromWords('Implemented – the culture')).toBe('implemented');
    expect(implementationFromWords('This recommendation has been both amended and delayed.')).toBe('in-progress');
    expect(implementationFromWords('See Point ii above')).toBe('not-stated');
    expect(implementationFromWords('This remains extremely challenging.')).toBe('not-stated');
    expect(implementationFromWords(null)).toBe('not-stated');
    expect(implementationFromWords('Not yet started')).toBe('not-started');
    expect(implementationFromWords('Not completed')).toBe('not-stated');
    expect(implementationFromWords('On track')).toBe('in-progress');
    expect(implementationFromWords('Behind schedule')).toBe('in-progress');
    expect(implementationFromWords('Officers stand behind the plan')).toBe('not-stated');
  });
  it('reads outcome words', () => {
    expect(outcomeFromWords('Cabinet accepted the recommendation.')).toBe('accepted');
    expect(outcomeFromWords('Partially accepted: funding is limited.')).toBe('partially-accepted');
    expect(outcomeFromWords('Not accepted.')).toBe('not-accepted');
    expect(outcomeFromWords('The Cabinet did not accept this recommendation because of its cost.')).toBe('not-accepted');
    expect(outcomeFromWords('Noted.')).toBe('noted');
    expect(outcomeFromWords('Agreed in part: the budget allows two sites.')).toBe('partially-accepted');
    expect(outcomeFromWords('Not supported by the Executive')).toBe('not-accepted');
    expect(outcomeFromWords('County had set up the Members Enquiries Team')).toBeNull();
  });
});
