import { describe, expect, it } from 'vitest';
import { joinBrokenWords, joinedWord, printedForms } from './line-end-hyphens.ts';

const none = printedForms([]);

describe('joinedWord', () => {
  it('joins a word broken before a lower-case letter, never before a capital', () => {
    expect(joinedWord('Treas-', 'urer', none)).toBe('Treasurer');
    expect(joinedWord('arrange-', 'ments.', none)).toBe('arrangements.');
    expect(joinedWord('South-', 'West', none)).toBeNull();
    expect(joinedWord('Ward', 'members', none)).toBeNull();
  });

  it('keeps the hyphen of a prefix that has one, of a one-letter part, or of a part with another hyphen', () => {
    expect(joinedWord('co-', 'opted', none)).toBe('co-opted');
    expect(joinedWord('self-', 'build', none)).toBe('self-build');
    expect(joinedWord('e-', 'petition', none)).toBe('e-petition');
    expect(joinedWord('Kingston-', 'upon-Hull', none)).toBe('Kingston-upon-Hull');
    expect(joinedWord('cul-de-', 'sac', none)).toBe('cul-de-sac');
  });

  it('joins without the hyphen a prefix that only opens a word minutes use, neither part a word', () => {
    expect(joinedWord('ex-', 'empt', none)).toBe('exempt');
    expect(joinedWord('ex-', 'penditure.', none)).toBe('expenditure.');
    expect(joinedWord('Co-', 'mmittee', none)).toBe('Committee');
    expect(joinedWord('part-', 'time', none)).toBe('part-time');
    expect(joinedWord('ex-', 'officio', none)).toBe('ex-officio');
    expect(joinedWord('ex-', 'chairman', none)).toBe('ex-chairman');
    expect(joinBrokenWords('disclosure of ex-\nempt information; a part-\ntime post')).toBe(
      'disclosure of exempt\ninformation; a part-time\npost',
    );
  });

  it('keeps the hyphen of a word the record prints with one elsewhere, and never whole', () => {
    const spelt = printedForms(['the Sub-committee met', 'a planning sub-committee']);
    expect(joinedWord('Sub-', 'committee', spelt)).toBe('Sub-committee');
    const both = printedForms(['the Sub-committee met', 'the subcommittee met']);
    expect(joinedWord('sub-', 'committee', both)).toBe('subcommittee');
  });

  it('joins a soft hyphen before any letter, its mark dropped', () => {
    expect(joinedWord('main\u00ad', 'tenance', none)).toBe('maintenance');
    expect(joinedWord('Wood\u00ad', 'lands', none)).toBe('Woodlands');
  });
});

describe('joinBrokenWords', () => {
  it('moves the second part up, the line count kept, or the first part down when the second is all its line holds', () => {
    expect(joinBrokenWords('the grant be in-\ncreased to £400\nand paid in ad-\nvance.')).toBe(
      'the grant be increased\nto £400\nand paid in\nadvance.',
    );
    expect(joinBrokenWords('    Deputy Chief Execu-\n    tive (Ms R Amis)')).toBe('    Deputy Chief Executive\n    (Ms R Amis)');
  });

  it('never joins across a blank line, onto a list entry, or when the two parts are all their lines hold', () => {
    const text = 'items as follows: pre-\n\nsent and\n(a) a bench re-\n- paint the rails;\nre-\nport';
    expect(joinBrokenWords(text)).toBe(text);
    expect(joinBrokenWords('The Clerk\u00ad’s re\u00adport')).toBe('The Clerk’s report');
  });
});
