import { describe, expect, it } from 'vitest';
import { allCommittees, allCouncils } from './bodies.ts';
import { committee, meeting } from './fixtures.test-data.ts';
import type { ArchiveData } from './archive-data.ts';

function archive(parts: Partial<ArchiveData>): ArchiveData {
  return { councils: [], committees: [], meetings: [], reports: [], recommendations: [], people: [], ...parts };
}

describe('councils and committees named by records', () => {
  it('gives a page to a committee that only a meeting names, under its council', () => {
    const data = archive({ meetings: [meeting('m/1', { council: 'worcestershire', committee: 'worcestershire/panel' })] });
    expect(allCommittees(data)).toEqual([
      { id: 'worcestershire/panel', name: 'worcestershire/panel', council: 'worcestershire', record: null },
    ]);
    expect(allCouncils(data)).toEqual([{ id: 'worcestershire', name: 'worcestershire', website: null }]);
  });

  it('uses the record’s name when there is one, and includes parents', () => {
    const panel = committee('e/panel', { name: 'Panel', parent: 'e/overview', type: 'task-and-finish' });
    const names = allCommittees(archive({ committees: [panel] })).map((c) => [c.id, c.name]);
    expect(names).toEqual([
      ['e/overview', 'e/overview'],
      ['e/panel', 'Panel'],
    ]);
  });
});
