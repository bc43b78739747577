import { describe, expect, it } from 'vitest';
import { EMPTY_LINK_CONTEXT } from './link-context.ts';
import { renderMarkdown } from './render.ts';
import { isPathological, MAX_INLINE_MARKS, MAX_NESTING } from './bounded.ts';

describe('what counts as pathological', () => {
  it('leaves records as they are written alone: a long list with bold labels, nesting a few deep', () => {
    expect(isPathological('- **REF:** COP/25/12\n  - **COMMITTEE:** People\n'.repeat(200))).toBe(false);
    expect(isPathological('> > - 1. quoted list')).toBe(false);
  });

  it('catches too many marks in one paragraph, and too deep nesting', () => {
    expect(isPathological('*a'.repeat(MAX_INLINE_MARKS))).toBe(false);
    expect(isPathological('*a'.repeat(MAX_INLINE_MARKS + 1))).toBe(true);
    expect(isPathological(`x *a* y\n`.repeat(MAX_INLINE_MARKS))).toBe(true);
    expect(isPathological('> '.repeat(MAX_NESTING + 1))).toBe(true);
    expect(isPathological(`${' '.repeat(2 * MAX_NESTING + 2)}- deep`)).toBe(true);
  });

  it('shows a pathological block as written, escaped', () => {
    expect(renderMarkdown('*a'.repeat(1000), EMPTY_LINK_CONTEXT)).toBe(`<p class="govuk-body">${'*a'.repeat(1000)}</p>`);
    expect(renderMarkdown(`Before.\n\n${'> '.repeat(100)}<b>\n\nAfter *this*.`, EMPTY_LINK_CONTEXT)).toBe(
      `<p class="govuk-body">Before.</p>\n<p class="govuk-body">${'> '.repeat(100)}&#x3C;b></p>\n<p class="govuk-body">After <em>this</em>.</p>`,
    );
  });
});
