import { describe, expect, it } from 'vitest';
import { findMeetingMentions } from './meeting-mentions.ts';

const dates = (text: string) => findMeetingMentions(text, { context: '2025-02-20' }).map((found) => found.date);

describe('a date after an event, a surgery, a consultation or a forum', () => {
  it('is no mention of a meeting of the archive', () => {
    expect(dates("Invitation to the district's parish forum on 2 April noted.")).toEqual([]);
    expect(dates('Concerns to be raised at the neighbourhood forum on 14 May 2025.')).toEqual([]);
    expect(dates('The Committee noted the consultation event on 3 March 2025 at the library.')).toEqual([]);
    expect(dates('The Council agreed to hold a drop-in surgery on 9 April 2025.')).toEqual([]);
    expect(dates('Members of the Board attended the workshop on 22 January 2025.')).toEqual([]);
  });

  it('leaves a forum that met, and meetings named before or after the event, as mentions', () => {
    expect(dates('The minutes of the Schools Forum held on 16 January 2025 were noted.')).toEqual(['2025-01-16']);
    expect(dates('The forum meeting on 4 March 2025 was cancelled.')).toEqual(['2025-03-04']);
    expect(dates('Following the consultation, the matter goes to the Cabinet meeting on 10 March 2025.')).toEqual(['2025-03-10']);
  });
});
