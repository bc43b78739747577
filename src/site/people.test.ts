import { describe, expect, it } from 'vitest';
import { attendance } from '../model/schema.ts';
import type { ArchiveData } from './archive-data.ts';
import { appearances, namesInCell } from './people.ts';

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
