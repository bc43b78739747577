import { describe, expect, it } from 'vitest';
import { candidateAt, chooseScheme } from './numbering.ts';

const numbers = (lines: string[]) => chooseScheme(lines).map((candidate) => [candidate.number, candidate.title]);

describe('numbering: an asterisk after the number', () => {
  it('reads "Item 7*" (an urgent decision) as item 7 in the run, so its decision is not filed under item 6', () => {
    const lines = ['Item 3  Bus Shelters', 'Decision: To agree.', '', 'Item 4*  Flood Grant', 'Decision: To accept.', '', 'Item 5  Parks'];
    expect(numbers(lines)).toEqual([
      ['3', 'Bus Shelters'],
      ['4', 'Flood Grant'],
      ['5', 'Parks'],
    ]);
    expect(candidateAt('Item 4*', 0)?.number).toBe('4');
  });
});

describe('numbering: Roman numerals in capitals', () => {
  it('reads "I APOLOGIES FOR ABSENCE", "II …" as items I, II, III when they run in sequence', () => {
    const lines = [
      'I APOLOGIES FOR ABSENCE',
      'Apologies were submitted on behalf of Morag Dunlop.',
      '',
      'II DECLARATION OF INTEREST',
      'There were no declarations of interest.',
      '',
      'III BUDGET MONITORING',
      'The Board agreed to note the report.',
      '',
      'IV. DATE OF NEXT MEETING',
    ];
    expect(numbers(lines).slice(0, 3)).toEqual([
      ['I', 'APOLOGIES FOR ABSENCE'],
      ['II', 'DECLARATION OF INTEREST'],
      ['III', 'BUDGET MONITORING'],
    ]);
    expect(candidateAt('IX Winter Plan', 0)?.key).toBe(9);
    expect(candidateAt('XIV Winter Plan', 0)?.key).toBe(14);
  });
  it('never makes the pronoun "I", lower-case numerals or a lone "I" an item', () => {
    expect(candidateAt('I declared an interest in the item.', 0)).toBeNull();
    expect(candidateAt('ii The Board agreed', 0)).toBeNull();
    expect(candidateAt('IIII Budget', 0)).toBeNull();
    expect(numbers(['I Agree With The Chair, said Mr Reid.', '', 'The Board noted the report.'])).toEqual([]);
  });
});
