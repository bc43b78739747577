/** To whom a bare "RECOMMENDED" goes when only the part heading over its item names the body. */
import { describe, expect, it } from 'vitest';
import { headedAddressees } from './addressed-resolution.ts';
import type { MeetingRecord } from './common.ts';

/** A committee's meeting with the items numbered, and what the reader kept of the headings between them. */
function meeting(numbers: string[], extra: Partial<MeetingRecord>, warnings: string[] = []): MeetingRecord {
  return {
    collection: 'meetings',
    id: 'brackwater-borough-council/audit-committee/2025-02-11',
    data: {
      council: 'brackwater-borough-council',
      committee: 'brackwater-borough-council/audit-committee',
      date: '2025-02-11',
      dateStatus: 'exact',
      status: 'minutes',
      items: numbers.map((number) => ({ number, title: `Item ${number}`, anchor: `item-${number}` })),
      warnings,
      provenance: { file: 'minutes.txt', format: 'meeting-text', url: null },
    },
    body: '',
    ...extra,
  };
}

describe('headedAddressees', () => {
  it('reads the headings the reader kept between the items, each naming whom the items below it recommend to, up to the next', () => {
    const headed = headedAddressees(
      meeting(['3', '4', '5', '6', '7'], {
        headingsBetweenItems: [
          { heading: 'PART B - RECOMMENDATIONS TO THE CABINET', item: '4' },
          { heading: 'Part 3 – Items referred to the Licensing Committee', item: '6' },
        ],
      }),
    );
    expect(Object.fromEntries(headed)).toEqual({
      '3': null,
      '4': 'Cabinet',
      '5': 'Cabinet',
      '6': 'Licensing Committee',
      '7': 'Licensing Committee',
    });
  });

  it("never reads a heading back out of the meeting's warnings, whose words are for the reader of the record", () => {
    const warned = meeting(['3', '4'], {}, [
      'the heading "PART B - RECOMMENDATIONS TO THE COUNCIL" over item 4 heads the items below it (a session or group of business), which no field holds',
    ]);
    expect(Object.fromEntries(headedAddressees(warned))).toEqual({ '3': null, '4': null });
  });
});
