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

describe('slugs for any name', () => {
  it('transliterates names in other scripts', () => {
    expect(slugify('日本語')).toBe('ri-ben-yu');
    expect(slugify('委員会')).toBe('wei-yuan-hui');
    expect(slugify('Привет мир')).toBe('privet-mir');
    expect(slugify('Straße Ærø Łódź')).toBe('strasse-aero-lodz');
    expect(slugify('Comité d’Études')).toBe('comite-detudes');
  });

  it('falls back to a short stable hash, never empty, never a dot file', () => {
    for (const name of ['', '   ', '😀😀', '...', '..', '.', '—', '/']) {
      const slug = slugify(name);
      expect(slug).toMatch(/^[a-z0-9][a-z0-9-]*$/);
      expect(slugify(name)).toBe(slug);
    }
    expect(slugify('😀')).not.toBe(slugify('😃'));
    expect(shortSlug('😀', 48)).toMatch(/^x-[0-9a-f]{8}$/);
  });
});
