import { describe, expect, it } from 'vitest';
import { titleAndKeyFlag } from './decision-flags.ts';

describe('titleAndKeyFlag', () => {
  it('takes a key-decision flag in capitals off the title', () => {
    expect(titleAndKeyFlag('BUS SHELTER RENEWAL PROGRAMME KEY DECISION')).toEqual({
      title: 'BUS SHELTER RENEWAL PROGRAMME',
      flag: 'KEY DECISION',
    });
    expect(titleAndKeyFlag('ALLOTMENT RENTS 2025/26 NON-KEY')).toEqual({ title: 'ALLOTMENT RENTS 2025/26', flag: 'NON-KEY' });
    expect(titleAndKeyFlag('Library opening hours - NOT A KEY DECISION')).toEqual({
      title: 'Library opening hours',
      flag: 'NOT A KEY DECISION',
    });
  });

  it('takes a bracketed flag in any case', () => {
    expect(titleAndKeyFlag('Depot lease renewal (Key Decision)')).toEqual({ title: 'Depot lease renewal', flag: 'Key Decision' });
    expect(titleAndKeyFlag('Street naming (non-key)')).toEqual({ title: 'Street naming', flag: 'non-key' });
  });

  it('leaves a title whose subject is a key decision, or that is the words alone', () => {
    expect(titleAndKeyFlag('Notification of an Urgent Key Decision')).toEqual({
      title: 'Notification of an Urgent Key Decision',
      flag: null,
    });
    expect(titleAndKeyFlag('NOTICE OF URGENT KEY DECISION')).toEqual({ title: 'NOTICE OF URGENT KEY DECISION', flag: null });
    expect(titleAndKeyFlag('KEY DECISION')).toEqual({ title: 'KEY DECISION', flag: null });
    expect(titleAndKeyFlag('Review of the key decision threshold')).toEqual({ title: 'Review of the key decision threshold', flag: null });
  });
});
