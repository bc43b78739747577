import { describe, expect, it } from 'vitest';
import { parseClockTime } from '../../src/model/dates.ts';
import { closingTime, MEETING_CLOSED } from './meeting-close.ts';

/** The meeting's end as the importer keeps it. */
const closedAt = (text: string) => parseClockTime(MEETING_CLOSED.exec(text)?.[1] ?? '');

describe('the sentence that closes a meeting', () => {
  it('reads the time the meeting closed, however the clerk words it', () => {
    expect(closedAt('The meeting closed at 9.15 pm.')).toBe('21:15');
    expect(closedAt('The business of the meeting concluded at 21:05')).toBe('21:05');
    expect(closedAt('Meeting ended: 4.20 pm')).toBe('16:20');
    expect(closedAt('Meeting closed at: 11.35 am')).toBe('11:35');
    expect(closedAt('There being no further business, the Chair closed the meeting at 8.40pm.')).toBe('20:40');
    expect(closedAt('Meeting closed 9.10 pm.')).toBe('21:10');
    expect(closedAt('The meeting finished 20:45')).toBe('20:45');
    // A time earlier in the sentence, its stops no sentence's end.
    expect(closedAt('The meeting went back into public session at 3.40 p.m. and concluded at 3.52 p.m.')).toBe('15:52');
    // Welsh: "Daeth y cyfarfod i ben am …" ("the meeting came to an end at …"), "y.b." am and "yh" pm.
    expect(closedAt('Daeth y cyfarfod i ben am 11.40 y.b.')).toBe('11:40');
    expect(closedAt('Daeth y cyfarfod i ben am 8.35yh / The meeting closed at 8.35pm')).toBe('20:35');
    // The Welsh am and pm written out: "yr hwyr" (the evening), "y bore" (the morning).
    expect(closedAt('Daeth y cyfarfod i ben am 8.45 yr hwyr.')).toBe('20:45');
    expect(closedAt('Daeth y cyfarfod i ben am 11.20 y bore.')).toBe('11:20');
  });

  it('reads a closing label at a line\'s start: "Close: 7.35 pm", "Closed at 9.05pm", "Closed: 20:10"', () => {
    expect(closedAt('Close: 7.35 pm')).toBe('19:35');
    expect(closedAt('Closed at 9.05pm.')).toBe('21:05');
    expect(closedAt('Closed: 20:10')).toBe('20:10');
    expect(closedAt('Closed 8.50 pm')).toBe('20:50');
    expect(closingTime(['4. Any other business', 'None.', '', 'Close:  7.35 pm'])).toBe('19:35');
    // Within a sentence, or with more after the time, the words close something else.
    expect(MEETING_CLOSED.test('The consultation closed at 5pm on Friday.')).toBe(false);
    expect(MEETING_CLOSED.test('Closed at 5pm on Fridays, the depot reopens in March.')).toBe(false);
    expect(MEETING_CLOSED.test('The road will close: 9.00 am')).toBe(false);
  });

  it('reads the time set before the close: "At 11:20 the Chair declared the meeting concluded"', () => {
    expect(closedAt('At 11:20 the Chair declared the meeting concluded.')).toBe('11:20');
    expect(closedAt('At 9.05 pm, the Convener declared the meeting closed.')).toBe('21:05');
    expect(closedAt('At 8.40pm the meeting ended.')).toBe('20:40');
    // Another time before another act: no close.
    expect(closedAt('At 7.45 pm the Chair declared an interest and left the room.')).toBeNull();
    expect(closedAt('At 10.30 the meeting adjourned for ten minutes.')).toBeNull();
    // A date's time at a sentence's end, over the close: the close's time.
    expect(closedAt('Date of next meeting: Monday 13 April 2026 at 7pm.\nThe meeting closed at 8.05pm.')).toBe('20:05');
  });

  it('reads a close worded as the proceedings or the hearing closing', () => {
    expect(closedAt('The Chair closed proceedings at 7.50pm.')).toBe('19:50');
    expect(closedAt('The Mayor closed the proceedings at 9.05 pm.')).toBe('21:05');
    expect(closedAt('Proceedings ended at 8.12 pm.')).toBe('20:12');
    // Proceedings that closed something else end nothing.
    expect(closedAt('The court proceedings closed the road at 5 pm.')).toBeNull();
  });

  it('reads a last "The hearing closed at …" as the end of a hearing\'s minutes, and a hearing ended within the minutes as none', () => {
    expect(closingTime(['Driver B may appeal within 21 days.', '', 'The hearing closed at 11.31 am.'])).toBe('11:31');
    expect(closingTime(['The licence was granted.', 'The hearing concluded at 15:20'])).toBe('15:20');
    expect(closingTime(['The hearing closed at 3.10 pm.', '', '6. Street trading', 'Agreed.'])).toBeNull();
    expect(closingTime(['The hearing adjourned at 11.00 am for the parties to confer.'])).toBeNull();
  });

  it('reads no time where the sentence gives none or speaks of something else', () => {
    expect(closedAt('The meeting closed: the Chair thanked the officers.')).toBeNull();
    expect(closedAt('The consultation closed at the end of May.')).toBeNull();
    expect(closedAt('The meeting closed 2 items early.')).toBeNull();
    expect(closedAt('The meeting began at 10.00 a.m. The survey closed at 5 pm on Friday.')).toBeNull();
  });
});

describe("the meeting's end", () => {
  it('reads a last "The meeting adjourned at …" as the end, and no break the meeting came back from', () => {
    const record = [
      'The meeting adjourned at 7.40 pm and reconvened at 7.50 pm.',
      'RESOLVED that the meeting be adjourned to Monday 3 November 2025 at 7.00 pm.',
      '',
      'The meeting adjourned at 9.25 pm.',
      '',
    ];
    expect(closingTime(record)).toBe('21:25');
    expect(closingTime(record.slice(0, 2))).toBeNull();
    expect(closingTime(['The Committee adjourned at 8.15 pm.', 'The Committee reconvened at 8.25 pm.'])).toBeNull();
  });
  it('reads a last "The session ended at …" as the end of an evidence session\'s note, and a session ended within the minutes as none', () => {
    expect(closingTime(['AGREED: that a draft report be prepared.', '', 'The session ended at 9.10 pm.'])).toBe('21:10');
    expect(closingTime(['The closed session ended at 8.15 pm.', 'The Committee then considered item 6.'])).toBeNull();
  });
  it('prefers the close the record states to a last adjournment', () => {
    expect(closingTime(['The meeting closed at 9.00 pm.', 'The meeting adjourned at 9.25 pm.'])).toBe('21:00');
  });
});
