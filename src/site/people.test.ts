import { describe, expect, it } from 'vitest';
import { attendance, type MeetingSummary } from '../model/schema.ts';
import type { ArchiveData, Entry } from './archive-data.ts';
import { appearances, movementsByPerson, namesInCell } from './people.ts';

describe('appearances', () => {
  it("gives each name of a meeting's attendance an appearance in its list's role, those absent too", () => {
    const data = {
      council: 'eastvale',
      date: '2024-10-09',
      attendance: attendance.parse({ present: ['Ada Lyle'], absent: ['Eve Pryor'] }),
    };
    const archive = { meetings: [{ id: 'eastvale/panel/2024-10-09', data }], recommendations: [] } as unknown as ArchiveData;
    expect(appearances(archive).map((appearance) => [appearance.name, appearance.role])).toEqual([
      ['Ada Lyle', 'present'],
      ['Eve Pryor', 'absent'],
    ]);
  });
});

describe('namesInCell', () => {
  it('splits cells naming several people and drops offices', () => {
    expect(namesInCell('Clare Ratcliffe/ Sheila Woodward/ Lee McDermid')).toEqual(['Clare Ratcliffe', 'Sheila Woodward', 'Lee McDermid']);
    expect(namesInCell('Chairman of the Scrutiny Board/Cabinet Members')).toEqual([]);
    expect(namesInCell('Cllr Ray Gooding')).toEqual(['Cllr Ray Gooding']);
    expect(namesInCell(null)).toEqual([]);
  });
});

describe('movementsByPerson', () => {
  const meeting = (id: string, movements: unknown[]): Entry<MeetingSummary> =>
    ({
      id,
      data: {
        attendance: attendance.parse({ present: ['P Quillan', 'Rosa Tarrant', 'S Tarrant'], movements }),
        items: [
          { number: '4', anchor: 'item-4' },
          { number: '6', anchor: 'item-6' },
          { number: '6', anchor: 'item-6-2' },
        ],
      },
    }) as unknown as Entry<MeetingSummary>;
  const slugs: Record<string, string> = { 'P Quillan': 'p-quillan', 'Rosa Tarrant': 'rosa-tarrant', 'S Tarrant': 's-tarrant' };

  it("gives each person's movements by their page, as the meeting's page links the name, with the item's anchor", () => {
    const found = movementsByPerson(
      [
        meeting('m/one', [
          { person: 'Quillan', movement: 'arrived', time: '19:12', item: '4', text: 'Cllr Quillan arrived at 7.12pm.' },
          { person: 'R Tarrant', movement: 'left', item: '6', text: 'Cllr R Tarrant left for item 6.' },
          // Two members are Tarrant: the name fits neither, so it stays on the meeting's page only.
          { person: 'Tarrant', movement: 'returned', text: 'Cllr Tarrant returned.' },
        ]),
        meeting('m/two', [{ person: 'P Quillan', movement: 'left', time: '20:30', text: 'Cllr Quillan left.' }]),
      ],
      (name) => slugs[name] ?? null,
    );
    expect([...found.keys()].sort()).toEqual(['p-quillan', 'rosa-tarrant']);
    expect(found.get('p-quillan')?.map(({ meeting, movement, anchor }) => [meeting, movement.movement, movement.time, anchor])).toEqual([
      ['m/one', 'arrived', '19:12', 'item-4'],
      ['m/two', 'left', '20:30', null],
    ]);
    // Two items are numbered 6: the item is named, not linked.
    expect(found.get('rosa-tarrant')?.map(({ movement, anchor }) => [movement.item, anchor])).toEqual([['6', null]]);
  });
});
