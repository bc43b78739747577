/** The label a recommendation's point carries in the minutes, found again for its reference. */
import { describe, expect, it } from 'vitest';
import { recommendationLabel } from './labels.ts';

describe('recommendationLabel', () => {
  const minutes = ['RESOLVED that Council be recommended to:\\', 'R1. adopt the hedgerow strategy;\\', 'R2. plant 300 trees a year.'].join(
    '\n',
  );

  it('finds the label before a point the lead-in was carried into, without its stop', () => {
    expect(recommendationLabel(minutes, 'to plant 300 trees a year.')).toBe('R2');
    expect(recommendationLabel(minutes, 'to adopt the hedgerow strategy')).toBe('R1');
  });

  it('is null for a point under no label, or one whose label heads another point', () => {
    expect(recommendationLabel('RESOLVED that the hall fees stay at £12 an hour.', 'that the hall fees stay at £12 an hour.')).toBeNull();
    expect(recommendationLabel(minutes, 'to plant 300 hedges a year.')).toBeNull();
  });
});
