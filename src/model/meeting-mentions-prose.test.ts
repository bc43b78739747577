import { describe, expect, it } from 'vitest';
import { findMeetingMentions } from './meeting-mentions.ts';

const dates = (text: string) => findMeetingMentions(text, { context: '2025-02-20' }).map((found) => found.date);

describe('a date in prose after an authority that acted on it', () => {
  it('is no mention when an authority named with its tier acted on it ("by the County Council on 28 January")', () => {
    expect(dates('Bus shelter, Heol Isaf - glass replaced by the County Council on 28 January.')).toEqual([]);
    expect(dates('The precept set on 13 January was confirmed to the District Council on 20 January.')).toEqual([]);
  });
  it('leaves a meeting the text ties the date to as a mention', () => {
    expect(dates('The minutes of the meeting held on 28 January 2025 were agreed.')).toEqual(['2025-01-28']);
    expect(dates('The Council agreed on 28 January to fund the new noticeboard.')).toEqual(['2025-01-28']);
    expect(dates('The scheme was agreed by Council Assembly on 25 January 2025.')).toEqual(['2025-01-25']);
    expect(dates('The planting was approved by Planning and Highways Committee on 6th February.')).toEqual(['2025-02-06']);
    expect(dates('This was reported to the meeting of the County Council on 30 January 2025.')).toEqual(['2025-01-30']);
    expect(dates('The Committee held on 3 February 2025 deferred the item.')).toEqual(['2025-02-03']);
  });
  it('is a mention when the authority named with its tier took business as a meeting does ("recommended to the County Council on …")', () => {
    expect(dates('The revised Code was recommended to the County Council on 5 March for adoption.')).toEqual(['2025-03-05']);
    expect(dates('The budget will be submitted to the District Council on 26 February 2025.')).toEqual(['2025-02-26']);
    expect(dates('The strategy was adopted by the Borough Council on 11 February.')).toEqual(['2025-02-11']);
    // An act of the organisation, or one done to it, stays none.
    expect(dates('The old bus shelter was removed by the County Council on 4 February.')).toEqual([]);
  });
});
