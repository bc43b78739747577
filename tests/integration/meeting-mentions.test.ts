/**
 * The importer's references and the site's links agree: for every sentence, the dates a meeting
 * records as references are exactly the dates its text links (they used to disagree on "dated",
 * on words between "meeting" and "held on", and on dates written without a year or as numbers).
 */
import { describe, expect, it } from 'vitest';
import { findReferencesIn } from '../../scripts/import/references.ts';
import { EMPTY_LINK_CONTEXT, type LinkContext } from '../../src/markdown/link-context.ts';
import { linkMeetings } from '../../src/markdown/remark-link-meetings.ts';
import { htmlAfter } from '../../src/markdown/test-helpers.test-data.ts';

const OWN = '2019-02-25';
const SENTENCES = [
  'To approve the minutes of the meeting held on 1 February 2017.',
  'The minutes of the meeting dated 5 May 2019 were signed.',
  'Minutes of the meeting of the Audit Committee held on 24 September 2009 were agreed.',
  'Date of next meeting: 25th March.',
  'Council Assembly on 15/07/2015 agreed the policy.',
  'Comments should be sent by 4 March 2019 to the clerk before the meeting.',
  'At the meeting Members asked about the budget for 1 April 2019.',
  'The Council’s services were inspected on 2 October 2018.',
  'This meeting, held on 25 February 2019, was quorate.',
];

/** Dates linked by the site, with a meeting in the archive on every date. */
function linkedDates(sentence: string, dates: string[]): string[] {
  const meetings = dates.map((date) => ({ date, council: 'c', committee: 'c/x', url: `/meetings/c/x/${date}/`, label: date }));
  const context: LinkContext = { ...EMPTY_LINK_CONTEXT, meetings, here: { council: 'c', committee: 'c/x', url: '/here/', date: OWN } };
  const html = htmlAfter(sentence, (tree) => linkMeetings(tree, context));
  return [...html.matchAll(/href="\/meetings\/c\/x\/([\d-]+)\/"/g)].map((match) => match[1] ?? '');
}

describe('meeting mentions: importer and site', () => {
  it('record as references exactly the dates the site links', () => {
    const all = ['2017-02-01', '2019-05-05', '2009-09-24', '2019-03-25', '2015-07-15', '2019-03-04', '2019-04-01', '2018-10-02', OWN];
    for (const sentence of SENTENCES) {
      const referenced = findReferencesIn(sentence, '1', OWN, OWN).map((reference) => reference.date);
      expect(linkedDates(sentence, all), sentence).toEqual(referenced);
    }
  });

  it('finds the mentions a reader would and none of the others', () => {
    const referenced = SENTENCES.flatMap((sentence) => findReferencesIn(sentence, null, OWN, OWN).map((reference) => reference.date));
    expect(referenced).toEqual(['2017-02-01', '2019-05-05', '2009-09-24', '2019-03-25', '2015-07-15']);
  });
});
