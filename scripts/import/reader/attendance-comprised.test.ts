import { describe, expect, it } from 'vitest';
import { comprisedPanel } from './attendance-comprised.ts';

const slice = (title: string, text: string) => ({ number: '2', title, lines: text.split('\n'), line: 0 });

describe('comprisedPanel', () => {
  it('reads "The LRB comprised Councillors …" in an item as those present, the chair as a post', () => {
    const found = comprisedPanel([
      slice('Decision', 'The Local Review Body upholds the appeal.'),
      slice(
        'Preliminaries',
        'The review was heard at a meeting of the LRB on 4 June 2025. The LRB\ncomprised Councillors Isla Baird (Chair), Calum Reid and Shona Moffat.\nMr Ian Weir, Legal Adviser, attended.',
      ),
    ]);
    expect(found?.attendance.present).toEqual(['Isla Baird', 'Calum Reid', 'Shona Moffat']);
    expect(found?.posts).toEqual([{ post: 'Chair', name: 'Isla Baird' }]);
  });

  it('reads "The Panel consisted of …" and "The Sub-Committee was Councillors …" alike', () => {
    expect(
      comprisedPanel([slice('Hearing', 'The Panel consisted of Councillor Tom Pryce (Chairman), Mrs Ann Lowe and Mr Dev Shah.')])
        ?.attendance.present,
    ).toEqual(['Tom Pryce', 'Mrs Ann Lowe', 'Mr Dev Shah']);
    expect(comprisedPanel([slice('Procedure', 'The Sub-Committee was Councillors Ede, Fox and Gull.')])?.attendance.present).toEqual([
      'Ede',
      'Fox',
      'Gull',
    ]);
  });

  it('is null for a sentence that names no one or no sentence of the kind', () => {
    expect(comprisedPanel([slice('Budget', 'The budget comprised three parts and a reserve.')])).toBeNull();
    expect(comprisedPanel([slice('Minutes', 'The minutes were agreed.')])).toBeNull();
  });
});
