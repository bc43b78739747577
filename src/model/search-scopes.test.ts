import { describe, expect, it } from 'vitest';
import { scopeFolder } from './search-scopes.ts';

describe('scopeFolder', () => {
  it('names a council’s index folder in lower-case ASCII words', () => {
    expect(scopeFolder('Thurrock Council')).toBe('thurrock-council');
    expect(scopeFolder('Cyngor Sir Ynys Môn')).toBe('cyngor-sir-ynys-mon');
    expect(scopeFolder("King's Lynn & West Norfolk")).toBe('king-s-lynn-west-norfolk');
  });

  it('gives none for a name with no ASCII letter or digit', () => {
    expect(scopeFolder('委員会')).toBeNull();
    expect(scopeFolder(' – ')).toBeNull();
  });
});
