import { describe, expect, it } from 'vitest';
import { sliceItems } from './items.ts';

describe("an evidence session's heading and its witnesses", () => {
  const record = [
    'Session 1: Landlords',
    '',
    'Witnesses',
    'Mr Gus Raine, Chair, Fernley Landlords Forum',
    '',
    'Q1. Councillor Fell asked about repairs.',
    'Mr Raine said most were done within a month.',
    '',
    'Session 2 (11.10am – 12.00pm): Tenants',
    '',
    'Witnesses',
    'Miss K, tenant (name withheld)',
    '',
    'Q2. The Chair asked about damp.',
    'Miss K said the session had been useful.',
  ];

  it("opens the text of the session's first question, out of the question above it", () => {
    const { items } = sliceItems(record);
    expect(items.map((item) => item.number)).toEqual(['Q1', 'Q2']);
    expect(items[0]?.lines.filter((line) => line !== '')).toEqual([
      'Session 1: Landlords',
      'Witnesses',
      'Mr Gus Raine, Chair, Fernley Landlords Forum',
      'Mr Raine said most were done within a month.',
    ]);
    expect(items[1]?.lines.filter((line) => line !== '')).toEqual([
      'Session 2 (11.10am – 12.00pm): Tenants',
      'Witnesses',
      'Miss K, tenant (name withheld)',
      'Miss K said the session had been useful.',
    ]);
  });

  it('leaves a session named in the text, or a heading with text under it that is no list of witnesses', () => {
    const named = [
      'Q1. Councillor Fell asked about repairs.',
      '',
      'Session 2 was put back a week.',
      '',
      'Q2. The Chair asked about damp.',
      'None.',
    ];
    expect(sliceItems(named).items[0]?.lines).toContain('Session 2 was put back a week.');
    const prose = [...record.slice(5, 9), '', 'The Panel took a short break.', ...record.slice(12)];
    expect(sliceItems(prose).items[0]?.lines).toContain('Session 2 (11.10am – 12.00pm): Tenants');
  });
});

describe('a change of chair printed between items', () => {
  it('opens the next item, out of the text of the item above', () => {
    for (const change of [
      '(Councillor Tarrant, Vice-Chair, in the Chair)',
      'Councillor Tarrant in the Chair for the following items',
      'The Vice-Chair took the Chair.',
    ]) {
      const { items } = sliceItems(['4. Allotments', 'Noted.', '', change, '', '5. Bus shelters', 'Agreed.']);
      expect(items[0]?.lines.filter((line) => line !== '')).toEqual(['Noted.']);
      expect(items[1]?.lines.filter((line) => line !== '')).toEqual([change, 'Agreed.']);
    }
  });

  it('opens the next item when printed straight under the decision above, with no blank line between', () => {
    // The decision's lines, then the change of chair straight under them.
    const cases: [string[], string][] = [
      [
        ['RESOLVED that the report be noted.'],
        'Councillor Hale left the Chair and Councillor Ince took the Chair for the remaining items.',
      ],
      [['Resolved:', 'That the report be noted.'], '(Councillor Ince in the Chair)'],
      [['RESOLVED that the report be noted'], 'Councillor Ince in the Chair for the following items'],
    ];
    for (const [decision, change] of cases) {
      const record = ['4. Allotments', ...decision, change, '', '5. Verges', 'Agreed.'];
      const { items } = sliceItems(record);
      expect(items[0]?.lines).not.toContain(change);
      expect(items[1]?.lines.filter((line) => line !== '')).toEqual([change, 'Agreed.']);
    }
  });

  it('takes a break printed under it along, in order', () => {
    const record = [
      '4. Allotments',
      'Noted.',
      '',
      '(Cllr Pym in the Chair)',
      '',
      'The meeting adjourned at 8.05pm and reconvened at 8.15pm.',
      '',
      '5. Verges',
      'Agreed.',
    ];
    const { items } = sliceItems(record);
    expect(items[0]?.lines.filter((line) => line !== '')).toEqual(['Noted.']);
    expect(items[1]?.lines.filter((line) => line !== '')).toEqual([
      '(Cllr Pym in the Chair)',
      'The meeting adjourned at 8.05pm and reconvened at 8.15pm.',
      'Agreed.',
    ]);
  });

  it('opens the first item with one printed above it, under those present, as who chaired from there', () => {
    const record = [
      'Present: Cllrs Orr, Pym and Vale',
      '',
      'Mrs Dilys Vale in the Chair',
      '',
      'Business',
      '',
      '1. Allotments',
      'Noted.',
      '2. Verges',
      'Agreed.',
    ];
    const { items } = sliceItems(record);
    expect(items[0]?.lines.filter((line) => line !== '')).toEqual(['Mrs Dilys Vale in the Chair', 'Noted.']);
  });

  it('keeps one printed under the last item in its text, after its decision, set apart so the decision does not run on into it', () => {
    const record = [
      '1. Allotments',
      'Noted.',
      '2. Verges',
      'RESOLVED that the verge be cut twice a year',
      '(Cllr Pym in the Chair)',
      '',
      'The meeting closed at 9.05pm.',
    ];
    const lines = sliceItems(record).items[1]?.lines ?? [];
    expect(lines.slice(lines.findIndex((line) => line !== ''))).toEqual([
      'RESOLVED that the verge be cut twice a year',
      '',
      '(Cllr Pym in the Chair)',
      '',
      'The meeting closed at 9.05pm.',
    ]);
  });

  it('leaves a change of chair with the item’s own text under it, or run into a paragraph', () => {
    const within = ['4. Allotments', 'Noted.', '', '(Cllr Pym in the Chair)', '', 'Members asked about rents.', '', '5. Verges', 'Agreed.'];
    expect(sliceItems(within).items[0]?.lines).toContain('(Cllr Pym in the Chair)');
    const prose = ['4. Allotments', 'The Chair left and', 'the Vice-Chair took the Chair.', '', '5. Verges', 'Agreed.'];
    expect(sliceItems(prose).items[0]?.lines).toContain('the Vice-Chair took the Chair.');
    // A sentence wrapped onto a line that reads as a change of chair: the line above ends no sentence.
    const wrapped = [
      '4. Allotments',
      'The Chair declared an interest, left the room and',
      'Councillor Ince took the Chair.',
      '',
      '5. Verges',
    ];
    expect(sliceItems([...wrapped, 'Agreed.']).items[0]?.lines).toContain('Councillor Ince took the Chair.');
  });

  it('leaves a sentence whose subject took the chair after doing the item’s business in that item', () => {
    const line = 'Councillor Orme made the declaration of acceptance of office and took the Chair.';
    const record = ['1. Election of Mayor', 'RESOLVED that Councillor Orme be elected Mayor.', line, '', '2. Verges', 'Agreed.'];
    const { items } = sliceItems(record);
    expect(items[0]?.lines).toContain(line);
    expect(items[1]?.lines.filter((at) => at !== '')).toEqual(['Agreed.']);
  });
});
