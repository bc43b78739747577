import { describe, expect, it } from 'vitest';
import { sliceItems } from './items.ts';

describe('a schedule of conditions', () => {
  it('never makes the numbered conditions of a "SCHEDULE OF CONDITIONS" items, and keeps them in the text', () => {
    const lines = [
      'NOTICE OF DETERMINATION',
      '',
      'DETERMINATION',
      'The Sub-Committee determined to add the conditions in the schedule below.',
      '',
      'SCHEDULE OF ADDITIONAL CONDITIONS',
      '  1. Two door supervisors on Fridays and Saturdays.',
      '  2. CCTV to be kept for 31 days.',
      '  3. No entry after midnight.',
      '',
      'RIGHT OF APPEAL',
      'Any party may appeal within 21 days.',
    ];
    const { items, start } = sliceItems(lines);
    expect(items.map((item) => item.title)).not.toContain('CCTV to be kept for 31 days');
    // Nothing else numbered: the notice's sections from the schedule down, what stands above left to the header's reader.
    expect(start).toBe(5);
    expect(items.flatMap((item) => item.lines).join('\n')).toContain('2. CCTV to be kept for 31 days.');
  });
});

describe("an annex's numbered points", () => {
  /** Minutes numbered 1 to 3, then an annex or appendix whose list runs past the last item's number. */
  const minutes = (heading: string) => [
    '1. DECLARATIONS OF INTEREST',
    'None.',
    '',
    '2. THE HEARING',
    'The Panel heard from the applicant and the objectors.',
    '',
    '3. DECISION',
    'The Panel decided to grant the licence with the conditions in the annex.',
    '',
    heading,
    '1. Music to stop at 23.00.',
    '2. Windows closed after 21.00.',
    '3. A noise log to be kept.',
    '4. Deliveries only between 08.00 and 18.00.',
    '',
    'RIGHT OF APPEAL',
    'Any party may appeal within 21 days.',
  ];

  it('never makes a point of an annex an item, even one whose number would come next', () => {
    for (const heading of ['Annex A - Conditions attached to the licence', 'APPENDIX 1: CONDITIONS']) {
      const { items } = sliceItems(minutes(heading));
      expect(items.map((item) => item.number)).toEqual(['1', '2', '3']);
      expect(items[2]?.lines.join('\n')).toContain('4. Deliveries only between 08.00 and 18.00.');
    }
  });

  it('still reads an item after an appendix that has no numbered list of its own', () => {
    const lines = [
      '1. MINUTES',
      'Approved.',
      '',
      '2. BUDGET',
      'Noted.',
      'Appendix A - budget table',
      'Parks  1,200',
      '',
      '3. ANY OTHER BUSINESS',
      'None.',
    ];
    expect(sliceItems(lines).items.map((item) => item.number)).toEqual(['1', '2', '3']);
  });
});
