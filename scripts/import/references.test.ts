import { describe, expect, it } from 'vitest';
import { findReferencesIn } from './references.ts';

describe('meeting references', () => {
  it('finds dates that name a meeting, not other dates, with their sentence', () => {
    const text = 'The minutes of the meeting held on 1 February 2017 were approved. The visit on 8 January 2019 was noted.';
    expect(findReferencesIn(text, 44, null)).toEqual([
      { date: '2017-02-01', text: 'The minutes of the meeting held on 1 February 2017 were approved.', item: '44' },
    ]);
  });

  it('reads "meeting of", weekday forms, the next meeting, and skips the meeting itself', () => {
    expect(findReferencesIn('the meeting of Thursday, 13th November, 2014', null, null).map((r) => r.date)).toEqual(['2014-11-13']);
    expect(findReferencesIn('the next meeting will be held on Thursday 12 March 2015 at 10.00am.', 10, null).map((r) => r.date)).toEqual([
      '2015-03-12',
    ]);
    expect(
      findReferencesIn('The Committee noted the date of the next meeting: Thursday 15 January 2015.', 9, null).map((r) => r.date),
    ).toEqual(['2015-01-15']);
    expect(findReferencesIn('the meeting held on 11 July 2017', null, '2017-07-11')).toEqual([]);
  });

  it('does not take the dated events listed after "since the last meeting:", but a meeting named after "since"', () => {
    const text = 'The Mayor reported on the events she had attended since the last meeting:\nFriday 6 February 2026 – Carnival ball';
    expect(findReferencesIn(text, 3, null)).toEqual([]);
    const met = 'Nothing had changed since the meeting held on 4 May 2025.';
    expect(findReferencesIn(met, 3, null).map((r) => r.date)).toEqual(['2025-05-04']);
  });

  it('reads a meeting named in Welsh: "cyfarfod 12 Chwefror 2024", "a gynhaliwyd ar …", not a date "erbyn" (by) or "rhwng" (between)', () => {
    const confirmed = 'Cadarnhawyd cofnodion cyfarfod 12 Chwefror 2024 fel rhai cywir.';
    expect(findReferencesIn(confirmed, '24/33', '2024-03-11')).toEqual([{ date: '2024-02-12', text: confirmed, item: '24/33' }]);
    const held = 'Cymeradwywyd cofnodion y cyfarfod a gynhaliwyd ar 9 Hydref 2024.';
    expect(findReferencesIn(held, 2, null).map((r) => r.date)).toEqual(['2024-10-09']);
    expect(findReferencesIn('Dyddiad y cyfarfod nesaf: 8 Ebrill 2024.', 9, null).map((r) => r.date)).toEqual(['2024-04-08']);
    expect(findReferencesIn('Gofynnodd y Cyngor am ymateb erbyn 30 Ebrill 2024.', 4, null)).toEqual([]);
    expect(findReferencesIn('Bydd y cyfarfod ar gau rhwng 1 Ebrill 2024 a 12 Ebrill 2024.', 4, null)).toEqual([]);
  });

  it('does not take a date that only follows the word "meeting" somewhere earlier', () => {
    expect(findReferencesIn('At the meeting Members asked about the budget for 1 April 2019.', null, null)).toEqual([]);
  });

  it('does not take a date that belongs to a clause after the one naming the meeting', () => {
    const text = 'The Chair opened the meeting and reminded members of the tour of Westgate Depot on 14 March 2025.';
    expect(findReferencesIn(text, 1, null)).toEqual([]);
    // "and" that joins names in one clause keeps the meeting and its date together.
    const joint = 'the minutes of the meeting of the Audit and Standards Committee held on 2 May 2025';
    expect(findReferencesIn(joint, 2, null).map((r) => r.date)).toEqual(['2025-05-02']);
  });

  it("keeps a sentence whole past an initial's or a title's stop", () => {
    const text = 'Cllr P. Vantry asked about the bins. Cllr J. Marlow referred to minute 12 of the meeting held on 4 May 2025. Noted.';
    expect(findReferencesIn(text, 3, null)).toEqual([
      { date: '2025-05-04', text: 'Cllr J. Marlow referred to minute 12 of the meeting held on 4 May 2025.', item: '3' },
    ]);
  });

  it('reads "the minutes from" a date and a meeting "scheduled for" one, not a period "from" a date', () => {
    const minutes = 'To approve the minutes from the 9 February 2026 of the Harbour Committee.';
    expect(findReferencesIn(minutes, 4, null).map((r) => r.date)).toEqual(['2026-02-09']);
    expect(findReferencesIn('The minutes from 3rd March 2025 were signed.', 2, null).map((r) => r.date)).toEqual(['2025-03-03']);
    const next = 'The next Parks Committee meeting has been scheduled for Weds 10th\nSeptember 2025 in the Pavilion.';
    expect(findReferencesIn(next, 9, null).map((r) => r.date)).toEqual(['2025-09-10']);
    expect(findReferencesIn('The committee noted the new rents from 1 April 2026.', 5, null)).toEqual([]);
    expect(findReferencesIn('The committee asked for the survey scheduled for 4 May 2026 to go ahead.', 5, null)).toEqual([]);
  });

  it('ends a sentence at a stop before a line break, as before a space', () => {
    const text = 'Committee resolved to note the report.\nThe next meeting is on 2 June 2026 at the Hall.\nClosed 21:00';
    expect(findReferencesIn(text, 7, null)).toEqual([
      { date: '2026-06-02', text: 'The next meeting is on 2 June 2026 at the Hall.', item: '7' },
    ]);
  });
});
