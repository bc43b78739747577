import { describe, expect, it } from 'vitest';
import { footerWarning, sliceItems } from './items.ts';

describe("the record's foot under the last item", () => {
  const sliced = (last: string) => sliceItems(['1. Apologies', 'None.', '2. Grit bins', 'Two were filled.', '', last]);

  it('takes a publication date printed under the last item out of its text, to be warned of as a line not read', () => {
    for (const line of [
      'Published: 9 March 2026',
      'Date of publication: Monday, 9 March 2026',
      'Publication date – 9/3/2026',
      'Date published: 9 March 2026',
    ]) {
      const { items, footer } = sliced(line);
      expect(items.at(-1)?.lines).toEqual(['', 'Two were filled.', '']);
      expect(footer).toEqual([line]);
    }
    expect(footerWarning('Published: 9 March 2026')).toBe(
      'a line below the last item was not read: "Published: 9 March 2026"; nothing of it is imported',
    );
  });

  it("leaves a sentence that starts with the word in the item's text", () => {
    const { items, footer } = sliced('Published figures showed 14 reports in 2025.');
    expect(items.at(-1)?.lines.at(-1)).toBe('Published figures showed 14 reports in 2025.');
    expect(footer).toEqual([]);
  });
});
