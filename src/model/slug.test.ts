import { describe, expect, it } from 'vitest';
import { shortSlug, slugify } from './slug.ts';

describe('slugs', () => {
  it('makes URL-safe ids from names', () => {
    expect(slugify("Children's Services Overview & Scrutiny Committee")).toBe('childrens-services-overview-and-scrutiny-committee');
    expect(slugify('PAF/01/15')).toBe('paf-01-15');
  });

  it('cuts long slugs at a word boundary', () => {
    expect(shortSlug('Sensory Services: recommendation to the Cabinet Member', 48)).toBe('sensory-services-recommendation-to-the-cabinet');
    expect(shortSlug('Short', 48)).toBe('short');
  });
});
