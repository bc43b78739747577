import { describe, expect, it } from 'vitest';
import { splitTitle } from './item-title.ts';

describe('an item heading that names its lead after a dash', () => {
  it('ends the title at the dash and keeps the labelled lead as the first line of the text', () => {
    expect(splitTitle('Youth Justice Plan 2025 - Lead: Priya Castell')).toEqual({
      title: 'Youth Justice Plan 2025',
      rest: 'Lead: Priya Castell',
    });
    // A dash inside the title stays in it: only the last dash before the label parts it.
    expect(splitTitle('Night-time economy - Brackley Street car park – Presented by: Inspector Tom Hewer')).toEqual({
      title: 'Night-time economy - Brackley Street car park',
      rest: 'Presented by: Inspector Tom Hewer',
    });
    expect(splitTitle('Grant monitoring — Officer: the Treasurer')).toEqual({ title: 'Grant monitoring', rest: 'Officer: the Treasurer' });
    expect(splitTitle('Hate crime reporting - Lead Officer: Dr Omar Shafi').title).toBe('Hate crime reporting');
  });

  it('leaves a heading alone whose label after the dash is no lead, or has nothing after it', () => {
    expect(splitTitle('Apologies: Cllr Rowe - work').title).toBe('Apologies');
    expect(splitTitle('Budget 2025/26: Council Tax Setting').title).toBe('Budget 2025/26: Council Tax Setting');
    expect(splitTitle('Drainage - Leader: none').title).not.toBe('Drainage');
  });
});
