import { describe, expect, it } from 'vitest';
import { parserFor } from '../parsers.ts';
import { CALLED_OFF, cancellationNoticeParser } from './cancellation-notice.ts';

const context = { file: 'notice.txt', meta: {} };

function meetingOf(text: string) {
  const meeting = cancellationNoticeParser.parse(text, context).records.find((record) => record.collection === 'meetings');
  if (meeting?.collection !== 'meetings') throw new Error('no meeting');
  return meeting.data;
}

const willNot = [
  'Brackwater District Council',
  '',
  'Licensing Committee',
  '',
  'The meeting of the Licensing Committee due on Friday 9 October 2026 at 2 pm in the',
  'Council Chamber, Brackwater House will not take place, as there is no business.',
].join('\n');

describe('a notice that a meeting is cancelled or postponed', () => {
  it('knows the words: cancelled, postponed, called off, will not take place', () => {
    for (const words of [
      'has been CANCELLED',
      'is postponed',
      'has been called off',
      'will not now take place',
      'NOTICE OF CANCELLATION',
    ]) {
      expect(CALLED_OFF.test(words), words).toBe(true);
    }
    expect(CALLED_OFF.test('the meeting will take place as planned')).toBe(false);
  });

  it('records the meeting it calls off as cancelled: body, date, time and venue from the sentence', () => {
    expect(parserFor(willNot)).toBe(cancellationNoticeParser);
    expect(meetingOf(willNot)).toMatchObject({
      status: 'cancelled',
      date: '2026-10-09',
      startTime: '14:00',
      venue: 'Council Chamber, Brackwater House',
      items: [],
    });
  });

  it('keeps the business it lists as the meeting’s own, warned as not considered; items sent on to a later meeting are not put on it', () => {
    const own = meetingOf(`${willNot}\n\nThe agenda was:\n\n1. Street trading consents\n2. Fees 2027/28\n`);
    expect(own.items?.map((item) => item.title)).toEqual(['Street trading consents', 'Fees 2027/28']);
    expect(own.warnings).toContain('the meeting did not take place: its 2 listed item(s) were not considered');
    const twice = meetingOf(`${willNot}\n\nThe agenda was:\n\n1. Street trading consents\n1. Street trading consents\n`);
    expect(twice.items?.map((item) => item.anchor)).toEqual(['item-1', 'item-1-2']);
    const sent = meetingOf(`${willNot}\n\nThese items are deferred to the next meeting:\n\n1. Street trading consents\n`);
    expect(sent.items).toEqual([]);
    expect(sent.warnings?.join('\n')).toContain('1 item(s) the notice lists for a later meeting are not put on this cancelled meeting');
  });

  it('leaves minutes that report a postponement to the minutes reader', () => {
    const minutes = ['Brackwater District Council', 'Minutes of the Licensing Committee', 'Present: Cllr A Boyd', '', willNot].join('\n');
    expect(cancellationNoticeParser.detect(minutes)).toBe(false);
    const item = [
      'Licensing Committee',
      '1 May 2026',
      '',
      '1. Apologies',
      '',
      'The meeting of the working group on 3 May 2026 has been cancelled.',
    ];
    expect(cancellationNoticeParser.detect(item.join('\n'))).toBe(false);
  });
});
