import { describe, expect, it } from 'vitest';
import { findMeetingMentions } from './meeting-mentions.ts';

const dates = (text: string) => findMeetingMentions(text, { context: '2025-02-20' }).map((found) => found.date);

describe('a date whose own clause has another subject than the meeting', () => {
  it('is no mention of a meeting, though a meeting word stands before it', () => {
    expect(dates('Question to the Housing Portfolio Holder: "How many council homes were empty on 1 January?"')).toEqual([]);
    expect(dates('The Committee noted that the traffic order for Elm Road had been made on 12 January 2025.')).toEqual([]);
    expect(dates('The Council is asked to agree that a fun run be held on Saturday 5 July 2025.')).toEqual([]);
  });
  it('is no mention when a question about it opens between ("asked the Committee whether …")', () => {
    expect(dates('Cllr Moss asked the Committee whether the works due on 1 March 2025 would go ahead.')).toEqual([]);
  });
  it("leaves a meeting that is the clause's subject as a mention", () => {
    expect(dates('The next meeting will be held on 16 June 2025.')).toEqual(['2025-06-16']);
    expect(dates('The Panel, which was due to be held on 15 January 2025, was cancelled.')).toEqual(['2025-01-15']);
    expect(dates('The meeting has been scheduled for 12 March 2025.')).toEqual(['2025-03-12']);
    expect(dates('The minutes of the meeting held on 5 February 2025 were agreed.')).toEqual(['2025-02-05']);
  });
});
