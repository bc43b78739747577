import { describe, expect, it } from 'vitest';
import { parseClockTime } from '../../src/model/dates.ts';
import { MEETING_CLOSED } from './meeting-close.ts';

/** The meeting's end as the importer keeps it. */
const closedAt = (text: string) => parseClockTime(MEETING_CLOSED.exec(text)?.[1] ?? '');

describe('the sentence that closes a meeting', () => {
  it('reads the time the meeting closed, however the clerk words it', () => {
    expect(closedAt('The meeting closed at 9.15 pm.')).toBe('21:15');
    expect(closedAt('The business of the meeting concluded at 21:05')).toBe('21:05');
    expect(closedAt('Meeting ended: 4.20 pm')).toBe('16:20');
    expect(closedAt('Meeting closed at: 11.35 am')).toBe('11:35');
    expect(closedAt('There being no further business, the Chair closed the meeting at 8.40pm.')).toBe('20:40');
  });

  it('reads no time where the sentence gives none or speaks of something else', () => {
    expect(closedAt('The meeting closed: the Chair thanked the officers.')).toBeNull();
    expect(closedAt('The consultation closed at the end of May.')).toBeNull();
  });
});
