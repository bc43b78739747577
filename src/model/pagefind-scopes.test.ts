import { describe, expect, it } from 'vitest';
import { ScopePlan } from './pagefind-scopes.ts';

/** Every page's councils with its number in each, as the plan gives them. */
function byPage(plan: ScopePlan, pages: number): [string, number][][] {
  return Array.from({ length: pages }, (_, page) => {
    const found: [string, number][] = [];
    for (let at = plan.start[page] ?? 0; at < (plan.start[page + 1] ?? 0); at += 1)
      found.push([plan.scopes[plan.scope[at] ?? -1]?.folder ?? '?', plan.local[at] ?? -1]);
    return found;
  });
}

describe('ScopePlan', () => {
  it('numbers each council’s pages in the whole index’s order, a page on two councils in both', () => {
    const plan = new ScopePlan(
      new Map([
        ['Thurrock Council', [1, 3, 4]],
        ['Essex County Council', [0, 3]],
      ]),
      6,
    );
    expect(plan.scopes).toEqual([
      { folder: 'essex-county-council', pages: [0, 3] },
      { folder: 'thurrock-council', pages: [1, 3, 4] },
    ]);
    expect(byPage(plan, 6)).toEqual([
      [['essex-county-council', 0]],
      [['thurrock-council', 0]],
      [],
      [
        ['essex-county-council', 1],
        ['thurrock-council', 1],
      ],
      [['thurrock-council', 2]],
      [],
    ]);
  });

  it('gives no index to a name without a folder, nor to two names that take the same folder', () => {
    const plan = new ScopePlan(
      new Map([
        ['St Albans', [0]],
        ['St. Albans', [1]],
        ['委員会', [2]],
        ['Epping Forest', [3]],
      ]),
      4,
    );
    expect(plan.scopes.map(({ folder }) => folder)).toEqual(['epping-forest']);
    expect(byPage(plan, 4)).toEqual([[], [], [], [['epping-forest', 0]]]);
  });
});
